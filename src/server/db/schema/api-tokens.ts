import { index, integer, pgTable, primaryKey, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { recordColumns } from './columns';
import { governments } from './territory';

/**
 * A token for an integration (a harvester, a dashboard, a script): one government, one role, an
 * expiry. Only the sha-256 of its secret is stored; `displayPrefix` lets an admin tell tokens apart.
 * Requests made with it act for the admin who created it (`createdBy`), and stop working when that
 * person is no longer an admin of the government.
 */
export const apiTokens = pgTable(
  'api_tokens',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    governmentId: uuid('government_id')
      .notNull()
      .references(() => governments.id, { onDelete: 'cascade' }),
    name: text('name').notNull(),
    role: text('role', { enum: ['viewer', 'coordinator'] }).notNull(),
    tokenHash: text('token_hash').notNull(),
    displayPrefix: text('display_prefix').notNull(),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
    revokedAt: timestamp('revoked_at', { withTimezone: true }),
    revokedBy: uuid('revoked_by'),
    ...recordColumns(),
  },
  (table) => [
    uniqueIndex('api_tokens_hash_unique').on(table.tokenHash),
    index('api_tokens_government_idx').on(table.governmentId, table.createdAt),
  ],
);

/**
 * The use of each token, counted per minute: one upsert per request keeps at most 1,440 rows a day per
 * token however busy a harvester is, where a row per request would outgrow the audit log itself.
 * Changes made with a token are still audited one by one in audit_log (with the token's id).
 */
export const apiTokenUses = pgTable(
  'api_token_uses',
  {
    tokenId: uuid('token_id')
      .notNull()
      .references(() => apiTokens.id, { onDelete: 'cascade' }),
    governmentId: uuid('government_id')
      .notNull()
      .references(() => governments.id, { onDelete: 'cascade' }),
    minute: timestamp('minute', { withTimezone: true }).notNull(),
    requests: integer('requests').notNull().default(0),
    writes: integer('writes').notNull().default(0),
    denied: integer('denied').notNull().default(0),
    lastUsedAt: timestamp('last_used_at', { withTimezone: true }).notNull(),
    lastRoute: text('last_route').notNull(),
  },
  (table) => [
    primaryKey({ columns: [table.tokenId, table.minute] }),
    index('api_token_uses_government_idx').on(table.governmentId, table.minute),
  ],
);

import { sql } from 'drizzle-orm';
import { index, integer, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { recordColumns } from './columns';
import { users } from './platform';
import { governments } from './territory';

/**
 * The sign-in limiter's memory, one row per key ('account:<e-mail>' or 'address:<ip>'): how many
 * failures in a row and when the next attempt may come. Rows are locked while an attempt is counted,
 * so that the count holds across app processes.
 */
export const signInThrottles = pgTable('sign_in_throttles', {
  key: text('key').primaryKey(),
  failures: integer('failures').notNull().default(0),
  lastFailureAt: timestamp('last_failure_at', { withTimezone: true }),
  nextAttemptAt: timestamp('next_attempt_at', { withTimezone: true }),
});

/**
 * An invitation to join a government with a role. Only a hash of its token is stored; the link in the
 * e-mail carries the token. One pending invitation per e-mail and government.
 */
export const invitations = pgTable(
  'invitations',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    governmentId: uuid('government_id')
      .notNull()
      .references(() => governments.id, { onDelete: 'cascade' }),
    email: text('email').notNull(),
    role: text('role', { enum: ['admin', 'coordinator', 'liaison', 'viewer'] }).notNull(),
    departmentId: uuid('department_id'),
    tokenHash: text('token_hash').notNull(),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
    status: text('status', { enum: ['pending', 'accepted', 'revoked', 'replaced'] })
      .notNull()
      .default('pending'),
    acceptedAt: timestamp('accepted_at', { withTimezone: true }),
    acceptedBy: uuid('accepted_by').references(() => users.id, { onDelete: 'set null' }),
    ...recordColumns(),
  },
  (table) => [
    uniqueIndex('invitations_token_unique').on(table.tokenHash),
    uniqueIndex('invitations_pending_unique')
      .on(table.governmentId, table.email)
      .where(sql`${table.status} = 'pending'`),
    index('invitations_government_idx').on(table.governmentId, table.status),
  ],
);

/** A password reset link sent by e-mail: single use, expiring, stored as a hash of its token. */
export const passwordResets = pgTable(
  'password_resets',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    tokenHash: text('token_hash').notNull(),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
    usedAt: timestamp('used_at', { withTimezone: true }),
    /** The government whose admin asked for it, for the audit trail. */
    governmentId: uuid('government_id').references(() => governments.id, { onDelete: 'set null' }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    createdBy: uuid('created_by'),
  },
  (table) => [
    uniqueIndex('password_resets_token_unique').on(table.tokenHash),
    index('password_resets_user_idx').on(table.userId),
  ],
);

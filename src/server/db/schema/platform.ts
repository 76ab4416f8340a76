import { sql } from 'drizzle-orm';
import {
  bigserial,
  boolean,
  index,
  jsonb,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { recordColumns } from './columns';
import { governments } from './territory';

export const users = pgTable(
  'users',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    email: text('email').notNull(),
    name: text('name').notNull(),
    passwordHash: text('password_hash').notNull(),
    preferredLanguage: text('preferred_language').notNull().default('es'),
    isDisabled: boolean('is_disabled').notNull().default(false),
    ...recordColumns(),
  },
  (table) => [uniqueIndex('users_email_unique').on(sql`lower(${table.email})`)],
);

export const memberships = pgTable(
  'memberships',
  {
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    governmentId: uuid('government_id')
      .notNull()
      .references(() => governments.id, { onDelete: 'cascade' }),
    role: text('role', { enum: ['admin', 'coordinator', 'liaison', 'viewer'] }).notNull(),
    departmentId: uuid('department_id'),
    ...recordColumns(),
  },
  (table) => [
    primaryKey({ columns: [table.userId, table.governmentId] }),
    index('memberships_government_idx').on(table.governmentId),
  ],
);

export const sessions = pgTable(
  'sessions',
  {
    id: text('id').primaryKey(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
    userAgent: text('user_agent'),
  },
  (table) => [index('sessions_user_idx').on(table.userId)],
);

export const loginAttempts = pgTable(
  'login_attempts',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    email: text('email').notNull(),
    ipAddress: text('ip_address').notNull(),
    isSuccess: boolean('is_success').notNull(),
    attemptedAt: timestamp('attempted_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [
    index('login_attempts_email_idx').on(table.email, table.attemptedAt),
    index('login_attempts_ip_idx').on(table.ipAddress, table.attemptedAt),
  ],
);

export const auditLog = pgTable(
  'audit_log',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    governmentId: uuid('government_id').references(() => governments.id, { onDelete: 'cascade' }),
    actorId: uuid('actor_id'),
    /** The integration token the change was made with, if any (the actor is then its creator). */
    apiTokenId: uuid('api_token_id'),
    entityType: text('entity_type').notNull(),
    entityId: text('entity_id').notNull(),
    action: text('action').notNull(),
    before: jsonb('before'),
    after: jsonb('after'),
    occurredAt: timestamp('occurred_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [
    index('audit_log_entity_idx').on(table.governmentId, table.entityType, table.entityId),
    index('audit_log_time_idx').on(table.governmentId, table.occurredAt),
  ],
);

import { customType, integer, timestamp, uuid } from 'drizzle-orm/pg-core';

/** PostgreSQL tsvector, filled by a generated column; never written by the application. */
export const tsvector = customType<{ data: string }>({
  dataType() {
    return 'tsvector';
  },
});

/** The columns every editable record carries: audit trail and optimistic locking. */
export function recordColumns() {
  return {
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    createdBy: uuid('created_by'),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
    updatedBy: uuid('updated_by'),
    version: integer('version').notNull().default(1),
  };
}

import { index, integer, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { recordColumns } from './columns';
import { governments } from './territory';

/**
 * The government's strategic vocabularies as managed records: strategy lines, themes, and the local
 * development plan (ejes → programas). Records refer to a term by its `code`, which never changes once
 * created, so renaming a term relabels every record that uses it and archiving one keeps old records
 * readable. A built-in term (the defaults of DESIGN.md) may keep `name` empty: it is then shown in the
 * reader's language.
 */
export const strategyTerms = pgTable(
  'strategy_terms',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    governmentId: uuid('government_id')
      .notNull()
      .references(() => governments.id, { onDelete: 'cascade' }),
    kind: text('kind', { enum: ['strategy_line', 'theme', 'plan_axis', 'plan_programme'] }).notNull(),
    code: text('code').notNull(),
    name: text('name'),
    description: text('description'),
    /** A programme's axis (its code, within the same government). */
    parentCode: text('parent_code'),
    sortOrder: integer('sort_order').notNull().default(0),
    archivedAt: timestamp('archived_at', { withTimezone: true }),
    ...recordColumns(),
  },
  (table) => [
    uniqueIndex('strategy_terms_code_unique').on(table.governmentId, table.kind, table.code),
    index('strategy_terms_kind_idx').on(table.governmentId, table.kind, table.sortOrder),
  ],
);

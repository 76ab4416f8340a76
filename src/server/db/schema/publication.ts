import { boolean, index, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { publicationEntityTypes } from '../../../contracts/publication';
import { recordColumns } from './columns';
import { users } from './platform';
import { governments } from './territory';

/**
 * One row per record that is proposed for publication or published. A coordinator proposes, an admin
 * publishes (or publishes directly); unpublishing removes the row, the audit log keeps the history.
 * `entity_id` is not a foreign key because it points into one of several tables; the service checks
 * it inside the tenant before every write, and the portal reads only rows whose record still exists.
 */
export const publications = pgTable(
  'publications',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    governmentId: uuid('government_id')
      .notNull()
      .references(() => governments.id, { onDelete: 'cascade' }),
    entityType: text('entity_type', { enum: publicationEntityTypes }).notNull(),
    entityId: uuid('entity_id').notNull(),
    status: text('status', { enum: ['proposed', 'published'] }).notNull(),
    proposedBy: uuid('proposed_by').references(() => users.id, { onDelete: 'set null' }),
    proposedAt: timestamp('proposed_at', { withTimezone: true }),
    publishedBy: uuid('published_by').references(() => users.id, { onDelete: 'set null' }),
    publishedAt: timestamp('published_at', { withTimezone: true }),
    ...recordColumns(),
  },
  (table) => [
    uniqueIndex('publications_record_unique').on(table.governmentId, table.entityType, table.entityId),
    index('publications_status_idx').on(table.governmentId, table.status, table.entityType),
  ],
);

/** Whether a government shows its portal, listed on the instance's landing page. */
export const portalSettings = pgTable('portal_settings', {
  governmentId: uuid('government_id')
    .primaryKey()
    .references(() => governments.id, { onDelete: 'cascade' }),
  isPublishing: boolean('is_publishing').notNull().default(false),
  ...recordColumns(),
});

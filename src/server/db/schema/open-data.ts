import { pgTable, text, uuid } from 'drizzle-orm/pg-core';
import { recordColumns } from './columns';
import { governments } from './territory';

/** A government's open-data settings; no row means the defaults (CC BY 4.0). */
export const openDataSettings = pgTable('open_data_settings', {
  governmentId: uuid('government_id')
    .primaryKey()
    .references(() => governments.id, { onDelete: 'cascade' }),
  licenseId: text('license_id').notNull().default('CC-BY-4.0'),
  ...recordColumns(),
});

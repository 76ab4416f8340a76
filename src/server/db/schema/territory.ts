import { sql } from 'drizzle-orm';
import {
  bigint,
  index,
  integer,
  jsonb,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { recordColumns } from './columns';

export const governments = pgTable(
  'governments',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    slug: text('slug').notNull(),
    name: text('name').notNull(),
    kind: text('kind', { enum: ['municipality', 'city', 'state', 'other'] }).notNull(),
    /**
     * A government runs the modules; an association (a network of governments) is a tenant of its own
     * that only sees what its member governments share (src/server/modules/capacity).
     */
    tenantKind: text('tenant_kind', { enum: ['government', 'association'] })
      .notNull()
      .default('government'),
    countryCode: text('country_code').notNull(),
    population: bigint('population', { mode: 'number' }),
    languages: text('languages').array().notNull().default(sql`'{}'::text[]`),
    reportingCurrency: text('reporting_currency').notNull(),
    timezone: text('timezone').notNull().default('America/Bogota'),
    website: text('website'),
    iatiOrgId: text('iati_org_id'),
    reminderDaysBefore: integer('reminder_days_before').array().notNull().default(sql`'{7,1}'::integer[]`),
    /** Days before a link's validity ends when its renewal alert goes out. */
    renewalAlertDays: integer('renewal_alert_days').array().notNull().default(sql`'{90,30,7}'::integer[]`),
    ...recordColumns(),
  },
  (table) => [uniqueIndex('governments_slug_unique').on(table.slug)],
);

export const territorialUnits = pgTable(
  'territorial_units',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    governmentId: uuid('government_id')
      .notNull()
      .references(() => governments.id, { onDelete: 'cascade' }),
    code: text('code'),
    name: text('name').notNull(),
    kind: text('kind', {
      enum: ['comuna', 'corregimiento', 'alcaldia', 'district', 'locality', 'other'],
    }).notNull(),
    population: bigint('population', { mode: 'number' }),
    geometry: jsonb('geometry'),
    archivedAt: timestamp('archived_at', { withTimezone: true }),
    ...recordColumns(),
  },
  (table) => [
    index('territorial_units_government_idx').on(table.governmentId),
    uniqueIndex('territorial_units_code_unique')
      .on(table.governmentId, table.code)
      .where(sql`${table.code} is not null`),
  ],
);

export const departments = pgTable(
  'departments',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    governmentId: uuid('government_id')
      .notNull()
      .references(() => governments.id, { onDelete: 'cascade' }),
    name: text('name').notNull(),
    acronym: text('acronym'),
    headName: text('head_name'),
    email: text('email'),
    archivedAt: timestamp('archived_at', { withTimezone: true }),
    ...recordColumns(),
  },
  (table) => [index('departments_government_idx').on(table.governmentId)],
);

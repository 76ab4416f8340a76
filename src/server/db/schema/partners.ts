import { sql } from 'drizzle-orm';
import {
  type AnyPgColumn,
  boolean,
  doublePrecision,
  index,
  pgTable,
  text,
  timestamp,
  uuid,
} from 'drizzle-orm/pg-core';
import { recordColumns, tsvector } from './columns';
import { governments } from './territory';

export const partnerKinds = [
  'city_government',
  'national_government',
  'embassy_consulate',
  'multilateral',
  'cooperation_agency',
  'ngo_foundation',
  'company_investor',
  'university',
  'city_network',
  'other',
] as const;

export const partners = pgTable(
  'partners',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    governmentId: uuid('government_id')
      .notNull()
      .references(() => governments.id, { onDelete: 'cascade' }),
    name: text('name').notNull(),
    acronym: text('acronym'),
    kind: text('kind', { enum: partnerKinds }).notNull(),
    countryCode: text('country_code'),
    city: text('city'),
    latitude: doublePrecision('latitude'),
    longitude: doublePrecision('longitude'),
    iatiOrgId: text('iati_org_id'),
    iatiOrgType: text('iati_org_type'),
    website: text('website'),
    email: text('email'),
    tags: text('tags').array().notNull().default(sql`'{}'::text[]`),
    notes: text('notes'),
    archivedAt: timestamp('archived_at', { withTimezone: true }),
    /** Set when this partner was a duplicate merged into another: it stays archived, pointing there. */
    mergedIntoId: uuid('merged_into_id').references((): AnyPgColumn => partners.id, { onDelete: 'set null' }),
    searchVector: tsvector('search_vector').generatedAlwaysAs(
      sql`to_tsvector('es_unaccent'::regconfig, coalesce(name, '') || ' ' || coalesce(acronym, '') || ' ' || coalesce(city, '') || ' ' || coalesce(notes, ''))`,
    ),
    ...recordColumns(),
  },
  (table) => [
    index('partners_government_idx').on(table.governmentId, table.name),
    // Led by the government (btree_gin): a tenant's search reads only its own entries, not the instance's.
    index('partners_government_search_idx').using('gin', table.governmentId, table.searchVector),
    // Duplicates are looked for by IATI organisation identifier within the government.
    index('partners_government_iati_idx').on(table.governmentId, sql`lower(${table.iatiOrgId})`),
    index('partners_government_name_trgm_idx').using(
      'gin',
      table.governmentId,
      sql`f_unaccent(lower(${table.name})) gin_trgm_ops`,
    ),
  ],
);

export const partnerContacts = pgTable(
  'partner_contacts',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    governmentId: uuid('government_id')
      .notNull()
      .references(() => governments.id, { onDelete: 'cascade' }),
    partnerId: uuid('partner_id')
      .notNull()
      .references(() => partners.id, { onDelete: 'cascade' }),
    name: text('name').notNull(),
    position: text('position'),
    email: text('email'),
    phone: text('phone'),
    language: text('language'),
    channel: text('channel', { enum: ['email', 'phone', 'whatsapp', 'video', 'in_person', 'other'] }),
    isPrimary: boolean('is_primary').notNull().default(false),
  },
  (table) => [index('partner_contacts_partner_idx').on(table.partnerId)],
);

export const partnerRelationKinds = ['member_of', 'part_of', 'funds', 'represents', 'partner_of'] as const;

export const partnerRelations = pgTable(
  'partner_relations',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    governmentId: uuid('government_id')
      .notNull()
      .references(() => governments.id, { onDelete: 'cascade' }),
    fromPartnerId: uuid('from_partner_id')
      .notNull()
      .references(() => partners.id, { onDelete: 'cascade' }),
    toPartnerId: uuid('to_partner_id')
      .notNull()
      .references(() => partners.id, { onDelete: 'cascade' }),
    kind: text('kind', { enum: partnerRelationKinds }).notNull(),
    notes: text('notes'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    createdBy: uuid('created_by'),
  },
  (table) => [
    index('partner_relations_from_idx').on(table.fromPartnerId),
    index('partner_relations_to_idx').on(table.toPartnerId),
  ],
);

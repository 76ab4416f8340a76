import { sql } from 'drizzle-orm';
import { bigint, boolean, date, index, integer, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { recordColumns, tsvector } from './columns';
import { partners } from './partners';
import { departments, governments } from './territory';

export const links = pgTable(
  'links',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    governmentId: uuid('government_id')
      .notNull()
      .references(() => governments.id, { onDelete: 'cascade' }),
    title: text('title').notNull(),
    kind: text('kind', {
      enum: [
        'sister_city',
        'friendship_city',
        'memorandum_of_understanding',
        'interinstitutional_agreement',
        'convenio',
        'letter_of_intent',
        'network_membership',
      ],
    }).notNull(),
    status: text('status', {
      enum: ['negotiation', 'signed', 'active', 'dormant', 'expired', 'terminated'],
    }).notNull(),
    registryNumber: text('registry_number'),
    description: text('description'),
    rationale: text('rationale'),
    signedOn: date('signed_on', { mode: 'string' }),
    validFrom: date('valid_from', { mode: 'string' }),
    validTo: date('valid_to', { mode: 'string' }),
    isCouncilApproved: boolean('is_council_approved').notNull().default(false),
    councilApprovalDate: date('council_approval_date', { mode: 'string' }),
    councilApprovalReference: text('council_approval_reference'),
    networkRole: text('network_role'),
    workingGroups: text('working_groups').array().notNull().default(sql`'{}'::text[]`),
    annualFeeMinor: bigint('annual_fee_minor', { mode: 'number' }),
    annualFeeCurrency: text('annual_fee_currency'),
    themes: text('themes').array().notNull().default(sql`'{}'::text[]`),
    strategyLines: text('strategy_lines').array().notNull().default(sql`'{}'::text[]`),
    planCodes: text('plan_codes').array().notNull().default(sql`'{}'::text[]`),
    sdgGoals: text('sdg_goals').array().notNull().default(sql`'{}'::text[]`),
    departmentId: uuid('department_id').references(() => departments.id, { onDelete: 'set null' }),
    statusReason: text('status_reason'),
    archivedAt: timestamp('archived_at', { withTimezone: true }),
    searchVector: tsvector('search_vector').generatedAlwaysAs(
      sql`to_tsvector('es_unaccent'::regconfig, coalesce(title, '') || ' ' || coalesce(registry_number, '') || ' ' || coalesce(description, '') || ' ' || coalesce(rationale, ''))`,
    ),
    ...recordColumns(),
  },
  (table) => [
    index('links_government_idx').on(table.governmentId, table.status),
    index('links_valid_to_idx').on(table.governmentId, table.validTo),
    // Led by the government (btree_gin): a tenant's search reads only its own entries, not the instance's.
    index('links_government_search_idx').using('gin', table.governmentId, table.searchVector),
    index('links_government_title_trgm_idx').using(
      'gin',
      table.governmentId,
      sql`f_unaccent(lower(${table.title})) gin_trgm_ops`,
    ),
  ],
);

export const linkParties = pgTable(
  'link_parties',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    governmentId: uuid('government_id')
      .notNull()
      .references(() => governments.id, { onDelete: 'cascade' }),
    linkId: uuid('link_id')
      .notNull()
      .references(() => links.id, { onDelete: 'cascade' }),
    partnerId: uuid('partner_id')
      .notNull()
      .references(() => partners.id, { onDelete: 'restrict' }),
    role: text('role', { enum: ['counterpart', 'co_signer', 'network', 'witness', 'funder'] }).notNull(),
  },
  (table) => [
    index('link_parties_link_idx').on(table.linkId),
    index('link_parties_partner_idx').on(table.partnerId),
    // Social utility reads every link's parties of one government at once.
    index('link_parties_government_idx').on(table.governmentId, table.linkId, table.partnerId),
  ],
);

export const linkSignatories = pgTable(
  'link_signatories',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    governmentId: uuid('government_id')
      .notNull()
      .references(() => governments.id, { onDelete: 'cascade' }),
    linkId: uuid('link_id')
      .notNull()
      .references(() => links.id, { onDelete: 'cascade' }),
    name: text('name').notNull(),
    position: text('position'),
    side: text('side', { enum: ['own', 'counterpart'] }).notNull(),
    partnerId: uuid('partner_id').references(() => partners.id, { onDelete: 'set null' }),
  },
  (table) => [index('link_signatories_link_idx').on(table.linkId)],
);

export const linkDocuments = pgTable(
  'link_documents',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    governmentId: uuid('government_id')
      .notNull()
      .references(() => governments.id, { onDelete: 'cascade' }),
    linkId: uuid('link_id')
      .notNull()
      .references(() => links.id, { onDelete: 'cascade' }),
    title: text('title').notNull(),
    kind: text('kind', {
      enum: ['signed_text', 'council_act', 'annex', 'minutes', 'report', 'other'],
    }).notNull(),
    url: text('url'),
    fileName: text('file_name'),
    mediaType: text('media_type'),
    sizeBytes: integer('size_bytes'),
    issuedOn: date('issued_on', { mode: 'string' }),
  },
  (table) => [index('link_documents_link_idx').on(table.linkId)],
);

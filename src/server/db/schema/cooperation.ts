import { sql } from 'drizzle-orm';
import {
  bigint,
  boolean,
  date,
  index,
  integer,
  jsonb,
  numeric,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { recordColumns, tsvector } from './columns';
import { initiatives } from './initiatives';
import { partners } from './partners';
import { users } from './platform';
import { departments, governments } from './territory';

const governmentReference = () =>
  uuid('government_id')
    .notNull()
    .references(() => governments.id, { onDelete: 'cascade' });

export const cooperationModalities = [
  'technical',
  'financial',
  'in_kind',
  'south_south',
  'decentralised',
] as const;

/** A need for cooperation raised by a department or a community (demanda). */
export const cooperationDemands = pgTable(
  'cooperation_demands',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    governmentId: governmentReference(),
    title: text('title').notNull(),
    description: text('description'),
    initiativeId: uuid('initiative_id').references(() => initiatives.id, { onDelete: 'set null' }),
    departmentId: uuid('department_id').references(() => departments.id, { onDelete: 'set null' }),
    raisedBy: text('raised_by', { enum: ['department', 'community'] })
      .notNull()
      .default('department'),
    communityName: text('community_name'),
    problemStatement: text('problem_statement'),
    problemTree: jsonb('problem_tree').notNull().default(sql`'{"causes":[],"effects":[]}'::jsonb`),
    affectedPopulation: bigint('affected_population', { mode: 'number' }),
    affectedPopulationDescription: text('affected_population_description'),
    territorialUnitIds: uuid('territorial_unit_ids').array().notNull().default(sql`'{}'::uuid[]`),
    themes: text('themes').array().notNull().default(sql`'{}'::text[]`),
    sectors: text('sectors').array().notNull().default(sql`'{}'::text[]`),
    sdgGoals: text('sdg_goals').array().notNull().default(sql`'{}'::text[]`),
    sdgTargets: text('sdg_targets').array().notNull().default(sql`'{}'::text[]`),
    modalities: text('modalities').array().notNull().default(sql`'{}'::text[]`),
    amountSoughtMinor: bigint('amount_sought_minor', { mode: 'number' }),
    currency: text('currency'),
    urgency: text('urgency', { enum: ['low', 'medium', 'high', 'critical'] })
      .notNull()
      .default('medium'),
    neededBy: date('needed_by', { mode: 'string' }),
    status: text('status', { enum: ['open', 'matched', 'closed', 'withdrawn'] })
      .notNull()
      .default('open'),
    archivedAt: timestamp('archived_at', { withTimezone: true }),
    searchVector: tsvector('search_vector').generatedAlwaysAs(
      sql`to_tsvector('es_unaccent'::regconfig, coalesce(title, '') || ' ' || coalesce(description, '') || ' ' || coalesce(problem_statement, ''))`,
    ),
    ...recordColumns(),
  },
  (table) => [
    index('cooperation_demands_government_idx').on(table.governmentId, table.status),
    index('cooperation_demands_search_idx').using('gin', table.searchVector),
  ],
);

/** A call or programme of a partner, or a good practice the city itself offers (oferta). */
export const cooperationOffers = pgTable(
  'cooperation_offers',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    governmentId: governmentReference(),
    kind: text('kind', { enum: ['call', 'programme', 'own_good_practice'] }).notNull(),
    title: text('title').notNull(),
    description: text('description'),
    donorPartnerId: uuid('donor_partner_id').references(() => partners.id, { onDelete: 'set null' }),
    currency: text('currency'),
    amountMinMinor: bigint('amount_min_minor', { mode: 'number' }),
    amountMaxMinor: bigint('amount_max_minor', { mode: 'number' }),
    modalities: text('modalities').array().notNull().default(sql`'{}'::text[]`),
    sectors: text('sectors').array().notNull().default(sql`'{}'::text[]`),
    sdgGoals: text('sdg_goals').array().notNull().default(sql`'{}'::text[]`),
    sdgTargets: text('sdg_targets').array().notNull().default(sql`'{}'::text[]`),
    themes: text('themes').array().notNull().default(sql`'{}'::text[]`),
    eligibleCountries: text('eligible_countries').array().notNull().default(sql`'{}'::text[]`),
    eligibleGovernmentKinds: text('eligible_government_kinds').array().notNull().default(sql`'{}'::text[]`),
    opensOn: date('opens_on', { mode: 'string' }),
    deadline: date('deadline', { mode: 'string' }),
    url: text('url'),
    iatiActivityId: uuid('iati_activity_id'),
    status: text('status', { enum: ['open', 'closed'] })
      .notNull()
      .default('open'),
    archivedAt: timestamp('archived_at', { withTimezone: true }),
    searchVector: tsvector('search_vector').generatedAlwaysAs(
      sql`to_tsvector('es_unaccent'::regconfig, coalesce(title, '') || ' ' || coalesce(description, ''))`,
    ),
    ...recordColumns(),
  },
  (table) => [
    index('cooperation_offers_government_idx').on(table.governmentId, table.status, table.deadline),
    index('cooperation_offers_search_idx').using('gin', table.searchVector),
  ],
);

/** What the office decided about one offer for one demand: accepted (with the initiative it became) or dismissed. */
export const matchDecisions = pgTable(
  'match_decisions',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    governmentId: governmentReference(),
    demandId: uuid('demand_id')
      .notNull()
      .references(() => cooperationDemands.id, { onDelete: 'cascade' }),
    offerId: uuid('offer_id')
      .notNull()
      .references(() => cooperationOffers.id, { onDelete: 'cascade' }),
    decision: text('decision', { enum: ['accepted', 'dismissed'] }).notNull(),
    reason: text('reason'),
    score: numeric('score', { precision: 6, scale: 2 }),
    initiativeId: uuid('initiative_id').references(() => initiatives.id, { onDelete: 'set null' }),
    decidedBy: uuid('decided_by').references(() => users.id, { onDelete: 'set null' }),
    decidedAt: timestamp('decided_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [uniqueIndex('match_decisions_pair_unique').on(table.demandId, table.offerId)],
);

/** The IATI side of an initiative that has funding: identifier, sectors, publication. */
export const projectProfiles = pgTable('project_profiles', {
  initiativeId: uuid('initiative_id')
    .primaryKey()
    .references(() => initiatives.id, { onDelete: 'cascade' }),
  governmentId: governmentReference(),
  iatiIdentifier: text('iati_identifier').notNull(),
  activityStatus: text('activity_status').notNull().default('2'),
  sectors: jsonb('sectors').notNull().default(sql`'[]'::jsonb`),
  recipientCountryCode: text('recipient_country_code'),
  collaborationType: text('collaboration_type'),
  defaultFlowType: text('default_flow_type'),
  defaultFinanceType: text('default_finance_type'),
  defaultAidType: text('default_aid_type'),
  defaultTiedStatus: text('default_tied_status'),
  startPlanned: date('start_planned', { mode: 'string' }),
  endPlanned: date('end_planned', { mode: 'string' }),
  startActual: date('start_actual', { mode: 'string' }),
  endActual: date('end_actual', { mode: 'string' }),
  isPublished: boolean('is_published').notNull().default(false),
  ...recordColumns(),
});

export const projectParticipants = pgTable(
  'project_participants',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    governmentId: governmentReference(),
    initiativeId: uuid('initiative_id')
      .notNull()
      .references(() => initiatives.id, { onDelete: 'cascade' }),
    partnerId: uuid('partner_id')
      .notNull()
      .references(() => partners.id, { onDelete: 'restrict' }),
    role: text('role', { enum: ['funding', 'accountable', 'extending', 'implementing'] }).notNull(),
    sharePercent: numeric('share_percent', { precision: 5, scale: 2 }),
  },
  (table) => [index('project_participants_initiative_idx').on(table.initiativeId)],
);

export const projectBudgets = pgTable(
  'project_budgets',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    governmentId: governmentReference(),
    initiativeId: uuid('initiative_id')
      .notNull()
      .references(() => initiatives.id, { onDelete: 'cascade' }),
    kind: text('kind', { enum: ['original', 'revised'] })
      .notNull()
      .default('original'),
    status: text('status', { enum: ['indicative', 'committed'] })
      .notNull()
      .default('indicative'),
    periodStart: date('period_start', { mode: 'string' }).notNull(),
    periodEnd: date('period_end', { mode: 'string' }).notNull(),
    amountMinor: bigint('amount_minor', { mode: 'number' }).notNull(),
    currency: text('currency').notNull(),
    valueDate: date('value_date', { mode: 'string' }).notNull(),
  },
  (table) => [index('project_budgets_initiative_idx').on(table.initiativeId)],
);

/** IATI TransactionType codes: 11 incoming commitment, 1 incoming funds, 2 commitment, 3 disbursement, 4 expenditure. */
export const transactionTypes = ['11', '1', '2', '3', '4'] as const;

export const projectTransactions = pgTable(
  'project_transactions',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    governmentId: governmentReference(),
    initiativeId: uuid('initiative_id')
      .notNull()
      .references(() => initiatives.id, { onDelete: 'cascade' }),
    type: text('type', { enum: transactionTypes }).notNull(),
    transactionDate: date('transaction_date', { mode: 'string' }).notNull(),
    valueDate: date('value_date', { mode: 'string' }).notNull(),
    amountMinor: bigint('amount_minor', { mode: 'number' }).notNull(),
    currency: text('currency').notNull(),
    providerPartnerId: uuid('provider_partner_id').references(() => partners.id, { onDelete: 'set null' }),
    receiverPartnerId: uuid('receiver_partner_id').references(() => partners.id, { onDelete: 'set null' }),
    reference: text('reference'),
    description: text('description'),
    ...recordColumns(),
  },
  (table) => [
    index('project_transactions_initiative_idx').on(table.initiativeId, table.valueDate),
    index('project_transactions_government_idx').on(table.governmentId, table.initiativeId),
    index('project_transactions_provider_idx').on(table.governmentId, table.providerPartnerId),
  ],
);

/** How many units of the reporting currency one unit of `currency` was worth on `rateDate`. */
export const exchangeRates = pgTable(
  'exchange_rates',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    governmentId: governmentReference(),
    currency: text('currency').notNull(),
    reportingCurrency: text('reporting_currency').notNull(),
    rateDate: date('rate_date', { mode: 'string' }).notNull(),
    rate: numeric('rate', { precision: 24, scale: 12 }).notNull(),
    source: text('source'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [
    uniqueIndex('exchange_rates_unique').on(
      table.governmentId,
      table.currency,
      table.reportingCurrency,
      table.rateDate,
    ),
  ],
);

/** Activities of donors read from IATI publisher files: the catalogue that feeds offers and partners. */
export const iatiActivities = pgTable(
  'iati_activities',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    governmentId: governmentReference(),
    iatiIdentifier: text('iati_identifier').notNull(),
    reportingOrgRef: text('reporting_org_ref'),
    reportingOrgName: text('reporting_org_name'),
    partnerId: uuid('partner_id').references(() => partners.id, { onDelete: 'set null' }),
    title: text('title').notNull(),
    description: text('description'),
    activityStatus: text('activity_status'),
    startDate: date('start_date', { mode: 'string' }),
    endDate: date('end_date', { mode: 'string' }),
    recipientCountries: text('recipient_countries').array().notNull().default(sql`'{}'::text[]`),
    sectors: text('sectors').array().notNull().default(sql`'{}'::text[]`),
    /** OECD DAC region codes: activities that go to a region rather than to countries. */
    recipientRegions: text('recipient_regions').array().notNull().default(sql`'{}'::text[]`),
    /** Countries, regions and sectors with percentages, and whether they were aggregated from transactions. */
    allocation: jsonb('allocation').notNull().default(sql`'{}'::jsonb`),
    defaultCurrency: text('default_currency'),
    /** Sum per transaction type and currency, as decimal strings: {"3": {"USD": "125000.50"}}. */
    transactionTotals: jsonb('transaction_totals').notNull().default(sql`'{}'::jsonb`),
    transactionCount: integer('transaction_count').notNull().default(0),
    importJobId: uuid('import_job_id'),
    importedAt: timestamp('imported_at', { withTimezone: true }).notNull().defaultNow(),
    searchVector: tsvector('search_vector').generatedAlwaysAs(
      sql`to_tsvector('es_unaccent'::regconfig, coalesce(title, '') || ' ' || coalesce(description, '') || ' ' || coalesce(reporting_org_name, ''))`,
    ),
  },
  (table) => [
    uniqueIndex('iati_activities_identifier_unique').on(table.governmentId, table.iatiIdentifier),
    index('iati_activities_search_idx').using('gin', table.searchVector),
  ],
);

export const iatiImportJobs = pgTable(
  'iati_import_jobs',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    governmentId: governmentReference(),
    fileName: text('file_name').notNull(),
    storagePath: text('storage_path'),
    sizeBytes: bigint('size_bytes', { mode: 'number' }).notNull().default(0),
    bytesRead: bigint('bytes_read', { mode: 'number' }).notNull().default(0),
    status: text('status', { enum: ['uploading', 'queued', 'running', 'completed', 'failed'] })
      .notNull()
      .default('queued'),
    activitiesSeen: integer('activities_seen').notNull().default(0),
    activitiesImported: integer('activities_imported').notNull().default(0),
    activitiesSkipped: integer('activities_skipped').notNull().default(0),
    skipped: jsonb('skipped').notNull().default(sql`'[]'::jsonb`),
    error: text('error'),
    claimedBy: text('claimed_by'),
    heartbeatAt: timestamp('heartbeat_at', { withTimezone: true }),
    createdBy: uuid('created_by'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    startedAt: timestamp('started_at', { withTimezone: true }),
    finishedAt: timestamp('finished_at', { withTimezone: true }),
  },
  (table) => [index('iati_import_jobs_government_idx').on(table.governmentId, table.createdAt)],
);

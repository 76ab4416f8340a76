import { sql } from 'drizzle-orm';
import {
  bigint,
  bigserial,
  boolean,
  date,
  doublePrecision,
  index,
  integer,
  jsonb,
  numeric,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uuid,
} from 'drizzle-orm/pg-core';
import { recordColumns, tsvector } from './columns';
import { links } from './links';
import { partners } from './partners';
import { departments, governments, territorialUnits } from './territory';

const stageValues = [
  'problematization',
  'agenda',
  'design',
  'implementation',
  'evaluation',
  'closed',
  'cancelled',
] as const;

export const initiatives = pgTable(
  'initiatives',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    governmentId: uuid('government_id')
      .notNull()
      .references(() => governments.id, { onDelete: 'cascade' }),
    title: text('title').notNull(),
    summary: text('summary'),
    stage: text('stage', { enum: stageValues }).notNull().default('problematization'),
    stageChangedAt: timestamp('stage_changed_at', { withTimezone: true }).notNull().defaultNow(),
    strategyLine: text('strategy_line'),
    themes: text('themes').array().notNull().default(sql`'{}'::text[]`),
    sdgGoals: text('sdg_goals').array().notNull().default(sql`'{}'::text[]`),
    planCodes: text('plan_codes').array().notNull().default(sql`'{}'::text[]`),
    sdgTargets: text('sdg_targets').array().notNull().default(sql`'{}'::text[]`),
    objective: text('objective'),
    causalHypothesis: text('causal_hypothesis'),
    legalBasis: text('legal_basis'),
    agents: text('agents'),
    procedures: text('procedures'),
    problemStatement: text('problem_statement'),
    problemTree: jsonb('problem_tree').notNull().default(sql`'{"causes":[],"effects":[]}'::jsonb`),
    affectedPopulation: bigint('affected_population', { mode: 'number' }),
    affectedPopulationDescription: text('affected_population_description'),
    isWholeTerritory: boolean('is_whole_territory').notNull().default(false),
    agendaSetter: text('agenda_setter', { enum: ['council', 'mayor', 'department', 'citizens', 'partner'] }),
    agendaSetterDetail: text('agenda_setter_detail'),
    agendaDate: date('agenda_date', { mode: 'string' }),
    approach: text('approach', { enum: ['top_down', 'bottom_up'] }),
    approachJustification: text('approach_justification'),
    rollUpMethod: text('roll_up_method', { enum: ['average', 'weighted'] })
      .notNull()
      .default('average'),
    assessment: text('assessment'),
    searchVector: tsvector('search_vector').generatedAlwaysAs(
      sql`to_tsvector('es_unaccent'::regconfig, coalesce(title, '') || ' ' || coalesce(summary, '') || ' ' || coalesce(problem_statement, ''))`,
    ),
    ...recordColumns(),
  },
  (table) => [
    index('initiatives_government_idx').on(table.governmentId, table.stage),
    index('initiatives_search_idx').using('gin', table.searchVector),
  ],
);

const initiativeReference = () =>
  uuid('initiative_id')
    .notNull()
    .references(() => initiatives.id, { onDelete: 'cascade' });
const governmentReference = () =>
  uuid('government_id')
    .notNull()
    .references(() => governments.id, { onDelete: 'cascade' });

export const initiativeBudgetLines = pgTable(
  'initiative_budget_lines',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    governmentId: governmentReference(),
    initiativeId: initiativeReference(),
    position: integer('position').notNull(),
    source: text('source', {
      enum: ['own', 'national', 'international_cooperation', 'private', 'other'],
    }).notNull(),
    amountMinor: bigint('amount_minor', { mode: 'number' }).notNull(),
    currency: text('currency').notNull(),
    description: text('description'),
  },
  (table) => [index('initiative_budget_lines_initiative_idx').on(table.initiativeId)],
);

export const initiativeTerritorialUnits = pgTable(
  'initiative_territorial_units',
  {
    governmentId: governmentReference(),
    initiativeId: initiativeReference(),
    territorialUnitId: uuid('territorial_unit_id')
      .notNull()
      .references(() => territorialUnits.id, { onDelete: 'restrict' }),
  },
  (table) => [
    primaryKey({ columns: [table.initiativeId, table.territorialUnitId] }),
    index('initiative_territorial_units_government_idx').on(table.governmentId, table.territorialUnitId),
  ],
);

export const initiativeDepartments = pgTable(
  'initiative_departments',
  {
    governmentId: governmentReference(),
    initiativeId: initiativeReference(),
    departmentId: uuid('department_id')
      .notNull()
      .references(() => departments.id, { onDelete: 'restrict' }),
    role: text('role', { enum: ['lead', 'participant'] }).notNull(),
  },
  (table) => [
    primaryKey({ columns: [table.initiativeId, table.departmentId] }),
    index('initiative_departments_department_idx').on(table.departmentId),
  ],
);

export const initiativePartners = pgTable(
  'initiative_partners',
  {
    governmentId: governmentReference(),
    initiativeId: initiativeReference(),
    partnerId: uuid('partner_id')
      .notNull()
      .references(() => partners.id, { onDelete: 'restrict' }),
    role: text('role', {
      enum: ['funder', 'implementer', 'technical_partner', 'counterpart', 'advisor'],
    }).notNull(),
  },
  (table) => [
    primaryKey({ columns: [table.initiativeId, table.partnerId] }),
    index('initiative_partners_partner_idx').on(table.partnerId),
  ],
);

export const initiativeLinks = pgTable(
  'initiative_links',
  {
    governmentId: governmentReference(),
    initiativeId: initiativeReference(),
    linkId: uuid('link_id')
      .notNull()
      .references(() => links.id, { onDelete: 'restrict' }),
  },
  (table) => [
    primaryKey({ columns: [table.initiativeId, table.linkId] }),
    index('initiative_links_link_idx').on(table.linkId),
    index('initiative_links_government_idx').on(table.governmentId, table.linkId),
  ],
);

export const initiativeStageChanges = pgTable(
  'initiative_stage_changes',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    governmentId: governmentReference(),
    initiativeId: initiativeReference(),
    fromStage: text('from_stage', { enum: stageValues }),
    toStage: text('to_stage', { enum: stageValues }).notNull(),
    reason: text('reason'),
    actorId: uuid('actor_id'),
    occurredAt: timestamp('occurred_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [index('initiative_stage_changes_initiative_idx').on(table.initiativeId, table.occurredAt)],
);

export const mirRows = pgTable(
  'mir_rows',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    governmentId: governmentReference(),
    initiativeId: initiativeReference(),
    level: text('level', { enum: ['goal', 'purpose', 'component', 'activity'] }).notNull(),
    parentId: uuid('parent_id'),
    position: integer('position').notNull().default(0),
    narrativeSummary: text('narrative_summary'),
    meansOfVerification: text('means_of_verification'),
    assumptions: text('assumptions'),
    weight: doublePrecision('weight').notNull().default(1),
    ...recordColumns(),
  },
  (table) => [index('mir_rows_initiative_idx').on(table.initiativeId, table.level, table.position)],
);

export const indicators = pgTable(
  'indicators',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    governmentId: governmentReference(),
    initiativeId: initiativeReference(),
    mirRowId: uuid('mir_row_id')
      .notNull()
      .references(() => mirRows.id, { onDelete: 'restrict' }),
    name: text('name').notNull(),
    definition: text('definition'),
    unit: text('unit').notNull(),
    measure: text('measure', { enum: ['unit', 'percentage'] })
      .notNull()
      .default('unit'),
    baselineValue: numeric('baseline_value', { precision: 21, scale: 6 }),
    baselineDate: date('baseline_date', { mode: 'string' }),
    targetValue: numeric('target_value', { precision: 21, scale: 6 }),
    targetDate: date('target_date', { mode: 'string' }),
    frequency: text('frequency', { enum: ['monthly', 'quarterly', 'semiannual', 'annual'] })
      .notNull()
      .default('annual'),
    direction: text('direction', { enum: ['increase', 'decrease'] })
      .notNull()
      .default('increase'),
    disaggregations: text('disaggregations').array().notNull().default(sql`'{}'::text[]`),
    weight: doublePrecision('weight').notNull().default(1),
    /** The indicator counts people reached (beneficiaries); its disaggregation gives them per unit, sex, age. */
    countsBeneficiaries: boolean('counts_beneficiaries').notNull().default(false),
    ...recordColumns(),
  },
  (table) => [
    index('indicators_initiative_idx').on(table.initiativeId),
    index('indicators_mir_row_idx').on(table.mirRowId),
  ],
);

export const measurements = pgTable(
  'measurements',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    governmentId: governmentReference(),
    initiativeId: initiativeReference(),
    indicatorId: uuid('indicator_id')
      .notNull()
      .references(() => indicators.id, { onDelete: 'restrict' }),
    measuredOn: date('measured_on', { mode: 'string' }).notNull(),
    value: numeric('value', { precision: 21, scale: 6 }).notNull(),
    unit: text('unit').notNull(),
    disaggregatedValues: jsonb('disaggregated_values').notNull().default(sql`'[]'::jsonb`),
    source: text('source'),
    evidenceUrl: text('evidence_url'),
    notes: text('notes'),
    reportedBy: uuid('reported_by'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [
    index('measurements_indicator_idx').on(table.indicatorId, table.measuredOn),
    index('measurements_government_idx').on(table.governmentId, table.indicatorId, table.measuredOn),
  ],
);

export const activities = pgTable(
  'activities',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    governmentId: governmentReference(),
    initiativeId: initiativeReference(),
    mirRowId: uuid('mir_row_id').references(() => mirRows.id, { onDelete: 'set null' }),
    title: text('title').notNull(),
    description: text('description'),
    kind: text('kind', { enum: ['interpretation', 'organization', 'application'] }).notNull(),
    ownerDepartmentId: uuid('owner_department_id').references(() => departments.id, { onDelete: 'set null' }),
    ownerName: text('owner_name'),
    startDate: date('start_date', { mode: 'string' }),
    endDate: date('end_date', { mode: 'string' }),
    status: text('status', { enum: ['planned', 'in_progress', 'done', 'blocked'] })
      .notNull()
      .default('planned'),
    progressPercent: integer('progress_percent').notNull().default(0),
    ...recordColumns(),
  },
  (table) => [index('activities_initiative_idx').on(table.initiativeId)],
);

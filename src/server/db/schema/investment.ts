import { sql } from 'drizzle-orm';
import {
  bigint,
  bigserial,
  date,
  index,
  integer,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uuid,
} from 'drizzle-orm/pg-core';
import { events } from './agenda';
import { recordColumns } from './columns';
import { partners } from './partners';
import { users } from './platform';
import { governments, territorialUnits } from './territory';

const governmentReference = () =>
  uuid('government_id')
    .notNull()
    .references(() => governments.id, { onDelete: 'cascade' });

export const leadStages = [
  'lead',
  'contact',
  'visit',
  'decision',
  'announced',
  'established',
  'aftercare',
  'lost',
] as const;

export const investmentLeads = pgTable(
  'investment_leads',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    governmentId: governmentReference(),
    companyPartnerId: uuid('company_partner_id')
      .notNull()
      .references(() => partners.id, { onDelete: 'restrict' }),
    title: text('title').notNull(),
    originCountryCode: text('origin_country_code').notNull(),
    sector: text('sector').notNull(),
    description: text('description'),
    stage: text('stage', { enum: leadStages }).notNull().default('lead'),
    lostReason: text('lost_reason'),
    currency: text('currency').notNull(),
    expectedAmountMinor: bigint('expected_amount_minor', { mode: 'number' }),
    realisedAmountMinor: bigint('realised_amount_minor', { mode: 'number' }),
    expectedJobs: integer('expected_jobs'),
    createdJobs: integer('created_jobs'),
    territorialUnitId: uuid('territorial_unit_id').references(() => territorialUnits.id, {
      onDelete: 'set null',
    }),
    responsibleUserId: uuid('responsible_user_id').references(() => users.id, { onDelete: 'set null' }),
    responsibleName: text('responsible_name'),
    announcedOn: date('announced_on', { mode: 'string' }),
    establishedOn: date('established_on', { mode: 'string' }),
    strategyLines: text('strategy_lines').array().notNull().default(sql`'{}'::text[]`),
    themes: text('themes').array().notNull().default(sql`'{}'::text[]`),
    planCodes: text('plan_codes').array().notNull().default(sql`'{}'::text[]`),
    sdgGoals: text('sdg_goals').array().notNull().default(sql`'{}'::text[]`),
    archivedAt: timestamp('archived_at', { withTimezone: true }),
    ...recordColumns(),
  },
  (table) => [index('investment_leads_government_idx').on(table.governmentId, table.stage)],
);

export const investmentLeadStageChanges = pgTable(
  'investment_lead_stage_changes',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    governmentId: governmentReference(),
    leadId: uuid('lead_id')
      .notNull()
      .references(() => investmentLeads.id, { onDelete: 'cascade' }),
    fromStage: text('from_stage', { enum: leadStages }),
    toStage: text('to_stage', { enum: leadStages }).notNull(),
    reason: text('reason'),
    actorId: uuid('actor_id'),
    occurredAt: timestamp('occurred_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [index('investment_lead_stage_changes_lead_idx').on(table.leadId, table.occurredAt)],
);

export const investmentLeadEvents = pgTable(
  'investment_lead_events',
  {
    governmentId: governmentReference(),
    leadId: uuid('lead_id')
      .notNull()
      .references(() => investmentLeads.id, { onDelete: 'cascade' }),
    eventId: uuid('event_id')
      .notNull()
      .references(() => events.id, { onDelete: 'cascade' }),
  },
  (table) => [primaryKey({ columns: [table.leadId, table.eventId] })],
);

export const diplomacyPositions = pgTable(
  'diplomacy_positions',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    governmentId: governmentReference(),
    kind: text('kind', { enum: ['declaration', 'position', 'pledge'] }).notNull(),
    title: text('title').notNull(),
    text: text('text').notNull(),
    madeOn: date('made_on', { mode: 'string' }).notNull(),
    forumName: text('forum_name'),
    networkPartnerId: uuid('network_partner_id').references(() => partners.id, { onDelete: 'set null' }),
    eventId: uuid('event_id').references(() => events.id, { onDelete: 'set null' }),
    topics: text('topics').array().notNull().default(sql`'{}'::text[]`),
    sdgGoals: text('sdg_goals').array().notNull().default(sql`'{}'::text[]`),
    coSigners: text('co_signers').array().notNull().default(sql`'{}'::text[]`),
    url: text('url'),
    archivedAt: timestamp('archived_at', { withTimezone: true }),
    ...recordColumns(),
  },
  (table) => [index('diplomacy_positions_government_idx').on(table.governmentId, table.madeOn)],
);

export const networkRoles = pgTable(
  'network_roles',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    governmentId: governmentReference(),
    networkPartnerId: uuid('network_partner_id')
      .notNull()
      .references(() => partners.id, { onDelete: 'restrict' }),
    kind: text('kind', {
      enum: ['presidency', 'vice_presidency', 'working_group_lead', 'board_member', 'other'],
    }).notNull(),
    title: text('title').notNull(),
    holderName: text('holder_name'),
    startsOn: date('starts_on', { mode: 'string' }).notNull(),
    endsOn: date('ends_on', { mode: 'string' }),
    notes: text('notes'),
    archivedAt: timestamp('archived_at', { withTimezone: true }),
    ...recordColumns(),
  },
  (table) => [index('network_roles_government_idx').on(table.governmentId, table.networkPartnerId)],
);

import { sql } from 'drizzle-orm';
import {
  bigint,
  boolean,
  date,
  index,
  integer,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { recordColumns, tsvector } from './columns';
import { initiatives } from './initiatives';
import { links } from './links';
import { partnerContacts, partners } from './partners';
import { users } from './platform';
import { departments, governments } from './territory';

const governmentReference = () =>
  uuid('government_id')
    .notNull()
    .references(() => governments.id, { onDelete: 'cascade' });

export const eventKinds = [
  'mission_abroad',
  'incoming_delegation',
  'forum_summit',
  'official_visit',
  'virtual_meeting',
  'cultural_event_abroad',
] as const;

export const events = pgTable(
  'events',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    governmentId: governmentReference(),
    title: text('title').notNull(),
    kind: text('kind', { enum: eventKinds }).notNull(),
    startsAt: timestamp('starts_at', { withTimezone: true }).notNull(),
    endsAt: timestamp('ends_at', { withTimezone: true }).notNull(),
    timezone: text('timezone').notNull(),
    city: text('city'),
    countryCode: text('country_code'),
    venue: text('venue'),
    strategyLine: text('strategy_line'),
    themes: text('themes').array().notNull().default(sql`'{}'::text[]`),
    planCodes: text('plan_codes').array().notNull().default(sql`'{}'::text[]`),
    sdgGoals: text('sdg_goals').array().notNull().default(sql`'{}'::text[]`),
    objectives: text('objectives'),
    outcomes: text('outcomes'),
    minutes: text('minutes'),
    isPublished: boolean('is_published').notNull().default(false),
    archivedAt: timestamp('archived_at', { withTimezone: true }),
    searchVector: tsvector('search_vector').generatedAlwaysAs(
      sql`to_tsvector('es_unaccent'::regconfig, coalesce(title, '') || ' ' || coalesce(city, '') || ' ' || coalesce(objectives, ''))`,
    ),
    ...recordColumns(),
  },
  (table) => [index('events_government_idx').on(table.governmentId, table.startsAt)],
);

export const eventParticipants = pgTable(
  'event_participants',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    governmentId: governmentReference(),
    eventId: uuid('event_id')
      .notNull()
      .references(() => events.id, { onDelete: 'cascade' }),
    side: text('side', { enum: ['own', 'partner'] }).notNull(),
    name: text('name').notNull(),
    position: text('position'),
    userId: uuid('user_id').references(() => users.id, { onDelete: 'set null' }),
    departmentId: uuid('department_id').references(() => departments.id, { onDelete: 'set null' }),
    partnerId: uuid('partner_id').references(() => partners.id, { onDelete: 'set null' }),
    partnerContactId: uuid('partner_contact_id').references(() => partnerContacts.id, {
      onDelete: 'set null',
    }),
  },
  (table) => [index('event_participants_event_idx').on(table.eventId)],
);

export const eventCosts = pgTable(
  'event_costs',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    governmentId: governmentReference(),
    eventId: uuid('event_id')
      .notNull()
      .references(() => events.id, { onDelete: 'cascade' }),
    category: text('category', { enum: ['travel', 'per_diem', 'accommodation', 'other'] }).notNull(),
    source: text('source', {
      enum: ['own', 'national', 'international_cooperation', 'private', 'other'],
    }).notNull(),
    amountMinor: bigint('amount_minor', { mode: 'number' }).notNull(),
    currency: text('currency').notNull(),
    description: text('description'),
  },
  (table) => [index('event_costs_event_idx').on(table.eventId)],
);

export const eventLinks = pgTable(
  'event_links',
  {
    governmentId: governmentReference(),
    eventId: uuid('event_id')
      .notNull()
      .references(() => events.id, { onDelete: 'cascade' }),
    linkId: uuid('link_id')
      .notNull()
      .references(() => links.id, { onDelete: 'cascade' }),
  },
  (table) => [
    primaryKey({ columns: [table.eventId, table.linkId] }),
    index('event_links_government_idx').on(table.governmentId, table.linkId),
  ],
);

export const eventInitiatives = pgTable(
  'event_initiatives',
  {
    governmentId: governmentReference(),
    eventId: uuid('event_id')
      .notNull()
      .references(() => events.id, { onDelete: 'cascade' }),
    initiativeId: uuid('initiative_id')
      .notNull()
      .references(() => initiatives.id, { onDelete: 'cascade' }),
  },
  (table) => [
    primaryKey({ columns: [table.eventId, table.initiativeId] }),
    index('event_initiatives_government_idx').on(table.governmentId, table.eventId),
  ],
);

export const commitments = pgTable(
  'commitments',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    governmentId: governmentReference(),
    title: text('title').notNull(),
    description: text('description'),
    eventId: uuid('event_id').references(() => events.id, { onDelete: 'set null' }),
    linkId: uuid('link_id').references(() => links.id, { onDelete: 'set null' }),
    ownerDepartmentId: uuid('owner_department_id')
      .notNull()
      .references(() => departments.id, { onDelete: 'restrict' }),
    ownerUserId: uuid('owner_user_id').references(() => users.id, { onDelete: 'set null' }),
    ownerName: text('owner_name').notNull(),
    ownerEmail: text('owner_email'),
    counterpartPartnerId: uuid('counterpart_partner_id').references(() => partners.id, {
      onDelete: 'set null',
    }),
    dueDate: date('due_date', { mode: 'string' }).notNull(),
    status: text('status', { enum: ['pending', 'in_progress', 'fulfilled', 'cancelled'] })
      .notNull()
      .default('pending'),
    cancelReason: text('cancel_reason'),
    evidenceDescription: text('evidence_description'),
    evidenceUrl: text('evidence_url'),
    fulfilledOn: date('fulfilled_on', { mode: 'string' }),
    resultingInitiativeId: uuid('resulting_initiative_id').references(() => initiatives.id, {
      onDelete: 'set null',
    }),
    resultingLeadId: uuid('resulting_lead_id'),
    ...recordColumns(),
  },
  (table) => [
    index('commitments_government_idx').on(table.governmentId, table.status, table.dueDate),
    index('commitments_event_idx').on(table.eventId),
    index('commitments_owner_idx').on(table.ownerUserId),
    index('commitments_link_idx').on(table.governmentId, table.linkId),
  ],
);

/**
 * Reminders to be sent: one row per reminder, unique by its dedupe key, claimed by one worker with
 * FOR UPDATE SKIP LOCKED so that several app processes never send the same one twice.
 */
export const scheduledNotifications = pgTable(
  'scheduled_notifications',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    governmentId: governmentReference(),
    kind: text('kind', {
      enum: ['commitment_due_soon', 'commitment_overdue', 'weekly_digest', 'link_renewal', 'verdict_change'],
    }).notNull(),
    dedupeKey: text('dedupe_key').notNull(),
    commitmentId: uuid('commitment_id').references(() => commitments.id, { onDelete: 'cascade' }),
    linkId: uuid('link_id').references(() => links.id, { onDelete: 'cascade' }),
    eventId: uuid('event_id').references(() => events.id, { onDelete: 'cascade' }),
    recipientUserId: uuid('recipient_user_id').references(() => users.id, { onDelete: 'cascade' }),
    recipientEmail: text('recipient_email'),
    sendAt: timestamp('send_at', { withTimezone: true }).notNull(),
    status: text('status', { enum: ['pending', 'claimed', 'sent', 'failed', 'cancelled'] })
      .notNull()
      .default('pending'),
    attempts: integer('attempts').notNull().default(0),
    claimedBy: text('claimed_by'),
    claimedAt: timestamp('claimed_at', { withTimezone: true }),
    sentAt: timestamp('sent_at', { withTimezone: true }),
    lastError: text('last_error'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [
    uniqueIndex('scheduled_notifications_dedupe_unique').on(table.dedupeKey),
    index('scheduled_notifications_due_idx').on(table.status, table.sendAt),
  ],
);

/** In-app notifications: what a person sees in their list, whether or not an e-mail went out. */
export const notifications = pgTable(
  'notifications',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    governmentId: governmentReference(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    kind: text('kind').notNull(),
    title: text('title').notNull(),
    body: text('body'),
    path: text('path'),
    readAt: timestamp('read_at', { withTimezone: true }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [index('notifications_user_idx').on(table.userId, table.createdAt)],
);

/** The secret of a person's private calendar feed; regenerating it revokes the old URL. */
export const calendarTokens = pgTable(
  'calendar_tokens',
  {
    tokenHash: text('token_hash').primaryKey(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    governmentId: governmentReference(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [uniqueIndex('calendar_tokens_user_unique').on(table.userId, table.governmentId)],
);

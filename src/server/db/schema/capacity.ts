import { sql } from 'drizzle-orm';
import {
  boolean,
  date,
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
import { governments } from './territory';

/**
 * A questionnaire an association uploaded, one row per version, never changed nor deleted: editions
 * that used a version keep reading it. The content has the shape of a data/capacity/ file.
 */
export const associationQuestionnaires = pgTable(
  'association_questionnaires',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    associationId: uuid('association_id')
      .notNull()
      .references(() => governments.id, { onDelete: 'cascade' }),
    questionnaireId: text('questionnaire_id').notNull(),
    questionnaireVersion: integer('questionnaire_version').notNull(),
    content: jsonb('content').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    createdBy: uuid('created_by'),
  },
  (table) => [
    uniqueIndex('association_questionnaires_version_unique').on(
      table.associationId,
      table.questionnaireId,
      table.questionnaireVersion,
    ),
  ],
);

/**
 * The questionnaire an association adopted: one of the instance (`instance`, a file id) or one of its
 * own (`own`, newest version). No row means the instance's default questionnaire.
 */
export const associationQuestionnaireChoices = pgTable('association_questionnaire_choices', {
  associationId: uuid('association_id')
    .primaryKey()
    .references(() => governments.id, { onDelete: 'cascade' }),
  source: text('source', { enum: ['instance', 'own'] }).notNull(),
  questionnaireId: text('questionnaire_id').notNull(),
  ...recordColumns(),
});

/**
 * One edition of a government's capacity self-assessment. The answers ({dimensionKey: {level,
 * evidence, note}}) are read against the questionnaire the edition names (id and version of a file
 * in data/capacity/), so that an edition keeps its meaning when a newer questionnaire comes out.
 * A draft is edited; a completed edition is frozen.
 */
export const capacityEditions = pgTable(
  'capacity_editions',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    governmentId: uuid('government_id')
      .notNull()
      .references(() => governments.id, { onDelete: 'cascade' }),
    questionnaireId: text('questionnaire_id').notNull(),
    questionnaireVersion: integer('questionnaire_version').notNull(),
    /**
     * When the edition used an association's own questionnaire: that association and the stored
     * version it used. Both null for a questionnaire of the instance (a file in data/capacity/).
     */
    questionnaireOwnerId: uuid('questionnaire_owner_id').references(() => governments.id, {
      onDelete: 'restrict',
    }),
    associationQuestionnaireId: uuid('association_questionnaire_id').references(
      () => associationQuestionnaires.id,
      { onDelete: 'restrict' },
    ),
    status: text('status', { enum: ['draft', 'completed'] })
      .notNull()
      .default('draft'),
    /** The day the assessment refers to, in the government's calendar. */
    assessedOn: date('assessed_on').notNull(),
    answers: jsonb('answers').notNull().default(sql`'{}'::jsonb`),
    completedAt: timestamp('completed_at', { withTimezone: true }),
    completedBy: uuid('completed_by'),
    ...recordColumns(),
  },
  (table) => [
    index('capacity_editions_government_idx').on(table.governmentId, table.status, table.assessedOn),
    // One draft at a time: a second would split the office's answers between two forms.
    uniqueIndex('capacity_editions_one_draft').on(table.governmentId).where(sql`${table.status} = 'draft'`),
  ],
);

/**
 * What a government shares with the associations it belongs to: its completed assessments and its
 * social-utility index. Explicit and revocable; no row means nothing is shared.
 */
export const capacitySharing = pgTable('capacity_sharing', {
  governmentId: uuid('government_id')
    .primaryKey()
    .references(() => governments.id, { onDelete: 'cascade' }),
  isSharingAssessment: boolean('is_sharing_assessment').notNull().default(false),
  isSharingIndex: boolean('is_sharing_index').notNull().default(false),
  ...recordColumns(),
});

/**
 * A government's membership in an association, with its consent: the association invites, an admin
 * of the government accepts, and either side can end it. Ended memberships stay for the record.
 */
export const associationMemberships = pgTable(
  'association_memberships',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    associationId: uuid('association_id')
      .notNull()
      .references(() => governments.id, { onDelete: 'cascade' }),
    memberId: uuid('member_id')
      .notNull()
      .references(() => governments.id, { onDelete: 'cascade' }),
    status: text('status', { enum: ['invited', 'active', 'ended'] })
      .notNull()
      .default('invited'),
    acceptedAt: timestamp('accepted_at', { withTimezone: true }),
    acceptedBy: uuid('accepted_by'),
    endedAt: timestamp('ended_at', { withTimezone: true }),
    endedBy: uuid('ended_by'),
    endedBySide: text('ended_by_side', { enum: ['association', 'member'] }),
    ...recordColumns(),
  },
  (table) => [
    uniqueIndex('association_memberships_open_unique')
      .on(table.associationId, table.memberId)
      .where(sql`${table.status} <> 'ended'`),
    index('association_memberships_member_idx').on(table.memberId, table.status),
  ],
);

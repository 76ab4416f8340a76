import { sql } from 'drizzle-orm';
import {
  doublePrecision,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { recordColumns } from './columns';
import { governments } from './territory';

const governmentReference = () =>
  uuid('government_id')
    .notNull()
    .references(() => governments.id, { onDelete: 'cascade' });

const verdictValues = ['grace_period', 'productive', 'at_risk', 'protocol_only'] as const;
const subjectKinds = ['link', 'event'] as const;

/**
 * Social-utility settings of a government: grace periods, the at-risk window, the weights of the
 * index (whole numbers adding up to 100) and the targets each component is normalised against.
 * A government without a row uses the defaults of src/domain/social-utility-index.ts.
 */
export const utilitySettings = pgTable('utility_settings', {
  governmentId: uuid('government_id')
    .primaryKey()
    .references(() => governments.id, { onDelete: 'cascade' }),
  linkGraceMonths: integer('link_grace_months').notNull(),
  eventGraceMonths: integer('event_grace_months').notNull(),
  atRiskWindowDays: integer('at_risk_window_days').notNull(),
  /** {"resources": 17, "beneficiaries": 17, …} */
  weights: jsonb('weights').notNull(),
  /** {"resourcesPerInhabitantMinor": …, "beneficiaryPercent": …, …} */
  targets: jsonb('targets').notNull(),
  ...recordColumns(),
});

/**
 * An officer's written disagreement with a verdict (a cultural link whose value is qualitative).
 * Shown beside the verdict and counted apart; it never changes the verdict.
 */
export const verdictContests = pgTable(
  'verdict_contests',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    governmentId: governmentReference(),
    subjectKind: text('subject_kind', { enum: subjectKinds }).notNull(),
    subjectId: uuid('subject_id').notNull(),
    justification: text('justification').notNull(),
    verdictAtFiling: text('verdict_at_filing', { enum: verdictValues }).notNull(),
    withdrawnAt: timestamp('withdrawn_at', { withTimezone: true }),
    withdrawnBy: uuid('withdrawn_by'),
    ...recordColumns(),
  },
  (table) => [
    index('verdict_contests_subject_idx').on(table.governmentId, table.subjectKind, table.subjectId),
    // At most one open contest per record: a second one is a conflict, not a duplicate.
    uniqueIndex('verdict_contests_open_unique')
      .on(table.subjectKind, table.subjectId)
      .where(sql`${table.withdrawnAt} is null`),
  ],
);

/**
 * Monthly index snapshots. One row per government, month and scope: taking a snapshot inserts with
 * ON CONFLICT DO NOTHING, so it is idempotent and safe with several app processes. The scope id is
 * '' for the government itself (a NULL would not collide in the unique index).
 */
export const utilitySnapshots = pgTable(
  'utility_snapshots',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    governmentId: governmentReference(),
    /** YYYY-MM in the government's time zone. */
    month: text('month').notNull(),
    scopeKind: text('scope_kind', {
      enum: ['government', 'link', 'partner', 'strategy_line', 'territorial_unit'],
    }).notNull(),
    scopeId: text('scope_id').notNull().default(''),
    score: integer('score'),
    exactScore: doublePrecision('exact_score'),
    /** The components as computed (raw, normalised, weight, contribution). */
    components: jsonb('components').notNull(),
    takenAt: timestamp('taken_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [
    uniqueIndex('utility_snapshots_unique').on(
      table.governmentId,
      table.month,
      table.scopeKind,
      table.scopeId,
    ),
    index('utility_snapshots_scope_idx').on(table.governmentId, table.scopeKind, table.scopeId, table.month),
  ],
);

/**
 * The last verdict seen for each link and event, so that alerts fire once per change and a report
 * can say what changed since the last snapshot.
 */
export const verdictStates = pgTable(
  'verdict_states',
  {
    governmentId: governmentReference(),
    subjectKind: text('subject_kind', { enum: subjectKinds }).notNull(),
    subjectId: uuid('subject_id').notNull(),
    verdict: text('verdict', { enum: verdictValues }).notNull(),
    previousVerdict: text('previous_verdict', { enum: verdictValues }),
    changedAt: timestamp('changed_at', { withTimezone: true }).notNull().defaultNow(),
    checkedAt: timestamp('checked_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [
    primaryKey({ columns: [table.subjectKind, table.subjectId] }),
    index('verdict_states_government_idx').on(table.governmentId, table.changedAt),
  ],
);

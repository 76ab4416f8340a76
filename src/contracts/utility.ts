/**
 * Social utility (DESIGN.md "Social utility", module 9): what every link, event, partner and strategy
 * line produced for the territory (the ledger), the protocol-only verdict with its reasons and what
 * would change it, the social-utility index (0–100, expandable into components and source records),
 * the government's settings, contests, monthly snapshots and the home-page overview.
 *
 * Stability: the web builds against this file. Changes are additive only (new optional fields, new
 * routes); nothing here is renamed or removed without a note in the commit message.
 *
 * Conventions:
 * - Money is in integer minor units of the government's reporting currency (`*Minor`), converted
 *   with the exchange rates already in the system (latest rate on or before the value date). Amounts
 *   without a rate are never guessed: they are listed apart in `unconverted` (per currency).
 * - Every list is bounded: `{ items, total }` where `items` holds at most `limit` rows.
 * - Every item carries `kind` and `id` of the record it comes from, so the web can link to it.
 * - Reasons and remedies are structured `{ code, params }`; the web translates the code
 *   (`utility.reason.<code>`, `utility.remedy.<code>`) and interpolates the params. Dates in params
 *   are ISO calendar dates in the government's time zone.
 */
import { z } from 'zod';
import { governmentParamsSchema, idSchema, isoDateSchema, requiredText, versionSchema } from './common';

// ---------------------------------------------------------------------------------------------
// Route paths (Fastify syntax; the web replaces `:param`).
// ---------------------------------------------------------------------------------------------

const base = '/api/governments/:governmentId/utility';

/** Every route of the module. Reads: any member. Writes: see each entry. */
export const utilityPaths = {
  /** GET overview for the home page (one call). */
  overview: `${base}/overview`,
  /** GET settings; PUT settings (admin; body carries `version`, 409 when stale). */
  settings: `${base}/settings`,
  /** GET the ledger ("Qué ha producido") of a link. */
  linkLedger: `${base}/links/:id/ledger`,
  /** GET the ledger of an event. */
  eventLedger: `${base}/events/:id/ledger`,
  /** GET the ledger of a partner. */
  partnerLedger: `${base}/partners/:id/ledger`,
  /** GET the ledger of a strategy line (`:key` is the strategy-line value, e.g. `city_networks`). */
  strategyLineLedger: `${base}/strategy-lines/:key/ledger`,
  /** GET the verdict of a link, with reasons, remedies and contests. */
  linkVerdict: `${base}/links/:id/verdict`,
  /** GET the verdict of an event, with reasons, remedies and contests. */
  eventVerdict: `${base}/events/:id/verdict`,
  /** GET a page of links or events with their verdict; at-risk and protocol-only first. */
  verdicts: `${base}/verdicts`,
  /** POST a contest of a verdict (coordinator, admin). */
  contests: `${base}/contests`,
  /** POST withdraw a contest (coordinator, admin; body carries `version`). */
  withdrawContest: `${base}/contests/:id/withdraw`,
  /** GET the index of one scope (`?scopeKind=&scopeId=`), with its components. */
  index: `${base}/index`,
  /** GET the source records of one component of one scope's index (paged). */
  indexComponent: `${base}/index/components/:component`,
  /** POST take this month's snapshot now (admin); idempotent. */
  snapshots: `${base}/snapshots`,
  /** GET the monthly trend of one scope's index. */
  trend: `${base}/trend`,
  /** GET what changed since the last snapshot, for one scope. */
  changes: `${base}/changes`,
} as const;

// ---------------------------------------------------------------------------------------------
// Vocabularies
// ---------------------------------------------------------------------------------------------

export const verdicts = ['grace_period', 'productive', 'at_risk', 'protocol_only'] as const;
export const verdictSchema = z.enum(verdicts);
export type Verdict = z.infer<typeof verdictSchema>;

/** What can be judged by the protocol-only rule. */
export const verdictSubjectKinds = ['link', 'event'] as const;
export const verdictSubjectKindSchema = z.enum(verdictSubjectKinds);
export type VerdictSubjectKind = z.infer<typeof verdictSubjectKindSchema>;

/** What an index (and a snapshot) can be computed for. */
export const indexScopeKinds = [
  'government',
  'link',
  'partner',
  'strategy_line',
  'territorial_unit',
] as const;
export const indexScopeKindSchema = z.enum(indexScopeKinds);
export type IndexScopeKind = z.infer<typeof indexScopeKindSchema>;

/** The named components of the social-utility index, in display order. */
export const indexComponentKeys = [
  'resources',
  'beneficiaries',
  'commitments',
  'indicators',
  'investment',
  'reach',
] as const;
export const indexComponentKeySchema = z.enum(indexComponentKeys);
export type IndexComponentKey = z.infer<typeof indexComponentKeySchema>;

/**
 * IATI transaction types counted as resources mobilised: 1 incoming funds and 3 disbursement (money
 * that actually moved). Commitments (11, 2) are promises; expenditure (4) would count money twice.
 */
export const mobilisedTransactionTypes = ['1', '3'] as const;

/** Kinds of record an item can point to. */
export const recordKinds = [
  'link',
  'event',
  'partner',
  'initiative',
  'commitment',
  'transaction',
  'indicator',
  'measurement',
  'investment_lead',
  'network_role',
  'diplomacy_position',
  'territorial_unit',
  'department',
] as const;
export const recordKindSchema = z.enum(recordKinds);
export type RecordKind = z.infer<typeof recordKindSchema>;

/** A pointer to a record, with a label to show (title or name). */
export const recordRefSchema = z.object({ kind: recordKindSchema, id: idSchema, label: z.string() });
export type RecordRef = z.infer<typeof recordRefSchema>;

/** A strategy line as grouped today (a free-text value on links, initiatives and events). */
export const strategyLineKeySchema = z
  .string({ message: 'validation.required' })
  .trim()
  .min(1, { message: 'validation.required' })
  .max(100, { message: 'validation.tooLong' });

const initiativeStages = [
  'problematization',
  'agenda',
  'design',
  'implementation',
  'evaluation',
  'closed',
  'cancelled',
] as const;
const leadStages = [
  'lead',
  'contact',
  'visit',
  'decision',
  'announced',
  'established',
  'aftercare',
  'lost',
] as const;
const effectiveCommitmentStatuses = ['pending', 'in_progress', 'fulfilled', 'overdue', 'cancelled'] as const;

/** A bounded list: at most `limit` items, `total` says how many there are. */
export function boundedListSchema<T extends z.ZodType>(item: T) {
  return z.object({ items: z.array(item), total: z.number().int() });
}

/** Money in the reporting currency that could not be converted: kept per currency, never guessed. */
export const unconvertedSchema = z.array(
  z.object({ currency: z.string(), amountMinor: z.number().int(), count: z.number().int() }),
);

// ---------------------------------------------------------------------------------------------
// Reasons and remedies
// ---------------------------------------------------------------------------------------------

/**
 * Why a verdict is what it is. Codes (params):
 * - `in_negotiation` () — the link is not signed yet: too early to judge.
 * - `signed_ago` (date, years, months) — signed (or in force) on `date`.
 * - `undated_since_recorded` (date) — no signature date: counted from the day it was recorded.
 * - `event_ended_ago` (date, months) — the event ended on `date`.
 * - `grace_ends_on` (date, days) — the grace period ends on `date`, in `days` days.
 * - `grace_ended_on` (date) — the grace period ended on `date`.
 * - `initiatives_beyond_agenda` (count) / `no_initiative_beyond_agenda` (count: initiatives still at
 *   problematization or agenda).
 * - `commitments_fulfilled` (count) / `no_commitment_fulfilled` (count: commitments made).
 * - `commitments_overdue` (count, since: earliest due date among the overdue ones).
 * - `resources_mobilised` (amountMinor, currency) / `no_resources_mobilised` ().
 * - `beneficiaries_reached` (count) / `no_beneficiaries` ().
 * - `investment_realised` (count, amountMinor, currency, jobs) / `no_investment` ().
 */
export const reasonCodes = [
  'in_negotiation',
  'signed_ago',
  'undated_since_recorded',
  'event_ended_ago',
  'grace_ends_on',
  'grace_ended_on',
  'initiatives_beyond_agenda',
  'no_initiative_beyond_agenda',
  'commitments_fulfilled',
  'no_commitment_fulfilled',
  'commitments_overdue',
  'resources_mobilised',
  'no_resources_mobilised',
  'beneficiaries_reached',
  'no_beneficiaries',
  'investment_realised',
  'no_investment',
] as const;
export const reasonCodeSchema = z.enum(reasonCodes);
export type ReasonCode = z.infer<typeof reasonCodeSchema>;

const paramsSchema = z.record(z.string(), z.union([z.string(), z.number()]));

export const reasonSchema = z.object({ code: reasonCodeSchema, params: paramsSchema });
export type Reason = z.infer<typeof reasonSchema>;

/**
 * What would change the verdict. Codes (params) and the records concerned:
 * - `fulfil_commitment` (title, dueDate) — records: the commitment.
 * - `advance_initiative` (title, stage) — move this initiative to design or later; records: it.
 * - `link_initiative` () — link an initiative in design or implementation to it.
 * - `record_resources` () — record money received or disbursed on a project that uses it.
 * - `measure_beneficiaries` () — measure an indicator that counts people reached.
 * - `register_investment` () — register investment realised by one of its partners.
 */
export const remedyCodes = [
  'fulfil_commitment',
  'advance_initiative',
  'link_initiative',
  'record_resources',
  'measure_beneficiaries',
  'register_investment',
] as const;
export const remedyCodeSchema = z.enum(remedyCodes);
export type RemedyCode = z.infer<typeof remedyCodeSchema>;

export const remedySchema = z.object({
  code: remedyCodeSchema,
  params: paramsSchema,
  records: z.array(z.object({ kind: recordKindSchema, id: idSchema })),
});
export type Remedy = z.infer<typeof remedySchema>;

// ---------------------------------------------------------------------------------------------
// Settings
// ---------------------------------------------------------------------------------------------

const whole = (min: number, max: number) =>
  z
    .number({ message: 'validation.invalidNumber' })
    .int({ message: 'validation.invalidNumber' })
    .min(min, { message: 'validation.outOfRange' })
    .max(max, { message: 'validation.outOfRange' });

/** Weights of the components, whole numbers that must add up to 100. */
export const utilityWeightsSchema = z.object({
  resources: whole(0, 100),
  beneficiaries: whole(0, 100),
  commitments: whole(0, 100),
  indicators: whole(0, 100),
  investment: whole(0, 100),
  reach: whole(0, 100),
});
export type UtilityWeights = z.infer<typeof utilityWeightsSchema>;

/**
 * The government's own targets, against which each component is normalised to 0..1 (reaching the
 * target scores 1; above it is capped). Per inhabitant so that cities of different size compare.
 */
export const utilityTargetsSchema = z.object({
  /** Resources mobilised per inhabitant of the territory reached, minor units of the reporting currency. */
  resourcesPerInhabitantMinor: whole(1, 1_000_000_000),
  /** Share of the population reached that should benefit, when initiatives do not state their target population. */
  beneficiaryPercent: whole(1, 100),
  /** Investment realised per inhabitant, minor units of the reporting currency. */
  investmentPerInhabitantMinor: whole(1, 1_000_000_000),
  /** Jobs created per 100,000 inhabitants. */
  jobsPer100k: whole(1, 100_000),
  /** Share of the territory's population (in the units touched) that counts as full reach. */
  reachPercent: whole(1, 100),
});
export type UtilityTargets = z.infer<typeof utilityTargetsSchema>;

export const utilitySettingsInputSchema = z.object({
  /** Months after signature before a link can be judged (default 12). */
  linkGraceMonths: whole(1, 120),
  /** Months after an event ends before it can be judged (default 6). */
  eventGraceMonths: whole(1, 60),
  /** Days before the end of the grace period in which an unproductive record is "at risk" (default 90). */
  atRiskWindowDays: whole(1, 365),
  weights: utilityWeightsSchema,
  targets: utilityTargetsSchema,
});
export type UtilitySettingsInput = z.infer<typeof utilitySettingsInputSchema>;

/**
 * PUT body. Weights that do not add up to 100 answer 422 with an error on each weight field
 * (`weights.resources` …, code `utility.weightsMustSum100`).
 */
export const updateUtilitySettingsBodySchema = utilitySettingsInputSchema.extend(versionSchema.shape);

export const utilitySettingsSchema = utilitySettingsInputSchema.extend({
  reportingCurrency: z.string(),
  /** Population of the government's territory used for the per-inhabitant rules; null when unknown. */
  population: z.number().int().nullable(),
  /** True while the government has never saved its settings (these are the defaults). */
  isDefault: z.boolean(),
  version: z.number().int(),
  updatedAt: z.string().nullable(),
  updatedBy: z.uuid().nullable(),
});
export type UtilitySettings = z.infer<typeof utilitySettingsSchema>;

// ---------------------------------------------------------------------------------------------
// Verdicts and contests
// ---------------------------------------------------------------------------------------------

export const contestSchema = z.object({
  id: idSchema,
  subjectKind: verdictSubjectKindSchema,
  subjectId: idSchema,
  justification: z.string(),
  /** The verdict when the contest was filed. */
  verdictAtFiling: verdictSchema,
  createdAt: z.string(),
  createdBy: z.uuid().nullable(),
  createdByName: z.string().nullable(),
  withdrawnAt: z.string().nullable(),
  withdrawnBy: z.uuid().nullable(),
  version: z.number().int(),
});
export type Contest = z.infer<typeof contestSchema>;

export const contestInputSchema = z.object({
  subjectKind: verdictSubjectKindSchema,
  subjectId: idSchema,
  justification: requiredText(4000).refine((value) => value.length >= 20, {
    message: 'utility.justificationTooShort',
  }),
});
export type ContestInput = z.infer<typeof contestInputSchema>;
export const withdrawContestBodySchema = versionSchema;

/** The verdict of one link or event, explained. A contest never changes `verdict`. */
export const verdictDetailSchema = z.object({
  subject: recordRefSchema,
  verdict: verdictSchema,
  /** The day the grace period ends (null for a link in negotiation). */
  graceEndsOn: isoDateSchema.nullable(),
  /** "Today" in the government's time zone, the date the verdict is computed for. */
  asOf: isoDateSchema,
  reasons: z.array(reasonSchema),
  remedies: z.array(remedySchema),
  /** The open contest, if any, shown beside the verdict. */
  contest: contestSchema.nullable(),
  /** Every contest, withdrawn ones included, newest first. */
  contestHistory: z.array(contestSchema),
});
export type VerdictDetail = z.infer<typeof verdictDetailSchema>;

export const verdictListQuerySchema = z.object({
  kind: verdictSubjectKindSchema.default('link'),
  verdict: verdictSchema.optional(),
  /** Only records with an open contest (`true`) or without (`false`). */
  contested: z.enum(['true', 'false']).optional(),
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(25),
});
export type VerdictListQuery = z.infer<typeof verdictListQuerySchema>;

export const verdictSummarySchema = z.object({
  subject: recordRefSchema,
  verdict: verdictSchema,
  graceEndsOn: isoDateSchema.nullable(),
  /** The first reason, to show in a list. */
  topReason: reasonSchema.nullable(),
  isContested: z.boolean(),
  /** For links: status and the first counterpart; for events: kind and end date. */
  status: z.string().nullable(),
  counterpart: recordRefSchema.nullable(),
  ownerDepartment: recordRefSchema.nullable(),
});
export type VerdictSummary = z.infer<typeof verdictSummarySchema>;

export const verdictPageSchema = z.object({
  items: z.array(verdictSummarySchema),
  total: z.number().int(),
  page: z.number().int(),
  pageSize: z.number().int(),
  /** Counts over all records of that kind, per verdict; contested counted apart. */
  counts: z.record(verdictSchema, z.number().int()),
  contestedCount: z.number().int(),
});
export type VerdictPage = z.infer<typeof verdictPageSchema>;

// ---------------------------------------------------------------------------------------------
// Ledger ("Qué ha producido")
// ---------------------------------------------------------------------------------------------

export const ledgerQuerySchema = z.object({
  /** Items per section (each section also says its total). */
  limit: z.coerce.number().int().min(1).max(200).default(50),
});

export const ledgerInitiativeSchema = z.object({
  kind: z.literal('initiative'),
  id: idSchema,
  title: z.string(),
  stage: z.enum(initiativeStages),
  /** Design or later (not cancelled): it reaches the territory. */
  isBeyondAgenda: z.boolean(),
  /** How it relates to the subject: it uses the link, is tied to the event, involves the partner… */
  via: z.enum(['link', 'event', 'partner', 'strategy_line', 'commitment']),
});

export const ledgerEventSchema = z.object({
  kind: z.literal('event'),
  id: idSchema,
  title: z.string(),
  eventKind: z.string(),
  startsAt: z.string(),
  endsAt: z.string(),
});

export const ledgerLinkSchema = z.object({
  kind: z.literal('link'),
  id: idSchema,
  title: z.string(),
  linkKind: z.string(),
  status: z.string(),
  signedOn: isoDateSchema.nullable(),
});

export const ledgerCommitmentSchema = z.object({
  kind: z.literal('commitment'),
  id: idSchema,
  title: z.string(),
  dueDate: isoDateSchema,
  status: z.enum(effectiveCommitmentStatuses),
  fulfilledOn: isoDateSchema.nullable(),
  /** Fulfilled on or before the due date; null when not fulfilled. */
  isOnTime: z.boolean().nullable(),
  eventId: idSchema.nullable(),
  linkId: idSchema.nullable(),
  ownerDepartment: recordRefSchema.nullable(),
});

export const commitmentCountsSchema = z.object({
  fulfilledOnTime: z.number().int(),
  fulfilledLate: z.number().int(),
  overdue: z.number().int(),
  /** Open and not yet due. */
  open: z.number().int(),
  cancelled: z.number().int(),
});
export type CommitmentCounts = z.infer<typeof commitmentCountsSchema>;

export const ledgerTransactionSchema = z.object({
  kind: z.literal('transaction'),
  id: idSchema,
  initiativeId: idSchema,
  initiativeTitle: z.string(),
  type: z.string(),
  valueDate: isoDateSchema,
  amountMinor: z.number().int(),
  currency: z.string(),
  /** Null when no rate exists on or before the value date (counted in `unconverted`). */
  reportingAmountMinor: z.number().int().nullable(),
  provider: recordRefSchema.nullable(),
});

export const ledgerIndicatorSchema = z.object({
  kind: z.literal('indicator'),
  id: idSchema,
  initiativeId: idSchema,
  initiativeTitle: z.string(),
  name: z.string(),
  unit: z.string(),
  countsBeneficiaries: z.boolean(),
  baselineValue: z.string().nullable(),
  targetValue: z.string().nullable(),
  latestValue: z.string().nullable(),
  latestMeasuredOn: isoDateSchema.nullable(),
  /** Progress from baseline to target, 0..1; null without a measurement, baseline or target. */
  progress: z.number().nullable(),
});

export const ledgerLeadSchema = z.object({
  kind: z.literal('investment_lead'),
  id: idSchema,
  title: z.string(),
  company: recordRefSchema,
  stage: z.enum(leadStages),
  currency: z.string(),
  expectedAmountMinor: z.number().int().nullable(),
  realisedAmountMinor: z.number().int().nullable(),
  /** Realised amount in the reporting currency; null without a rate or without a realised amount. */
  reportingRealisedMinor: z.number().int().nullable(),
  expectedJobs: z.number().int().nullable(),
  createdJobs: z.number().int().nullable(),
});

export const ledgerNetworkRoleSchema = z.object({
  kind: z.literal('network_role'),
  id: idSchema,
  title: z.string(),
  roleKind: z.string(),
  network: recordRefSchema,
  startsOn: isoDateSchema,
  endsOn: isoDateSchema.nullable(),
});

export const ledgerPositionSchema = z.object({
  kind: z.literal('diplomacy_position'),
  id: idSchema,
  title: z.string(),
  positionKind: z.string(),
  madeOn: isoDateSchema,
  network: recordRefSchema.nullable(),
  eventId: idSchema.nullable(),
});

export const ledgerUnitSchema = z.object({
  kind: z.literal('territorial_unit'),
  id: idSchema,
  name: z.string(),
  code: z.string().nullable(),
  population: z.number().int().nullable(),
  /** People reached in this unit (from the disaggregation of beneficiary indicators). */
  beneficiaries: z.number(),
});

export const breakdownSchema = z.array(z.object({ category: z.string(), value: z.number() }));

export const ledgerSchema = z.object({
  /** `id` is the record's UUID, or the strategy-line key for a strategy line. */
  subject: z.object({
    kind: z.enum(['link', 'event', 'partner', 'strategy_line']),
    id: z.string(),
    label: z.string(),
  }),
  asOf: isoDateSchema,
  reportingCurrency: z.string(),
  initiatives: boundedListSchema(ledgerInitiativeSchema),
  events: boundedListSchema(ledgerEventSchema),
  /** Links related to the subject (an event's links, a partner's links, a strategy line's links). */
  links: boundedListSchema(ledgerLinkSchema),
  commitments: boundedListSchema(ledgerCommitmentSchema).extend({ counts: commitmentCountsSchema }),
  resources: boundedListSchema(ledgerTransactionSchema).extend({
    /** Sum of mobilised transactions (types 1 and 3) that have a rate, in the reporting currency. */
    mobilisedMinor: z.number().int(),
    /** Per IATI transaction type, converted amounts only. */
    byType: z.array(z.object({ type: z.string(), amountMinor: z.number().int() })),
    unconverted: unconvertedSchema,
  }),
  beneficiaries: z.object({
    /** Sum of the latest measurement of each indicator that counts people reached. */
    total: z.number(),
    byTerritorialUnit: breakdownSchema,
    bySex: breakdownSchema,
    byAgeGroup: breakdownSchema,
  }),
  indicators: boundedListSchema(ledgerIndicatorSchema),
  investment: boundedListSchema(ledgerLeadSchema).extend({
    realisedMinor: z.number().int(),
    expectedMinor: z.number().int(),
    createdJobs: z.number().int(),
    expectedJobs: z.number().int(),
    unconverted: unconvertedSchema,
  }),
  networkRoles: boundedListSchema(ledgerNetworkRoleSchema),
  positions: boundedListSchema(ledgerPositionSchema),
  territorialUnits: boundedListSchema(ledgerUnitSchema),
});
export type Ledger = z.infer<typeof ledgerSchema>;

// ---------------------------------------------------------------------------------------------
// Index
// ---------------------------------------------------------------------------------------------

export const indexScopeQuerySchema = z.object({
  scopeKind: indexScopeKindSchema.default('government'),
  /** Record id (link, partner, territorial unit) or strategy-line key; omitted for the government. */
  scopeId: z.string().trim().max(100).optional(),
});
export type IndexScopeQuery = z.infer<typeof indexScopeQuerySchema>;

export const indexComponentSchema = z.object({
  key: indexComponentKeySchema,
  /** The measured value, in the unit named by `rawUnit`; null when there is no data. */
  raw: z.number().nullable(),
  rawUnit: z.enum(['minor_per_inhabitant', 'ratio', 'people']),
  /** The value it is compared against (target or denominator), same unit as `raw`. */
  target: z.number().nullable(),
  /** 0..1 after the component's rule; null when there is no data. */
  normalised: z.number().nullable(),
  hasData: z.boolean(),
  /** The weight set by the government (0..100). */
  weight: z.number().int(),
  /** The weight actually applied after leaving out components without data (sums to 100). */
  effectiveWeight: z.number(),
  /** Points this component adds to the score: normalised × effectiveWeight. */
  contribution: z.number(),
  /** Numbers behind the raw value, for the explanation (e.g. amountMinor, population). */
  inputs: z.record(z.string(), z.number().nullable()),
});
export type IndexComponent = z.infer<typeof indexComponentSchema>;

export const indexResultSchema = z.object({
  scopeKind: indexScopeKindSchema,
  scopeId: z.string().nullable(),
  scopeLabel: z.string(),
  asOf: isoDateSchema,
  /** 0..100, rounded to the unit; null when no component has data. */
  score: z.number().int().nullable(),
  /** The unrounded score, for the explanation. */
  exactScore: z.number().nullable(),
  /** Sum of the weights of the components with data (100 when all have data). */
  weightWithData: z.number().int(),
  components: z.array(indexComponentSchema),
  reportingCurrency: z.string(),
});
export type IndexResult = z.infer<typeof indexResultSchema>;

export const indexComponentQuerySchema = indexScopeQuerySchema.extend({
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(25),
});

/** One source record behind a component: what it is, and what it adds. */
export const componentSourceSchema = z.object({
  record: recordRefSchema,
  /** E.g. the converted amount, the people reached, the progress, the population. */
  value: z.number().nullable(),
  /** Free detail to show: currency, status, stage, date… */
  detail: z.record(z.string(), z.union([z.string(), z.number(), z.boolean(), z.null()])),
});

export const componentSourcePageSchema = z.object({
  component: indexComponentKeySchema,
  items: z.array(componentSourceSchema),
  total: z.number().int(),
  page: z.number().int(),
  pageSize: z.number().int(),
});
export type ComponentSourcePage = z.infer<typeof componentSourcePageSchema>;

// ---------------------------------------------------------------------------------------------
// Snapshots, trend, changes
// ---------------------------------------------------------------------------------------------

export const snapshotResultSchema = z.object({
  /** The month snapshotted, YYYY-MM in the government's time zone. */
  month: z.string(),
  /** Rows written by this call; 0 when this month was already taken (idempotent). */
  created: z.number().int(),
  /** Rows for this month after the call. */
  total: z.number().int(),
});

export const trendQuerySchema = indexScopeQuerySchema.extend({
  months: z.coerce.number().int().min(1).max(60).default(12),
});

export const trendPointSchema = z.object({ month: z.string(), score: z.number().int().nullable() });
export const trendSchema = z.object({
  scopeKind: indexScopeKindSchema,
  scopeId: z.string().nullable(),
  points: z.array(trendPointSchema),
});
export type Trend = z.infer<typeof trendSchema>;

export const changesSchema = z.object({
  scopeKind: indexScopeKindSchema,
  scopeId: z.string().nullable(),
  /** The last snapshot's month, or null when none was taken yet. */
  sinceMonth: z.string().nullable(),
  previousScore: z.number().int().nullable(),
  currentScore: z.number().int().nullable(),
  components: z.array(
    z.object({
      key: indexComponentKeySchema,
      previousNormalised: z.number().nullable(),
      currentNormalised: z.number().nullable(),
      previousRaw: z.number().nullable(),
      currentRaw: z.number().nullable(),
    }),
  ),
  /** Links and events whose verdict changed since the snapshot (bounded). */
  verdictChanges: boundedListSchema(
    z.object({
      subject: recordRefSchema,
      from: verdictSchema.nullable(),
      to: verdictSchema,
      changedAt: z.string(),
    }),
  ),
});
export type Changes = z.infer<typeof changesSchema>;

// ---------------------------------------------------------------------------------------------
// Home-page overview
// ---------------------------------------------------------------------------------------------

export const overviewSchema = z.object({
  asOf: isoDateSchema,
  reportingCurrency: z.string(),
  index: indexResultSchema,
  trend: z.array(trendPointSchema),
  verdicts: z.object({
    /** Links per verdict; contested counted apart. */
    counts: z.record(verdictSchema, z.number().int()),
    contestedCount: z.number().int(),
    /** At-risk and protocol-only first, with their top reason (bounded). */
    items: boundedListSchema(verdictSummarySchema),
  }),
  eventVerdicts: z.object({ counts: z.record(verdictSchema, z.number().int()) }),
  overdueByDepartment: z.array(z.object({ department: recordRefSchema, overdue: z.number().int() })),
  initiativesByStage: z.array(z.object({ stage: z.enum(initiativeStages), count: z.number().int() })),
  resources: z.object({
    mobilisedMinor: z.number().int(),
    /** By the kind of the providing partner (`unknown` when no provider is recorded). */
    bySource: z.array(z.object({ source: z.string(), amountMinor: z.number().int() })),
    byStrategyLine: z.array(z.object({ strategyLine: z.string().nullable(), amountMinor: z.number().int() })),
    unconverted: unconvertedSchema,
  }),
  investment: z.object({
    realisedMinor: z.number().int(),
    expectedMinor: z.number().int(),
    createdJobs: z.number().int(),
    expectedJobs: z.number().int(),
    byStage: z.array(z.object({ stage: z.enum(leadStages), count: z.number().int() })),
    unconverted: unconvertedSchema,
  }),
  /** Every territorial unit, for the shaded map. */
  reachByUnit: z.array(
    z.object({
      unit: recordRefSchema,
      code: z.string().nullable(),
      population: z.number().int().nullable(),
      initiatives: z.number().int(),
      beneficiaries: z.number(),
      isReached: z.boolean(),
    }),
  ),
  /** Links with the coordinates of their first counterpart, for the world map (bounded). */
  linksOnMap: boundedListSchema(
    z.object({
      link: recordRefSchema,
      verdict: verdictSchema,
      partner: recordRefSchema,
      countryCode: z.string().nullable(),
      latitude: z.number(),
      longitude: z.number(),
    }),
  ),
});
export type Overview = z.infer<typeof overviewSchema>;

// ---------------------------------------------------------------------------------------------
// Params
// ---------------------------------------------------------------------------------------------

export const strategyLineParamsSchema = governmentParamsSchema.extend({ key: strategyLineKeySchema });
export const componentParamsSchema = governmentParamsSchema.extend({ component: indexComponentKeySchema });

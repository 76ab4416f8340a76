import type {
  ContestInput,
  UtilitySettingsInput,
  Verdict,
  VerdictListQuery,
  VerdictSubjectKind,
  VerdictSummary,
} from '../../../contracts/utility';
import { verdicts } from '../../../contracts/utility';
import {
  computeVerdict,
  maxRemedyRecords,
  type VerdictOutcome,
  verdictSeverity,
} from '../../../domain/protocol-verdict';
import { checkWeights, defaultUtilitySettings } from '../../../domain/social-utility-index';
import { recordAudit } from '../../platform/audit';
import type { Database } from '../../platform/db';
import { AppError, NotFoundError, ValidationError, VersionConflictError } from '../../platform/errors';
import type { TenantContext } from '../../platform/tenancy';
import { scheduleVerdictAlerts } from './alerts.service';
import { type Environment, gatherFacts, loadEnvironment, toProductionSummary } from './facts.service';
import * as ledgerQueries from './ledger.queries';
import * as subjects from './subjects.queries';
import * as queries from './utility.queries';
import { commitmentPairs, initiativePairs } from './utility.scopes';

// ---------------------------------------------------------------------------------------------
// Settings
// ---------------------------------------------------------------------------------------------

/** The government's settings, or the defaults while it has saved none. */
export async function getSettings(db: Database, context: TenantContext, now: Date) {
  return loadEnvironment(db, context, now);
}

/**
 * Saves the settings: weights must add up to 100 (an error on every weight field, so the form
 * shows it where the person is typing), optimistic locking on `version`, one audit record.
 * A government that never saved has version 1 (its defaults).
 */
export async function updateSettings(
  db: Database,
  context: TenantContext,
  input: UtilitySettingsInput & { version: number },
  now: Date,
) {
  const problems = checkWeights(input.weights);
  if (problems.length > 0)
    throw new ValidationError(
      problems.map((problem) => ({
        field: problem.field,
        key: 'utility.weightsMustSum100',
        params: { sum: problem.sum },
      })),
    );
  const { version, ...values } = input;
  const before = await queries.findSettings(db, context);
  let after: Awaited<ReturnType<typeof queries.findSettings>>;
  if (!before) {
    if (version !== 1) throw new VersionConflictError(1, version);
    after = await queries.insertSettings(db, context, values);
    if (!after) {
      const current = await queries.findSettings(db, context);
      throw new VersionConflictError(current?.version ?? 1, version);
    }
  } else {
    after = await queries.updateSettings(db, context, version, values);
    if (!after) throw new VersionConflictError(before.version, version);
  }
  const facts = await queries.findGovernmentFacts(db, context);
  await recordAudit(db, context, {
    entityType: 'utility_settings',
    entityId: context.governmentId,
    action: before ? 'update' : 'create',
    before: before ?? defaultUtilitySettings(facts.reportingCurrency),
    after,
  });
  return loadEnvironment(db, context, now);
}

// ---------------------------------------------------------------------------------------------
// Verdicts
// ---------------------------------------------------------------------------------------------

type JudgedSubject = {
  kind: VerdictSubjectKind;
  id: string;
  label: string;
  outcome: VerdictOutcome;
  link?: subjects.LinkSubjectRow;
  event?: subjects.EventSubjectRow;
};

/** The verdict of every link (or one), from the grouped facts: a fixed number of queries. */
export async function judgeLinks(
  db: Database,
  environment: Environment,
  linkId: string | null = null,
  /** The links' money when the caller has summed it already. */
  resources?: Map<string, queries.ResourceStats>,
) {
  const rows = await subjects.findLinkSubjects(db, environment, environment.facts.timezone, linkId);
  if (rows.length === 0) return [];
  const factsOf = await gatherFacts(
    db,
    environment,
    { kind: 'link', id: linkId },
    { withIndicators: false, resources },
  );
  const items = linkId ? await remedyItems(db, environment, 'link', linkId) : {};
  return rows.map(
    (row): JudgedSubject => ({
      kind: 'link',
      id: row.id,
      label: row.title,
      link: row,
      outcome: computeVerdict(
        {
          kind: 'link',
          status: row.status as 'active',
          signedOn: row.signed_on,
          validFrom: row.valid_from,
          recordedOn: row.recorded_on,
        },
        toProductionSummary(factsOf(row.id), environment.facts.reportingCurrency, items),
        environment.settings,
        environment.now,
        environment.facts.timezone,
      ),
    }),
  );
}

export async function judgeEvents(
  db: Database,
  environment: Environment,
  eventId: string | null = null,
  /** The events' money when the caller has summed it already. */
  resources?: Map<string, queries.ResourceStats>,
) {
  const rows = await subjects.findEventSubjects(db, environment, eventId);
  if (rows.length === 0) return [];
  const factsOf = await gatherFacts(
    db,
    environment,
    { kind: 'event', id: eventId },
    { withIndicators: false, resources },
  );
  const items = eventId ? await remedyItems(db, environment, 'event', eventId) : {};
  return rows.map(
    (row): JudgedSubject => ({
      kind: 'event',
      id: row.id,
      label: row.title,
      event: row,
      outcome: computeVerdict(
        { kind: 'event', endsAt: new Date(row.ends_at) },
        toProductionSummary(factsOf(row.id), environment.facts.reportingCurrency, items),
        environment.settings,
        environment.now,
        environment.facts.timezone,
      ),
    }),
  );
}

async function remedyItems(db: Database, environment: Environment, kind: VerdictSubjectKind, id: string) {
  const subject = { kind, id };
  const [open, earlier] = [
    await ledgerQueries.listOpenCommitments(
      db,
      commitmentPairs(environment.governmentId, subject),
      maxRemedyRecords,
    ),
    await ledgerQueries.listEarlierInitiatives(
      db,
      initiativePairs(environment.governmentId, subject),
      maxRemedyRecords,
    ),
  ];
  return {
    openCommitments: open.map((row) => ({ id: row.id, title: row.title, dueDate: row.due_date })),
    earlierInitiatives: earlier,
  };
}

/** One verdict with its contests; 404 when the record is not of this government. */
export async function getVerdict(
  db: Database,
  context: TenantContext,
  kind: VerdictSubjectKind,
  id: string,
  now: Date,
) {
  const environment = await loadEnvironment(db, context, now);
  const judged =
    kind === 'link' ? await judgeLinks(db, environment, id) : await judgeEvents(db, environment, id);
  const subject = judged[0];
  if (!subject) throw new NotFoundError();
  const contests = await queries.findContests(db, context, kind, id);
  return { subject, contests };
}

const emptyCounts = () =>
  Object.fromEntries(verdicts.map((verdict) => [verdict, 0])) as Record<Verdict, number>;

/** Worst first: protocol-only, then at risk (soonest end of grace first), grace, productive. */
export function compareJudged(a: JudgedSubject, b: JudgedSubject) {
  const bySeverity = verdictSeverity[a.outcome.verdict] - verdictSeverity[b.outcome.verdict];
  if (bySeverity !== 0) return bySeverity;
  const byGrace = (a.outcome.graceEndsOn ?? '9999').localeCompare(b.outcome.graceEndsOn ?? '9999');
  return byGrace !== 0 ? byGrace : a.label.localeCompare(b.label, 'es');
}

export function summarise(subject: JudgedSubject, contested: Set<string>): VerdictSummary {
  const link = subject.link;
  return {
    subject: { kind: subject.kind, id: subject.id, label: subject.label },
    verdict: subject.outcome.verdict,
    graceEndsOn: subject.outcome.graceEndsOn,
    topReason: subject.outcome.reasons[0] ?? null,
    isContested: contested.has(subject.id),
    status: link ? link.status : (subject.event?.kind ?? null),
    counterpart:
      link?.partner_id && link.partner_name
        ? { kind: 'partner', id: link.partner_id, label: link.partner_name }
        : null,
    ownerDepartment:
      link?.department_id && link.department_name
        ? { kind: 'department', id: link.department_id, label: link.department_name }
        : null,
  };
}

/** A page of links or events with their verdict, worst first, and the counts per verdict. */
export async function listVerdicts(db: Database, context: TenantContext, query: VerdictListQuery, now: Date) {
  const environment = await loadEnvironment(db, context, now);
  const judged =
    query.kind === 'link' ? await judgeLinks(db, environment) : await judgeEvents(db, environment);
  const contested = await queries.findOpenContestSubjects(db, context, query.kind);
  const counts = emptyCounts();
  for (const subject of judged) counts[subject.outcome.verdict] += 1;
  const filtered = judged
    .filter((subject) => !query.verdict || subject.outcome.verdict === query.verdict)
    .filter((subject) =>
      query.contested === undefined ? true : contested.has(subject.id) === (query.contested === 'true'),
    )
    .sort(compareJudged);
  const start = (query.page - 1) * query.pageSize;
  return {
    items: filtered.slice(start, start + query.pageSize).map((subject) => summarise(subject, contested)),
    total: filtered.length,
    page: query.page,
    pageSize: query.pageSize,
    counts,
    contestedCount: judged.filter((subject) => contested.has(subject.id)).length,
  };
}

export function countVerdicts(judged: JudgedSubject[]) {
  const counts = emptyCounts();
  for (const subject of judged) counts[subject.outcome.verdict] += 1;
  return counts;
}

// ---------------------------------------------------------------------------------------------
// Contests
// ---------------------------------------------------------------------------------------------

/**
 * Files a contest beside the verdict: the verdict itself does not change. One open contest per
 * record (a second one is 409); audited.
 */
export async function contestVerdict(db: Database, context: TenantContext, input: ContestInput, now: Date) {
  const environment = await loadEnvironment(db, context, now);
  const judged =
    input.subjectKind === 'link'
      ? await judgeLinks(db, environment, input.subjectId)
      : await judgeEvents(db, environment, input.subjectId);
  const subject = judged[0];
  if (!subject) throw new ValidationError([{ field: 'subjectId', key: 'utility.subjectNotFound' }]);
  const contest = await queries.insertContest(db, {
    governmentId: context.governmentId,
    subjectKind: input.subjectKind,
    subjectId: input.subjectId,
    justification: input.justification,
    verdictAtFiling: subject.outcome.verdict,
    createdBy: context.userId,
    updatedBy: context.userId,
  });
  if (!contest)
    throw new AppError(
      409,
      'contest_already_open',
      'utility.contestAlreadyOpen',
      'utility.contestAlreadyOpenDetail',
    );
  await recordAudit(db, context, {
    entityType: 'verdict_contest',
    entityId: contest.id,
    action: 'create',
    after: contest,
  });
  const created = await queries.findContest(db, context, contest.id);
  if (!created) throw new NotFoundError();
  return created;
}

export async function withdrawContest(db: Database, context: TenantContext, id: string, version: number) {
  const before = await queries.findContest(db, context, id);
  if (!before) throw new NotFoundError();
  const after = await queries.withdrawContest(db, context, id, version);
  if (!after) throw new VersionConflictError(before.contest.version, version);
  await recordAudit(db, context, {
    entityType: 'verdict_contest',
    entityId: id,
    action: 'update',
    before: before.contest,
    after,
  });
  return { contest: after, createdByName: before.createdByName };
}

/** Remembers the current verdict of every link and event (alerts and "what changed" read it). */
export async function recordVerdictStates(db: Database, environment: Environment) {
  const links = await judgeLinks(db, environment);
  const events = await judgeEvents(db, environment);
  const changed = await queries.upsertVerdictStates(
    db,
    environment,
    [...links, ...events].map((subject) => ({
      subjectKind: subject.kind,
      subjectId: subject.id,
      verdict: subject.outcome.verdict,
    })),
  );
  await scheduleVerdictAlerts(db, environment.governmentId, changed);
  return { links, events };
}

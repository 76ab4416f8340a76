import { DateTime } from 'luxon';
import type {
  IndexComponentKey,
  IndexResult,
  IndexScopeKind,
  IndexScopeQuery,
} from '../../../contracts/utility';
import { indexComponentKeys } from '../../../contracts/utility';
import { computeIndex } from '../../../domain/social-utility-index';
import type { Database } from '../../platform/db';
import { NotFoundError } from '../../platform/errors';
import type { TenantContext } from '../../platform/tenancy';
import { type Environment, gatherFacts, loadEnvironment, toIndexInput } from './facts.service';
import * as ledgerQueries from './ledger.queries';
import * as subjects from './subjects.queries';
import * as queries from './utility.queries';
import {
  commitmentPairs,
  initiativePairs,
  leadPairs,
  type Subject,
  transactionPairs,
} from './utility.scopes';

type Scope = { kind: IndexScopeKind; id: string | null; label: string; population: number | null };

/** The scope asked for, checked inside the tenant: 404 when it is not one of its records. */
export async function resolveScope(
  db: Database,
  context: TenantContext,
  query: IndexScopeQuery,
): Promise<Scope> {
  const id = query.scopeKind === 'government' ? null : (query.scopeId ?? null);
  if (query.scopeKind !== 'government' && !id) throw new NotFoundError();
  const found = await subjects.findScopeLabel(db, context, query.scopeKind, id);
  if (!found) throw new NotFoundError();
  return { kind: query.scopeKind, id, label: found.label, population: found.population };
}

function subjectOf(scope: { kind: IndexScopeKind; id: string | null }, governmentId: string): Subject {
  return { kind: scope.kind, id: scope.kind === 'government' ? governmentId : scope.id };
}

/** The index of one scope, with every component explained. */
export async function computeScopeIndex(
  db: Database,
  environment: Environment,
  scope: Scope,
  /** The scope's facts when the caller has gathered them already (with indicators). */
  gathered?: Awaited<ReturnType<typeof gatherFacts>>,
): Promise<IndexResult> {
  const subject = subjectOf(scope, environment.governmentId);
  const factsOf = gathered ?? (await gatherFacts(db, environment, subject, { withIndicators: true }));
  const key = subject.kind === 'government' ? environment.governmentId : (scope.id ?? '');
  const outcome = computeIndex(toIndexInput(factsOf(key), environment, scope), environment.settings);
  return {
    scopeKind: scope.kind,
    scopeId: scope.id,
    scopeLabel: scope.label,
    asOf: environment.today,
    score: outcome.score,
    exactScore: outcome.exactScore,
    weightWithData: outcome.weightWithData,
    components: outcome.components,
    reportingCurrency: environment.facts.reportingCurrency,
  };
}

export async function getIndex(db: Database, context: TenantContext, query: IndexScopeQuery, now: Date) {
  const environment = await loadEnvironment(db, context, now);
  const scope = await resolveScope(db, context, query);
  return computeScopeIndex(db, environment, scope);
}

/**
 * The source records behind one component of one scope, paged: the transactions of resources, the
 * indicators of beneficiaries and progress, the commitments, the leads, the units reached.
 */
export async function getComponentSources(
  db: Database,
  context: TenantContext,
  component: IndexComponentKey,
  query: IndexScopeQuery & { page: number; pageSize: number },
  now: Date,
) {
  const environment = await loadEnvironment(db, context, now);
  const scope = await resolveScope(db, context, query);
  const subject = subjectOf(scope, environment.governmentId);
  const g = environment.governmentId;
  const reporting = environment.facts.reportingCurrency;
  // The pages are read with the ledger's bounded lists (offset = page × size, within the cap).
  const limit = Math.min(1000, query.page * query.pageSize);
  const page = <T>(list: { rows: T[]; total: number }) => ({
    rows: list.rows.slice((query.page - 1) * query.pageSize, query.page * query.pageSize),
    total: list.total,
  });
  let items: {
    record: { kind: string; id: string; label: string };
    value: number | null;
    detail: Record<string, string | number | boolean | null>;
  }[] = [];
  let total = 0;
  switch (component) {
    case 'resources': {
      const list = page(
        await ledgerQueries.listTransactions(db, g, reporting, transactionPairs(g, subject), limit),
      );
      total = list.total;
      items = list.rows.map((row) => ({
        record: { kind: 'transaction', id: row.id, label: row.initiative_title },
        value: row.reporting_minor === null ? null : Number(row.reporting_minor),
        detail: {
          initiativeId: row.initiative_id,
          type: row.type,
          valueDate: row.value_date,
          amountMinor: Number(row.amount_minor),
          currency: row.currency,
        },
      }));
      break;
    }
    case 'beneficiaries':
    case 'indicators': {
      const list = await ledgerQueries.listIndicators(
        db,
        g,
        initiativePairs(g, subject),
        environment.today,
        1000,
      );
      const rows = list.rows.filter((row) =>
        component === 'beneficiaries' ? row.counts_beneficiaries : true,
      );
      total = component === 'beneficiaries' ? rows.length : list.total;
      items = rows.slice((query.page - 1) * query.pageSize, query.page * query.pageSize).map((row) => ({
        record: { kind: 'indicator', id: row.id, label: row.name },
        value: row.latest_value === null ? null : Number(row.latest_value),
        detail: {
          initiativeId: row.initiative_id,
          initiativeTitle: row.initiative_title,
          unit: row.unit,
          baselineValue: row.baseline_value,
          targetValue: row.target_value,
          measuredOn: row.latest_on,
        },
      }));
      break;
    }
    case 'commitments': {
      const list = page(
        await ledgerQueries.listCommitments(db, commitmentPairs(g, subject), environment.today, limit),
      );
      total = list.total;
      items = list.rows.map((row) => ({
        record: { kind: 'commitment', id: row.id, label: row.title },
        value: null,
        detail: { status: row.status, dueDate: row.due_date, fulfilledOn: row.fulfilled_on },
      }));
      break;
    }
    case 'investment': {
      const list = page(await ledgerQueries.listLeads(db, g, reporting, leadPairs(g, subject), limit));
      total = list.total;
      items = list.rows.map((row) => ({
        record: { kind: 'investment_lead', id: row.id, label: row.title },
        value: row.reporting_realised === null ? null : Number(row.reporting_realised),
        detail: { stage: row.stage, companyName: row.company_name, createdJobs: row.created_jobs },
      }));
      break;
    }
    case 'reach': {
      const reached = queries.reachedUnitPairs(g, initiativePairs(g, subject), leadPairs(g, subject));
      const list = page(await ledgerQueries.listReachedUnits(db, reached, limit));
      total = list.total;
      items = list.rows.map((row) => ({
        record: { kind: 'territorial_unit', id: row.id, label: row.name },
        value: row.population === null ? null : Number(row.population),
        detail: { code: row.code },
      }));
      break;
    }
  }
  return { component, items, total, page: query.page, pageSize: query.pageSize };
}

// ---------------------------------------------------------------------------------------------
// Snapshots
// ---------------------------------------------------------------------------------------------

/** The month a snapshot belongs to: YYYY-MM in the government's time zone. */
export function monthOf(now: Date, timeZone: string) {
  return DateTime.fromJSDate(now, { zone: timeZone }).toFormat('yyyy-MM');
}

const snapshotKinds = ['link', 'partner', 'strategy_line', 'territorial_unit'] as const;

/**
 * Takes this month's snapshot of the government and of every link, partner, strategy line and
 * territorial unit. Rows already taken this month stay as they were (INSERT … ON CONFLICT DO
 * NOTHING), so calling it twice, or from two processes at once, writes each row once.
 */
export async function takeSnapshot(db: Database, context: Pick<TenantContext, 'governmentId'>, now: Date) {
  const environment = await loadEnvironment(db, context, now);
  const month = monthOf(now, environment.facts.timezone);
  const government = await subjects.findScopeLabel(db, context, 'government', null);
  const rows: queries.SnapshotRow[] = [];
  const governmentIndex = await computeScopeIndex(db, environment, {
    kind: 'government',
    id: null,
    label: government?.label ?? '',
    population: government?.population ?? null,
  });
  rows.push({
    scopeKind: 'government',
    scopeId: '',
    score: governmentIndex.score,
    exactScore: governmentIndex.exactScore,
    components: governmentIndex.components,
  });
  for (const kind of snapshotKinds) {
    const scopes = await subjects.findScopeIds(db, context, kind);
    if (scopes.length === 0) continue;
    const factsOf = await gatherFacts(db, environment, { kind, id: null }, { withIndicators: true });
    for (const scope of scopes) {
      const outcome = computeIndex(
        toIndexInput(factsOf(scope.id), environment, { kind, population: scope.population }),
        environment.settings,
      );
      rows.push({
        scopeKind: kind,
        scopeId: scope.id,
        score: outcome.score,
        exactScore: outcome.exactScore,
        components: outcome.components,
      });
    }
  }
  const created = await queries.insertSnapshots(db, context, month, rows);
  return { month, created, total: await queries.countSnapshots(db, context, month) };
}

function snapshotScopeId(scope: { kind: IndexScopeKind; id: string | null }) {
  return scope.kind === 'government' ? '' : (scope.id ?? '');
}

/** The scores of the last `months` months (a month without a snapshot has no point). */
export async function getTrend(
  db: Database,
  context: TenantContext,
  query: IndexScopeQuery & { months: number },
  now: Date,
) {
  const environment = await loadEnvironment(db, context, now);
  const scope = await resolveScope(db, context, query);
  return {
    scopeKind: scope.kind,
    scopeId: scope.id,
    points: await trendPoints(db, context, environment, scope, query.months),
  };
}

export async function trendPoints(
  db: Database,
  context: Pick<TenantContext, 'governmentId'>,
  environment: Environment,
  scope: { kind: IndexScopeKind; id: string | null },
  months: number,
) {
  const from = DateTime.fromJSDate(environment.now, { zone: environment.facts.timezone })
    .minus({ months: months - 1 })
    .toFormat('yyyy-MM');
  const rows = await queries.findSnapshots(db, context, scope.kind, snapshotScopeId(scope), from);
  return rows.map((row) => ({ month: row.month, score: row.score }));
}

type StoredComponent = { key: IndexComponentKey; raw: number | null; normalised: number | null };

/** What changed since the last snapshot: the score, each component, and the verdicts that moved. */
export async function getChanges(db: Database, context: TenantContext, query: IndexScopeQuery, now: Date) {
  const environment = await loadEnvironment(db, context, now);
  const scope = await resolveScope(db, context, query);
  const [current, last] = [
    await computeScopeIndex(db, environment, scope),
    await queries.findLatestSnapshot(db, context, scope.kind, snapshotScopeId(scope)),
  ];
  const previous = new Map(
    ((last?.components as StoredComponent[] | undefined) ?? []).map((component) => [
      component.key,
      component,
    ]),
  );
  const changes = await queries.findVerdictChangesSince(
    db,
    context,
    last ? new Date(last.taken_at) : null,
    50,
  );
  return {
    scopeKind: scope.kind,
    scopeId: scope.id,
    sinceMonth: last?.month ?? null,
    previousScore: last?.score ?? null,
    currentScore: current.score,
    components: indexComponentKeys.map((key) => {
      const now = current.components.find((component) => component.key === key);
      const before = previous.get(key);
      return {
        key,
        previousNormalised: before?.normalised ?? null,
        currentNormalised: now?.normalised ?? null,
        previousRaw: before?.raw ?? null,
        currentRaw: now?.raw ?? null,
      };
    }),
    verdictChanges: {
      items: changes.map((row) => ({
        subject: { kind: row.subject_kind, id: row.subject_id, label: row.label ?? '' },
        from: row.previous_verdict as 'productive' | null,
        to: row.verdict as 'productive',
        changedAt: new Date(row.changed_at).toISOString(),
      })),
      total: changes[0]?.total ?? 0,
    },
  };
}

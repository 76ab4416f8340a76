// Gathers what the report says, from the same services that answer the /utility endpoints (so that
// its figures are the API's) and from the period's agenda, commitments and initiatives.
import { DateTime } from 'luxon';
import type { Language } from '../../../contracts/common';
import type { Overview, Reason } from '../../../contracts/utility';
import {
  type AgendaSummary,
  averageProgress,
  type CommitmentSummary,
  groupLinksByVerdict,
  type JudgedLink,
  type ReportIndicator,
  type ReportPeriod,
  reportAsOf,
  summariseAgenda,
  summariseCommitments,
} from '../../../domain/council-report';
import { computeProgress } from '../../../domain/indicators';
import { localToday } from '../../../domain/protocol-verdict';
import type { Database } from '../../platform/db';
import type { TenantContext } from '../../platform/tenancy';
import { getOverviewWithJudgedLinks } from '../utility/overview.service';
import { findGovernmentFacts } from '../utility/utility.queries';
import * as queries from './reports.queries';

/** Bounds of what one report reads: the workbook holds every row up to these. */
export const reportLimits = {
  links: 50_000,
  events: 10_000,
  commitments: 20_000,
  initiatives: 5_000,
  indicators: 20_000,
};

export type ReportInitiative = queries.InitiativeRow & {
  indicators: ReportIndicator[];
  progress: number | null;
};

export type ReportFigures = {
  governmentName: string;
  reportingCurrency: string;
  language: Language;
  period: ReportPeriod;
  /** The day cumulative figures are computed for (end of the period, or today). */
  asOf: string;
  /** Today in the government's calendar. */
  generatedOn: string;
  overview: Overview;
  links: ReturnType<typeof groupLinksByVerdict<Reason>>;
  agenda: AgendaSummary;
  commitments: CommitmentSummary;
  initiatives: ReportInitiative[];
};

function toNumber(value: string | null): number | null {
  return value === null ? null : Number(value);
}

/** The indicators of the initiatives, each with its progress toward target on the report's day. */
function attachIndicators(
  initiatives: queries.InitiativeRow[],
  indicators: queries.IndicatorRow[],
): ReportInitiative[] {
  const byInitiative = new Map<string, ReportIndicator[]>();
  for (const row of indicators) {
    const baseline = toNumber(row.baseline);
    const target = toNumber(row.target);
    const latest = toNumber(row.latest);
    const progress =
      baseline !== null && target !== null && latest !== null
        ? computeProgress({ baselineValue: baseline, targetValue: target, direction: row.direction }, latest)
            .clamped
        : null;
    const list = byInitiative.get(row.initiativeId) ?? [];
    list.push({ name: row.name, unit: row.unit, baseline, target, latest, latestOn: row.latestOn, progress });
    byInitiative.set(row.initiativeId, list);
  }
  return initiatives.map((initiative) => {
    const own = byInitiative.get(initiative.id) ?? [];
    return { ...initiative, indicators: own, progress: averageProgress(own) };
  });
}

/**
 * Every figure of one report. Cumulative figures (index, verdicts, money, investment) are those the
 * API gives on the report's day; the agenda and fulfilled commitments are those of the period.
 * `onStep` is told the share of the work done, for the progress bar.
 */
export async function gatherReportFigures(
  db: Database,
  context: Pick<TenantContext, 'governmentId'>,
  request: { period: ReportPeriod; language: Language },
  now: Date,
  onStep: (progress: number) => Promise<void>,
): Promise<ReportFigures> {
  const facts = await findGovernmentFacts(db, context);
  const today = localToday(now, facts.timezone);
  const asOf = reportAsOf(request.period, today);
  // A past period is judged at the end of its last day in the government's calendar.
  const asOfInstant =
    asOf === today ? now : DateTime.fromISO(asOf, { zone: facts.timezone }).endOf('day').toJSDate();
  const tenant = context as TenantContext;

  // The overview judges every link already (worst first): its verdicts are the report's, read once.
  const { overview, judgedLinks } = await getOverviewWithJudgedLinks(db, tenant, asOfInstant);
  await onStep(0.5);
  const judged = judgedLinks.slice(0, reportLimits.links);
  const links = groupLinksByVerdict(
    judged.map(
      (subject): JudgedLink<Reason> => ({
        id: subject.id,
        title: subject.label,
        partner: subject.link?.partner_name ?? null,
        status: subject.link?.status ?? '',
        verdict: subject.outcome.verdict,
        reasons: subject.outcome.reasons,
      }),
    ),
  );
  const events = await queries.findPeriodEvents(db, context, {
    reportingCurrency: facts.reportingCurrency,
    timeZone: facts.timezone,
    period: request.period,
    limit: reportLimits.events,
  });
  const commitments = await queries.findReportCommitments(
    db,
    context,
    request.period,
    asOf,
    reportLimits.commitments,
  );
  const initiatives = await queries.findInitiativesWithIndicators(db, context, asOf, reportLimits);
  await onStep(0.6);
  return {
    governmentName: facts.name,
    reportingCurrency: facts.reportingCurrency,
    language: request.language,
    period: request.period,
    asOf,
    generatedOn: today,
    overview,
    links,
    agenda: summariseAgenda(events, request.period),
    commitments: summariseCommitments(commitments, request.period, asOf),
    initiatives: attachIndicators(initiatives.initiatives, initiatives.indicators),
  };
}

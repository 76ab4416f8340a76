import { DateTime } from 'luxon';
import type { LinkStatus } from '../contracts/links';
import type { Reason, Remedy, Verdict } from '../contracts/utility';

/**
 * The protocol-only verdict (DESIGN.md "Social utility"): a link or an event is protocol-only when,
 * after a grace period, it has produced nothing that reaches the territory — no initiative using it
 * beyond the agenda stage, no commitment fulfilled, no resources mobilised, no beneficiaries, no
 * investment. Before that it is in its grace period, or at risk when the grace period ends within
 * the at-risk window with nothing produced. Producing anything makes it productive at once, even
 * inside the grace period. The verdict always carries its reasons and what would change it.
 */

export type VerdictSettings = {
  /** Months after signature (links). */
  linkGraceMonths: number;
  /** Months after the event ends (events). */
  eventGraceMonths: number;
  /** Days before the end of the grace period in which "nothing produced" means at risk. */
  atRiskWindowDays: number;
};

export const defaultVerdictSettings: VerdictSettings = {
  linkGraceMonths: 12,
  eventGraceMonths: 6,
  atRiskWindowDays: 90,
};

export type VerdictSubject =
  | {
      kind: 'link';
      status: LinkStatus;
      signedOn: string | null;
      validFrom: string | null;
      /** The day the record was created, in the government's time zone: the fallback start. */
      recordedOn: string;
    }
  | {
      kind: 'event';
      /** The instant the event ended (ISO with offset or a Date). */
      endsAt: string | Date;
    };

type Labelled = { id: string; title: string };

/** What the subject produced. Counts decide the verdict; the item lists only feed the remedies. */
export type ProductionSummary = {
  initiatives: {
    /** Initiatives using it at design, implementation, evaluation or closed. */
    beyondAgenda: number;
    /** Initiatives using it still at problematization or agenda. */
    earlier: number;
    earlierItems?: (Labelled & { stage: string })[];
  };
  commitments: {
    made: number;
    fulfilled: number;
    overdue: number;
    /** Earliest due date among the overdue ones. */
    overdueSince: string | null;
    /** Open commitments (overdue and not yet due), for the remedies. */
    openItems?: (Labelled & { dueDate: string })[];
  };
  /** Resources mobilised, minor units of the reporting currency (converted amounts only). */
  resourcesMobilisedMinor: number;
  reportingCurrency: string;
  /** People reached (latest measurement of each indicator that counts beneficiaries). */
  beneficiaries: number;
  investment: {
    /** Leads of its partners established, in aftercare, or with realised amount or jobs. */
    realisedLeads: number;
    realisedMinor: number;
    createdJobs: number;
  };
};

export type VerdictOutcome = {
  verdict: Verdict;
  /** The first day the subject is judged (the grace period covers the days before it); null in negotiation. */
  graceEndsOn: string | null;
  asOf: string;
  reasons: Reason[];
  remedies: Remedy[];
};

/** How many records a remedy list names at most (the rest are in the ledger). */
export const maxRemedyRecords = 5;

/**
 * A pure function of a text key, remembered. Luxon's calendar arithmetic costs tens of microseconds
 * a call and a government's links are judged all at once (20,000 on the home page), most of them
 * sharing the request's instant and their signature dates. Bounded: emptied when full.
 */
function remembered<T>(compute: (key: string) => T, limit = 10_000) {
  const cache = new Map<string, T>();
  return (key: string): T => {
    const found = cache.get(key);
    if (found !== undefined) return found;
    if (cache.size >= limit) cache.clear();
    const value = compute(key);
    cache.set(key, value);
    return value;
  };
}

const todayAt = remembered((key) => {
  const [milliseconds, timeZone] = key.split('|') as [string, string];
  return DateTime.fromMillis(Number(milliseconds), { zone: timeZone }).toISODate() ?? '';
});

/** "Today" in the government's time zone, as an ISO calendar date. */
export function localToday(now: Date, timeZone: string): string {
  return todayAt(`${now.getTime()}|${timeZone}`);
}

/** Whether the subject produced something that reaches the territory. */
export function hasProduced(summary: ProductionSummary): boolean {
  return (
    summary.initiatives.beyondAgenda > 0 ||
    summary.commitments.fulfilled > 0 ||
    summary.resourcesMobilisedMinor > 0 ||
    summary.beneficiaries > 0 ||
    summary.investment.realisedLeads > 0
  );
}

function startOf(subject: VerdictSubject, timeZone: string): { date: string; reason: Reason['code'] } {
  if (subject.kind === 'event') {
    const ended =
      subject.endsAt instanceof Date
        ? DateTime.fromJSDate(subject.endsAt, { zone: timeZone })
        : DateTime.fromISO(subject.endsAt, { zone: timeZone });
    return { date: ended.toISODate() ?? '', reason: 'event_ended_ago' };
  }
  if (subject.signedOn) return { date: subject.signedOn, reason: 'signed_ago' };
  if (subject.validFrom) return { date: subject.validFrom, reason: 'signed_ago' };
  return { date: subject.recordedOn, reason: 'undated_since_recorded' };
}

function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

/** Whole years and months from one calendar date to another (never negative). */
const elapsedBetween = remembered((key) => {
  const [from, to] = key.split('|') as [string, string];
  const elapsed = DateTime.fromISO(to).diff(DateTime.fromISO(from), ['years', 'months']);
  return { years: Math.max(0, Math.floor(elapsed.years)), months: Math.max(0, Math.floor(elapsed.months)) };
});

/** A calendar date plus whole months, clamped to the month's end. */
const monthsAfter = remembered((key) => {
  const [date, months] = key.split('|') as [string, string];
  return (
    DateTime.fromISO(date)
      .plus({ months: Number(months) })
      .toISODate() ?? date
  );
});

function startReason(start: { date: string; reason: Reason['code'] }, today: string): Reason {
  const { years, months } = elapsedBetween(`${start.date}|${today}`);
  if (start.reason === 'event_ended_ago')
    return { code: 'event_ended_ago', params: { date: start.date, months: years * 12 + months } };
  if (start.reason === 'undated_since_recorded')
    return { code: 'undated_since_recorded', params: { date: start.date } };
  return { code: 'signed_ago', params: { date: start.date, years, months } };
}

/** The facts of what was (or was not) produced, positive ones first. */
function productionReasons(summary: ProductionSummary): Reason[] {
  const positive: Reason[] = [];
  const negative: Reason[] = [];
  const { initiatives, commitments, investment } = summary;
  if (initiatives.beyondAgenda > 0)
    positive.push({ code: 'initiatives_beyond_agenda', params: { count: initiatives.beyondAgenda } });
  else negative.push({ code: 'no_initiative_beyond_agenda', params: { count: initiatives.earlier } });
  if (commitments.overdue > 0)
    negative.push({
      code: 'commitments_overdue',
      params: { count: commitments.overdue, since: commitments.overdueSince ?? '' },
    });
  if (commitments.fulfilled > 0)
    positive.push({ code: 'commitments_fulfilled', params: { count: commitments.fulfilled } });
  else negative.push({ code: 'no_commitment_fulfilled', params: { count: commitments.made } });
  if (summary.resourcesMobilisedMinor > 0)
    positive.push({
      code: 'resources_mobilised',
      params: { amountMinor: summary.resourcesMobilisedMinor, currency: summary.reportingCurrency },
    });
  else negative.push({ code: 'no_resources_mobilised', params: {} });
  if (summary.beneficiaries > 0)
    positive.push({ code: 'beneficiaries_reached', params: { count: summary.beneficiaries } });
  else negative.push({ code: 'no_beneficiaries', params: {} });
  if (investment.realisedLeads > 0)
    positive.push({
      code: 'investment_realised',
      params: {
        count: investment.realisedLeads,
        amountMinor: investment.realisedMinor,
        currency: summary.reportingCurrency,
        jobs: investment.createdJobs,
      },
    });
  else negative.push({ code: 'no_investment', params: {} });
  return [...positive, ...negative];
}

/** What would turn an unproductive subject productive, with the records concerned. */
function remediesFor(summary: ProductionSummary): Remedy[] {
  const remedies: Remedy[] = [];
  const open = [...(summary.commitments.openItems ?? [])].sort((a, b) =>
    a.dueDate < b.dueDate ? -1 : a.dueDate > b.dueDate ? 1 : 0,
  );
  for (const commitment of open.slice(0, maxRemedyRecords))
    remedies.push({
      code: 'fulfil_commitment',
      params: { title: commitment.title, dueDate: commitment.dueDate },
      records: [{ kind: 'commitment', id: commitment.id }],
    });
  for (const initiative of (summary.initiatives.earlierItems ?? []).slice(0, maxRemedyRecords))
    remedies.push({
      code: 'advance_initiative',
      params: { title: initiative.title, stage: initiative.stage },
      records: [{ kind: 'initiative', id: initiative.id }],
    });
  remedies.push({ code: 'link_initiative', params: {}, records: [] });
  remedies.push({ code: 'record_resources', params: {}, records: [] });
  remedies.push({ code: 'measure_beneficiaries', params: {}, records: [] });
  remedies.push({ code: 'register_investment', params: {}, records: [] });
  return remedies;
}

/**
 * The verdict of a link or an event on the government's calendar day `now` in `timeZone`.
 * Grace period: from the signature (else the start of validity, else the day it was recorded) or
 * the event's last day, plus the grace months; `graceEndsOn` is the first day it is judged. Month
 * arithmetic clamps to the month's end (31 January + 1 month = 28/29 February).
 */
export function computeVerdict(
  subject: VerdictSubject,
  summary: ProductionSummary,
  settings: VerdictSettings,
  now: Date,
  timeZone: string,
): VerdictOutcome {
  const asOf = localToday(now, timeZone);
  if (subject.kind === 'link' && subject.status === 'negotiation') {
    return {
      verdict: 'grace_period',
      graceEndsOn: null,
      asOf,
      reasons: [{ code: 'in_negotiation', params: {} }],
      remedies: [],
    };
  }
  const start = startOf(subject, timeZone);
  const graceMonths = subject.kind === 'link' ? settings.linkGraceMonths : settings.eventGraceMonths;
  const graceEndsOn = monthsAfter(`${start.date}|${graceMonths}`);
  const started = startReason(start, asOf);
  const facts = productionReasons(summary);
  if (hasProduced(summary)) {
    // Overdue commitments stay visible on a productive record; the missing facts do not matter.
    const shown = facts.filter((reason) => !reason.code.startsWith('no_'));
    return { verdict: 'productive', graceEndsOn, asOf, reasons: [...shown, started], remedies: [] };
  }
  const daysLeft = daysBetween(asOf, graceEndsOn);
  if (daysLeft <= 0) {
    return {
      verdict: 'protocol_only',
      graceEndsOn,
      asOf,
      reasons: [started, ...facts, { code: 'grace_ended_on', params: { date: graceEndsOn } }],
      remedies: remediesFor(summary),
    };
  }
  const graceReason: Reason = { code: 'grace_ends_on', params: { date: graceEndsOn, days: daysLeft } };
  if (daysLeft <= settings.atRiskWindowDays) {
    return {
      verdict: 'at_risk',
      graceEndsOn,
      asOf,
      reasons: [graceReason, started, ...facts],
      remedies: remediesFor(summary),
    };
  }
  return {
    verdict: 'grace_period',
    graceEndsOn,
    asOf,
    reasons: [started, graceReason],
    remedies: remediesFor(summary),
  };
}

/** Verdicts in the order a head of office reads them: the worst first. */
export const verdictSeverity: Record<Verdict, number> = {
  protocol_only: 0,
  at_risk: 1,
  grace_period: 2,
  productive: 3,
};

/**
 * The figures of the report to the council, assembled from what the modules already compute. Pure:
 * no I/O, so that what the council reads can be checked without a database. Money stays in integer
 * minor units; amounts without an exchange rate are kept apart per currency, never guessed.
 */

export type ReportPeriod = { from: string; to: string };

/** A bounded list: the first `limit` items and how many there are in all. */
export type Bounded<T> = { items: T[]; total: number };

export function bound<T>(items: T[], limit: number): Bounded<T> {
  return { items: items.slice(0, limit), total: items.length };
}

/**
 * The day the cumulative figures (index, verdicts, money) are computed for: the last day of the
 * period, or today when the period has not ended yet (the future has produced nothing).
 */
export function reportAsOf(period: ReportPeriod, today: string): string {
  return period.to < today ? period.to : today;
}

export function isWithin(date: string | null, period: ReportPeriod): boolean {
  return date !== null && date >= period.from && date <= period.to;
}

export type Unconverted = { currency: string; amountMinor: number; count: number };

/** An amount as recorded, and converted to the reporting currency (null: no rate on that day). */
export type Money = { amountMinor: number; currency: string; convertedMinor: number | null };

/** Converted amounts added up; the others added up apart per currency, largest first. */
export function totalMoney(amounts: Money[]): { convertedMinor: number; unconverted: Unconverted[] } {
  let convertedMinor = 0;
  const apart = new Map<string, Unconverted>();
  for (const money of amounts) {
    if (money.convertedMinor !== null) {
      convertedMinor += money.convertedMinor;
      continue;
    }
    const entry = apart.get(money.currency) ?? { currency: money.currency, amountMinor: 0, count: 0 };
    entry.amountMinor += money.amountMinor;
    entry.count += 1;
    apart.set(money.currency, entry);
  }
  const unconverted = [...apart.values()].sort(
    (a, b) => b.amountMinor - a.amountMinor || a.currency.localeCompare(b.currency),
  );
  return { convertedMinor, unconverted };
}

export type ReportCommitment = {
  id: string;
  title: string;
  dueDate: string;
  status: 'pending' | 'in_progress' | 'fulfilled' | 'cancelled';
  fulfilledOn: string | null;
  ownerDepartment: string | null;
};

export type CommitmentSummary = {
  /** Fulfilled with a fulfilment date inside the period. */
  fulfilled: ReportCommitment[];
  /** Still open on the report's day with a due date before it. */
  overdue: ReportCommitment[];
  /** Due inside the period, whatever became of them. */
  dueInPeriod: number;
  /** Of those due in the period, fulfilled on or before their due date. */
  dueInPeriodFulfilledOnTime: number;
};

/** Commitments as the council reads them: what was fulfilled in the period and what is overdue. */
export function summariseCommitments(
  commitments: ReportCommitment[],
  period: ReportPeriod,
  asOf: string,
): CommitmentSummary {
  const isOpen = (c: ReportCommitment) => c.status === 'pending' || c.status === 'in_progress';
  const fulfilled = commitments
    .filter((c) => c.status === 'fulfilled' && isWithin(c.fulfilledOn, period))
    .sort(
      (a, b) => (a.fulfilledOn ?? '').localeCompare(b.fulfilledOn ?? '') || a.title.localeCompare(b.title),
    );
  const overdue = commitments
    .filter((c) => isOpen(c) && c.dueDate < asOf)
    .sort((a, b) => a.dueDate.localeCompare(b.dueDate) || a.title.localeCompare(b.title));
  const due = commitments.filter((c) => c.status !== 'cancelled' && isWithin(c.dueDate, period));
  const onTime = due.filter(
    (c) => c.status === 'fulfilled' && c.fulfilledOn !== null && c.fulfilledOn <= c.dueDate,
  );
  return { fulfilled, overdue, dueInPeriod: due.length, dueInPeriodFulfilledOnTime: onTime.length };
}

export type ReportEvent = {
  id: string;
  title: string;
  kind: string;
  /** First day, in the government's calendar. */
  startsOn: string;
  city: string | null;
  countryCode: string | null;
  strategyLine: string | null;
  costs: Money[];
};

export type AgendaRow = ReportEvent & { cost: ReturnType<typeof totalMoney> };

export type AgendaSummary = {
  events: AgendaRow[];
  byKind: { kind: string; count: number }[];
  total: ReturnType<typeof totalMoney>;
};

/** The events of the period in date order, each with its cost, and the cost of the whole agenda. */
export function summariseAgenda(events: ReportEvent[], period: ReportPeriod): AgendaSummary {
  const inPeriod = events
    .filter((event) => isWithin(event.startsOn, period))
    .sort((a, b) => a.startsOn.localeCompare(b.startsOn) || a.title.localeCompare(b.title));
  const kinds = new Map<string, number>();
  for (const event of inPeriod) kinds.set(event.kind, (kinds.get(event.kind) ?? 0) + 1);
  return {
    events: inPeriod.map((event) => ({ ...event, cost: totalMoney(event.costs) })),
    byKind: [...kinds.entries()]
      .map(([kind, count]) => ({ kind, count }))
      .sort((a, b) => b.count - a.count || a.kind.localeCompare(b.kind)),
    total: totalMoney(inPeriod.flatMap((event) => event.costs)),
  };
}

export type VerdictName = 'grace_period' | 'productive' | 'at_risk' | 'protocol_only';
export type JudgedLink<R> = {
  id: string;
  title: string;
  partner: string | null;
  status: string;
  verdict: VerdictName;
  reasons: R[];
};

export const verdictOrder: VerdictName[] = ['protocol_only', 'at_risk', 'grace_period', 'productive'];

/** Links grouped by verdict (worst first), each group in the order given, with the counts. */
export function groupLinksByVerdict<R>(links: JudgedLink<R>[]) {
  const groups = new Map<VerdictName, JudgedLink<R>[]>(verdictOrder.map((verdict) => [verdict, []]));
  for (const link of links) groups.get(link.verdict)?.push(link);
  const counts = Object.fromEntries(
    verdictOrder.map((verdict) => [verdict, groups.get(verdict)?.length ?? 0]),
  ) as Record<VerdictName, number>;
  return { counts, total: links.length, groups };
}

export type ReportIndicator = {
  name: string;
  unit: string;
  baseline: number | null;
  target: number | null;
  latest: number | null;
  latestOn: string | null;
  /** 0..1 toward target (null without baseline, target or measurement). */
  progress: number | null;
};

/** The average progress of the indicators that can be measured, or null when none can. */
export function averageProgress(indicators: ReportIndicator[]): number | null {
  const measured = indicators.map((indicator) => indicator.progress).filter((p): p is number => p !== null);
  if (measured.length === 0) return null;
  return measured.reduce((sum, value) => sum + value, 0) / measured.length;
}

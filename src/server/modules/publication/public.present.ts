import type {
  PublicCommitment,
  PublicEvent,
  PublicInitiative,
  PublicLink,
  PublicPosition,
  PublicProject,
} from '../../../contracts/publication';
import { effectiveStatus } from '../../../domain/commitments';
import { computeProgress } from '../../../domain/indicators';
import { toIso } from '../../platform/present';
import type * as queries from './public.queries';

/*
 * The public presenters: every field named here is one a citizen may read. A new column of a
 * record never reaches the portal or the open data until it is added here on purpose.
 */

type LinkRows = Awaited<ReturnType<typeof queries.findPublishedLinks>>;
type EventRows = Awaited<ReturnType<typeof queries.findPublishedEvents>>;
type CommitmentRow = Awaited<ReturnType<typeof queries.findPublishedCommitments>>[number];
type InitiativeRow = Awaited<ReturnType<typeof queries.findPublishedInitiatives>>[number];
type ProjectRow = Awaited<ReturnType<typeof queries.findPublishedProjects>>[number];
type Details = Awaited<ReturnType<typeof queries.findInitiativeDetails>>;
type Money = Awaited<ReturnType<typeof queries.findProjectMoney>>;
type PositionRow = Awaited<ReturnType<typeof queries.findPublishedPositions>>[number];

function groupBy<T extends Record<K, string>, K extends string>(rows: T[], key: K) {
  const groups = new Map<string, T[]>();
  for (const row of rows) groups.set(row[key], [...(groups.get(row[key]) ?? []), row]);
  return groups;
}

function sumByCurrency(items: { currency: string; amountMinor: number | string }[]) {
  const totals = new Map<string, number>();
  for (const item of items)
    totals.set(item.currency, (totals.get(item.currency) ?? 0) + Number(item.amountMinor));
  return [...totals].map(([currency, amountMinor]) => ({ currency, amountMinor }));
}

export function presentPublicLinks({ rows, parties }: LinkRows): PublicLink[] {
  const partiesOf = groupBy(parties, 'linkId');
  return rows.map((link) => ({
    id: link.id,
    title: link.title,
    kind: link.kind,
    status: link.status,
    description: link.description,
    signedOn: link.signedOn,
    validFrom: link.validFrom,
    validTo: link.validTo,
    isCouncilApproved: link.isCouncilApproved,
    themes: link.themes,
    strategyLines: link.strategyLines,
    sdgGoals: link.sdgGoals,
    counterparts: (partiesOf.get(link.id) ?? []).map((party) => ({
      name: party.name,
      kind: party.kind,
      countryCode: party.countryCode,
      city: party.city,
    })),
  }));
}

export function presentPublicEvents({ rows, costs }: EventRows): PublicEvent[] {
  const costsOf = groupBy(costs, 'eventId');
  return rows.map((event) => {
    const own = (costsOf.get(event.id) ?? []).map((cost) => ({
      category: cost.category,
      source: cost.source,
      currency: cost.currency,
      amountMinor: cost.amountMinor,
    }));
    return {
      id: event.id,
      title: event.title,
      kind: event.kind,
      startsAt: toIso(event.startsAt),
      endsAt: toIso(event.endsAt),
      timezone: event.timezone,
      city: event.city,
      countryCode: event.countryCode,
      strategyLine: event.strategyLine,
      themes: event.themes,
      sdgGoals: event.sdgGoals,
      objectives: event.objectives,
      outcomes: event.outcomes,
      costs: own,
      totals: sumByCurrency(own),
    };
  });
}

/** A commitment points to its link or event only when that record is itself published. */
export function presentPublicCommitments(
  rows: CommitmentRow[],
  today: string,
  published: { links: Set<string>; events: Set<string> },
): PublicCommitment[] {
  return rows.map((row) => {
    const status = effectiveStatus(row, today);
    return {
      id: row.id,
      title: row.title,
      dueDate: row.dueDate,
      status: status === 'pending' || status === 'in_progress' ? 'open' : status,
      fulfilledOn: row.fulfilledOn,
      linkId: row.linkId && published.links.has(row.linkId) ? row.linkId : null,
      eventId: row.eventId && published.events.has(row.eventId) ? row.eventId : null,
    };
  });
}

function presentIndicator(row: Details['indicatorRows'][number]) {
  const toNumber = (value: string | null) => (value === null ? null : Number(value));
  const baseline = toNumber(row.baseline_value);
  const target = toNumber(row.target_value);
  const latest = toNumber(row.latest_value);
  return {
    name: row.name,
    unit: row.unit,
    baselineValue: baseline,
    targetValue: target,
    targetDate: row.target_date,
    latestValue: latest,
    latestOn: row.latest_on,
    progress:
      baseline !== null && target !== null && latest !== null
        ? computeProgress({ baselineValue: baseline, targetValue: target, direction: row.direction }, latest)
            .clamped
        : null,
  };
}

export function presentPublicInitiatives(rows: InitiativeRow[], details: Details): PublicInitiative[] {
  const unitsOf = groupBy(details.units, 'initiativeId');
  const mirOf = groupBy(details.mir, 'initiativeId');
  const indicatorsOf = groupBy(details.indicatorRows, 'initiative_id');
  return rows.map((initiative) => ({
    id: initiative.id,
    title: initiative.title,
    summary: initiative.summary,
    stage: initiative.stage,
    strategyLine: initiative.strategyLine,
    themes: initiative.themes,
    sdgGoals: initiative.sdgGoals,
    objective: initiative.objective,
    affectedPopulation: initiative.affectedPopulation,
    isWholeTerritory: initiative.isWholeTerritory,
    territorialUnits: (unitsOf.get(initiative.id) ?? []).map((unit) => ({ id: unit.id, name: unit.name })),
    mir: (mirOf.get(initiative.id) ?? []).map((row) => ({
      level: row.level,
      narrativeSummary: row.narrativeSummary,
    })),
    indicators: (indicatorsOf.get(initiative.id) ?? []).map(presentIndicator),
  }));
}

export function presentPublicProjects(rows: ProjectRow[], money: Money, details: Details): PublicProject[] {
  const participantsOf = groupBy(money.participants, 'initiativeId');
  const budgetsOf = groupBy(money.budgets, 'initiativeId');
  const receivedOf = groupBy(money.received, 'initiativeId');
  const unitsOf = groupBy(details.units, 'initiativeId');
  return rows.map(({ initiative, profile }) => ({
    id: initiative.id,
    title: initiative.title,
    summary: initiative.summary,
    strategyLine: initiative.strategyLine,
    iatiIdentifier: profile.iatiIdentifier,
    activityStatus: profile.activityStatus,
    startPlanned: profile.startPlanned,
    endPlanned: profile.endPlanned,
    startActual: profile.startActual,
    endActual: profile.endActual,
    participants: (participantsOf.get(initiative.id) ?? []).map((participant) => ({
      name: participant.name,
      role: participant.role,
      countryCode: participant.countryCode,
    })),
    budgets: sumByCurrency(budgetsOf.get(initiative.id) ?? []),
    received: sumByCurrency(receivedOf.get(initiative.id) ?? []),
    territorialUnits: (unitsOf.get(initiative.id) ?? []).map((unit) => ({ id: unit.id, name: unit.name })),
  }));
}

export function presentPublicPositions(rows: PositionRow[]): PublicPosition[] {
  return rows.map((position) => ({
    id: position.id,
    kind: position.kind,
    title: position.title,
    text: position.text,
    madeOn: position.madeOn,
    forumName: position.forumName,
    topics: position.topics,
    sdgGoals: position.sdgGoals,
    coSigners: position.coSigners,
    url: position.url,
  }));
}

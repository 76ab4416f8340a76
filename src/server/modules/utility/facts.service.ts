import type { IndexScopeKind, UtilitySettingsInput } from '../../../contracts/utility';
import { computeProgress } from '../../../domain/indicators';
import { localToday, type ProductionSummary } from '../../../domain/protocol-verdict';
import { defaultUtilitySettings, type IndexInput } from '../../../domain/social-utility-index';
import type { Database } from '../../platform/db';
import type { TenantContext } from '../../platform/tenancy';
import * as queries from './utility.queries';
import {
  commitmentPairs,
  initiativePairs,
  leadPairs,
  type Subject,
  transactionPairs,
} from './utility.scopes';

/** What every computation of this module needs to know about the government, read once per request. */
export type Environment = {
  governmentId: string;
  facts: queries.GovernmentFacts;
  settings: UtilitySettingsInput;
  settingsRow: Awaited<ReturnType<typeof queries.findSettings>>;
  today: string;
  now: Date;
};

export async function loadEnvironment(db: Database, context: Pick<TenantContext, 'governmentId'>, now: Date) {
  const [facts, settingsRow] = await Promise.all([
    queries.findGovernmentFacts(db, context),
    queries.findSettings(db, context),
  ]);
  const settings: UtilitySettingsInput = settingsRow
    ? {
        linkGraceMonths: settingsRow.linkGraceMonths,
        eventGraceMonths: settingsRow.eventGraceMonths,
        atRiskWindowDays: settingsRow.atRiskWindowDays,
        weights: settingsRow.weights as UtilitySettingsInput['weights'],
        targets: settingsRow.targets as UtilitySettingsInput['targets'],
      }
    : defaultUtilitySettings(facts.reportingCurrency);
  return {
    governmentId: context.governmentId,
    facts,
    settings,
    settingsRow,
    today: localToday(now, facts.timezone),
    now,
  } satisfies Environment;
}

/** The aggregated facts of one subject. Absent keys mean zero. */
export type SubjectFacts = {
  initiatives: queries.InitiativeStats;
  commitments: queries.CommitmentStats;
  resources: queries.ResourceStats;
  beneficiaries: number;
  leads: queries.LeadStats;
  reach: { units: number; population: number };
  indicatorProgress: number[];
};

const noInitiatives: queries.InitiativeStats = { beyond: 0, earlier: 0, total: 0, statedTarget: null };
const noCommitments: queries.CommitmentStats = {
  made: 0,
  fulfilled: 0,
  onTime: 0,
  late: 0,
  overdue: 0,
  open: 0,
  cancelled: 0,
  overdueSince: null,
};
const noLeads = (): queries.LeadStats => ({
  realisedLeads: 0,
  realisedMinor: 0,
  expectedMinor: 0,
  createdJobs: 0,
  expectedJobs: 0,
  unconverted: new Map(),
});

/**
 * The facts of every subject of a kind (or of one), in a fixed number of grouped queries whatever
 * the number of subjects. Indicator progress is read only when asked (the index needs it; the
 * verdict does not).
 */
export async function gatherFacts(
  db: Database,
  environment: Environment,
  subject: Subject,
  options: {
    withIndicators: boolean;
    /** The subjects' money when the caller has summed it already (the home page converts once). */
    resources?: Map<string, queries.ResourceStats>;
  },
) {
  const g = environment.governmentId;
  const reporting = environment.facts.reportingCurrency;
  const initiativesSql = initiativePairs(g, subject);
  const leadsSql = leadPairs(g, subject);
  // Sequential on purpose: inside a transaction the queries share one connection anyway.
  const initiatives = await queries.aggregateInitiatives(db, initiativesSql);
  const commitments = await queries.aggregateCommitments(
    db,
    g,
    commitmentPairs(g, subject),
    environment.today,
  );
  const resources = options.resources
    ? options.resources
    : subject.kind === 'link'
      ? await queries.aggregateLinkResources(db, g, reporting, initiativesSql, subject.id)
      : await queries.aggregateResources(db, g, reporting, transactionPairs(g, subject));
  const beneficiaries =
    subject.kind === 'territorial_unit'
      ? await unitBeneficiaries(db, environment, subject)
      : await queries.aggregateBeneficiaries(db, g, initiativesSql, environment.today);
  const leads = await queries.aggregateLeads(db, g, reporting, leadsSql);
  const reach = await queries.aggregateReach(db, queries.reachedUnitPairs(g, initiativesSql, leadsSql));
  const progress = new Map<string, number[]>();
  if (options.withIndicators) {
    for (const row of await queries.findIndicatorProgressRows(db, g, initiativesSql, environment.today)) {
      if (row.baseline === null || row.target === null || row.latest === null) continue;
      const value = computeProgress(
        { baselineValue: Number(row.baseline), targetValue: Number(row.target), direction: row.direction },
        Number(row.latest),
      );
      const list = progress.get(row.s) ?? [];
      list.push(value.clamped);
      progress.set(row.s, list);
    }
  }
  return (s: string): SubjectFacts => ({
    initiatives: initiatives.get(s) ?? noInitiatives,
    commitments: commitments.get(s) ?? noCommitments,
    resources: resources.get(s) ?? { mobilisedMinor: 0, byType: new Map(), unconverted: new Map() },
    beneficiaries: beneficiaries.get(s) ?? 0,
    leads: leads.get(s) ?? noLeads(),
    reach: reach.get(s) ?? { units: 0, population: 0 },
    indicatorProgress: progress.get(s) ?? [],
  });
}

/** People reached in a unit: the unit's share in the territorial disaggregation of beneficiary indicators. */
async function unitBeneficiaries(db: Database, environment: Environment, subject: Subject) {
  const breakdown = await queries.aggregateBeneficiaryBreakdown(
    db,
    environment.governmentId,
    initiativePairs(environment.governmentId, subject),
    environment.today,
  );
  const totals = new Map<string, number>();
  for (const [s, parts] of breakdown) {
    const own = parts.filter((part) => part.dimension === 'territorial_unit' && part.category === s);
    totals.set(
      s,
      own.reduce((sum, part) => sum + part.value, 0),
    );
  }
  return totals;
}

/** What the protocol-only rule needs, from the facts. */
export function toProductionSummary(
  facts: SubjectFacts,
  reportingCurrency: string,
  items: {
    openCommitments?: { id: string; title: string; dueDate: string }[];
    earlierInitiatives?: { id: string; title: string; stage: string }[];
  } = {},
): ProductionSummary {
  return {
    initiatives: {
      beyondAgenda: facts.initiatives.beyond,
      earlier: facts.initiatives.earlier,
      earlierItems: items.earlierInitiatives ?? [],
    },
    commitments: {
      made: facts.commitments.made,
      fulfilled: facts.commitments.fulfilled,
      overdue: facts.commitments.overdue,
      overdueSince: facts.commitments.overdueSince,
      openItems: items.openCommitments ?? [],
    },
    resourcesMobilisedMinor: facts.resources.mobilisedMinor,
    reportingCurrency,
    beneficiaries: facts.beneficiaries,
    investment: {
      realisedLeads: facts.leads.realisedLeads,
      realisedMinor: facts.leads.realisedMinor,
      createdJobs: facts.leads.createdJobs,
    },
  };
}

/**
 * What the index needs, from the facts. The per-inhabitant rules divide by the population of the
 * units the scope reaches (a unit's own population for a unit, the government's for the
 * government); a scope that reaches no recorded unit is measured against the whole territory.
 */
export function toIndexInput(
  facts: SubjectFacts,
  environment: Environment,
  scope: { kind: IndexScopeKind; population: number | null },
): IndexInput {
  const governmentPopulation = environment.facts.population ?? (environment.facts.unitsPopulation || null);
  const isUnit = scope.kind === 'territorial_unit';
  const isTouched = facts.initiatives.total > 0 || facts.leads.realisedLeads > 0 || facts.reach.units > 0;
  const referencePopulation =
    scope.kind === 'government'
      ? governmentPopulation
      : isUnit
        ? scope.population
        : facts.reach.population > 0
          ? facts.reach.population
          : governmentPopulation;
  const reach = isUnit
    ? { reachedPopulation: isTouched ? (scope.population ?? 0) : 0, totalPopulation: scope.population }
    : {
        reachedPopulation: facts.reach.population,
        totalPopulation: environment.facts.unitsPopulation || null,
      };
  return {
    referencePopulation,
    resourcesMobilisedMinor: facts.resources.mobilisedMinor,
    beneficiaries: facts.beneficiaries,
    statedTargetPopulation: facts.initiatives.statedTarget,
    commitments: {
      fulfilledOnTime: facts.commitments.onTime,
      fulfilledLate: facts.commitments.late,
      overdue: facts.commitments.overdue,
    },
    indicatorProgress: facts.indicatorProgress,
    investment: { realisedMinor: facts.leads.realisedMinor, createdJobs: facts.leads.createdJobs },
    reach,
  };
}

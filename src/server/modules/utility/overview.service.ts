import type { Overview } from '../../../contracts/utility';
import { pipelineStages } from '../../../domain/investment-pipeline';
import { stages } from '../../../domain/policy-cycle';
import type { Database } from '../../platform/db';
import type { TenantContext } from '../../platform/tenancy';
import { gatherFacts, loadEnvironment } from './facts.service';
import { computeScopeIndex, trendPoints } from './index.service';
import * as subjects from './subjects.queries';
import * as queries from './utility.queries';
import { initiativePairs } from './utility.scopes';
import { compareJudged, countVerdicts, judgeEvents, judgeLinks, summarise } from './verdicts.service';

/** How many links the overview lists by name, and how many it places on the world map. */
export const overviewListSize = 10;
export const overviewMapSize = 1000;

/**
 * Everything the home page shows, in one call: the government's index and trend, links by verdict
 * (worst first, with their top reason), overdue commitments by department, initiatives by stage,
 * resources by source and strategy line, investment and jobs, reach per territorial unit, and the
 * links on the world map. Every figure is aggregated in SQL; the verdict rule runs over grouped facts.
 */
export async function getOverview(db: Database, context: TenantContext, now: Date): Promise<Overview> {
  return (await getOverviewWithJudgedLinks(db, context, now)).overview;
}

/**
 * The overview, and every link judged on the way (worst first), for callers that need each link's
 * verdict besides the counts (the report to the council): judging 20,000 links once, not twice.
 */
export async function getOverviewWithJudgedLinks(db: Database, context: TenantContext, now: Date) {
  const environment = await loadEnvironment(db, context, now);
  const g = environment.governmentId;
  const reporting = environment.facts.reportingCurrency;
  // The parts are independent: read side by side on the pool (one after the other on PGlite's single
  // connection). The government's transactions are converted to the reporting currency once, in one
  // statement that sums the money of every part (government, links, events, units, strategy lines,
  // sources); the government's facts are gathered once, for the index and for the money tiles.
  const [government, money, trend, contested, overdue, initiativeRows, leadRows, units] = await Promise.all([
    subjects.findScopeLabel(db, context, 'government', null),
    queries.aggregateOverviewMoney(db, g, reporting, {
      links: initiativePairs(g, { kind: 'link', id: null }),
      events: initiativePairs(g, { kind: 'event', id: null }),
      units: initiativePairs(g, { kind: 'territorial_unit', id: null }),
      strategyLines: initiativePairs(g, { kind: 'strategy_line', id: null }),
    }),
    trendPoints(db, context, environment, { kind: 'government', id: null }, 12),
    queries.findOpenContestSubjects(db, context, 'link'),
    subjects.countOverdueByDepartment(db, context, environment.today),
    subjects.countInitiativesByStage(db, context),
    subjects.countLeadsByStage(db, context),
    subjects.listUnits(db, context),
  ]);
  const [governmentFacts, judgedLinks, events, unitFacts] = await Promise.all([
    gatherFacts(
      db,
      environment,
      { kind: 'government', id: g },
      { withIndicators: true, resources: money.government },
    ),
    judgeLinks(db, environment, null, money.links),
    judgeEvents(db, environment, null, money.events),
    gatherFacts(
      db,
      environment,
      { kind: 'territorial_unit', id: null },
      { withIndicators: false, resources: money.units },
    ),
  ]);
  const index = await computeScopeIndex(
    db,
    environment,
    {
      kind: 'government',
      id: null,
      label: government?.label ?? '',
      population: government?.population ?? null,
    },
    governmentFacts,
  );
  const links = judgedLinks.sort(compareJudged);
  const initiativeStages = new Map(initiativeRows.map((row) => [row.stage, row.count]));
  const leadStages = new Map(leadRows.map((row) => [row.stage, row.count]));
  const governmentTotals = governmentFacts(g);

  const onMap = links.filter((subject) => subject.link?.latitude != null && subject.link?.longitude != null);
  const overview: Overview = {
    asOf: environment.today,
    reportingCurrency: reporting,
    index,
    trend,
    verdicts: {
      counts: countVerdicts(links),
      contestedCount: links.filter((subject) => contested.has(subject.id)).length,
      items: {
        items: links.slice(0, overviewListSize).map((subject) => summarise(subject, contested)),
        total: links.length,
      },
    },
    eventVerdicts: { counts: countVerdicts(events) },
    overdueByDepartment: overdue.map((row) => ({
      department: { kind: 'department', id: row.id, label: row.name },
      overdue: row.overdue,
    })),
    initiativesByStage: stages.map((stage) => ({ stage, count: initiativeStages.get(stage) ?? 0 })),
    resources: {
      mobilisedMinor: governmentTotals.resources.mobilisedMinor,
      bySource: [...money.bySource].sort((a, b) => b.amountMinor - a.amountMinor),
      byStrategyLine: [...money.strategyLines.entries()]
        .map(([line, stats]) => ({ strategyLine: line, amountMinor: stats.mobilisedMinor }))
        .sort((a, b) => b.amountMinor - a.amountMinor),
      unconverted: [...governmentTotals.resources.unconverted.entries()].map(([currency, apart]) => ({
        currency,
        ...apart,
      })),
    },
    investment: {
      realisedMinor: governmentTotals.leads.realisedMinor,
      expectedMinor: governmentTotals.leads.expectedMinor,
      createdJobs: governmentTotals.leads.createdJobs,
      expectedJobs: governmentTotals.leads.expectedJobs,
      byStage: pipelineStages.map((stage) => ({ stage, count: leadStages.get(stage) ?? 0 })),
      unconverted: [...governmentTotals.leads.unconverted.entries()].map(([currency, apart]) => ({
        currency,
        ...apart,
      })),
    },
    reachByUnit: units.map((unit) => {
      const facts = unitFacts(unit.id);
      return {
        unit: { kind: 'territorial_unit', id: unit.id, label: unit.name },
        code: unit.code,
        population: unit.population === null ? null : Number(unit.population),
        initiatives: facts.initiatives.total,
        beneficiaries: facts.beneficiaries,
        isReached: facts.initiatives.total > 0 || facts.reach.units > 0,
      };
    }),
    linksOnMap: {
      items: onMap.slice(0, overviewMapSize).map((subject) => ({
        link: { kind: 'link', id: subject.id, label: subject.label },
        verdict: subject.outcome.verdict,
        partner: {
          kind: 'partner',
          id: subject.link?.partner_id ?? '',
          label: subject.link?.partner_name ?? '',
        },
        countryCode: subject.link?.country_code ?? null,
        latitude: Number(subject.link?.latitude),
        longitude: Number(subject.link?.longitude),
      })),
      total: onMap.length,
    },
  };
  return { overview, judgedLinks: links };
}

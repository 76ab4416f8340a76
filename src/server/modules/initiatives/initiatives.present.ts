import type { Language } from '../../../contracts/common';
import type {
  Activity,
  Initiative,
  InitiativeSummary,
  Measurement,
  MirRow,
} from '../../../contracts/initiatives';
import type { GateProblem } from '../../../domain/policy-cycle';
import { translate } from '../../platform/i18n';
import { presentRecordMeta, toIso } from '../../platform/present';
import { gateProblemToIssue, normalizeDecimal } from './initiatives.assemble';
import type { ActivityRow, MeasurementRow, MirRowRow } from './initiatives.queries';
import type { getInitiative, listInitiatives } from './initiatives.service';
import type { getMir } from './mir.service';

function presentGateProblem(problem: GateProblem, language: Language) {
  const issue = gateProblemToIssue(problem);
  return {
    stage: problem.stage,
    key: problem.key,
    field: problem.field,
    message: translate(language, issue.key, issue.params),
  };
}

export function presentInitiative(
  detail: Awaited<ReturnType<typeof getInitiative>>,
  language: Language,
): Initiative {
  const { initiative, relations } = detail;
  return {
    id: initiative.id,
    governmentId: initiative.governmentId,
    title: initiative.title,
    summary: initiative.summary,
    stage: initiative.stage,
    strategyLine: initiative.strategyLine as Initiative['strategyLine'],
    themes: initiative.themes as Initiative['themes'],
    planCodes: initiative.planCodes,
    sdgGoals: initiative.sdgGoals,
    sdgTargets: initiative.sdgTargets,
    objective: initiative.objective,
    causalHypothesis: initiative.causalHypothesis,
    legalBasis: initiative.legalBasis,
    agents: initiative.agents,
    procedures: initiative.procedures,
    budget: relations.budget.map((line) => ({
      source: line.source,
      amountMinor: line.amountMinor,
      currency: line.currency,
      description: line.description,
    })),
    problemStatement: initiative.problemStatement,
    problemTree: initiative.problemTree as Initiative['problemTree'],
    affectedPopulation: initiative.affectedPopulation,
    affectedPopulationDescription: initiative.affectedPopulationDescription,
    isWholeTerritory: initiative.isWholeTerritory,
    territorialUnits: relations.units.map((unit) => ({ id: unit.id, name: unit.name })),
    agendaSetter: initiative.agendaSetter,
    agendaSetterDetail: initiative.agendaSetterDetail,
    agendaDate: initiative.agendaDate,
    approach: initiative.approach,
    approachJustification: initiative.approachJustification,
    departments: relations.departmentRows.map((row) => ({
      departmentId: row.departmentId,
      name: row.name,
      role: row.role,
    })),
    partners: relations.partnerRows.map((row) => ({
      partnerId: row.partnerId,
      name: row.name,
      role: row.role,
    })),
    links: relations.linkRows.map((row) => ({ linkId: row.linkId, title: row.title, status: row.status })),
    rollUpMethod: initiative.rollUpMethod,
    assessment: initiative.assessment,
    gates: detail.gates.map((gate) => ({
      stage: gate.stage,
      isReachable: gate.isReachable,
      problems: gate.problems.map((problem) => presentGateProblem(problem, language)),
    })),
    history: detail.history.map((change) => ({ ...change, occurredAt: toIso(change.occurredAt) })),
    progress: {
      goal: detail.progress.goal,
      purpose: detail.progress.purpose,
      components: detail.progress.components,
    },
    canReport: detail.canReport,
    ...presentRecordMeta(initiative),
  };
}

export function presentInitiativeSummary(
  item: Awaited<ReturnType<typeof listInitiatives>>['rows'][number],
  language: Language,
): InitiativeSummary {
  const { initiative } = item;
  return {
    id: initiative.id,
    title: initiative.title,
    stage: initiative.stage,
    strategyLine: initiative.strategyLine as InitiativeSummary['strategyLine'],
    themes: initiative.themes as InitiativeSummary['themes'],
    sdgGoals: initiative.sdgGoals,
    leadDepartmentName: item.leadDepartmentName,
    partnerNames: item.partnerNames,
    purposeProgress: item.purposeProgress,
    nextStage: item.nextStage,
    nextStageProblems: item.nextStageProblems.map((problem) => presentGateProblem(problem, language)),
    stageChangedAt: toIso(initiative.stageChangedAt),
    version: initiative.version,
    updatedAt: toIso(initiative.updatedAt),
  };
}

export function presentMirRow(row: MirRowRow, indicators: MirRow['indicators']): MirRow {
  return {
    id: row.id,
    initiativeId: row.initiativeId,
    level: row.level,
    parentId: row.parentId,
    position: row.position,
    narrativeSummary: row.narrativeSummary,
    meansOfVerification: row.meansOfVerification,
    assumptions: row.assumptions,
    weight: row.weight,
    indicators,
    version: row.version,
    updatedAt: toIso(row.updatedAt),
  };
}

export function presentMir(initiativeId: string, rows: Awaited<ReturnType<typeof getMir>>) {
  return { initiativeId, rows: rows.map(({ row, indicators }) => presentMirRow(row, indicators)) };
}

type Part = {
  dimension: Measurement['disaggregatedValues'][number]['dimension'];
  category: string;
  value: string;
};

export function presentMeasurement(measurement: MeasurementRow, reportedByName: string | null): Measurement {
  return {
    id: measurement.id,
    indicatorId: measurement.indicatorId,
    date: measurement.measuredOn,
    value: normalizeDecimal(measurement.value) ?? measurement.value,
    unit: measurement.unit,
    disaggregatedValues: (measurement.disaggregatedValues as Part[]).map((part) => ({
      ...part,
      value: normalizeDecimal(String(part.value)) ?? String(part.value),
    })),
    source: measurement.source,
    evidenceUrl: measurement.evidenceUrl,
    notes: measurement.notes,
    reportedByName,
    createdAt: toIso(measurement.createdAt),
  };
}

export function presentActivity(activity: ActivityRow, ownerDepartmentName: string | null): Activity {
  return {
    id: activity.id,
    initiativeId: activity.initiativeId,
    title: activity.title,
    description: activity.description,
    kind: activity.kind,
    mirRowId: activity.mirRowId,
    ownerDepartmentId: activity.ownerDepartmentId,
    ownerDepartmentName,
    ownerName: activity.ownerName,
    startDate: activity.startDate,
    endDate: activity.endDate,
    status: activity.status,
    progressPercent: activity.progressPercent,
    version: activity.version,
    updatedAt: toIso(activity.updatedAt),
  };
}

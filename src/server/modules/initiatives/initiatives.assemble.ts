import type { Indicator } from '../../../contracts/initiatives';
import {
  combineProgress,
  computeProgress,
  latestMeasurement,
  missingPeriods,
  type RollUpMethod,
  rollUp,
} from '../../../domain/indicators';
import type { GateProblem, InitiativeSnapshot, ProblemTree } from '../../../domain/policy-cycle';
import type { FieldIssue } from '../../platform/errors';
import { normalizeDecimal, toIso } from '../../platform/present';

export { normalizeDecimal };

import type { findDesign, IndicatorRow, InitiativeRow, MirRowRow } from './initiatives.queries';

type Design = Awaited<ReturnType<typeof findDesign>>;
type MeasurementSummary = Design['measurementRows'][number];

/** An indicator as people read it: its latest value, progress toward target and unreported periods. */
export function presentIndicator(
  indicator: IndicatorRow,
  row: MirRowRow,
  points: MeasurementSummary[],
  today: string,
): Indicator {
  const series = points.map((point) => ({ date: point.measuredOn, value: Number(point.value) }));
  const latest = latestMeasurement(series, today);
  const hasTarget = indicator.baselineValue !== null && indicator.targetValue !== null;
  const progress =
    latest && hasTarget
      ? computeProgress(
          {
            baselineValue: Number(indicator.baselineValue),
            targetValue: Number(indicator.targetValue),
            direction: indicator.direction,
          },
          latest.value,
        )
      : null;
  const periodsEnd = indicator.targetDate && indicator.targetDate < today ? indicator.targetDate : today;
  return {
    id: indicator.id,
    initiativeId: indicator.initiativeId,
    mirRowId: indicator.mirRowId,
    level: row.level,
    name: indicator.name,
    definition: indicator.definition,
    unit: indicator.unit,
    measure: indicator.measure,
    baselineValue: normalizeDecimal(indicator.baselineValue),
    baselineDate: indicator.baselineDate,
    targetValue: normalizeDecimal(indicator.targetValue),
    targetDate: indicator.targetDate,
    frequency: indicator.frequency,
    direction: indicator.direction,
    disaggregations: indicator.disaggregations as Indicator['disaggregations'],
    countsBeneficiaries: indicator.countsBeneficiaries,
    weight: indicator.weight,
    latestValue: latest
      ? normalizeDecimal(points.find((point) => point.measuredOn === latest.date)?.value ?? null)
      : null,
    latestDate: latest?.date ?? null,
    progress: progress ? progress.clamped : null,
    isTargetMet: progress ? progress.isTargetMet : null,
    measurementCount: points.length,
    missingPeriods: indicator.baselineDate
      ? missingPeriods(
          indicator.frequency,
          indicator.baselineDate,
          periodsEnd,
          points.map((point) => point.measuredOn),
        )
      : [],
    version: indicator.version,
    updatedAt: toIso(indicator.updatedAt),
  };
}

export type InitiativeDesign = {
  rows: MirRowRow[];
  indicators: Indicator[];
  activities: Design['activityRows'];
};

/** Splits the design rows of several initiatives by initiative, with indicators already computed. */
export function groupDesign(design: Design, today: string): Map<string, InitiativeDesign> {
  const rowsById = new Map(design.rows.map((row) => [row.id, row]));
  const pointsByIndicator = new Map<string, MeasurementSummary[]>();
  for (const point of design.measurementRows) {
    const list = pointsByIndicator.get(point.indicatorId) ?? [];
    list.push(point);
    pointsByIndicator.set(point.indicatorId, list);
  }
  const result = new Map<string, InitiativeDesign>();
  const entry = (initiativeId: string) => {
    let value = result.get(initiativeId);
    if (!value) {
      value = { rows: [], indicators: [], activities: [] };
      result.set(initiativeId, value);
    }
    return value;
  };
  for (const row of design.rows) entry(row.initiativeId).rows.push(row);
  for (const indicator of design.indicatorRows) {
    const row = rowsById.get(indicator.mirRowId);
    if (row)
      entry(indicator.initiativeId).indicators.push(
        presentIndicator(indicator, row, pointsByIndicator.get(indicator.id) ?? [], today),
      );
  }
  for (const activity of design.activityRows) entry(activity.activity.initiativeId).activities.push(activity);
  return result;
}

/** What the gates of src/domain/policy-cycle look at, read from the stored initiative. */
export function toSnapshot(
  initiative: InitiativeRow,
  territorialUnitCount: number,
  design: InitiativeDesign,
): InitiativeSnapshot {
  return {
    stage: initiative.stage,
    problemStatement: initiative.problemStatement,
    problemTree: initiative.problemTree as ProblemTree,
    affectedPopulation: initiative.affectedPopulation,
    affectedPopulationDescription: initiative.affectedPopulationDescription,
    territorialUnitCount,
    isWholeTerritory: initiative.isWholeTerritory,
    agendaSetter: initiative.agendaSetter,
    agendaDate: initiative.agendaDate,
    approach: initiative.approach,
    approachJustification: initiative.approachJustification,
    mirRows: design.rows.map((row) => ({
      id: row.id,
      level: row.level,
      narrativeSummary: row.narrativeSummary,
      meansOfVerification: row.meansOfVerification,
      assumptions: row.assumptions,
      indicators: design.indicators
        .filter((indicator) => indicator.mirRowId === row.id)
        .map((indicator) => ({
          name: indicator.name,
          baselineValue: indicator.baselineValue,
          targetValue: indicator.targetValue,
          measurementCount: indicator.measurementCount,
        })),
    })),
    activities: design.activities.map(({ activity }) => ({
      id: activity.id,
      title: activity.title,
      kind: activity.kind,
      hasOwner: Boolean(activity.ownerDepartmentId || activity.ownerName?.trim()),
      startDate: activity.startDate,
      endDate: activity.endDate,
    })),
    assessment: initiative.assessment,
  };
}

/** A gate problem as a field issue whose message names stages, levels and columns in the reader's language. */
export function gateProblemToIssue(problem: GateProblem): FieldIssue {
  const params: Record<string, string | number> = { ...(problem.params ?? {}) };
  if (typeof params.level === 'string') params.levelName = `gates.level_${params.level}`;
  if (typeof params.column === 'string') params.columnName = `gates.column_${params.column}`;
  if (typeof params.from === 'string') params.fromName = `gates.stage_${params.from}`;
  if (typeof params.to === 'string') params.toName = `gates.stage_${params.to}`;
  return { field: problem.field, key: problem.key, params, code: problem.key };
}

/** Progress of each level: own indicators combined, and the roll-up from components to purpose to goal. */
export function computeRollUp(method: RollUpMethod, design: InitiativeDesign) {
  const ownProgress = (rowId: string) =>
    combineProgress(
      design.indicators
        .filter((indicator) => indicator.mirRowId === rowId)
        .map((indicator) => ({ progress: indicator.progress, weight: indicator.weight })),
      method,
    ).progress;
  const rowOf = (level: MirRowRow['level']) => design.rows.find((row) => row.level === level);
  const goal = rowOf('goal');
  const purpose = rowOf('purpose');
  return rollUp({
    method,
    goal: { ownProgress: goal ? ownProgress(goal.id) : null },
    purpose: { ownProgress: purpose ? ownProgress(purpose.id) : null },
    components: design.rows
      .filter((row) => row.level === 'component')
      .map((row) => ({ id: row.id, ownProgress: ownProgress(row.id), weight: row.weight })),
  });
}

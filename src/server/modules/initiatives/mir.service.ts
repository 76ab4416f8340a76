import {
  ageGroups,
  type IndicatorInput,
  type MeasurementInput,
  type MirRowInput,
  sexCategories,
} from '../../../contracts/initiatives';
import { findDisaggregationMismatches } from '../../../domain/indicators';
import { indicators, mirRows } from '../../db/schema';
import { recordAudit } from '../../platform/audit';
import type { Database } from '../../platform/db';
import { type FieldIssue, fieldError, NotFoundError, ValidationError } from '../../platform/errors';
import { type TenantContext, updateVersioned } from '../../platform/tenancy';
import { normalizeDecimal, presentIndicator } from './initiatives.assemble';
import * as queries from './initiatives.queries';
import { assertCanReport, assertOpen, getInitiativeRow, todayFor } from './initiatives.service';

/** The logical-framework matrix of an initiative, rows in CONEVAL order with their indicators. */
export async function getMir(db: Database, context: TenantContext, initiativeId: string) {
  await getInitiativeRow(db, context, initiativeId);
  const today = await todayFor(db, context);
  const design = await queries.findDesign(db, context, [initiativeId]);
  const order = { goal: 0, purpose: 1, component: 2, activity: 3 } as const;
  const rows = [...design.rows].sort((a, b) => order[a.level] - order[b.level] || a.position - b.position);
  return rows.map((row) => ({
    row,
    indicators: design.indicatorRows
      .filter((indicator) => indicator.mirRowId === row.id)
      .map((indicator) =>
        presentIndicator(
          indicator,
          row,
          design.measurementRows.filter((point) => point.indicatorId === indicator.id),
          today,
        ),
      ),
  }));
}

/** An activity of the matrix hangs from a component of the same initiative; other levels from nothing. */
async function checkParent(db: Database, context: TenantContext, initiativeId: string, input: MirRowInput) {
  if (input.level !== 'activity') {
    if (input.parentId) throw fieldError('parentId', 'validation.invalidParent');
    return;
  }
  const parent = input.parentId ? await queries.findMirRow(db, context, initiativeId, input.parentId) : null;
  if (parent?.level !== 'component') throw fieldError('parentId', 'validation.invalidParent');
}

function rowValues(input: MirRowInput) {
  return {
    level: input.level,
    parentId: input.level === 'activity' ? (input.parentId ?? null) : null,
    position: input.position,
    narrativeSummary: input.narrativeSummary ?? null,
    meansOfVerification: input.meansOfVerification ?? null,
    assumptions: input.assumptions ?? null,
    weight: input.weight,
  };
}

export async function createMirRow(
  db: Database,
  context: TenantContext,
  initiativeId: string,
  input: MirRowInput,
) {
  assertOpen(await getInitiativeRow(db, context, initiativeId));
  await checkParent(db, context, initiativeId, input);
  const row = await queries.insertMirRow(db, {
    ...rowValues(input),
    initiativeId,
    governmentId: context.governmentId,
    createdBy: context.userId,
    updatedBy: context.userId,
  });
  await recordAudit(db, context, { entityType: 'mir_row', entityId: row.id, action: 'create', after: row });
  return row;
}

/** Each row is saved on its own, with its own version: two people editing two rows both keep their work. */
export async function updateMirRow(
  db: Database,
  context: TenantContext,
  initiativeId: string,
  rowId: string,
  input: MirRowInput & { version: number },
) {
  assertOpen(await getInitiativeRow(db, context, initiativeId));
  const before = await queries.findMirRow(db, context, initiativeId, rowId);
  if (!before) throw new NotFoundError();
  await checkParent(db, context, initiativeId, input);
  const after = await updateVersioned(db, mirRows, context, rowId, input.version, rowValues(input));
  await recordAudit(db, context, { entityType: 'mir_row', entityId: rowId, action: 'update', before, after });
  return after;
}

export async function deleteMirRow(
  db: Database,
  context: TenantContext,
  initiativeId: string,
  rowId: string,
) {
  assertOpen(await getInitiativeRow(db, context, initiativeId));
  const before = await queries.findMirRow(db, context, initiativeId, rowId);
  if (!before) throw new NotFoundError();
  if ((await queries.countChildRows(db, context, rowId)) > 0)
    throw fieldError('id', 'validation.rowHasChildren');
  if ((await queries.countMeasurements(db, context, { mirRowId: rowId })) > 0)
    throw fieldError('id', 'validation.rowHasMeasurements');
  await queries.deleteMirRow(db, context, rowId);
  await recordAudit(db, context, { entityType: 'mir_row', entityId: rowId, action: 'delete', before });
}

function indicatorValues(input: Omit<IndicatorInput, 'mirRowId'>) {
  return {
    name: input.name,
    definition: input.definition ?? null,
    unit: input.unit,
    measure: input.measure,
    baselineValue: input.baselineValue ?? null,
    baselineDate: input.baselineDate ?? null,
    targetValue: input.targetValue ?? null,
    targetDate: input.targetDate ?? null,
    frequency: input.frequency,
    direction: input.direction,
    disaggregations: [...new Set(input.disaggregations)],
    weight: input.weight,
    countsBeneficiaries: input.countsBeneficiaries ?? false,
  };
}

function checkPercentages(input: Omit<IndicatorInput, 'mirRowId'>) {
  if (input.measure !== 'percentage') return;
  const issues: FieldIssue[] = [];
  for (const field of ['baselineValue', 'targetValue'] as const) {
    const value = input[field];
    if (value != null && (Number(value) < 0 || Number(value) > 100))
      issues.push({ field, key: 'validation.percentageRange' });
  }
  if (issues.length > 0) throw new ValidationError(issues);
}

export async function createIndicator(
  db: Database,
  context: TenantContext,
  initiativeId: string,
  input: IndicatorInput,
) {
  assertOpen(await getInitiativeRow(db, context, initiativeId));
  const row = await queries.findMirRow(db, context, initiativeId, input.mirRowId);
  if (!row) throw fieldError('mirRowId', 'validation.invalidParent');
  checkPercentages(input);
  const indicator = await queries.insertIndicator(db, {
    ...indicatorValues(input),
    mirRowId: row.id,
    initiativeId,
    governmentId: context.governmentId,
    createdBy: context.userId,
    updatedBy: context.userId,
  });
  await recordAudit(db, context, {
    entityType: 'indicator',
    entityId: indicator.id,
    action: 'create',
    after: indicator,
  });
  return { indicator, row };
}

/** Changing the unit of an indicator that has measurements would make them lie: refused. */
export async function updateIndicator(
  db: Database,
  context: TenantContext,
  initiativeId: string,
  indicatorId: string,
  input: Omit<IndicatorInput, 'mirRowId'> & { version: number },
) {
  assertOpen(await getInitiativeRow(db, context, initiativeId));
  const before = await queries.findIndicator(db, context, initiativeId, indicatorId);
  if (!before) throw new NotFoundError();
  checkPercentages(input);
  const hasMeasurements = (await queries.countMeasurements(db, context, { indicatorId })) > 0;
  if (hasMeasurements && (input.unit.trim() !== before.unit.trim() || input.measure !== before.measure)) {
    throw fieldError('unit', 'validation.unitLockedByMeasurements');
  }
  const after = await updateVersioned(
    db,
    indicators,
    context,
    indicatorId,
    input.version,
    indicatorValues(input),
  );
  await recordAudit(db, context, {
    entityType: 'indicator',
    entityId: indicatorId,
    action: 'update',
    before,
    after,
  });
  const row = await queries.findMirRow(db, context, initiativeId, after.mirRowId);
  return { indicator: after, row: row! };
}

export async function deleteIndicator(
  db: Database,
  context: TenantContext,
  initiativeId: string,
  indicatorId: string,
) {
  assertOpen(await getInitiativeRow(db, context, initiativeId));
  const before = await queries.findIndicator(db, context, initiativeId, indicatorId);
  if (!before) throw new NotFoundError();
  if ((await queries.countMeasurements(db, context, { indicatorId })) > 0)
    throw fieldError('id', 'validation.indicatorHasMeasurements');
  await queries.deleteIndicator(db, context, indicatorId);
  await recordAudit(db, context, {
    entityType: 'indicator',
    entityId: indicatorId,
    action: 'delete',
    before,
  });
}

/** The indicator with its measurements, and one series per territorial unit for the chart. */
export async function getIndicatorDetail(
  db: Database,
  context: TenantContext,
  initiativeId: string,
  indicatorId: string,
) {
  const initiative = await getInitiativeRow(db, context, initiativeId);
  const indicator = await queries.findIndicator(db, context, initiativeId, indicatorId);
  if (!indicator) throw new NotFoundError();
  const [row, measurementRows, today] = await Promise.all([
    queries.findMirRow(db, context, initiativeId, indicator.mirRowId),
    queries.findMeasurements(db, context, indicatorId),
    todayFor(db, context),
  ]);
  const points = measurementRows.map(({ measurement }) => ({
    indicatorId,
    measuredOn: measurement.measuredOn,
    value: measurement.value,
  }));
  type Part = { dimension: string; category: string; value: string };
  const unitIds = new Set<string>();
  for (const { measurement } of measurementRows) {
    for (const part of measurement.disaggregatedValues as Part[])
      if (part.dimension === 'territorial_unit') unitIds.add(part.category);
  }
  const unitNames = await queries.findTerritorialUnitNames(db, context, [...unitIds]);
  const byTerritorialUnit = [...unitIds].map((unitId) => ({
    territorialUnitId: unitId,
    name: unitNames.get(unitId) ?? unitId,
    points: measurementRows.flatMap(({ measurement }) =>
      (measurement.disaggregatedValues as Part[])
        .filter((part) => part.dimension === 'territorial_unit' && part.category === unitId)
        .map((part) => ({ date: measurement.measuredOn, value: normalizeDecimal(part.value) ?? part.value })),
    ),
  }));
  return {
    indicator: presentIndicator(indicator, row!, points, today),
    initiativeTitle: initiative.title,
    measurements: measurementRows,
    byTerritorialUnit: byTerritorialUnit.sort((a, b) => a.name.localeCompare(b.name, 'es')),
  };
}

/**
 * Records a measurement after checking what an auditor would check: the unit is the indicator's,
 * the date falls between baseline and target and is not in the future, each disaggregation is one
 * the indicator declares, with known categories, and (for counts) its parts add up to the total.
 */
export async function recordMeasurement(
  db: Database,
  context: TenantContext,
  initiativeId: string,
  indicatorId: string,
  input: MeasurementInput,
) {
  assertOpen(await getInitiativeRow(db, context, initiativeId));
  await assertCanReport(db, context, initiativeId);
  const indicator = await queries.findIndicator(db, context, initiativeId, indicatorId);
  if (!indicator) throw new NotFoundError();
  const issues: FieldIssue[] = [];
  if (input.unit.trim().toLowerCase() !== indicator.unit.trim().toLowerCase()) {
    issues.push({
      field: 'unit',
      key: 'validation.unitMismatch',
      params: { unit: input.unit, expected: indicator.unit },
    });
  }
  const today = await todayFor(db, context);
  if (input.date > today) issues.push({ field: 'date', key: 'validation.measurementInFuture' });
  else if (
    (indicator.baselineDate && input.date < indicator.baselineDate) ||
    (indicator.targetDate && input.date > indicator.targetDate)
  ) {
    issues.push({
      field: 'date',
      key: 'validation.measurementDateOutOfRange',
      params: { from: indicator.baselineDate ?? '—', to: indicator.targetDate ?? '—' },
    });
  }
  if (indicator.measure === 'percentage' && (Number(input.value) < 0 || Number(input.value) > 100)) {
    issues.push({ field: 'value', key: 'validation.percentageRange' });
  }
  const unitIds = input.disaggregatedValues
    .filter((part) => part.dimension === 'territorial_unit')
    .map((part) => part.category);
  const knownUnits = await queries.findTerritorialUnitNames(
    db,
    context,
    unitIds.filter((id) => /^[0-9a-f-]{36}$/i.test(id)),
  );
  input.disaggregatedValues.forEach((part, index) => {
    const field = `disaggregatedValues.${index}`;
    if (!indicator.disaggregations.includes(part.dimension)) {
      issues.push({ field: `${field}.dimension`, key: 'validation.dimensionNotDeclared' });
    } else if (part.dimension === 'territorial_unit' && !knownUnits.has(part.category)) {
      issues.push({ field: `${field}.category`, key: 'validation.unknownTerritorialUnit' });
    } else if (part.dimension === 'sex' && !(sexCategories as readonly string[]).includes(part.category)) {
      issues.push({ field: `${field}.category`, key: 'validation.invalidValue' });
    } else if (part.dimension === 'age_group' && !(ageGroups as readonly string[]).includes(part.category)) {
      issues.push({ field: `${field}.category`, key: 'validation.invalidValue' });
    }
  });
  const mismatches = findDisaggregationMismatches(
    Number(input.value),
    input.disaggregatedValues.map((part) => ({ ...part, value: Number(part.value) })),
    indicator.measure === 'unit',
  );
  for (const mismatch of mismatches) {
    issues.push({
      field: 'disaggregatedValues',
      key: 'validation.disaggregationDoesNotAddUp',
      params: {
        dimensionName: `validation.dimension_${mismatch.dimension}`,
        sum: mismatch.sum,
        total: input.value,
      },
    });
  }
  if (issues.length > 0) throw new ValidationError(issues);
  const measurement = await queries.insertMeasurement(db, {
    governmentId: context.governmentId,
    initiativeId,
    indicatorId,
    measuredOn: input.date,
    value: input.value,
    unit: indicator.unit,
    disaggregatedValues: input.disaggregatedValues,
    source: input.source ?? null,
    evidenceUrl: input.evidenceUrl ?? null,
    notes: input.notes ?? null,
    reportedBy: context.userId,
  });
  await recordAudit(db, context, {
    entityType: 'measurement',
    entityId: measurement.id,
    action: 'create',
    after: measurement,
  });
  return measurement;
}

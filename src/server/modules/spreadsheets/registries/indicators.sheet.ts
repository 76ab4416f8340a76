// Indicators with their measurements: one row per measurement (an indicator without any has one row
// with the measurement columns empty), and one more row per disaggregated value of a measurement
// (the measurement's columns repeated, one of territorial unit, sex or age group filled, with its
// value). Importing adds the measurements a file has that the government has not recorded yet,
// through the same checks as the form (unit, dates, future, disaggregation that adds up); a recorded
// measurement is history and is not changed by a file. A row names its indicator by its ID or, when
// that cell is empty, by the initiative's title and the indicator's name.
import { and, asc, eq, gt, inArray, or, type SQL } from 'drizzle-orm';
import { z } from 'zod';
import {
  ageGroups,
  type disaggregationDimensions,
  type MeasurementInput,
  measurementInputSchema,
  sexCategories,
} from '../../../../contracts/initiatives';
import { indicators, initiatives, measurements, territorialUnits } from '../../../db/schema';
import type { Database } from '../../../platform/db';
import { issueToField } from '../../../platform/errors';
import { inTenant, type TenantContext } from '../../../platform/tenancy';
import { initiativesPolicy } from '../../initiatives/initiatives.policy';
import { recordMeasurement } from '../../initiatives/mir.service';
import type { SheetColumn } from '../sheet-columns';
import { normalizeLabel } from '../sheet-labels';
import { defineRegistry, type ParsedRecord, type RecordIssue } from '../sheet-registry';
import { keysetBatches } from './sheet-support';

type Dimension = (typeof disaggregationDimensions)[number];
type IndicatorRow = typeof indicators.$inferSelect;
type MeasurementRow = typeof measurements.$inferSelect;
/** One disaggregated value as the sheet shows it: a territorial unit by its code (or its name). */
type SheetPart = { dimension: Dimension; category: string; value: string };
type Row = {
  indicator: IndicatorRow;
  initiativeTitle: string;
  measurement: MeasurementRow | null;
  part: SheetPart | null;
};
/** How a row names its indicator: the id, or the initiative's title and the indicator's name. */
type IndicatorKey = { id: string } | { initiativeTitle: string; indicatorName: string };
type Input = {
  indicator: IndicatorKey;
  /** Territorial-unit categories are the cell as written (a unit's code or name), not ids. */
  measurement: MeasurementInput | null;
  /** The file row of each disaggregated value, for messages. */
  partRows: number[];
};
type Existing = { indicator: IndicatorRow; measurement: MeasurementRow | null };

const h = (field: string) => `headers.indicators.${field}`;
const number = (value: string | null) => (value === null ? null : Number(value));
const text = (value: unknown) => (typeof value === 'string' && value.trim() !== '' ? value.trim() : null);
/** A cell as text, whatever it was read as (a unit code "01" may come back as the number 1). */
const cellText = (value: unknown) =>
  typeof value === 'number' ? String(value) : value instanceof Date ? null : text(value);

const dimensionColumns: Record<Dimension, string> = {
  territorial_unit: 'territorialUnit',
  sex: 'sex',
  age_group: 'ageGroup',
};
const partCategory = (row: Row, dimension: Dimension) =>
  row.part?.dimension === dimension ? row.part.category : null;

const columns: SheetColumn<Row>[] = [
  {
    field: 'indicatorId',
    header: h('indicatorId'),
    type: 'text',
    width: 38,
    value: (row) => row.indicator.id,
  },
  {
    field: 'initiative',
    header: h('initiative'),
    type: 'text',
    width: 36,
    value: (row) => row.initiativeTitle,
  },
  { field: 'indicator', header: h('indicator'), type: 'text', width: 36, value: (row) => row.indicator.name },
  {
    field: 'baselineValue',
    header: h('baselineValue'),
    type: 'number',
    value: (row) => number(row.indicator.baselineValue),
  },
  {
    field: 'targetValue',
    header: h('targetValue'),
    type: 'number',
    value: (row) => number(row.indicator.targetValue),
  },
  { field: 'targetDate', header: h('targetDate'), type: 'date', value: (row) => row.indicator.targetDate },
  {
    field: 'measuredOn',
    header: h('measuredOn'),
    type: 'date',
    value: (row) => row.measurement?.measuredOn ?? null,
  },
  {
    field: 'value',
    header: h('value'),
    type: 'number',
    value: (row) => number(row.measurement?.value ?? null),
  },
  {
    field: 'unit',
    header: h('unit'),
    type: 'text',
    value: (row) => row.measurement?.unit ?? row.indicator.unit,
  },
  {
    field: 'source',
    header: h('source'),
    type: 'text',
    width: 30,
    value: (row) => row.measurement?.source ?? null,
  },
  {
    field: 'evidenceUrl',
    header: h('evidenceUrl'),
    type: 'text',
    width: 30,
    value: (row) => row.measurement?.evidenceUrl ?? null,
  },
  {
    field: 'notes',
    header: h('notes'),
    type: 'text',
    width: 30,
    value: (row) => row.measurement?.notes ?? null,
  },
  {
    field: 'territorialUnit',
    header: h('territorialUnit'),
    type: 'text',
    width: 24,
    isOptional: true,
    value: (row) => partCategory(row, 'territorial_unit'),
  },
  {
    field: 'sex',
    header: h('sex'),
    type: 'code',
    codes: { kind: 'enum', name: 'sex', codes: sexCategories },
    width: 22,
    isOptional: true,
    value: (row) => partCategory(row, 'sex'),
  },
  {
    field: 'ageGroup',
    header: h('ageGroup'),
    type: 'code',
    codes: { kind: 'enum', name: 'ageGroup', codes: ageGroups },
    width: 20,
    isOptional: true,
    value: (row) => partCategory(row, 'age_group'),
  },
  {
    field: 'disaggregatedValue',
    header: h('disaggregatedValue'),
    type: 'number',
    isOptional: true,
    value: (row) => number(row.part?.value ?? null),
  },
];

/** The rows of one measurement share its indicator and its date. */
function groupKey(values: Record<string, unknown>): string | null {
  const date = text(values.measuredOn);
  if (!date) return null;
  const id = text(values.indicatorId);
  if (id) return `id:${id.toLowerCase()}|${date}`;
  const initiative = text(values.initiative);
  const indicator = text(values.indicator);
  return initiative && indicator
    ? `name:${normalizeLabel(initiative)}|${normalizeLabel(indicator)}|${date}`
    : null;
}

/** The indicator key of a row, or the issue that keeps it from naming one. */
function readIndicatorKey(values: Record<string, unknown>, row: number): IndicatorKey | RecordIssue {
  const id = text(values.indicatorId);
  if (id) {
    return z.uuid().safeParse(id).success
      ? { id }
      : { row, field: 'indicatorId', key: 'validation.invalidId' };
  }
  const initiativeTitle = text(values.initiative);
  const indicatorName = text(values.indicator);
  if (!initiativeTitle) return { row, field: 'initiative', key: 'validation.required' };
  if (!indicatorName) return { row, field: 'indicator', key: 'validation.required' };
  return { initiativeTitle, indicatorName };
}

/** The disaggregated values of a record's rows: one dimension cell and its value per row. */
function readParts(record: ParsedRecord, issues: RecordIssue[]) {
  const parts: { dimension: Dimension; category: string; value: unknown }[] = [];
  const partRows: number[] = [];
  const [first] = record.rows;
  for (const { rowNumber, values } of record.rows) {
    if (first && rowNumber !== first.rowNumber && values.value !== first.values.value) {
      issues.push({
        row: rowNumber,
        field: 'value',
        key: 'validation.sheetRowsDisagree',
        params: { row: first.rowNumber },
      });
    }
    const filled = (Object.keys(dimensionColumns) as Dimension[]).flatMap((dimension) => {
      const category = cellText(values[dimensionColumns[dimension]]);
      return category ? [{ dimension, category }] : [];
    });
    const [part, extra] = filled;
    if (extra) {
      issues.push({
        row: rowNumber,
        field: dimensionColumns[extra.dimension],
        key: 'validation.sheetOnePartPerRow',
      });
      continue;
    }
    if (!part) {
      if (values.disaggregatedValue !== null)
        issues.push({
          row: rowNumber,
          field: 'disaggregatedValue',
          key: 'validation.sheetPartWithoutCategory',
        });
      continue;
    }
    const codes: readonly string[] | null =
      part.dimension === 'sex' ? sexCategories : part.dimension === 'age_group' ? ageGroups : null;
    if (codes && !codes.includes(part.category)) {
      issues.push({
        row: rowNumber,
        field: dimensionColumns[part.dimension],
        key: 'validation.invalidValue',
      });
      continue;
    }
    if (values.disaggregatedValue === null) {
      issues.push({ row: rowNumber, field: 'disaggregatedValue', key: 'validation.required' });
      continue;
    }
    parts.push({ ...part, value: values.disaggregatedValue });
    partRows.push(rowNumber);
  }
  return { parts, partRows };
}

const keyText = (key: IndicatorKey) =>
  'id' in key ? `id:${key.id.toLowerCase()}` : `name:${key.initiativeTitle}\u0000${key.indicatorName}`;

/** The government's indicators the keys name: one each, none (unknown) or several (ambiguous). */
async function findIndicatorsByKey(db: Database, context: TenantContext, keys: IndicatorKey[]) {
  const ids = [...new Set(keys.flatMap((key) => ('id' in key ? [key.id] : [])))];
  const names = [...new Set(keys.flatMap((key) => ('id' in key ? [] : [key.indicatorName])))];
  const matches: SQL[] = [];
  if (ids.length > 0) matches.push(inArray(indicators.id, ids));
  if (names.length > 0) matches.push(inArray(indicators.name, names));
  const found =
    matches.length === 0
      ? []
      : await db
          .select({ indicator: indicators, initiativeTitle: initiatives.title })
          .from(indicators)
          .innerJoin(initiatives, eq(initiatives.id, indicators.initiativeId))
          .where(and(inTenant(indicators, context), or(...matches)));
  const byKey = new Map<string, IndicatorRow[]>();
  for (const { indicator, initiativeTitle } of found) {
    for (const key of [
      `id:${indicator.id}`,
      `name:${initiativeTitle.trim()}\u0000${indicator.name.trim()}`,
    ]) {
      byKey.set(key, [...(byKey.get(key) ?? []), indicator]);
    }
  }
  return (key: IndicatorKey) => byKey.get(keyText(key)) ?? [];
}

/** The government's territorial units a label names: by code first, else by name. */
async function findUnitsByLabel(db: Database, context: TenantContext, labels: string[]) {
  const unique = [...new Set(labels)];
  const found =
    unique.length === 0
      ? []
      : await db
          .select({ id: territorialUnits.id, code: territorialUnits.code, name: territorialUnits.name })
          .from(territorialUnits)
          .where(
            and(
              inTenant(territorialUnits, context),
              or(inArray(territorialUnits.code, unique), inArray(territorialUnits.name, unique)),
            ),
          );
  return (label: string): string[] => {
    const byCode = found.filter((unit) => unit.code === label);
    return (byCode.length > 0 ? byCode : found.filter((unit) => unit.name === label)).map((unit) => unit.id);
  };
}

const unitLabels = (inputs: Input[]) =>
  inputs.flatMap(
    (input) =>
      input.measurement?.disaggregatedValues.flatMap((part) =>
        part.dimension === 'territorial_unit' ? [part.category] : [],
      ) ?? [],
  );

/** The measurement's parts with territorial units as ids; a unit label that names none keeps its text. */
function withUnitIds(measurement: MeasurementInput, unitsOf: (label: string) => string[]) {
  return measurement.disaggregatedValues.map((part) =>
    part.dimension === 'territorial_unit'
      ? { ...part, category: unitsOf(part.category)[0] ?? part.category }
      : part,
  );
}

const samePart = (
  left: { dimension: string; category: string; value: string },
  right: { dimension: string; category: string; value: string },
) =>
  left.dimension === right.dimension &&
  left.category === right.category &&
  Number(left.value) === Number(right.value);

export const indicatorsSheet = defineRegistry<Row, Input, Existing>({
  name: 'indicators',
  title: 'titles.indicators',
  policy: { read: initiativesPolicy.read, write: initiativesPolicy.report },
  columns,
  exportQuerySchema: z.object({ initiativeId: z.uuid().optional() }),
  groupKey,

  async *exportBatches(db, context, query) {
    const indicatorBatches = keysetBatches(
      async (after: { indicator: IndicatorRow; initiativeTitle: string } | null, limit) => {
        const conditions: SQL[] = [inTenant(indicators, context)];
        if (typeof query.initiativeId === 'string')
          conditions.push(eq(indicators.initiativeId, query.initiativeId));
        if (after) conditions.push(gt(indicators.id, after.indicator.id));
        return db
          .select({ indicator: indicators, initiativeTitle: initiatives.title })
          .from(indicators)
          .innerJoin(initiatives, eq(initiatives.id, indicators.initiativeId))
          .where(and(...conditions))
          .orderBy(asc(indicators.id))
          .limit(limit);
      },
      500,
    );
    for await (const batch of indicatorBatches) {
      const recorded = await db
        .select()
        .from(measurements)
        .where(
          and(
            inTenant(measurements, context),
            inArray(
              measurements.indicatorId,
              batch.map((row) => row.indicator.id),
            ),
          ),
        )
        .orderBy(asc(measurements.indicatorId), asc(measurements.measuredOn), asc(measurements.id));
      const partsOf = (measurement: MeasurementRow) => measurement.disaggregatedValues as SheetPart[];
      const unitIds = [
        ...new Set(
          recorded.flatMap((measurement) =>
            partsOf(measurement).flatMap((part) =>
              part.dimension === 'territorial_unit' ? [part.category] : [],
            ),
          ),
        ),
      ].filter((id) => z.uuid().safeParse(id).success);
      const units =
        unitIds.length === 0
          ? []
          : await db
              .select({ id: territorialUnits.id, code: territorialUnits.code, name: territorialUnits.name })
              .from(territorialUnits)
              .where(and(inTenant(territorialUnits, context), inArray(territorialUnits.id, unitIds)));
      // A unit is written by its code, which the import reads first; by its name when it has none.
      const unitLabel = new Map(units.map((unit) => [unit.id, unit.code ?? unit.name]));
      const rows: Row[] = [];
      for (const { indicator, initiativeTitle } of batch) {
        const own = recorded.filter((measurement) => measurement.indicatorId === indicator.id);
        if (own.length === 0) rows.push({ indicator, initiativeTitle, measurement: null, part: null });
        for (const measurement of own) {
          rows.push({ indicator, initiativeTitle, measurement, part: null });
          for (const part of partsOf(measurement)) {
            const category =
              part.dimension === 'territorial_unit'
                ? (unitLabel.get(part.category) ?? part.category)
                : part.category;
            rows.push({ indicator, initiativeTitle, measurement, part: { ...part, category } });
          }
        }
      }
      yield rows;
    }
  },

  toInput(record) {
    const first = record.rows[0];
    const issues: RecordIssue[] = [];
    if (!first) return { id: null, input: null, issues, identities: [], label: '—' };
    const values = first.values;
    const label = `${text(values.indicator) ?? '—'} ${text(values.measuredOn) ?? ''}`.trim();
    const key = readIndicatorKey(values, first.rowNumber);
    if ('key' in key) return { id: null, input: null, issues: [key], identities: [], label };
    const { parts, partRows } = readParts(record, issues);
    const hasMeasurement = values.measuredOn !== null || values.value !== null || parts.length > 0;
    if (!hasMeasurement) {
      return {
        id: null,
        input: issues.length > 0 ? null : { indicator: key, measurement: null, partRows },
        issues,
        identities: [],
        label,
      };
    }
    const parsed = measurementInputSchema.safeParse({
      date: values.measuredOn,
      value: values.value,
      unit: values.unit,
      disaggregatedValues: parts,
      source: values.source,
      evidenceUrl: values.evidenceUrl,
      notes: values.notes,
    });
    if (!parsed.success) {
      const columnOf: Record<string, string> = { date: 'measuredOn' };
      for (const issue of parsed.error.issues) {
        const [field, index, partField] = issue.path.map(String);
        const part = field === 'disaggregatedValues' ? parts[Number(index)] : undefined;
        issues.push({
          row: part ? (partRows[Number(index)] ?? first.rowNumber) : first.rowNumber,
          field: part
            ? partField === 'category'
              ? dimensionColumns[part.dimension]
              : 'disaggregatedValue'
            : (columnOf[field ?? ''] ?? field ?? null),
          key: issueToField(issue as Parameters<typeof issueToField>[0]).key,
        });
      }
    }
    return {
      id: null,
      input:
        parsed.success && issues.length === 0 ? { indicator: key, measurement: parsed.data, partRows } : null,
      issues,
      identities: parsed.success ? [`${keyText(key)}|${parsed.data.date}`] : [],
      label,
    };
  },

  async resolve(db, context, records) {
    const inputs = records.map((item) => item.parsed.input);
    const indicatorsOf = await findIndicatorsByKey(
      db,
      context,
      inputs.map((input) => input.indicator),
    );
    const unitsOf = await findUnitsByLabel(db, context, unitLabels(inputs));
    const found = inputs.flatMap((input) => {
      const [only, other] = indicatorsOf(input.indicator);
      return only && !other ? [only.id] : [];
    });
    const recorded =
      found.length === 0
        ? []
        : await db
            .select()
            .from(measurements)
            .where(
              and(inTenant(measurements, context), inArray(measurements.indicatorId, [...new Set(found)])),
            );
    return records.map(({ record, parsed }) => {
      const row = record.rows[0]?.rowNumber ?? 0;
      const input = parsed.input;
      const [indicator, other] = indicatorsOf(input.indicator);
      // An indicator that is not this government's is refused, whoever it belongs to.
      if (!indicator) {
        const isById = 'id' in input.indicator;
        return {
          existing: null,
          issues: [
            {
              row,
              field: isById ? 'indicatorId' : 'indicator',
              key: isById ? 'validation.sheetUnknownId' : 'validation.sheetUnknownIndicator',
            },
          ],
        };
      }
      if (other) {
        return {
          existing: null,
          issues: [{ row, field: 'indicator', key: 'validation.sheetAmbiguousIndicator' }],
        };
      }
      const measurement = input.measurement;
      if (!measurement) return { existing: { indicator, measurement: null }, issues: [] };
      const issues: RecordIssue[] = [];
      measurement.disaggregatedValues.forEach((part, index) => {
        const partRow = input.partRows[index] ?? row;
        const field = dimensionColumns[part.dimension];
        if (!indicator.disaggregations.includes(part.dimension)) {
          issues.push({ row: partRow, field, key: 'validation.dimensionNotDeclared' });
          return;
        }
        if (part.dimension !== 'territorial_unit') return;
        const units = unitsOf(part.category);
        if (units.length === 0)
          issues.push({ row: partRow, field, key: 'validation.unknownTerritorialUnit' });
        if (units.length > 1)
          issues.push({ row: partRow, field, key: 'validation.sheetAmbiguousTerritorialUnit' });
      });
      if (issues.length > 0) return { existing: null, issues };
      const same = recorded.find(
        (item) => item.indicatorId === indicator.id && item.measuredOn === measurement.date,
      );
      if (!same) return { existing: null, issues: [] };
      const parts = withUnitIds(measurement, unitsOf);
      const recordedParts = same.disaggregatedValues as SheetPart[];
      const isSameParts =
        parts.length === recordedParts.length &&
        parts.every((part, index) => {
          const other = recordedParts[index];
          return other !== undefined && samePart(part, other);
        });
      if (Number(same.value) !== Number(measurement.value))
        issues.push({ row, field: 'value', key: 'validation.sheetMeasurementRecorded' });
      else if (!isSameParts)
        issues.push({
          row: input.partRows[0] ?? row,
          field: 'disaggregatedValue',
          key: 'validation.sheetMeasurementRecorded',
        });
      return { existing: { indicator, measurement: same }, issues };
    });
  },

  changes: () => [],

  async add(db, context, input) {
    if (!input.measurement) return;
    const [indicator, other] = (await findIndicatorsByKey(db, context, [input.indicator]))(input.indicator);
    if (!indicator || other) return;
    const unitsOf = await findUnitsByLabel(db, context, unitLabels([input]));
    await recordMeasurement(db, context, indicator.initiativeId, indicator.id, {
      ...input.measurement,
      disaggregatedValues: withUnitIds(input.measurement, unitsOf),
    });
  },

  async update() {},
});

// Indicators with their measurements: one row per measurement (an indicator without any has one row
// with the measurement columns empty). Importing adds the measurements a file has that the
// government has not recorded yet, through the same checks as the form (unit, dates, future);
// a recorded measurement is history and is not changed by a file.
import { and, asc, eq, gt, inArray, type SQL } from 'drizzle-orm';
import { z } from 'zod';
import { type MeasurementInput, measurementInputSchema } from '../../../../contracts/initiatives';
import { indicators, initiatives, measurements } from '../../../db/schema';
import { issueToField } from '../../../platform/errors';
import { inTenant } from '../../../platform/tenancy';
import { initiativesPolicy } from '../../initiatives/initiatives.policy';
import { recordMeasurement } from '../../initiatives/mir.service';
import type { SheetColumn } from '../sheet-columns';
import { defineRegistry, type RecordIssue } from '../sheet-registry';
import { keysetBatches } from './sheet-support';

type IndicatorRow = typeof indicators.$inferSelect;
type MeasurementRow = typeof measurements.$inferSelect;
type Row = { indicator: IndicatorRow; initiativeTitle: string; measurement: MeasurementRow | null };
type Input = { indicatorId: string; measurement: MeasurementInput | null };
type Existing = { indicator: IndicatorRow; measurement: MeasurementRow | null };

const h = (field: string) => `headers.indicators.${field}`;
const number = (value: string | null) => (value === null ? null : Number(value));
const text = (value: unknown) => (typeof value === 'string' && value.trim() !== '' ? value.trim() : null);

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
];

export const indicatorsSheet = defineRegistry<Row, Input, Existing>({
  name: 'indicators',
  title: 'titles.indicators',
  policy: { read: initiativesPolicy.read, write: initiativesPolicy.report },
  columns,
  exportQuerySchema: z.object({ initiativeId: z.uuid().optional() }),

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
      const rows: Row[] = [];
      for (const { indicator, initiativeTitle } of batch) {
        const own = recorded.filter((measurement) => measurement.indicatorId === indicator.id);
        if (own.length === 0) rows.push({ indicator, initiativeTitle, measurement: null });
        for (const measurement of own) rows.push({ indicator, initiativeTitle, measurement });
      }
      yield rows;
    }
  },

  toInput(record) {
    const first = record.rows[0];
    const issues: RecordIssue[] = [];
    if (!first) return { id: null, input: null, issues, identities: [], label: '—' };
    const values = first.values;
    const indicatorId = text(values.indicatorId);
    const label = `${text(values.indicator) ?? '—'} ${text(values.measuredOn) ?? ''}`.trim();
    if (!indicatorId || !z.uuid().safeParse(indicatorId).success) {
      issues.push({ row: first.rowNumber, field: 'indicatorId', key: 'validation.invalidId' });
      return { id: null, input: null, issues, identities: [], label };
    }
    const hasMeasurement = values.measuredOn !== null || values.value !== null;
    if (!hasMeasurement) {
      return { id: null, input: { indicatorId, measurement: null }, issues, identities: [], label };
    }
    const parsed = measurementInputSchema.safeParse({
      date: values.measuredOn,
      value: values.value,
      unit: values.unit,
      source: values.source,
      evidenceUrl: values.evidenceUrl,
      notes: values.notes,
    });
    if (!parsed.success) {
      const columnOf: Record<string, string> = { date: 'measuredOn' };
      for (const issue of parsed.error.issues) {
        const field = String(issue.path[0] ?? '');
        issues.push({
          row: first.rowNumber,
          field: columnOf[field] ?? field,
          key: issueToField(issue as Parameters<typeof issueToField>[0]).key,
        });
      }
    }
    return {
      id: null,
      input: parsed.success ? { indicatorId, measurement: parsed.data } : null,
      issues,
      identities: parsed.success ? [`${indicatorId}|${parsed.data.date}`] : [],
      label,
    };
  },

  async resolve(db, context, records) {
    const ids = [...new Set(records.map((item) => item.parsed.input.indicatorId))];
    const found = await db
      .select()
      .from(indicators)
      .where(and(inTenant(indicators, context), inArray(indicators.id, ids)));
    const recorded = await db
      .select()
      .from(measurements)
      .where(and(inTenant(measurements, context), inArray(measurements.indicatorId, ids)));
    const byId = new Map(found.map((indicator) => [indicator.id, indicator]));
    return records.map(({ record, parsed }) => {
      const row = record.rows[0]?.rowNumber ?? 0;
      const indicator = byId.get(parsed.input.indicatorId);
      // An indicator that is not this government's is refused, whoever it belongs to.
      if (!indicator) {
        return {
          existing: null,
          issues: [{ row, field: 'indicatorId', key: 'validation.sheetUnknownId' }],
        };
      }
      const measurement = parsed.input.measurement;
      if (!measurement) return { existing: { indicator, measurement: null }, issues: [] };
      const same = recorded.find(
        (item) => item.indicatorId === indicator.id && item.measuredOn === measurement.date,
      );
      if (!same) return { existing: null, issues: [] };
      const issues: RecordIssue[] =
        Number(same.value) === Number(measurement.value)
          ? []
          : [{ row, field: 'value', key: 'validation.sheetMeasurementRecorded' }];
      return { existing: { indicator, measurement: same }, issues };
    });
  },

  changes: () => [],

  async add(db, context, input) {
    if (!input.measurement) return;
    const [indicator] = await db
      .select({ initiativeId: indicators.initiativeId })
      .from(indicators)
      .where(and(inTenant(indicators, context), eq(indicators.id, input.indicatorId)));
    if (!indicator) return;
    await recordMeasurement(db, context, indicator.initiativeId, input.indicatorId, input.measurement);
  },

  async update() {},
});

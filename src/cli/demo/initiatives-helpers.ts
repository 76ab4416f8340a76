import type { IndicatorInput, MirRowInput } from '../../contracts/initiatives';
import { dateFrom } from './demo-helpers';
import type {
  DemoActivity,
  DemoDisaggregatedValue,
  DemoIndicator,
  DemoMeasurement,
  DemoMirRow,
} from './initiatives-types';

/** Appended to every initiative summary: the policies are plausible, their figures are not real. */
export const initiativeDemoNote =
  'Iniciativa de demostración: las contrapartes y el contexto son reales; cifras, metas, montos, fechas y mediciones son ilustrativos.';

export function demoSummary(text: string): string {
  return `${text} ${initiativeDemoNote}`;
}

/** A node of the problem tree; ids only need to be unique within the tree. */
export function node(
  id: string,
  text: string,
  children: { id: string; text: string; children: never[] }[] = [],
) {
  return { id, text, children };
}

export function leaf(id: string, text: string): { id: string; text: string; children: never[] } {
  return { id, text, children: [] };
}

/** Money in minor units: both COP and MXN (and EUR, USD) have two decimals. */
export function minor(amount: number): number {
  return Math.round(amount * 100);
}

/**
 * Splits a whole number into whole parts proportional to `weights` (largest remainder), so that the
 * parts always add up exactly to the total.
 */
export function splitWhole(total: number, weights: number[]): number[] {
  const sum = weights.reduce((accumulated, weight) => accumulated + weight, 0);
  const exact = weights.map((weight) => (total * weight) / sum);
  const parts = exact.map((value) => Math.floor(value));
  let remainder = total - parts.reduce((accumulated, part) => accumulated + part, 0);
  const order = exact
    .map((value, index) => ({ index, fraction: value - Math.floor(value) }))
    .sort((left, right) => right.fraction - left.fraction || left.index - right.index);
  for (const { index } of order) {
    if (remainder <= 0) break;
    parts[index] = (parts[index] ?? 0) + 1;
    remainder -= 1;
  }
  return parts;
}

export type Breakdown = Partial<Record<DemoDisaggregatedValue['dimension'], Record<string, number>>>;

/** The parts of a whole total for each dimension, by relative weights per category. */
export function disaggregate(total: number, breakdown: Breakdown): DemoDisaggregatedValue[] {
  const values: DemoDisaggregatedValue[] = [];
  for (const dimension of ['territorial_unit', 'sex', 'age_group'] as const) {
    const weights = breakdown[dimension];
    if (!weights) continue;
    const categories = Object.keys(weights);
    const parts = splitWhole(
      total,
      categories.map((category) => weights[category] ?? 0),
    );
    categories.forEach((category, index) => {
      values.push({ dimension, category, value: String(parts[index] ?? 0) });
    });
  }
  return values;
}

type SeriesOptions = {
  unit: string;
  /** When each measurement was taken, in months before today; leave periods out to show gaps. */
  monthsAgo: number[];
  /** One value per date, in the same order. */
  values: number[];
  decimals?: number;
  source: string;
  /** For whole-number indicators measured in units: how each value splits by dimension. */
  breakdown?: Breakdown;
  notes?: Record<number, string>;
};

/** A series of measurements dated relative to `today`, values written as decimal strings. */
export function series(today: Date, options: SeriesOptions): DemoMeasurement[] {
  if (options.monthsAgo.length !== options.values.length) {
    throw new Error(
      `series of ${options.unit}: ${options.monthsAgo.length} dates, ${options.values.length} values`,
    );
  }
  return options.monthsAgo.map((months, index) => {
    const value = options.values[index] ?? 0;
    const measurement: DemoMeasurement = {
      date: dateFrom(today, { months: -months }),
      value: value.toFixed(options.decimals ?? 0),
      unit: options.unit,
      source: options.source,
      evidenceUrl: null,
      notes: options.notes?.[index] ?? null,
    };
    if (options.breakdown) measurement.disaggregatedValues = disaggregate(value, options.breakdown);
    return measurement;
  });
}

type IndicatorSeed = Pick<IndicatorInput, 'name' | 'unit'> &
  Partial<Omit<IndicatorInput, 'name' | 'unit' | 'mirRowId'>> & { measurements?: DemoMeasurement[] };

/** An indicator with the contract's defaults spelled out. */
export function indicator(seed: IndicatorSeed): DemoIndicator {
  return {
    definition: null,
    measure: 'unit',
    baselineValue: null,
    baselineDate: null,
    targetValue: null,
    targetDate: null,
    frequency: 'annual',
    direction: 'increase',
    disaggregations: [],
    weight: 1,
    measurements: [],
    ...seed,
  };
}

type RowSeed = Pick<
  DemoMirRow,
  'key' | 'level' | 'narrativeSummary' | 'meansOfVerification' | 'assumptions'
> &
  Partial<Pick<DemoMirRow, 'parentKey' | 'indicators' | 'weight' | 'position'>>;

/** A MIR row with the contract's defaults spelled out. */
export function mirRow(seed: RowSeed): DemoMirRow {
  const row: DemoMirRow = { position: 0, weight: 1, indicators: [], ...seed };
  return row satisfies Omit<MirRowInput, 'parentId'> & { key: string };
}

type ActivitySeed = Pick<DemoActivity, 'title' | 'kind' | 'startDate' | 'endDate'> &
  Partial<Omit<DemoActivity, 'title' | 'kind' | 'startDate' | 'endDate'>>;

/** An activity with the contract's defaults spelled out. */
export function activity(seed: ActivitySeed): DemoActivity {
  return { description: null, ownerName: null, status: 'planned', progressPercent: 0, ...seed };
}

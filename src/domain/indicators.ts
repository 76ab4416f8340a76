/**
 * Indicators of the logical-framework matrix: progress toward target, roll-up from components to
 * purpose to goal, expected reporting periods, and the checks a measurement must pass. Values are
 * decimal strings in storage; progress is a ratio, so plain numbers are fine here (no money).
 */

export type Direction = 'increase' | 'decrease';
export type Frequency = 'monthly' | 'quarterly' | 'semiannual' | 'annual';

export type IndicatorDefinition = {
  baselineValue: number;
  targetValue: number;
  direction: Direction;
};

export type Progress = {
  /** Share of the way from baseline to target; can exceed 1 or fall below 0. */
  ratio: number;
  /** The same, kept within 0..1 for bars and roll-ups. */
  clamped: number;
  isTargetMet: boolean;
};

/**
 * Progress of `value` from baseline toward target. Works for decreasing indicators (homicides per
 * 100,000 going down) because both differences change sign together. When the target equals the
 * baseline the goal is to hold the line: met (1) when the value is on the right side of it, else 0.
 */
export function computeProgress(indicator: IndicatorDefinition, value: number): Progress {
  const { baselineValue: baseline, targetValue: target, direction } = indicator;
  const isTargetMet = direction === 'increase' ? value >= target : value <= target;
  if (target === baseline) {
    const ratio = isTargetMet ? 1 : 0;
    return { ratio, clamped: ratio, isTargetMet };
  }
  const ratio = (value - baseline) / (target - baseline);
  return { ratio, clamped: Math.min(1, Math.max(0, ratio)), isTargetMet };
}

/** Whether baseline, target and direction agree (a decreasing indicator must aim below its baseline). */
export function isDirectionConsistent(indicator: IndicatorDefinition): boolean {
  if (indicator.targetValue === indicator.baselineValue) return true;
  return indicator.direction === 'increase'
    ? indicator.targetValue > indicator.baselineValue
    : indicator.targetValue < indicator.baselineValue;
}

export type MeasurementPoint = { date: string; value: number };

/** The latest measurement on or before `asOf` (ISO dates compare as strings). */
export function latestMeasurement(measurements: MeasurementPoint[], asOf: string): MeasurementPoint | null {
  let latest: MeasurementPoint | null = null;
  for (const measurement of measurements) {
    if (measurement.date <= asOf && (!latest || measurement.date > latest.date)) latest = measurement;
  }
  return latest;
}

const monthsPerPeriod: Record<Frequency, number> = { monthly: 1, quarterly: 3, semiannual: 6, annual: 12 };

/** Label of the reporting period a date falls in: 2025-03, 2025-Q1, 2025-S1, 2025. */
export function periodOf(date: string, frequency: Frequency): string {
  const year = date.slice(0, 4);
  const month = Number(date.slice(5, 7));
  const index = Math.floor((month - 1) / monthsPerPeriod[frequency]) + 1;
  switch (frequency) {
    case 'monthly':
      return `${year}-${String(month).padStart(2, '0')}`;
    case 'quarterly':
      return `${year}-Q${index}`;
    case 'semiannual':
      return `${year}-S${index}`;
    case 'annual':
      return year;
  }
}

/**
 * The periods from the baseline up to the last one fully ended by `asOf` that have no measurement:
 * what a coordinator must chase before the evaluation. The period in course is not yet missing.
 */
export function missingPeriods(
  frequency: Frequency,
  baselineDate: string,
  asOf: string,
  measurementDates: string[],
): string[] {
  const reported = new Set(measurementDates.map((date) => periodOf(date, frequency)));
  const step = monthsPerPeriod[frequency];
  const current = periodOf(asOf, frequency);
  const missing: string[] = [];
  let year = Number(baselineDate.slice(0, 4));
  let month = Math.floor((Number(baselineDate.slice(5, 7)) - 1) / step) * step + 1;
  // Bounded: at most 100 years of monthly periods.
  for (let guard = 0; guard < 1200; guard += 1) {
    const date = `${year}-${String(month).padStart(2, '0')}-01`;
    const period = periodOf(date, frequency);
    if (period === current || date > asOf) break;
    if (!reported.has(period)) missing.push(period);
    month += step;
    if (month > 12) {
      month -= 12;
      year += 1;
    }
  }
  return missing;
}

export type RollUpMethod = 'average' | 'weighted';
export type Weighted = { progress: number | null; weight: number };

/**
 * Combines progress values (0..1) into one: a plain average, or weighted by each item's weight.
 * Items without progress (no measurement yet) are left out and reported, not counted as zero.
 */
export function combineProgress(
  items: Weighted[],
  method: RollUpMethod,
): { progress: number | null; missing: number } {
  const known = items.filter((item): item is { progress: number; weight: number } => item.progress !== null);
  const missing = items.length - known.length;
  if (known.length === 0) return { progress: null, missing };
  if (method === 'average')
    return { progress: known.reduce((sum, item) => sum + item.progress, 0) / known.length, missing };
  const totalWeight = known.reduce((sum, item) => sum + item.weight, 0);
  if (totalWeight <= 0)
    return { progress: known.reduce((sum, item) => sum + item.progress, 0) / known.length, missing };
  return {
    progress: known.reduce((sum, item) => sum + item.progress * item.weight, 0) / totalWeight,
    missing,
  };
}

export type RollUpInput = {
  method: RollUpMethod;
  goal: { ownProgress: number | null };
  purpose: { ownProgress: number | null };
  components: { id: string; ownProgress: number | null; weight: number }[];
};

/**
 * Roll-up of the matrix: the components' progress gives the purpose's, and the purpose's gives the
 * goal's. Each level also keeps its own measured progress, so a reader sees both the evidence of the
 * level itself and what its lower levels add up to.
 */
export function rollUp(input: RollUpInput) {
  const fromComponents = combineProgress(
    input.components.map((component) => ({ progress: component.ownProgress, weight: component.weight })),
    input.method,
  );
  const purposeRolled = fromComponents.progress ?? input.purpose.ownProgress;
  return {
    components: input.components.map((component) => ({ id: component.id, progress: component.ownProgress })),
    purpose: {
      own: input.purpose.ownProgress,
      rolledUp: purposeRolled,
      missingComponents: fromComponents.missing,
    },
    goal: { own: input.goal.ownProgress, rolledUp: input.purpose.ownProgress ?? purposeRolled },
  };
}

export type DisaggregatedValue = {
  dimension: 'territorial_unit' | 'sex' | 'age_group';
  category: string;
  value: number;
};

/**
 * For indicators measured in units (people, events, pesos), the parts of each dimension must add up
 * to the total; percentages and rates do not add up and are not checked. Compared in millionths.
 */
export function findDisaggregationMismatches(
  total: number,
  parts: DisaggregatedValue[],
  isAdditive: boolean,
): { dimension: DisaggregatedValue['dimension']; sum: number }[] {
  if (!isAdditive) return [];
  const sums = new Map<DisaggregatedValue['dimension'], number>();
  for (const part of parts)
    sums.set(part.dimension, (sums.get(part.dimension) ?? 0) + Math.round(part.value * 1e6));
  const expected = Math.round(total * 1e6);
  return [...sums.entries()]
    .filter(([, sum]) => sum !== expected)
    .map(([dimension, sum]) => ({ dimension, sum: sum / 1e6 }));
}

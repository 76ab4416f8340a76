import { describe, expect, it } from 'vitest';
import {
  combineProgress,
  computeProgress,
  findDisaggregationMismatches,
  isDirectionConsistent,
  latestMeasurement,
  missingPeriods,
  periodOf,
  rollUp,
} from './indicators';

describe('progress toward target', () => {
  it('measures an increasing indicator from its baseline', () => {
    expect(computeProgress({ baselineValue: 20, targetValue: 60, direction: 'increase' }, 40)).toEqual({
      ratio: 0.5,
      clamped: 0.5,
      isTargetMet: false,
    });
  });

  it('measures a decreasing indicator (homicide rate going down)', () => {
    const indicator = { baselineValue: 24.8, targetValue: 18, direction: 'decrease' as const };
    expect(computeProgress(indicator, 21.4).ratio).toBeCloseTo(0.5, 5);
    expect(computeProgress(indicator, 17).isTargetMet).toBe(true);
    expect(computeProgress(indicator, 17).clamped).toBe(1);
  });

  it('reports regressions below zero but clamps them for display', () => {
    const progress = computeProgress({ baselineValue: 100, targetValue: 200, direction: 'increase' }, 80);
    expect(progress.ratio).toBeCloseTo(-0.2);
    expect(progress.clamped).toBe(0);
  });

  it('treats a target equal to the baseline as holding the line', () => {
    const hold = { baselineValue: 95, targetValue: 95, direction: 'increase' as const };
    expect(computeProgress(hold, 95)).toEqual({ ratio: 1, clamped: 1, isTargetMet: true });
    expect(computeProgress(hold, 94)).toEqual({ ratio: 0, clamped: 0, isTargetMet: false });
    expect(computeProgress({ ...hold, direction: 'decrease' }, 94).isTargetMet).toBe(true);
  });

  it('flags targets that contradict the direction', () => {
    expect(isDirectionConsistent({ baselineValue: 10, targetValue: 5, direction: 'increase' })).toBe(false);
    expect(isDirectionConsistent({ baselineValue: 10, targetValue: 5, direction: 'decrease' })).toBe(true);
  });
});

describe('measurements over time', () => {
  it('takes the latest measurement on or before a date', () => {
    const points = [
      { date: '2025-03-31', value: 1 },
      { date: '2025-09-30', value: 3 },
      { date: '2025-06-30', value: 2 },
    ];
    expect(latestMeasurement(points, '2025-07-01')).toEqual({ date: '2025-06-30', value: 2 });
    expect(latestMeasurement(points, '2025-01-01')).toBeNull();
  });

  it('names reporting periods', () => {
    expect(periodOf('2025-11-24', 'monthly')).toBe('2025-11');
    expect(periodOf('2025-11-24', 'quarterly')).toBe('2025-Q4');
    expect(periodOf('2025-06-30', 'semiannual')).toBe('2025-S1');
    expect(periodOf('2025-06-30', 'annual')).toBe('2025');
  });

  it('lists the ended periods without a measurement, not the one in course', () => {
    expect(missingPeriods('quarterly', '2024-02-15', '2025-05-10', ['2024-03-30', '2024-11-02'])).toEqual([
      '2024-Q2',
      '2024-Q3',
      '2025-Q1',
    ]);
    expect(missingPeriods('annual', '2023-01-01', '2025-05-10', ['2023-12-31'])).toEqual(['2024']);
    expect(missingPeriods('monthly', '2025-05-01', '2025-05-20', [])).toEqual([]);
  });
});

describe('roll-up', () => {
  it('averages or weights, leaving out items with no measurement yet', () => {
    const items = [
      { progress: 1, weight: 3 },
      { progress: 0, weight: 1 },
      { progress: null, weight: 5 },
    ];
    expect(combineProgress(items, 'average')).toEqual({ progress: 0.5, missing: 1 });
    expect(combineProgress(items, 'weighted')).toEqual({ progress: 0.75, missing: 1 });
    expect(combineProgress([{ progress: null, weight: 1 }], 'average')).toEqual({
      progress: null,
      missing: 1,
    });
  });

  it('rolls components up to purpose and purpose up to goal', () => {
    const result = rollUp({
      method: 'weighted',
      goal: { ownProgress: null },
      purpose: { ownProgress: 0.4 },
      components: [
        { id: 'c1', ownProgress: 0.5, weight: 1 },
        { id: 'c2', ownProgress: 1, weight: 3 },
      ],
    });
    expect(result.purpose).toEqual({ own: 0.4, rolledUp: 0.875, missingComponents: 0 });
    expect(result.goal).toEqual({ own: null, rolledUp: 0.4 });
  });
});

describe('disaggregation', () => {
  it('requires the parts of each dimension to add up to the total for unit indicators', () => {
    const parts = [
      { dimension: 'sex' as const, category: 'female', value: 60 },
      { dimension: 'sex' as const, category: 'male', value: 39 },
      { dimension: 'territorial_unit' as const, category: 'comuna-1', value: 100 },
    ];
    expect(findDisaggregationMismatches(100, parts, true)).toEqual([{ dimension: 'sex', sum: 99 }]);
    expect(findDisaggregationMismatches(100, parts, false)).toEqual([]);
    expect(
      findDisaggregationMismatches(
        0.3,
        [
          { dimension: 'sex', category: 'f', value: 0.1 },
          { dimension: 'sex', category: 'm', value: 0.2 },
        ],
        true,
      ),
    ).toEqual([]);
  });
});

import { describe, expect, it } from 'vitest';
import {
  checkWeights,
  computeIndex,
  defaultTargets,
  defaultUtilitySettings,
  defaultWeights,
  type IndexInput,
} from './social-utility-index';

const settings = { weights: defaultWeights, targets: defaultTargets('COP') };

/** The hand-computed example of docs/social-utility.md. */
const example: IndexInput = {
  referencePopulation: 100_000,
  resourcesMobilisedMinor: 40_000_000_000, // COP 400 million
  beneficiaries: 2_500,
  statedTargetPopulation: null,
  commitments: { fulfilledOnTime: 3, fulfilledLate: 1, overdue: 0 },
  indicatorProgress: [0.2, 0.6, 1.4],
  investment: { realisedMinor: 2_000_000_000_000, createdJobs: 50 },
  reach: { reachedPopulation: 30_000, totalPopulation: 200_000 },
};

describe('social-utility index', () => {
  it('matches the hand-computed example to the unit, component by component', () => {
    const outcome = computeIndex(example, settings);
    const byKey = Object.fromEntries(outcome.components.map((component) => [component.key, component]));
    // COP 400,000,000 / 100,000 inhabitants = COP 4,000 (400,000 minor) against COP 8,000 → 0.5
    expect(byKey.resources?.raw).toBe(400_000);
    expect(byKey.resources?.normalised).toBe(0.5);
    // 2,500 people against 5 % of 100,000 = 5,000 → 0.5
    expect(byKey.beneficiaries?.target).toBe(5_000);
    expect(byKey.beneficiaries?.normalised).toBe(0.5);
    // 3 on time of 4 due → 0.75
    expect(byKey.commitments?.normalised).toBe(0.75);
    // (0.2 + 0.6 + 1) / 3 → 0.6 (progress above target counts as 1)
    expect(byKey.indicators?.normalised).toBeCloseTo(0.6, 12);
    // COP 200,000 per inhabitant against 400,000 → 0.5; 50 jobs per 100,000 against 100 → 0.5
    expect(byKey.investment?.normalised).toBe(0.5);
    // 30,000 of 200,000 = 0.15 against 0.5 → 0.3
    expect(byKey.reach?.raw).toBe(0.15);
    expect(byKey.reach?.normalised).toBeCloseTo(0.3, 12);
    // 17×0.5 + 17×0.5 + 17×0.75 + 17×0.6 + 16×0.5 + 16×0.3 = 52.75 → 53
    expect(outcome.exactScore).toBeCloseTo(52.75, 9);
    expect(outcome.score).toBe(53);
    expect(outcome.weightWithData).toBe(100);
    expect(byKey.commitments?.contribution).toBeCloseTo(12.75, 12);
  });

  it('caps every component at its target', () => {
    const outcome = computeIndex(
      {
        ...example,
        resourcesMobilisedMinor: 10 ** 15,
        beneficiaries: 10 ** 9,
        commitments: { fulfilledOnTime: 5, fulfilledLate: 0, overdue: 0 },
        indicatorProgress: [3],
        investment: { realisedMinor: 10 ** 15, createdJobs: 10 ** 6 },
        reach: { reachedPopulation: 200_000, totalPopulation: 200_000 },
      },
      settings,
    );
    expect(outcome.score).toBe(100);
    expect(outcome.components.every((component) => component.normalised === 1)).toBe(true);
  });

  it('prefers the target population the initiatives state', () => {
    const outcome = computeIndex({ ...example, statedTargetPopulation: 10_000 }, settings);
    expect(outcome.components.find((component) => component.key === 'beneficiaries')?.normalised).toBe(0.25);
  });

  it('leaves out components without data and scales the others up, saying so', () => {
    const outcome = computeIndex(
      {
        ...example,
        commitments: { fulfilledOnTime: 0, fulfilledLate: 0, overdue: 0 },
        indicatorProgress: [],
        reach: { reachedPopulation: 0, totalPopulation: null },
      },
      settings,
    );
    expect(outcome.weightWithData).toBe(50);
    const withoutData = outcome.components
      .filter((component) => !component.hasData)
      .map((component) => component.key);
    expect(withoutData).toEqual(['commitments', 'indicators', 'reach']);
    for (const component of outcome.components.filter((each) => !each.hasData)) {
      expect(component.normalised).toBeNull();
      expect(component.contribution).toBe(0);
    }
    // resources 0.5 × 34, beneficiaries 0.5 × 34, investment 0.5 × 32 → 50
    expect(outcome.exactScore).toBeCloseTo(50, 9);
    expect(outcome.components.find((component) => component.key === 'resources')?.effectiveWeight).toBe(34);
  });

  it('has no score when no component has data, and treats zero as data', () => {
    const empty = computeIndex(
      {
        referencePopulation: null,
        resourcesMobilisedMinor: 0,
        beneficiaries: 0,
        statedTargetPopulation: null,
        commitments: { fulfilledOnTime: 0, fulfilledLate: 0, overdue: 0 },
        indicatorProgress: [],
        investment: { realisedMinor: 0, createdJobs: 0 },
        reach: { reachedPopulation: 0, totalPopulation: null },
      },
      settings,
    );
    expect(empty.score).toBeNull();
    const nothingProduced = computeIndex(
      {
        ...example,
        resourcesMobilisedMinor: 0,
        beneficiaries: 0,
        commitments: { fulfilledOnTime: 0, fulfilledLate: 0, overdue: 2 },
        indicatorProgress: [],
        investment: { realisedMinor: 0, createdJobs: 0 },
        reach: { reachedPopulation: 0, totalPopulation: 200_000 },
      },
      settings,
    );
    expect(nothingProduced.score).toBe(0);
    expect(nothingProduced.weightWithData).toBe(83);
  });

  it('compares two cities of different size fairly: same per-capita effort, same score', () => {
    const small = computeIndex(example, settings);
    const large = computeIndex(
      {
        ...example,
        referencePopulation: 1_000_000,
        resourcesMobilisedMinor: example.resourcesMobilisedMinor * 10,
        beneficiaries: example.beneficiaries * 10,
        investment: { realisedMinor: example.investment.realisedMinor * 10, createdJobs: 500 },
        reach: { reachedPopulation: 300_000, totalPopulation: 2_000_000 },
      },
      settings,
    );
    expect(large.exactScore).toBeCloseTo(small.exactScore ?? 0, 9);
  });

  it('follows the government weights; a zero weight adds nothing', () => {
    const onlyCommitments = {
      ...defaultWeights,
      resources: 0,
      beneficiaries: 0,
      indicators: 0,
      investment: 0,
      reach: 0,
      commitments: 100,
    };
    expect(computeIndex(example, { ...settings, weights: onlyCommitments }).score).toBe(75);
  });
});

describe('settings', () => {
  it('defaults to equal weights adding up to 100 and targets in the reporting currency', () => {
    expect(Object.values(defaultWeights).reduce((sum, weight) => sum + weight, 0)).toBe(100);
    expect(checkWeights(defaultWeights)).toEqual([]);
    expect(defaultTargets('COP').resourcesPerInhabitantMinor).toBe(800_000);
    expect(defaultTargets('MXN').resourcesPerInhabitantMinor).toBe(4_000);
    expect(defaultTargets('JPY').resourcesPerInhabitantMinor).toBe(2);
    const defaults = defaultUtilitySettings('MXN');
    expect([defaults.linkGraceMonths, defaults.eventGraceMonths, defaults.atRiskWindowDays]).toEqual([
      12, 6, 90,
    ]);
  });

  it('flags every weight field when they do not add up to 100', () => {
    const problems = checkWeights({ ...defaultWeights, reach: 20 });
    expect(problems).toHaveLength(6);
    expect(problems[0]).toEqual({ field: 'weights.resources', sum: 104 });
  });
});

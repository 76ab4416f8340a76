import type {
  IndexComponent,
  IndexComponentKey,
  UtilitySettingsInput,
  UtilityTargets,
  UtilityWeights,
} from '../contracts/utility';
import { indexComponentKeys } from '../contracts/utility';
import { minorUnitExponent } from './money';
import { defaultVerdictSettings } from './protocol-verdict';

/**
 * The social-utility index (0–100), never a black box. Six named components, each normalised to
 * 0..1 by a rule against the government's own targets, then weighted by the government's weights
 * (whole numbers adding up to 100). The method is written in docs/social-utility.md; keep both in step.
 *
 * Rules (value ÷ target, capped at 1):
 * - resources: resources mobilised ÷ population reached, against the target per inhabitant.
 * - beneficiaries: people reached ÷ target population (the affected population the initiatives
 *   state, or else `beneficiaryPercent` % of the population reached).
 * - commitments: commitments fulfilled on time ÷ commitments already due (fulfilled, late or
 *   overdue; cancelled and not-yet-due ones are left out). Target 1.
 * - indicators: average progress from baseline to target of the indicators with a measurement.
 * - investment: half investment realised per inhabitant against its target, half jobs created per
 *   100,000 inhabitants against its target.
 * - reach: population of the territorial units reached ÷ population of all units, against
 *   `reachPercent` %.
 *
 * No data: a component whose denominator is unknown or zero (no population, no commitment due yet,
 * no indicator measured) has no data. It is shown as such and left out: the weights of the
 * components with data are scaled up to add to 100, and `weightWithData` says how much of the
 * intended weight the score rests on. With no component with data, there is no score (null).
 * Zero is data: a link that mobilised nothing scores 0 on resources, it is not left out.
 */

export type IndexInput = {
  /** Population of the territory the scope reaches; per-inhabitant rules divide by it. */
  referencePopulation: number | null;
  /** Converted to the reporting currency; unconverted amounts are not included. */
  resourcesMobilisedMinor: number;
  beneficiaries: number;
  /** Sum of the affected population stated by the scope's initiatives; null when none states it. */
  statedTargetPopulation: number | null;
  commitments: { fulfilledOnTime: number; fulfilledLate: number; overdue: number };
  /** Progress (0..1, clamped) of each indicator that has a measurement. */
  indicatorProgress: number[];
  investment: { realisedMinor: number; createdJobs: number };
  reach: { reachedPopulation: number; totalPopulation: number | null };
};

export type IndexOutcome = {
  score: number | null;
  exactScore: number | null;
  weightWithData: number;
  components: IndexComponent[];
};

type Measured = Pick<IndexComponent, 'raw' | 'rawUnit' | 'target' | 'normalised' | 'inputs'>;

const capped = (value: number) => Math.min(1, Math.max(0, value));
const hasPositive = (value: number | null): value is number => value !== null && value > 0;

function measureResources(input: IndexInput, targets: UtilityTargets): Measured {
  const population = input.referencePopulation;
  const inputs = { amountMinor: input.resourcesMobilisedMinor, population };
  if (!hasPositive(population))
    return {
      raw: null,
      rawUnit: 'minor_per_inhabitant',
      target: targets.resourcesPerInhabitantMinor,
      normalised: null,
      inputs,
    };
  const raw = input.resourcesMobilisedMinor / population;
  return {
    raw,
    rawUnit: 'minor_per_inhabitant',
    target: targets.resourcesPerInhabitantMinor,
    normalised: capped(raw / targets.resourcesPerInhabitantMinor),
    inputs,
  };
}

function measureBeneficiaries(input: IndexInput, targets: UtilityTargets): Measured {
  const fromPercent = hasPositive(input.referencePopulation)
    ? (input.referencePopulation * targets.beneficiaryPercent) / 100
    : null;
  const target = hasPositive(input.statedTargetPopulation) ? input.statedTargetPopulation : fromPercent;
  const inputs = {
    beneficiaries: input.beneficiaries,
    statedTargetPopulation: input.statedTargetPopulation,
    population: input.referencePopulation,
  };
  if (!hasPositive(target)) return { raw: null, rawUnit: 'people', target: null, normalised: null, inputs };
  return {
    raw: input.beneficiaries,
    rawUnit: 'people',
    target,
    normalised: capped(input.beneficiaries / target),
    inputs,
  };
}

function measureCommitments(input: IndexInput): Measured {
  const { fulfilledOnTime, fulfilledLate, overdue } = input.commitments;
  const due = fulfilledOnTime + fulfilledLate + overdue;
  const inputs = { fulfilledOnTime, fulfilledLate, overdue };
  if (due === 0) return { raw: null, rawUnit: 'ratio', target: 1, normalised: null, inputs };
  const raw = fulfilledOnTime / due;
  return { raw, rawUnit: 'ratio', target: 1, normalised: capped(raw), inputs };
}

function measureIndicators(input: IndexInput): Measured {
  const values = input.indicatorProgress;
  const inputs = { indicators: values.length };
  if (values.length === 0) return { raw: null, rawUnit: 'ratio', target: 1, normalised: null, inputs };
  const raw = values.reduce((sum, value) => sum + capped(value), 0) / values.length;
  return { raw, rawUnit: 'ratio', target: 1, normalised: capped(raw), inputs };
}

function measureInvestment(input: IndexInput, targets: UtilityTargets): Measured {
  const population = input.referencePopulation;
  const inputs = {
    realisedMinor: input.investment.realisedMinor,
    createdJobs: input.investment.createdJobs,
    population,
    jobsPer100k: hasPositive(population) ? (input.investment.createdJobs * 100_000) / population : null,
    jobsTargetPer100k: targets.jobsPer100k,
  };
  if (!hasPositive(population))
    return {
      raw: null,
      rawUnit: 'minor_per_inhabitant',
      target: targets.investmentPerInhabitantMinor,
      normalised: null,
      inputs,
    };
  const raw = input.investment.realisedMinor / population;
  const jobsPer100k = (input.investment.createdJobs * 100_000) / population;
  const normalised =
    (capped(raw / targets.investmentPerInhabitantMinor) + capped(jobsPer100k / targets.jobsPer100k)) / 2;
  return {
    raw,
    rawUnit: 'minor_per_inhabitant',
    target: targets.investmentPerInhabitantMinor,
    normalised,
    inputs,
  };
}

function measureReach(input: IndexInput, targets: UtilityTargets): Measured {
  const { reachedPopulation, totalPopulation } = input.reach;
  const target = targets.reachPercent / 100;
  const inputs = { reachedPopulation, totalPopulation };
  if (!hasPositive(totalPopulation)) return { raw: null, rawUnit: 'ratio', target, normalised: null, inputs };
  const raw = reachedPopulation / totalPopulation;
  return { raw, rawUnit: 'ratio', target, normalised: capped(raw / target), inputs };
}

/** Each component measured and normalised, before weighting. */
export function measureComponents(
  input: IndexInput,
  targets: UtilityTargets,
): Record<IndexComponentKey, Measured> {
  return {
    resources: measureResources(input, targets),
    beneficiaries: measureBeneficiaries(input, targets),
    commitments: measureCommitments(input),
    indicators: measureIndicators(input),
    investment: measureInvestment(input, targets),
    reach: measureReach(input, targets),
  };
}

/** The index of one scope, with every component's raw value, normalised value, weight and contribution. */
export function computeIndex(
  input: IndexInput,
  settings: { weights: UtilityWeights; targets: UtilityTargets },
): IndexOutcome {
  const measured = measureComponents(input, settings.targets);
  const weightWithData = indexComponentKeys.reduce(
    (sum, key) => sum + (measured[key].normalised === null ? 0 : settings.weights[key]),
    0,
  );
  const components = indexComponentKeys.map((key): IndexComponent => {
    const component = measured[key];
    const weight = settings.weights[key];
    const hasData = component.normalised !== null;
    const effectiveWeight = hasData && weightWithData > 0 ? (weight * 100) / weightWithData : 0;
    return {
      key,
      ...component,
      hasData,
      weight,
      effectiveWeight,
      contribution: hasData ? (component.normalised ?? 0) * effectiveWeight : 0,
    };
  });
  if (weightWithData === 0) return { score: null, exactScore: null, weightWithData, components };
  const exactScore = components.reduce((sum, component) => sum + component.contribution, 0);
  return { score: Math.round(exactScore), exactScore, weightWithData, components };
}

/** Equal weights adding up to 100: 17, 17, 17, 17, 16, 16. */
export const defaultWeights: UtilityWeights = {
  resources: 17,
  beneficiaries: 17,
  commitments: 17,
  indicators: 17,
  investment: 16,
  reach: 16,
};

/**
 * Starting targets per inhabitant in major units of a few reporting currencies, about 2 US dollars
 * of resources and 100 of investment per inhabitant at 2025 prices. A government edits them; they
 * are targets, not conversions, so nothing is converted with them.
 */
const resourcesPerInhabitantMajor: Record<string, number> = {
  USD: 2,
  EUR: 2,
  COP: 8_000,
  MXN: 40,
  BRL: 10,
  ARS: 2_000,
  CLP: 2_000,
  PEN: 8,
};

export function defaultTargets(reportingCurrency: string): UtilityTargets {
  const major = resourcesPerInhabitantMajor[reportingCurrency] ?? 2;
  const scale = 10 ** minorUnitExponent(reportingCurrency);
  return {
    resourcesPerInhabitantMinor: major * scale,
    beneficiaryPercent: 5,
    investmentPerInhabitantMinor: major * 50 * scale,
    jobsPer100k: 100,
    reachPercent: 50,
  };
}

/** The settings a government has before it saves its own. */
export function defaultUtilitySettings(reportingCurrency: string): UtilitySettingsInput {
  return {
    ...defaultVerdictSettings,
    weights: { ...defaultWeights },
    targets: defaultTargets(reportingCurrency),
  };
}

/** Field-level problems of a set of weights: they must add up to exactly 100. */
export function checkWeights(weights: UtilityWeights): { field: string; sum: number }[] {
  const sum = indexComponentKeys.reduce((total, key) => total + weights[key], 0);
  if (sum === 100) return [];
  return indexComponentKeys.map((key) => ({ field: `weights.${key}`, sum }));
}

/**
 * Matching cooperation offers to a demand: a score from 0 to 100 made of named components, each with
 * its weight, its value and the reason a person can check. Eligibility (country, kind of government,
 * deadline) is a gate: an ineligible offer is shown as such, never silently ranked high.
 */

export type MatchDemand = {
  sectors: string[];
  sdgTargets: string[];
  modalities: string[];
  amountSoughtMinor: number | null;
  currency: string | null;
};

export type MatchOffer = {
  sectors: string[];
  sdgTargets: string[];
  modalities: string[];
  amountMinMinor: number | null;
  amountMaxMinor: number | null;
  currency: string | null;
  eligibleCountries: string[];
  eligibleGovernmentKinds: string[];
  deadline: string | null;
  status: 'open' | 'closed';
};

export type MatchContext = {
  today: string;
  countryCode: string;
  governmentKind: string;
  textSimilarity: number;
};

export type ComponentName = 'sectors' | 'sdg' | 'modality' | 'amount' | 'eligibility' | 'deadline' | 'text';
export type ScoreComponent = {
  name: ComponentName;
  weight: number;
  value: number;
  points: number;
  reason: { key: string; params: Record<string, string | number> };
};

export const defaultWeights: Record<ComponentName, number> = {
  sectors: 25,
  sdg: 15,
  modality: 15,
  amount: 15,
  eligibility: 10,
  deadline: 10,
  text: 10,
};

/** Share of the demand's codes the offer covers: exact codes count 1, same DAC category (3 digits) 0.5. */
// Code lists are a handful of items: plain loops beat building sets for each of thousands of offers.
function sectorOverlap(demand: string[], offer: string[]) {
  if (demand.length === 0 || offer.length === 0) return { value: 0, exact: 0, related: 0 };
  let exact = 0;
  let related = 0;
  for (const code of demand) {
    if (offer.includes(code)) exact += 1;
    else if (offer.some((other) => other.slice(0, 3) === code.slice(0, 3))) related += 1;
  }
  return { value: (exact + related * 0.5) / demand.length, exact, related };
}

const goalOf = (target: string) => target.slice(0, target.indexOf('.'));

function sdgOverlap(demand: string[], offer: string[]) {
  if (demand.length === 0 || offer.length === 0) return { value: 0, exact: 0, sameGoal: 0 };
  let exact = 0;
  let sameGoal = 0;
  for (const target of demand) {
    if (offer.includes(target)) exact += 1;
    else if (offer.some((other) => goalOf(other) === goalOf(target))) sameGoal += 1;
  }
  return { value: (exact + sameGoal * 0.5) / demand.length, exact, sameGoal };
}

function amountFit(demand: MatchDemand, offer: MatchOffer): { value: number; key: string } {
  if (demand.amountSoughtMinor === null || (offer.amountMinMinor === null && offer.amountMaxMinor === null)) {
    return { value: 0.5, key: 'matching.amountUnknown' };
  }
  if (!demand.currency || !offer.currency || demand.currency !== offer.currency)
    return { value: 0.5, key: 'matching.amountOtherCurrency' };
  const amount = demand.amountSoughtMinor;
  if (offer.amountMinMinor !== null && amount < offer.amountMinMinor) {
    return { value: amount / offer.amountMinMinor, key: 'matching.amountBelowMinimum' };
  }
  if (offer.amountMaxMinor !== null && amount > offer.amountMaxMinor) {
    return { value: offer.amountMaxMinor / amount, key: 'matching.amountAboveMaximum' };
  }
  return { value: 1, key: 'matching.amountWithinRange' };
}

function daysBetween(from: string, to: string) {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

/** The explained score of one offer for one demand. Pure: the same inputs always give the same reasons. */
export function scoreOffer(
  demand: MatchDemand,
  offer: MatchOffer,
  context: MatchContext,
  weights = defaultWeights,
) {
  const components: ScoreComponent[] = [];
  const add = (
    name: ComponentName,
    value: number,
    key: string,
    params: Record<string, string | number> = {},
  ) => {
    const bounded = Math.min(1, Math.max(0, value));
    components.push({
      name,
      weight: weights[name],
      value: bounded,
      points: Math.round(weights[name] * bounded * 100) / 100,
      reason: { key, params },
    });
  };

  const sectors = sectorOverlap(demand.sectors, offer.sectors);
  add(
    'sectors',
    sectors.value,
    sectors.exact + sectors.related === 0 ? 'matching.sectorsNone' : 'matching.sectorsOverlap',
    {
      exact: sectors.exact,
      related: sectors.related,
      total: demand.sectors.length,
    },
  );
  const sdg = sdgOverlap(demand.sdgTargets, offer.sdgTargets);
  add(
    'sdg',
    sdg.value,
    sdg.exact + sdg.sameGoal === 0
      ? 'matching.sdgNone'
      : sdg.sameGoal === 0
        ? 'matching.sdgExact'
        : 'matching.sdgOverlap',
    {
      exact: sdg.exact,
      sameGoal: sdg.sameGoal,
      total: demand.sdgTargets.length,
    },
  );
  const sharedModalities = demand.modalities.filter((modality) => offer.modalities.includes(modality));
  add(
    'modality',
    demand.modalities.length === 0 || offer.modalities.length === 0
      ? 0.5
      : sharedModalities.length > 0
        ? 1
        : 0,
    sharedModalities.length > 0
      ? 'matching.modalityShared'
      : demand.modalities.length === 0 || offer.modalities.length === 0
        ? 'matching.modalityUnknown'
        : 'matching.modalityNone',
    // Each modality travels as a message key, named in the reader's language by the presenter.
    { modalities: sharedModalities.map((modality) => `matching.modality_${modality}`).join(', ') },
  );
  const amount = amountFit(demand, offer);
  add('amount', amount.value, amount.key);

  const isCountryEligible =
    offer.eligibleCountries.length === 0 || offer.eligibleCountries.includes(context.countryCode);
  const isKindEligible =
    offer.eligibleGovernmentKinds.length === 0 ||
    offer.eligibleGovernmentKinds.includes(context.governmentKind);
  add(
    'eligibility',
    isCountryEligible && isKindEligible ? 1 : 0,
    !isCountryEligible
      ? 'matching.countryNotEligible'
      : !isKindEligible
        ? 'matching.kindNotEligible'
        : 'matching.eligible',
    { country: context.countryCode, kind: context.governmentKind },
  );

  const daysLeft = offer.deadline ? daysBetween(context.today, offer.deadline) : null;
  const isOpen = offer.status === 'open' && (daysLeft === null || daysLeft >= 0);
  add(
    'deadline',
    isOpen ? 1 : 0,
    !isOpen
      ? 'matching.deadlinePassed'
      : daysLeft === null
        ? 'matching.noDeadline'
        : daysLeft <= 14
          ? 'matching.deadlineSoon'
          : 'matching.deadlineOpen',
    { days: daysLeft ?? 0, deadline: offer.deadline ?? '' },
  );
  add('text', context.textSimilarity, 'matching.textSimilarity', {
    percent: Math.round(context.textSimilarity * 100),
  });

  const isEligible = isCountryEligible && isKindEligible && isOpen;
  const score = Math.round(components.reduce((sum, component) => sum + component.points, 0) * 100) / 100;
  return { score, isEligible, components };
}

// ISO dates sort as plain strings; localeCompare would be slower and locale-dependent.
const compareDates = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** Ranks offers for a demand: eligible first, then by score, ties by the earliest deadline. */
export function rankOffers<T extends { score: number; isEligible: boolean; deadline: string | null }>(
  items: T[],
): T[] {
  return [...items].sort(
    (a, b) =>
      Number(b.isEligible) - Number(a.isEligible) ||
      b.score - a.score ||
      compareDates(a.deadline ?? '9999-12-31', b.deadline ?? '9999-12-31'),
  );
}

/**
 * The score alone, without reasons: the same arithmetic as `scoreOffer` (a test compares them on
 * thousands of random pairs), allocating nothing, for ranking thousands of offers before explaining
 * the few that are shown.
 */
export function quickScore(
  demand: MatchDemand,
  offer: MatchOffer,
  context: MatchContext,
  weights = defaultWeights,
) {
  const points = (name: ComponentName, value: number) =>
    Math.round(weights[name] * Math.min(1, Math.max(0, value)) * 100) / 100;
  let total = points('sectors', sectorOverlap(demand.sectors, offer.sectors).value);
  total += points('sdg', sdgOverlap(demand.sdgTargets, offer.sdgTargets).value);
  const isModalityUnknown = demand.modalities.length === 0 || offer.modalities.length === 0;
  total += points(
    'modality',
    isModalityUnknown
      ? 0.5
      : demand.modalities.some((modality) => offer.modalities.includes(modality))
        ? 1
        : 0,
  );
  total += points('amount', amountFit(demand, offer).value);
  const isCountryEligible =
    offer.eligibleCountries.length === 0 || offer.eligibleCountries.includes(context.countryCode);
  const isKindEligible =
    offer.eligibleGovernmentKinds.length === 0 ||
    offer.eligibleGovernmentKinds.includes(context.governmentKind);
  total += points('eligibility', isCountryEligible && isKindEligible ? 1 : 0);
  const isOpen = offer.status === 'open' && (offer.deadline === null || offer.deadline >= context.today);
  total += points('deadline', isOpen ? 1 : 0);
  total += points('text', context.textSimilarity);
  return { score: Math.round(total * 100) / 100, isEligible: isCountryEligible && isKindEligible && isOpen };
}

/**
 * The score of the `limit`-th best item, without sorting them all: a bounded list of the best scores
 * seen. Items scoring this or more (plus what text similarity can add) are the only contenders.
 */
export function scoreOfRank(scores: number[], limit: number): number {
  if (scores.length <= limit) return Number.NEGATIVE_INFINITY;
  const best: number[] = [];
  for (const score of scores) {
    if (best.length < limit) {
      best.push(score);
      best.sort((a, b) => a - b);
    } else if (score > (best[0] as number)) {
      best[0] = score;
      best.sort((a, b) => a - b);
    }
  }
  return best[0] as number;
}

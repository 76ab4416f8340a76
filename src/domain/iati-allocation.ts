// Where an IATI activity goes and what it is for: recipient countries, regions and sectors with their
// percentages. The standard lets a publisher report them on the activity (with percentages) or on
// every transaction instead (rules 2.03 for recipient-country/region and sector: "either at activity
// or at transaction level"); large donors often do the latter. From transactions, the activity's
// percentages are each code's share of the transaction value, the aggregation IATI's guidance gives.
import { addDecimals, formatDecimal, parseXsDecimal, type ScaledDecimal } from './iati-decimal';

/** One recipient-country, recipient-region or sector element as written, before any interpretation. */
export type RawAllocation = { code: string | null; vocabulary: string | null; percentage?: string | null };

/** A code and its share of the activity in percent as decimal text ("62.5"); null when not known. */
export type Share = { code: string; percentage: string | null };

export type Allocation = {
  countries: Share[];
  regions: Share[];
  sectors: Share[];
  /** true when the activity reports them on its transactions only, and they were aggregated here. */
  isGeographyFromTransactions: boolean;
  isSectorFromTransactions: boolean;
};

/** The value of a transaction that could be summed: its type code, currency and exact value. */
export type TransactionWeight = { type: string; currency: string; value: ScaledDecimal };

/** What one transaction says about geography and sector, already checked. */
export type TransactionAllocation = {
  weight: TransactionWeight | null;
  country: string | null;
  region: string | null;
  sector: string | null;
};

export const countryPattern = /^[A-Z]{2}$/;
/** DAC 5-digit purpose codes (vocabulary 1, the default) are what offers and demands use. */
export const sectorPattern = /^\d{5}$/;
/** OECD DAC region codes (RegionVocabulary 1, the default): three digits. */
export const regionPattern = /^\d{3}$/;

/** Of activity-level elements, the valid codes once each, with their percentage when it is a decimal. */
export function sharesOf(
  elements: RawAllocation[],
  normalize: (code: string) => string,
  isValid: (element: RawAllocation, code: string) => boolean,
): Share[] {
  const shares = new Map<string, Share>();
  for (const element of elements) {
    const code = normalize(element.code?.trim() ?? '');
    if (!isValid(element, code) || shares.has(code)) continue;
    const percentage = element.percentage == null ? null : parseXsDecimal(element.percentage);
    shares.set(code, { code, percentage: percentage ? formatDecimal(percentage) : null });
  }
  return [...shares.values()];
}

export function isDefaultVocabulary(element: { vocabulary: string | null }): boolean {
  return !element.vocabulary || element.vocabulary.trim() === '1';
}

/**
 * Which transactions weigh: the commitments when any carries the dimension, else disbursements and
 * expenditures, else any transaction. Summing commitments with the disbursements that fulfil them
 * would count the same money twice.
 */
const basisTypes: (Set<string> | null)[] = [new Set(['2']), new Set(['3', '4']), null];

type Keyed = { key: string; weight: TransactionWeight | null };

/** Hundredths of a percent of each part, adding up to exactly 100 % (largest remainder). */
function percentages(parts: bigint[], total: bigint): string[] {
  const scaled = parts.map((part) => part * 10_000n);
  const floors = scaled.map((value) => value / total);
  let missing = 10_000n - floors.reduce((sum, value) => sum + value, 0n);
  const order = scaled
    .map((value, index) => ({ index, remainder: value % total }))
    .sort((left, right) =>
      left.remainder === right.remainder
        ? left.index - right.index
        : left.remainder > right.remainder
          ? -1
          : 1,
    );
  for (const { index } of order) {
    if (missing <= 0n) break;
    floors[index] = (floors[index] as bigint) + 1n;
    missing -= 1n;
  }
  return floors.map((hundredths) => formatDecimal({ units: hundredths, scale: 2 }));
}

function rescale(value: ScaledDecimal, scale: number): bigint {
  return value.units * 10n ** BigInt(scale - value.scale);
}

/**
 * Each key's share of the value of the transactions that carry one. Returns null percentages when
 * no transaction has a positive value in the basis, or when they are in several currencies (no rate
 * is known here to add them up), and says why in `problem`.
 */
export function sharesByValue(entries: Keyed[]): { shares: Share[]; problem: string | null } {
  const keys = [...new Set(entries.map((entry) => entry.key))];
  const positive = entries.filter((entry) => entry.weight && entry.weight.value.units > 0n);
  const basis =
    basisTypes
      .map((types) =>
        positive.filter((entry) => types === null || types.has((entry.weight as TransactionWeight).type)),
      )
      .find((candidates) => candidates.length > 0) ?? [];
  const unknown = (problem: string | null) => ({
    shares: keys.map((code) => ({ code, percentage: null })),
    problem,
  });
  if (basis.length === 0) return unknown(null);
  const currencies = new Set(basis.map((entry) => (entry.weight as TransactionWeight).currency));
  if (currencies.size > 1) return unknown(`transactions in ${[...currencies].join(', ')}: no percentages`);
  const sums = new Map<string, ScaledDecimal>();
  for (const entry of basis) {
    const value = (entry.weight as TransactionWeight).value;
    const previous = sums.get(entry.key);
    sums.set(entry.key, previous ? addDecimals(previous, value) : value);
  }
  const scale = Math.max(...[...sums.values()].map((value) => value.scale));
  const parts = keys.map((key) => {
    const sum = sums.get(key);
    return sum ? rescale(sum, scale) : 0n;
  });
  const total = parts.reduce((sum, part) => sum + part, 0n);
  const shares = percentages(parts, total).map((percentage, index) => ({
    code: keys[index] as string,
    percentage,
  }));
  // The largest share first: the first country is where most of the money goes.
  const order = new Map(keys.map((key, index) => [key, index]));
  shares.sort(
    (left, right) =>
      Number(right.percentage) - Number(left.percentage) ||
      (order.get(left.code) as number) - (order.get(right.code) as number),
  );
  return { shares, problem: null };
}

/**
 * Geography (countries and regions together, as their percentages add up to 100 together) and
 * sectors aggregated from the transactions that carry them.
 */
export function aggregateTransactions(transactions: TransactionAllocation[]) {
  const geography = sharesByValue(
    transactions.flatMap((transaction) =>
      transaction.country
        ? [{ key: `country:${transaction.country}`, weight: transaction.weight }]
        : transaction.region
          ? [{ key: `region:${transaction.region}`, weight: transaction.weight }]
          : [],
    ),
  );
  const sectors = sharesByValue(
    transactions.flatMap((transaction) =>
      transaction.sector ? [{ key: transaction.sector, weight: transaction.weight }] : [],
    ),
  );
  const ofKind = (kind: string) =>
    geography.shares
      .filter((share) => share.code.startsWith(`${kind}:`))
      .map((share) => ({ ...share, code: share.code.slice(kind.length + 1) }));
  return {
    countries: ofKind('country'),
    regions: ofKind('region'),
    sectors: sectors.shares,
    problems: [geography.problem, sectors.problem].filter((problem): problem is string => problem !== null),
  };
}

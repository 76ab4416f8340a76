// Pure mapping of one IATI activity, as the streaming reader collected it, to the catalogue record
// Vínculo keeps. Real publisher files are messy: what cannot be read is reported, never guessed.
import {
  type Allocation,
  aggregateTransactions,
  countryPattern,
  isDefaultVocabulary,
  type RawAllocation,
  regionPattern,
  sectorPattern,
  sharesOf,
  type TransactionAllocation,
} from './iati-allocation';
import { addDecimals, formatDecimal, parseXsDecimal, type ScaledDecimal } from './iati-decimal';

export type Narrative = { lang: string | null; text: string };

export type RawTransaction = {
  typeCode: string | null;
  /** Text content of transaction-type: IATI 1.x files wrote the code (or its letters) as text. */
  typeText: string | null;
  value: string | null;
  currency: string | null;
  /** Where and for what, when the publisher reports it per transaction rather than on the activity. */
  recipientCountry?: string | null;
  recipientRegion?: { code: string | null; vocabulary: string | null } | null;
  sectors?: { code: string | null; vocabulary: string | null }[];
};

/** What the reader collected of one iati-activity element, as strings, before any interpretation. */
export type RawActivity = {
  index: number;
  identifier: string | null;
  lang: string | null;
  defaultCurrency: string | null;
  reportingOrg: { ref: string | null; type: string | null; narratives: Narrative[] } | null;
  titles: Narrative[];
  descriptions: { type: string | null; narratives: Narrative[] }[];
  activityStatus: string | null;
  activityDates: { type: string | null; isoDate: string | null }[];
  recipientCountries: RawAllocation[];
  recipientRegions?: RawAllocation[];
  sectors: RawAllocation[];
  transactions: RawTransaction[];
  /** Malformed parts the XML parser met inside this activity. */
  parseErrors: string[];
  /** The file ended before this activity closed: it is reported, never imported half-read. */
  isIncomplete: boolean;
};

export type MappedActivity = {
  iatiIdentifier: string;
  reportingOrgRef: string | null;
  reportingOrgName: string | null;
  reportingOrgType: string | null;
  title: string;
  description: string | null;
  activityStatus: string | null;
  startDate: string | null;
  endDate: string | null;
  /** Country codes, the largest share first when they come from transactions. */
  recipientCountries: string[];
  /** OECD DAC region codes. */
  recipientRegions: string[];
  sectors: string[];
  /** The same codes with their percentages, and whether they were aggregated from transactions. */
  allocation: Allocation;
  defaultCurrency: string | null;
  /** Sum per transaction type and currency, exact decimal text: {"3": {"USD": "125000.5"}}. */
  transactionTotals: Record<string, Record<string, string>>;
  transactionCount: number;
};

/** One thing that was left out, and why: a whole activity or a part of it. */
export type ImportProblem = {
  index: number;
  identifier: string | null;
  reason: string;
  isActivitySkipped: boolean;
};

export type MappingResult = { activity: MappedActivity | null; problems: ImportProblem[] };

/** IATI 1.x transaction-type letters and their 2.x codes (TransactionType codelist). */
const legacyTransactionTypes: Record<string, string> = {
  IF: '1',
  C: '2',
  D: '3',
  E: '4',
  IR: '5',
  LR: '6',
  R: '7',
  QP: '8',
  QS: '9',
  CG: '10',
  IC: '11',
};
const transactionTypeCodes = new Set(['1', '2', '3', '4', '5', '6', '7', '8', '9', '10', '11', '12', '13']);

/** The 2.x code of a transaction type written as an attribute or, in 1.x style, as text; null if unknown. */
export function transactionTypeCode(typeCode: string | null, typeText: string | null): string | null {
  for (const candidate of [typeCode, typeText]) {
    const value = candidate?.trim().toUpperCase();
    if (!value) continue;
    if (transactionTypeCodes.has(value)) return value;
    const legacy = legacyTransactionTypes[value];
    if (legacy) return legacy;
  }
  return null;
}

/** The narrative to show: Spanish, then English, then the first one with text. */
export function pickNarrative(narratives: Narrative[], defaultLang: string | null): string | null {
  const withText = narratives
    .map((narrative) => ({
      lang: (narrative.lang ?? defaultLang ?? '').toLowerCase().slice(0, 2),
      text: narrative.text.trim(),
    }))
    .filter((narrative) => narrative.text !== '');
  const found =
    withText.find((narrative) => narrative.lang === 'es') ??
    withText.find((narrative) => narrative.lang === 'en') ??
    withText[0];
  return found ? found.text : null;
}

const isoDatePattern = /^\d{4}-\d{2}-\d{2}/;

function dateOf(activity: RawActivity, types: string[]): string | null {
  for (const type of types) {
    const found = activity.activityDates.find((date) => date.type === type && date.isoDate);
    const iso = found?.isoDate?.trim();
    if (iso && isoDatePattern.test(iso) && !Number.isNaN(Date.parse(iso.slice(0, 10))))
      return iso.slice(0, 10);
  }
  return null;
}

const upper = (code: string) => code.toUpperCase();
const same = (code: string) => code;

/**
 * The activity's geography and sectors: its own elements when it has them, else what its transactions
 * say, aggregated by value. Problems of transaction-level codes are reported, never silently dropped.
 */
function allocate(
  raw: RawActivity,
  weights: (TransactionAllocation['weight'] | undefined)[],
  report: (reason: string) => void,
): Allocation {
  const countries = sharesOf(raw.recipientCountries, upper, (_element, code) => countryPattern.test(code));
  const regions = sharesOf(
    raw.recipientRegions ?? [],
    same,
    (element, code) => isDefaultVocabulary(element) && regionPattern.test(code),
  );
  const sectors = sharesOf(
    raw.sectors,
    same,
    (element, code) => isDefaultVocabulary(element) && sectorPattern.test(code),
  );
  const hasActivityGeography = raw.recipientCountries.length > 0 || (raw.recipientRegions ?? []).length > 0;
  const hasActivitySector = raw.sectors.length > 0;
  const activityLevel = {
    countries,
    regions,
    sectors,
    isGeographyFromTransactions: false,
    isSectorFromTransactions: false,
  };
  // Most files say it on the activity only: no work per transaction then.
  const isReportedOnTransactions = raw.transactions.some(
    (transaction) =>
      Boolean(transaction.recipientCountry) ||
      Boolean(transaction.recipientRegion) ||
      (transaction.sectors?.length ?? 0) > 0,
  );
  if (!isReportedOnTransactions) return activityLevel;
  const perTransaction: TransactionAllocation[] = [];
  let hasTransactionGeography = false;
  let hasTransactionSector = false;
  raw.transactions.forEach((transaction, position) => {
    const where = `transaction ${position + 1}`;
    const countryText = transaction.recipientCountry?.trim() ?? '';
    const country = countryText.toUpperCase();
    const region = transaction.recipientRegion;
    const regionCode = region?.code?.trim() ?? '';
    const sectorElements = transaction.sectors ?? [];
    if (countryText || region) hasTransactionGeography = true;
    if (sectorElements.length > 0) hasTransactionSector = true;
    if (countryText && !countryPattern.test(country))
      report(`${where}: recipient-country «${countryText}» is not an ISO 3166-1 alpha-2 code`);
    if (region && isDefaultVocabulary(region) && !regionPattern.test(regionCode))
      report(`${where}: recipient-region «${regionCode}» is not an OECD DAC region code`);
    const sector = sectorElements
      .filter(isDefaultVocabulary)
      .map((element) => element.code?.trim() ?? '')
      .find((code) => code !== '');
    if (sector !== undefined && !sectorPattern.test(sector))
      report(`${where}: sector «${sector}» is not a DAC 5-digit purpose code`);
    perTransaction.push({
      weight: weights[position] ?? null,
      country: countryPattern.test(country) ? country : null,
      region: region && isDefaultVocabulary(region) && regionPattern.test(regionCode) ? regionCode : null,
      sector: sector !== undefined && sectorPattern.test(sector) ? sector : null,
    });
  });
  // The standard allows one level or the other; when a file has both, the activity's own elements win.
  if (hasActivityGeography && hasTransactionGeography)
    report(
      'recipient countries or regions on the activity and on its transactions: the activity ones are kept',
    );
  if (hasActivitySector && hasTransactionSector)
    report('sectors on the activity and on its transactions: the activity ones are kept');
  const fromTransactions = aggregateTransactions(perTransaction);
  for (const problem of fromTransactions.problems) report(problem);
  const isGeographyFromTransactions = !hasActivityGeography && hasTransactionGeography;
  const isSectorFromTransactions = !hasActivitySector && hasTransactionSector;
  return {
    countries: isGeographyFromTransactions ? fromTransactions.countries : countries,
    regions: isGeographyFromTransactions ? fromTransactions.regions : regions,
    sectors: isSectorFromTransactions ? fromTransactions.sectors : sectors,
    isGeographyFromTransactions,
    isSectorFromTransactions,
  };
}

/** What the catalogue keeps of an activity's texts: enough to read and search, never a whole file. */
export const iatiTextLimits = { identifier: 255, name: 500, title: 1000, description: 10_000 } as const;

/** Cuts a text to `max` characters (whole code points), marking the cut with an ellipsis. */
export function truncateText<T extends string | null>(text: T, max: number): T {
  if (text === null || text.length <= max) return text;
  let cut = text.slice(0, max - 1);
  // Never leave half of a surrogate pair (an emoji, a rare ideogram) at the end.
  if (/[\uD800-\uDBFF]$/.test(cut)) cut = cut.slice(0, -1);
  return `${cut}…` as T;
}

/**
 * Maps a raw activity. An activity without identifier or title is skipped; a transaction whose type,
 * value or currency cannot be read is left out of the sums and reported, and the activity is kept.
 */
export function mapActivity(raw: RawActivity): MappingResult {
  const identifier = raw.identifier?.trim() || null;
  const problems: ImportProblem[] = raw.parseErrors.map((reason) => ({
    index: raw.index,
    identifier,
    reason: `malformed XML: ${reason}`,
    isActivitySkipped: false,
  }));
  const skip = (reason: string): MappingResult => ({
    activity: null,
    problems: [...problems, { index: raw.index, identifier, reason, isActivitySkipped: true }],
  });
  if (raw.isIncomplete) return skip('the file ends inside this activity');
  if (!identifier) return skip('no iati-identifier');
  if (identifier.length > iatiTextLimits.identifier)
    return skip('iati-identifier longer than 255 characters');
  const title = pickNarrative(raw.titles, raw.lang);
  if (!title) return skip('no title');

  const sums = new Map<string, Map<string, ScaledDecimal>>();
  const weights: TransactionAllocation['weight'][] = [];
  let transactionCount = 0;
  raw.transactions.forEach((transaction, position) => {
    const where = `transaction ${position + 1}`;
    const type = transactionTypeCode(transaction.typeCode, transaction.typeText);
    if (!type) {
      const written = transaction.typeCode ?? transaction.typeText ?? '';
      problems.push({
        index: raw.index,
        identifier,
        reason: `${where}: unknown transaction type «${written.trim()}»`,
        isActivitySkipped: false,
      });
      return;
    }
    const value = transaction.value === null ? null : parseXsDecimal(transaction.value);
    if (!value) {
      problems.push({
        index: raw.index,
        identifier,
        reason:
          transaction.value === null || transaction.value.trim() === ''
            ? `${where}: no value`
            : `${where}: value «${transaction.value.trim()}» is not an xs:decimal`,
        isActivitySkipped: false,
      });
      return;
    }
    const currency = (transaction.currency ?? raw.defaultCurrency)?.trim().toUpperCase();
    if (!currency) {
      problems.push({
        index: raw.index,
        identifier,
        reason: `${where}: no currency and no default-currency`,
        isActivitySkipped: false,
      });
      return;
    }
    weights[position] = { type, currency, value };
    const perCurrency = sums.get(type) ?? new Map<string, ScaledDecimal>();
    const previous = perCurrency.get(currency);
    perCurrency.set(currency, previous ? addDecimals(previous, value) : value);
    sums.set(type, perCurrency);
    transactionCount += 1;
  });

  const transactionTotals: Record<string, Record<string, string>> = {};
  for (const [type, perCurrency] of sums) {
    transactionTotals[type] = Object.fromEntries(
      [...perCurrency].map(([currency, total]) => [currency, formatDecimal(total)]),
    );
  }
  const allocation = allocate(raw, weights, (reason) =>
    problems.push({ index: raw.index, identifier, reason, isActivitySkipped: false }),
  );
  const descriptions = [...raw.descriptions].sort(
    (left, right) =>
      Number(left.type !== '1' && left.type !== null) - Number(right.type !== '1' && right.type !== null),
  );
  const description =
    descriptions.map((item) => pickNarrative(item.narratives, raw.lang)).find((text) => text !== null) ??
    null;
  return {
    activity: {
      iatiIdentifier: identifier,
      reportingOrgRef: raw.reportingOrg?.ref?.trim() || null,
      reportingOrgName: truncateText(
        raw.reportingOrg ? pickNarrative(raw.reportingOrg.narratives, raw.lang) : null,
        iatiTextLimits.name,
      ),
      reportingOrgType: raw.reportingOrg?.type?.trim() || null,
      title: truncateText(title, iatiTextLimits.title),
      description: truncateText(description, iatiTextLimits.description),
      activityStatus: raw.activityStatus?.trim() || null,
      startDate: dateOf(raw, ['2', '1']),
      endDate: dateOf(raw, ['4', '3']),
      recipientCountries: allocation.countries.map((share) => share.code),
      recipientRegions: allocation.regions.map((share) => share.code),
      sectors: allocation.sectors.map((share) => share.code),
      allocation,
      defaultCurrency: raw.defaultCurrency?.trim().toUpperCase() || null,
      transactionTotals,
      transactionCount,
    },
    problems,
  };
}

export type PartnerKindFromIati =
  | 'national_government'
  | 'city_government'
  | 'multilateral'
  | 'ngo_foundation'
  | 'company_investor'
  | 'university'
  | 'other';

/** The partner kind of a publisher from its IATI OrganisationType code. */
export function partnerKindOfOrganisationType(type: string | null): PartnerKindFromIati {
  switch (type?.trim()) {
    case '10':
    case '15':
      return 'national_government';
    case '11':
      return 'city_government';
    case '21':
    case '22':
    case '23':
    case '24':
    case '60':
      return 'ngo_foundation';
    case '40':
      return 'multilateral';
    case '70':
    case '71':
    case '72':
    case '73':
      return 'company_investor';
    case '80':
      return 'university';
    default:
      return 'other';
  }
}

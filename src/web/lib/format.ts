import { minorUnitExponent } from '../../domain/money';
import { minorToDecimalString } from './money';

/** Parses an ISO calendar date (YYYY-MM-DD) as a UTC date so no time zone shifts the day. */
function parseIsoDate(value: string): Date | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(value);
  if (!match) return null;
  return new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
}

export function formatDate(value: string | null | undefined, language: string): string {
  if (!value) return '—';
  const date = parseIsoDate(value);
  if (!date) return value;
  return dateFormatter(language).format(date);
}

// Building an Intl formatter costs far more than using one: one per language, kept (a report to the
// council writes a hundred thousand dates and numbers).
const dateFormatters = new Map<string, Intl.DateTimeFormat>();
const numberFormatters = new Map<string, Intl.NumberFormat>();

function dateFormatter(language: string): Intl.DateTimeFormat {
  let formatter = dateFormatters.get(language);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat(language, { dateStyle: 'medium', timeZone: 'UTC' });
    dateFormatters.set(language, formatter);
  }
  return formatter;
}

function numberFormatter(language: string): Intl.NumberFormat {
  let formatter = numberFormatters.get(language);
  if (!formatter) {
    formatter = new Intl.NumberFormat(language);
    numberFormatters.set(language, formatter);
  }
  return formatter;
}

export function formatDateTime(value: string | null | undefined, language: string): string {
  if (!value) return '—';
  const date = new Date(value);
  if (Number.isNaN(date.getTime())) return value;
  return new Intl.DateTimeFormat(language, { dateStyle: 'medium', timeStyle: 'short' }).format(date);
}

export function formatNumber(value: number | null | undefined, language: string): string {
  if (value === null || value === undefined) return '—';
  return numberFormatter(language).format(value);
}

/**
 * Decimal digits of a currency's minor unit in ISO 4217 (COP 2, JPY 0), shared with the server.
 * Not Intl's display digits: ICU shows COP without decimals, but amounts keep their centavos.
 */
export function currencyDigits(currency: string): number {
  return minorUnitExponent(currency);
}

export function formatMoney(
  minor: number | null | undefined,
  currency: string | null | undefined,
  language: string,
) {
  if (minor === null || minor === undefined) return '—';
  if (!currency) return formatNumber(minor, language);
  const digits = currencyDigits(currency);
  const decimal = minorToDecimalString(minor, digits);
  // Whole amounts read better without ",00"; amounts with cents show all of them.
  const hasFraction = digits > 0 && minor % 10 ** digits !== 0;
  try {
    return moneyFormatter(language, currency, hasFraction ? digits : 0).format(decimal as `${number}`);
  } catch {
    return `${decimal} ${currency}`;
  }
}

// Money formatters are kept too, per language, currency and number of decimals (a report writes tens
// of thousands of amounts); bounded, since a currency code comes from the data.
const moneyFormatters = new Map<string, Intl.NumberFormat>();
const maxMoneyFormatters = 500;

function moneyFormatter(language: string, currency: string, fractionDigits: number): Intl.NumberFormat {
  const key = `${language}|${currency}|${fractionDigits}`;
  let formatter = moneyFormatters.get(key);
  if (!formatter) {
    // Throws a RangeError on a malformed currency code: the caller writes the amount plainly.
    formatter = new Intl.NumberFormat(language, {
      style: 'currency',
      currency,
      minimumFractionDigits: fractionDigits,
      maximumFractionDigits: fractionDigits,
    });
    if (moneyFormatters.size < maxMoneyFormatters) moneyFormatters.set(key, formatter);
  }
  return formatter;
}

const displayNamesCache = new Map<string, Intl.DisplayNames>();

export function countryName(code: string | null | undefined, language: string): string {
  if (!code) return '—';
  let names = displayNamesCache.get(language);
  if (!names) {
    names = new Intl.DisplayNames([language], { type: 'region' });
    displayNamesCache.set(language, names);
  }
  try {
    return names.of(code) ?? code;
  } catch {
    return code;
  }
}

/**
 * A short form of a large amount for tiles ("6600 M COP", "COP 6.6B"): three significant digits.
 * Only for display beside the exact amount, which stays on the page for whoever needs it.
 */
export function formatMoneyCompact(
  minor: number | null | undefined,
  currency: string | null | undefined,
  language: string,
) {
  if (minor === null || minor === undefined || !currency) return formatMoney(minor, currency, language);
  const decimal = minorToDecimalString(minor, currencyDigits(currency));
  try {
    return new Intl.NumberFormat(language, {
      style: 'currency',
      currency,
      notation: 'compact',
      maximumSignificantDigits: 3,
    }).format(decimal as `${number}`);
  } catch {
    return formatMoney(minor, currency, language);
  }
}

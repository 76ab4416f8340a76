/**
 * Money as integer minor units per currency, converted with exact decimal arithmetic (BigInt), never
 * floats: a disbursement of 1.250.000,50 COP stays that, to the centavo, in every report.
 */

// ISO 4217 minor units that are not 2. ICU's display data is not a source here: it reports 0 for COP
// (Colombia's cash rounding), while accounts and IATI files keep centavos.
const zeroDecimal = new Set([
  'BIF',
  'CLP',
  'DJF',
  'GNF',
  'ISK',
  'JPY',
  'KMF',
  'KRW',
  'PYG',
  'RWF',
  'UGX',
  'UYI',
  'VND',
  'VUV',
  'XAF',
  'XOF',
  'XPF',
]);
const threeDecimal = new Set(['BHD', 'IQD', 'JOD', 'KWD', 'LYD', 'OMR', 'TND']);
const fourDecimal = new Set(['CLF', 'UYW']);

/** The currencies whose minor unit is not 2 decimals, by exponent (to convert in bulk in SQL). */
export function nonDefaultExponents(): { exponent: number; currencies: string[] }[] {
  return [
    { exponent: 0, currencies: [...zeroDecimal] },
    { exponent: 3, currencies: [...threeDecimal] },
    { exponent: 4, currencies: [...fourDecimal] },
  ];
}

/** Decimal places of a currency's minor unit in ISO 4217 (COP 2, JPY 0, KWD 3). */
export function minorUnitExponent(currency: string): number {
  const code = currency.toUpperCase();
  if (zeroDecimal.has(code)) return 0;
  if (threeDecimal.has(code)) return 3;
  if (fourDecimal.has(code)) return 4;
  return 2;
}

const rateScale = 12;

/** A positive decimal string ("4123.45", "0.000241") as an integer scaled by 10^12. */
export function parseRate(rate: string): bigint {
  const match = /^(\d{1,12})(?:\.(\d{1,12}))?$/.exec(rate.trim());
  if (!match) throw new Error(`Invalid rate: ${rate}`);
  const [, whole = '0', fraction = ''] = match;
  return BigInt(whole) * 10n ** BigInt(rateScale) + BigInt(fraction.padEnd(rateScale, '0'));
}

/** Integer division rounding half away from zero. */
function divideRounded(numerator: bigint, denominator: bigint): bigint {
  const quotient = numerator / denominator;
  const remainder = numerator % denominator;
  const isNegative = numerator < 0n !== denominator < 0n;
  if ((remainder < 0n ? -remainder : remainder) * 2n >= (denominator < 0n ? -denominator : denominator)) {
    return isNegative ? quotient - 1n : quotient + 1n;
  }
  return quotient;
}

/**
 * Converts minor units of `from` into minor units of `to` at `rate` (units of `to` per one unit of
 * `from`), rounding half away from zero at the last step only.
 */
export function convertMinor(amountMinor: number, from: string, to: string, rate: string): number {
  if (from === to) return amountMinor;
  const fromExponent = BigInt(minorUnitExponent(from));
  const toExponent = BigInt(minorUnitExponent(to));
  const numerator = BigInt(amountMinor) * parseRate(rate) * 10n ** toExponent;
  const denominator = 10n ** fromExponent * 10n ** BigInt(rateScale);
  const result = divideRounded(numerator, denominator);
  if (result > BigInt(Number.MAX_SAFE_INTEGER)) throw new Error('Converted amount too large');
  return Number(result);
}

/** Minor units as the decimal string a standard expects (IATI <value>): 125000050 COP → "1250000.50". */
export function minorToDecimalString(amountMinor: number, currency: string): string {
  const exponent = minorUnitExponent(currency);
  const sign = amountMinor < 0 ? '-' : '';
  const digits = String(Math.abs(amountMinor)).padStart(exponent + 1, '0');
  return exponent === 0
    ? `${sign}${digits}`
    : `${sign}${digits.slice(0, -exponent)}.${digits.slice(-exponent)}`;
}

/** A decimal string typed by a person ("1.250.000,50" or "1250000.50") into minor units, or null. */
export function decimalStringToMinor(value: string, currency: string): number | null {
  const cleaned = value.trim().replace(/\s/g, '');
  const normalized = /,\d{1,3}$/.test(cleaned)
    ? cleaned.replace(/\./g, '').replace(',', '.')
    : cleaned.replace(/,/g, '');
  const match = /^(-?)(\d+)(?:\.(\d+))?$/.exec(normalized);
  if (!match) return null;
  const [, sign, whole = '0', fraction = ''] = match;
  const exponent = minorUnitExponent(currency);
  if (fraction.length > exponent) return null;
  const minor = BigInt(whole) * 10n ** BigInt(exponent) + BigInt(fraction.padEnd(exponent, '0') || '0');
  return Number(sign ? -minor : minor);
}

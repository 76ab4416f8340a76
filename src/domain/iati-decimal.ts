import { minorUnitExponent } from './money';
// Exact decimal arithmetic for IATI money: values are read as xs:decimal text, summed as scaled
// BigInts and written back as text. Floats never touch an amount.

/** A decimal as an integer number of units of 10^-scale: "-12.50" is { units: -1250n, scale: 2 }. */
export type ScaledDecimal = { units: bigint; scale: number };

// xs:decimal lexical space: optional sign, digits with an optional fraction; no exponent, no spaces inside.
const xsDecimalPattern = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)$/;

/** Parses an xs:decimal (surrounding whitespace allowed, as XML Schema collapses it); null when not one. */
export function parseXsDecimal(text: string): ScaledDecimal | null {
  const trimmed = text.trim();
  if (!xsDecimalPattern.test(trimmed)) return null;
  const isNegative = trimmed.startsWith('-');
  const unsigned = trimmed.replace(/^[+-]/, '');
  const [whole = '', fraction = ''] = unsigned.split('.');
  const digits = `${whole}${fraction}`.replace(/^0+(?=\d)/, '') || '0';
  const units = BigInt(digits);
  return { units: isNegative ? -units : units, scale: fraction.length };
}

function rescale(value: ScaledDecimal, scale: number): bigint {
  return value.units * 10n ** BigInt(scale - value.scale);
}

export function addDecimals(left: ScaledDecimal, right: ScaledDecimal): ScaledDecimal {
  const scale = Math.max(left.scale, right.scale);
  return { units: rescale(left, scale) + rescale(right, scale), scale };
}

/** Canonical text: no exponent, no trailing fractional zeros, "0" rather than "-0". */
export function formatDecimal(value: ScaledDecimal): string {
  const isNegative = value.units < 0n;
  const digits = (isNegative ? -value.units : value.units).toString().padStart(value.scale + 1, '0');
  const whole = digits.slice(0, digits.length - value.scale);
  const fraction = digits.slice(digits.length - value.scale).replace(/0+$/, '');
  const text = fraction ? `${whole}.${fraction}` : whole;
  return isNegative && text !== '0' ? `-${text}` : text;
}

/** Sums two decimal strings exactly (both must be xs:decimal text, as produced by formatDecimal). */
export function addDecimalStrings(left: string, right: string): string {
  const a = parseXsDecimal(left);
  const b = parseXsDecimal(right);
  if (!a || !b) throw new Error(`not decimals: ${left}, ${right}`);
  return formatDecimal(addDecimals(a, b));
}

/**
 * How many decimals the currency has: the ISO 4217 minor unit shared with the rest of the app.
 * Not ICU's display digits, which give 0 for COP although amounts are kept in centavos.
 */
export function currencyExponent(currency: string): number {
  return minorUnitExponent(currency);
}

/** An amount in minor units as the decimal text IATI expects: 1234567 cents of USD → "12345.67". */
export function minorToDecimal(amountMinor: number | bigint, currency: string): string {
  const exponent = currencyExponent(currency);
  const value = formatDecimal({ units: BigInt(amountMinor), scale: exponent });
  // Keep the currency's decimals visible for readability ("12345.60", not "12345.6").
  if (exponent === 0) return value;
  const [whole, fraction = ''] = value.split('.');
  return `${whole}.${fraction.padEnd(exponent, '0')}`;
}

/**
 * Money crosses the wire as integer minor units. These helpers convert between what a person types
 * ("1500000,50") and minor units using only string and integer arithmetic, never float multiplication.
 */
export type ParsedAmount = { ok: true; minor: number | null } | { ok: false };

export function parseAmountToMinor(text: string, digits: number): ParsedAmount {
  const trimmed = text.replace(/\s/g, '');
  if (trimmed === '') return { ok: true, minor: null };
  const match = /^(\d+)(?:[.,](\d*))?$/.exec(trimmed);
  if (!match) return { ok: false };
  const whole = match[1] ?? '0';
  const fraction = match[2] ?? '';
  if (fraction.length > digits) return { ok: false };
  const digitsText = `${whole}${fraction.padEnd(digits, '0')}`.replace(/^0+(?=\d)/, '');
  const minor = Number.parseInt(digitsText, 10);
  if (!Number.isSafeInteger(minor)) return { ok: false };
  return { ok: true, minor };
}

export function minorToDecimalString(minor: number, digits: number): string {
  const negative = minor < 0;
  const text = Math.abs(Math.trunc(minor)).toString();
  if (digits === 0) return `${negative ? '-' : ''}${text}`;
  const padded = text.padStart(digits + 1, '0');
  const whole = padded.slice(0, padded.length - digits);
  const fraction = padded.slice(padded.length - digits);
  return `${negative ? '-' : ''}${whole}.${fraction}`;
}

/** The decimal text to prefill an amount input: uses a comma for Spanish and Portuguese users. */
export function minorToInputText(minor: number | null | undefined, digits: number, language: string): string {
  if (minor === null || minor === undefined) return '';
  const decimal = minorToDecimalString(minor, digits);
  return language === 'en' ? decimal : decimal.replace('.', ',');
}

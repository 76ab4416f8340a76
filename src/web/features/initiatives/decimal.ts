/**
 * Indicator values travel as decimal strings ("1234.5"). These helpers show them in the user's
 * locale and read what people type ("1.234,5" or "1234.5") back into the API's form.
 */
export function formatDecimal(value: string | null | undefined, language: string): string {
  if (value === null || value === undefined || value === '') return '—';
  const number = Number(value);
  if (!Number.isFinite(number)) return value;
  return new Intl.NumberFormat(language, { maximumFractionDigits: 6 }).format(number);
}

/** The decimal as the contract wants it: point as separator, no thousands marks; '' stays ''. */
export function normalizeDecimalInput(text: string): string {
  const trimmed = text.replace(/\s/g, '');
  if (trimmed === '') return '';
  const lastComma = trimmed.lastIndexOf(',');
  const lastPoint = trimmed.lastIndexOf('.');
  // Both present: the last one is the decimal separator and the other marks thousands.
  if (lastComma >= 0 && lastPoint >= 0) {
    return lastComma > lastPoint ? trimmed.replace(/\./g, '').replace(',', '.') : trimmed.replace(/,/g, '');
  }
  return trimmed.replace(',', '.');
}

/** What to prefill in a decimal input: a comma for Spanish and Portuguese users. */
export function decimalToInputText(value: string | null | undefined, language: string): string {
  if (value === null || value === undefined) return '';
  return language === 'en' ? value : value.replace('.', ',');
}

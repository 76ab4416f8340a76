const htmlEntities: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
  '`': '&#96;',
};

/**
 * Escapes text for an HTML context (element content or a quoted attribute). ECharts tooltip
 * formatters return HTML: every string that comes from data (names, cities, units) and every
 * translation goes through this before it is concatenated into markup, so that a record named
 * `<img src=x onerror=…>` shows as text instead of running.
 */
export function escapeHtml(value: unknown): string {
  if (value === null || value === undefined) return '';
  return String(value).replace(/[&<>"'`]/g, (char) => htmlEntities[char] ?? char);
}

/**
 * Builds HTML from a template whose interpolated values are escaped: `html\`${name}<br/>${count}\``.
 * The literal parts are the only markup, so a formatter cannot forget to escape one value.
 */
export function html(strings: TemplateStringsArray, ...values: unknown[]): string {
  return strings.reduce(
    (result, literal, index) => result + literal + (index < values.length ? escapeHtml(values[index]) : ''),
    '',
  );
}

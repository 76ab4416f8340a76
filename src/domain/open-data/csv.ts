import type { Cell, Row, TableField } from './table-schema';

/** The CSV dialect every file uses, declared in the data package: RFC 4180, comma, CRLF, UTF-8. */
export const csvDialect = {
  delimiter: ',',
  lineTerminator: '\r\n',
  quoteChar: '"',
  doubleQuote: true,
  header: true,
};

function formatCell(cell: Cell): string {
  if (cell === null) return '';
  if (typeof cell === 'boolean') return cell ? 'true' : 'false';
  return String(cell);
}

function quote(text: string): string {
  return /[",\r\n]/.test(text) || text !== text.trim() ? `"${text.replaceAll('"', '""')}"` : text;
}

/** A table as RFC 4180 CSV with a header of the field names, in the schema's order. */
export function toCsv(fields: readonly TableField[], rows: readonly Row[]): string {
  const lines = [fields.map((field) => quote(field.name)).join(',')];
  for (const row of rows)
    lines.push(fields.map((field) => quote(formatCell(row[field.name] ?? null))).join(','));
  return `${lines.join('\r\n')}\r\n`;
}

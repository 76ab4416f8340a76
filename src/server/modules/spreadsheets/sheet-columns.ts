// The declarative description of a registry's spreadsheet: one entry per column, with its header,
// its type, how to read the value for an export and how to turn a cell back into the value the
// registry's zod contract expects (so that an import obeys exactly the rules of the API).
import type { Language } from '../../../contracts/common';
import { type CodelistName, getCodelist } from '../reference/reference.service';
import { enumLabel, normalizeLabel, sheetLanguages, sheetText } from './sheet-labels';

export type CellValue = string | number | boolean | Date | null;
/** What a spreadsheet cell holds once read: text, a number, a date, a boolean or nothing. */
export type RawCell = string | number | boolean | Date | null;

export type ColumnType = 'text' | 'number' | 'date' | 'money' | 'code' | 'boolean' | 'list';

/** Codes shown by their label: an enum of the web, or one of the official codelists. */
export type CodeSource =
  | { kind: 'enum'; name: string; codes: readonly string[] }
  | { kind: 'codelist'; name: CodelistName };

export type SheetColumn<Row> = {
  /** The key of the value in the parsed record (`name`, `contact.email`…). */
  field: string;
  /** Key of the header in the sheets section, e.g. `headers.partners.name`. */
  header: string;
  type: ColumnType;
  codes?: CodeSource;
  width?: number;
  /** A column added after files were already in use: a file without it is read as if it were empty. */
  isOptional?: boolean;
  /** The value in the template's example row. */
  example?: CellValue;
  /** The value of this column for one exported row (codes as codes; the writer shows their labels). */
  value: (row: Row) => CellValue | string[];
};

export function codesOf(source: CodeSource): readonly string[] {
  if (source.kind === 'enum') return source.codes;
  codeLabel(source, '', 'es');
  return [...(codelistLabels.get(`${source.name}:es`)?.keys() ?? [])];
}

const codelistLabels = new Map<string, Map<string, string>>();

export function codeLabel(source: CodeSource, code: string, language: Language): string {
  if (source.kind === 'enum') return enumLabel(language, source.name, code);
  const key = `${source.name}:${language}`;
  let labels = codelistLabels.get(key);
  if (!labels) {
    labels = new Map(getCodelist(source.name, language).items.map((item) => [item.code, item.name]));
    codelistLabels.set(key, labels);
  }
  return labels.get(code) ?? code;
}

const codeIndexes = new Map<string, Map<string, string>>();
/** Every code and every label in the three languages, normalised, to its code. */
function codeIndex(source: CodeSource): Map<string, string> {
  const key = `${source.kind}:${source.name}`;
  let index = codeIndexes.get(key);
  if (!index) {
    index = new Map();
    for (const code of codesOf(source)) {
      for (const language of sheetLanguages)
        index.set(normalizeLabel(codeLabel(source, code, language)), code);
    }
    // Codes win over labels: "CO" is Colombia even if some label reads "co".
    for (const code of codesOf(source)) index.set(normalizeLabel(code), code);
    codeIndexes.set(key, index);
  }
  return index;
}

/** A cell as the export writes it: labels for codes, the language's yes/no, lists joined. */
export function exportCell(
  column: Pick<SheetColumn<unknown>, 'type' | 'codes'>,
  value: CellValue | string[],
  language: Language,
): CellValue {
  if (value === null || value === undefined) return null;
  if (Array.isArray(value)) return value.length > 0 ? value.join(', ') : null;
  if (column.type === 'code' && column.codes && typeof value === 'string')
    return codeLabel(column.codes, value, language);
  if (column.type === 'boolean') return sheetText(language, value ? 'yes' : 'no');
  if (column.type === 'date' && typeof value === 'string') return isoDateToCell(value);
  return value;
}

/** A calendar date as Excel stores it: midnight UTC of that day, shown without a time. */
export function isoDateToCell(value: string): Date {
  return new Date(`${value.slice(0, 10)}T00:00:00.000Z`);
}

const yesWords = new Set(
  ['si', 'sí', 'yes', 'sim', 'true', 'verdadero', 'verdadeiro', '1', 'x'].map(normalizeLabel),
);
const noWords = new Set(['no', 'nao', 'não', 'false', 'falso', '0'].map(normalizeLabel));

function asText(raw: RawCell): string | null {
  if (raw === null) return null;
  if (raw instanceof Date) return raw.toISOString().slice(0, 10);
  const text = String(raw).trim();
  return text === '' ? null : text;
}

/**
 * A cell turned into what the contract expects, leniently: labels and codes both name a code; "1,5"
 * and "1.5" are numbers; dates may be real dates, 2024-03-15 or 15/03/2024. What cannot be read
 * is passed on as it was, and the contract names the problem.
 */
export function parseCell(column: Pick<SheetColumn<unknown>, 'type' | 'codes'>, raw: RawCell): unknown {
  const text = asText(raw);
  if (text === null) return column.type === 'list' ? [] : null;
  switch (column.type) {
    case 'number':
    case 'money': {
      if (typeof raw === 'number') return raw;
      const compact = text.replace(/\s/g, '');
      const normalized = /^-?\d{1,3}(\.\d{3})+(,\d+)?$/.test(compact)
        ? compact.replaceAll('.', '').replace(',', '.')
        : compact.replace(',', '.');
      const number = Number(normalized);
      return Number.isFinite(number) && normalized !== '' ? number : text;
    }
    case 'date': {
      if (raw instanceof Date) return raw.toISOString().slice(0, 10);
      const dayFirst = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(text);
      if (dayFirst) return `${dayFirst[3]}-${dayFirst[2]?.padStart(2, '0')}-${dayFirst[1]?.padStart(2, '0')}`;
      return text.slice(0, 10) === text.slice(0, 10).replace(/T.*/, '') ? text.replace(/T.*$/, '') : text;
    }
    case 'code':
      return column.codes ? (codeIndex(column.codes).get(normalizeLabel(text)) ?? text) : text;
    case 'boolean': {
      if (typeof raw === 'boolean') return raw;
      const word = normalizeLabel(text);
      if (yesWords.has(word)) return true;
      if (noWords.has(word)) return false;
      return text;
    }
    case 'list':
      return text
        .split(/[,;]/)
        .map((item) => item.trim())
        .filter(Boolean);
    default:
      return text;
  }
}

// The demo is edited as data in data/demo/<city>/: the records the spreadsheet importers take as
// CSV files laid out like their templates (loaded at seed time through the same import), the rest
// as JSON. Dates are written relative to the seed day ("hoy-2a+3m", "hoy+10d 09:30"), so that every
// seed shows agreements about to expire and indicator series that end shortly before today.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'csv-parse/sync';
import { sheetText } from '../../server/modules/spreadsheets/sheet-labels';
import type { SheetRow } from '../../server/modules/spreadsheets/sheet-reader';
import type { ParsedRecord } from '../../server/modules/spreadsheets/sheet-registry';
import { createRecordReader } from '../../server/modules/spreadsheets/spreadsheets.import';
import { sheetRegistryDefinitions } from '../../server/modules/spreadsheets/spreadsheets.registries';
import { translate } from '../../server/platform/i18n';
import { zonedInstant } from './agenda-helpers';
import { dateFrom } from './demo-helpers';

// src/cli/demo → repository root → data/demo
const demoDataDirectory = fileURLToPath(new URL('../../../data/demo/', import.meta.url));

/** The demo's CSV files, one per importer, in the order the seeder imports them. */
export const demoSheetFiles = {
  departments: 'departamentos.csv',
  'territorial-units': 'unidades-territoriales.csv',
  partners: 'contrapartes.csv',
  links: 'vinculos.csv',
  demands: 'demandas.csv',
  offers: 'ofertas.csv',
  // after the initiatives, whose indicators the measurements name by initiative title and name
  indicators: 'mediciones.csv',
} as const;
export type DemoSheetName = keyof typeof demoSheetFiles;

/** The extra column that names a partner or a link for the JSON files; the importer ignores it. */
const keyHeader = 'Clave';
const csvDelimiter = ';';

/** A demo CSV with its dates resolved: the text the importer receives, and what it parses to. */
export type DemoSheet = {
  /** The file, as data/demo/<city>/<name>, for messages. */
  file: string;
  text: string;
  records: { key: string | null; input: unknown }[];
};

const relativeDate = /^hoy((?:[+-]\d+[amd])*)$/;
const relativeInstant = /^(hoy(?:[+-]\d+[amd])*) (\d{2}:\d{2})$/;
const offsetUnits = { a: 'years', m: 'months', d: 'days' } as const;

/** "hoy-2a+3m+10d" → the ISO date two years back, three months and ten days on; null if no token. */
export function resolveRelativeDate(text: string, today: Date): string | null {
  const match = relativeDate.exec(text);
  if (!match) return null;
  const offset: Partial<Record<(typeof offsetUnits)[keyof typeof offsetUnits], number>> = {};
  for (const [, amount, unit] of (match[1] ?? '').matchAll(/([+-]\d+)([amd])/g)) {
    const key = offsetUnits[unit as keyof typeof offsetUnits];
    offset[key] = (offset[key] ?? 0) + Number(amount);
  }
  return dateFrom(today, offset);
}

/**
 * Every relative date of a JSON value resolved against `today`; a relative instant ("hoy+5d 08:00")
 * is the wall-clock time in the time zone of the object that holds it (an event's `timezone`).
 */
export function resolveDemoDates(value: unknown, today: Date, timezone?: string): unknown {
  if (typeof value === 'string') {
    const date = resolveRelativeDate(value, today);
    if (date) return date;
    const instant = relativeInstant.exec(value);
    if (!instant) return value;
    if (!timezone) throw new Error(`Fecha y hora relativas sin zona horaria: «${value}»`);
    return zonedInstant(resolveRelativeDate(instant[1] ?? '', today) ?? '', instant[2] ?? '', timezone);
  }
  if (Array.isArray(value)) return value.map((item) => resolveDemoDates(item, today, timezone));
  if (value && typeof value === 'object') {
    const record = value as Record<string, unknown>;
    const zone = typeof record.timezone === 'string' ? record.timezone : timezone;
    return Object.fromEntries(
      Object.entries(record).map(([key, item]) => [key, resolveDemoDates(item, today, zone)]),
    );
  }
  return value;
}

/** A JSON file of a demo city, its relative dates resolved. */
export function readDemoJson<T>(slug: string, name: string, today: Date): T {
  const file = path.join(demoDataDirectory, slug, name);
  return resolveDemoDates(JSON.parse(readFileSync(file, 'utf8')), today) as T;
}

function csvField(text: string): string {
  return text.includes(csvDelimiter) || /["\r\n]/.test(text) || text !== text.trim()
    ? `"${text.replaceAll('"', '""')}"`
    : text;
}

/**
 * A demo CSV of a city with its relative dates resolved, parsed by the importer's own registry (the
 * same header mapping, cell reading and contract): a record the importer would refuse stops the
 * demo here, with its row, column and message.
 */
export function readDemoSheet(slug: string, name: DemoSheetName, today: Date): DemoSheet {
  const file = `data/demo/${slug}/${demoSheetFiles[name]}`;
  const registry = sheetRegistryDefinitions[name];
  if (!registry) throw new Error(`${file}: no importer for ${name}`);
  const source = readFileSync(path.join(demoDataDirectory, slug, demoSheetFiles[name]), 'utf8');
  const cells = (
    parse(source, { bom: true, delimiter: csvDelimiter, skip_empty_lines: true }) as string[][]
  ).map((row) => row.map((cell) => resolveRelativeDate(cell, today) ?? cell));
  const rows: SheetRow[] = cells.map((row, index) => ({ rowNumber: index + 1, cells: row }));
  const keyColumn = cells[0]?.indexOf(keyHeader) ?? -1;
  const reader = createRecordReader(registry, 'es');
  const parsed: ParsedRecord[] = [];
  for (const row of rows) {
    const record = reader.push(row);
    if (record) parsed.push(record);
  }
  const last = reader.finish();
  if (last) parsed.push(last);
  const records = parsed.map((record) => {
    const { input, issues } = registry.toInput(record);
    const [issue] = issues;
    if (issue || input === null) {
      const column = registry.columns.find((candidate) => candidate.field === issue?.field);
      throw new Error(
        `${file}, fila ${issue?.row ?? record.rows[0]?.rowNumber} · ${column ? sheetText('es', column.header) : '—'}: ${issue ? translate('es', issue.key, issue.params) : ''}`,
      );
    }
    const firstRow = record.rows[0]?.rowNumber ?? 0;
    const key = keyColumn >= 0 ? (cells[firstRow - 1]?.[keyColumn] ?? null) : null;
    return { key: key || null, input };
  });
  const text = `${cells.map((row) => row.map(csvField).join(csvDelimiter)).join('\n')}\n`;
  return { file, text, records };
}

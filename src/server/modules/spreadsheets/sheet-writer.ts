// Writes a registry's rows as they are read, never holding the whole list: XLSX through exceljs'
// streaming workbook writer (each row committed to the zip as it comes), CSV line by line.
//
// CSV for Excel: UTF-8 with a byte-order mark (without it Excel reads the accents as Latin-1), and
// for Spanish and Portuguese a semicolon between fields and a decimal comma, because that is the
// list separator Excel uses in those locales (a comma-separated file opens as one column there);
// English gets commas and decimal points. Dates are written 2024-03-15, which Excel reads as a
// date in every locale. A text that starts with = + - @ gets a leading apostrophe so that Excel
// shows it instead of running it as a formula (the importer removes it again).
import { once } from 'node:events';
import type { Writable } from 'node:stream';
import ExcelJS from 'exceljs';
import type { Language } from '../../../contracts/common';
import type { SheetFormat } from '../../../contracts/spreadsheets';
import type { CellValue, ColumnType } from './sheet-columns';

export type SheetLayout = {
  title: string;
  headers: string[];
  types: ColumnType[];
  widths: (number | undefined)[];
};

export type SheetWriter = {
  addRow: (cells: CellValue[]) => Promise<void>;
  finish: () => Promise<void>;
};

export function csvDelimiter(language: Language): string {
  return language === 'en' ? ',' : ';';
}

export function dateFormat(language: Language): string {
  return language === 'en' ? 'yyyy-mm-dd' : 'dd/mm/yyyy';
}

function numberFormat(type: ColumnType): string | undefined {
  if (type === 'money') return '#,##0.00';
  return undefined;
}

/** Column layout shared by the export and the template: widths, date and money formats. */
export function columnLayout(layout: SheetLayout, language: Language): Partial<ExcelJS.Column>[] {
  return layout.headers.map((header, index) => {
    const type = layout.types[index];
    const numFmt = type === 'date' ? dateFormat(language) : type ? numberFormat(type) : undefined;
    return {
      header,
      key: `c${index}`,
      width: layout.widths[index] ?? Math.min(40, Math.max(12, header.length + 2)),
      ...(numFmt ? { style: { numFmt } } : {}),
    };
  });
}

/** The header row frozen, bold, with the auto-filter over every column. */
export function decorateHeader(sheet: ExcelJS.Worksheet, columnCount: number) {
  sheet.getRow(1).font = { bold: true };
  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: Math.max(1, columnCount) } };
}

function createXlsxWriter(output: Writable, layout: SheetLayout, language: Language): SheetWriter {
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({
    stream: output,
    useStyles: true,
    useSharedStrings: false,
  });
  const sheet = workbook.addWorksheet(layout.title.slice(0, 31), {
    views: [{ state: 'frozen', ySplit: 1 }],
  });
  sheet.columns = columnLayout(layout, language);
  decorateHeader(sheet, layout.headers.length);
  sheet.getRow(1).commit();
  return {
    async addRow(cells) {
      sheet.addRow(cells).commit();
    },
    async finish() {
      sheet.commit();
      await workbook.commit();
    },
  };
}

const formulaLike = /^[=+\-@\t\r]/;

function csvField(value: CellValue, type: ColumnType | undefined, language: Language, delimiter: string) {
  if (value === null || value === undefined) return '';
  let text: string;
  if (value instanceof Date) text = value.toISOString().slice(0, 10);
  else if (typeof value === 'number')
    text = language === 'en' ? String(value) : String(value).replace('.', ',');
  else if (typeof value === 'boolean') text = value ? '1' : '0';
  else text = type === 'number' || type === 'money' || !formulaLike.test(value) ? value : `'${value}`;
  return text.includes(delimiter) || /["\r\n]/.test(text) || text !== text.trim()
    ? `"${text.replaceAll('"', '""')}"`
    : text;
}

function createCsvWriter(output: Writable, layout: SheetLayout, language: Language): SheetWriter {
  const delimiter = csvDelimiter(language);
  // Backpressure: wait for the socket when its buffer is full.
  const write = async (chunk: string) => {
    if (!output.write(chunk)) await once(output, 'drain');
  };
  let pending = `\uFEFF${layout.headers.map((header) => csvField(header, 'text', language, delimiter)).join(delimiter)}\r\n`;
  return {
    async addRow(cells) {
      pending += `${cells.map((cell, index) => csvField(cell, layout.types[index], language, delimiter)).join(delimiter)}\r\n`;
      if (pending.length >= 64 * 1024) {
        const chunk = pending;
        pending = '';
        await write(chunk);
      }
    },
    async finish() {
      if (pending) await write(pending);
      pending = '';
      output.end();
    },
  };
}

export function createSheetWriter(
  format: SheetFormat,
  output: Writable,
  layout: SheetLayout,
  language: Language,
): SheetWriter {
  return format === 'xlsx'
    ? createXlsxWriter(output, layout, language)
    : createCsvWriter(output, layout, language);
}

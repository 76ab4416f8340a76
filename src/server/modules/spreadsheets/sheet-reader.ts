// Reads an uploaded spreadsheet row by row with hard limits, so that a hostile file costs little:
// the zip's own directory is checked before anything is inflated (a zip bomb declares sizes far
// beyond the limit, or ratios no spreadsheet has), rows, columns and cell lengths are bounded while
// reading, and a formula anywhere refuses the file (its value would be whatever Excel last computed).
import { createReadStream } from 'node:fs';
import { open } from 'node:fs/promises';
import { parse } from 'csv-parse';
import ExcelJS from 'exceljs';
import type { SheetFormat } from '../../../contracts/spreadsheets';
import { AppError } from '../../platform/errors';
import type { MessageParams } from '../../platform/i18n';
import type { RawCell } from './sheet-columns';

export const sheetLimits = {
  /** The uploaded file. */
  maxBytes: 20 * 1024 ** 2,
  /** Everything inside the XLSX once inflated, and each part's inflation ratio. */
  maxUncompressedBytes: 400 * 1024 ** 2,
  maxCompressionRatio: 200,
  maxZipEntries: 2000,
  /** Data rows after the header. */
  maxRows: 100_000,
  maxColumns: 100,
  /** Characters in one cell (the longest field of any contract is 5,000). */
  maxCellChars: 10_000,
};
export type SheetLimits = typeof sheetLimits;

/** The file cannot be read as a spreadsheet, or breaks a limit: 422 (413 for size) naming why. */
export class SheetFileError extends AppError {
  constructor(detailKey: string, params: MessageParams = {}, status = 422) {
    super(status, 'sheet_file_refused', 'problems.sheetFileRefused', detailKey, params, {
      errors: [{ field: 'file', message: detailKey, code: 'sheet_file_refused' }],
    });
  }
}

export type SheetRow = { rowNumber: number; cells: RawCell[] };

/** XLSX is a zip (PK\x03\x04); anything else is read as CSV text. */
export async function detectFormat(filePath: string): Promise<SheetFormat> {
  const handle = await open(filePath, 'r');
  try {
    const head = Buffer.alloc(4);
    await handle.read(head, 0, 4, 0);
    return head.readUInt32LE(0) === 0x04034b50 ? 'xlsx' : 'csv';
  } finally {
    await handle.close();
  }
}

/**
 * The zip's central directory, read without inflating anything: refuses too many entries, a total
 * declared size over the limit and compression ratios no real spreadsheet reaches.
 */
export async function checkZipDirectory(filePath: string, limits: SheetLimits = sheetLimits) {
  const handle = await open(filePath, 'r');
  try {
    const { size } = await handle.stat();
    const tailLength = Math.min(size, 22 + 0xffff);
    const tail = Buffer.alloc(tailLength);
    await handle.read(tail, 0, tailLength, size - tailLength);
    let end = -1;
    for (let index = tailLength - 22; index >= 0; index -= 1)
      if (tail.readUInt32LE(index) === 0x06054b50) {
        end = index;
        break;
      }
    if (end < 0) throw new SheetFileError('validation.sheetUnreadable');
    const entries = tail.readUInt16LE(end + 10);
    const directorySize = tail.readUInt32LE(end + 12);
    const directoryOffset = tail.readUInt32LE(end + 16);
    if (entries > limits.maxZipEntries || directoryOffset + directorySize > size)
      throw new SheetFileError('validation.sheetUnreadable');
    const directory = Buffer.alloc(directorySize);
    await handle.read(directory, 0, directorySize, directoryOffset);
    let total = 0;
    let offset = 0;
    for (let entry = 0; entry < entries; entry += 1) {
      if (offset + 46 > directory.length || directory.readUInt32LE(offset) !== 0x02014b50)
        throw new SheetFileError('validation.sheetUnreadable');
      const compressed = directory.readUInt32LE(offset + 20);
      const uncompressed = directory.readUInt32LE(offset + 24);
      // 0xFFFFFFFF means the real size is in a ZIP64 field: more than any spreadsheet we take.
      if (uncompressed === 0xffffffff || compressed === 0xffffffff)
        throw new SheetFileError('validation.sheetTooLarge');
      total += uncompressed;
      if (uncompressed > 32 * 1024 ** 2 && uncompressed > compressed * limits.maxCompressionRatio)
        throw new SheetFileError('validation.sheetTooLarge');
      offset +=
        46 +
        directory.readUInt16LE(offset + 28) +
        directory.readUInt16LE(offset + 30) +
        directory.readUInt16LE(offset + 32);
    }
    if (total > limits.maxUncompressedBytes) throw new SheetFileError('validation.sheetTooLarge');
    return total;
  } finally {
    await handle.close();
  }
}

function columnName(index: number): string {
  let name = '';
  for (let rest = index + 1; rest > 0; rest = Math.floor((rest - 1) / 26))
    name = String.fromCharCode(65 + ((rest - 1) % 26)) + name;
  return name;
}

function checkCell(value: RawCell, rowNumber: number, column: number, limits: SheetLimits) {
  if (typeof value === 'string' && value.length > limits.maxCellChars)
    throw new SheetFileError('validation.sheetCellTooLong', {
      label: `${columnName(column)}${rowNumber}`,
      max: limits.maxCellChars,
    });
}

/** An exceljs cell value as plain data; formulas refuse the file. */
function xlsxCell(value: ExcelJS.CellValue, rowNumber: number, column: number): RawCell {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return value;
  if (value instanceof Date) return value;
  if (typeof value === 'object') {
    if ('formula' in value || 'sharedFormula' in value)
      throw new SheetFileError('validation.sheetFormula', { label: `${columnName(column)}${rowNumber}` });
    if ('richText' in value) return value.richText.map((part) => part.text).join('');
    if ('text' in value && typeof value.text === 'string') return value.text;
    if ('error' in value) return null;
  }
  return String(value);
}

/** Below this declared unpacked size a workbook is read whole: simpler and sturdier than the stream. */
const wholeReadBytes = 4 * 1024 ** 2;

function toSheetRow(row: ExcelJS.Row, limits: SheetLimits): SheetRow {
  if (row.number - 1 > limits.maxRows)
    throw new SheetFileError('validation.sheetTooManyRows', { max: limits.maxRows });
  const values = row.values as ExcelJS.CellValue[];
  if (values.length - 1 > limits.maxColumns)
    throw new SheetFileError('validation.sheetTooManyColumns', { max: limits.maxColumns });
  const cells: RawCell[] = [];
  for (let column = 1; column < values.length; column += 1) {
    const cell = xlsxCell(values[column], row.number, column - 1);
    checkCell(cell, row.number, column - 1, limits);
    cells.push(cell);
  }
  return { rowNumber: row.number, cells };
}

async function* readXlsx(filePath: string, limits: SheetLimits): AsyncGenerator<SheetRow> {
  const unpackedBytes = await checkZipDirectory(filePath, limits);
  if (unpackedBytes <= wholeReadBytes) {
    // An office's everyday file: read at once (the streaming reader's event order varies with the
    // machine's load), still only the first sheet, with the same limits on every row and cell.
    const workbook = new ExcelJS.Workbook();
    try {
      await workbook.xlsx.readFile(filePath);
    } catch {
      throw new SheetFileError('validation.sheetUnreadable');
    }
    const worksheet = workbook.worksheets[0];
    if (!worksheet) return;
    const rows: ExcelJS.Row[] = [];
    worksheet.eachRow((row) => {
      rows.push(row);
    });
    for (const row of rows) yield toSheetRow(row, limits);
    return;
  }
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(filePath, {
    sharedStrings: 'cache',
    styles: 'cache',
    hyperlinks: 'ignore',
    worksheets: 'emit',
    entries: 'ignore',
  });
  try {
    for await (const worksheet of reader) {
      for await (const row of worksheet as AsyncIterable<ExcelJS.Row>) yield toSheetRow(row, limits);
      // Only the first sheet is the registry; the template's lists sheet and any other are ignored.
      break;
    }
  } catch (error) {
    if (error instanceof AppError) throw error;
    throw new SheetFileError('validation.sheetUnreadable');
  }
}

/** The delimiter of the header line: the one of ; , or tab that appears most outside quotes. */
async function sniffDelimiter(filePath: string): Promise<string> {
  const handle = await open(filePath, 'r');
  try {
    const buffer = Buffer.alloc(64 * 1024);
    const { bytesRead } = await handle.read(buffer, 0, buffer.length, 0);
    const firstLine = buffer.subarray(0, bytesRead).toString('utf8').split(/\r?\n/, 1)[0] ?? '';
    const unquoted = firstLine.replace(/"[^"]*"/g, '');
    const counts = [';', ',', '\t'].map((delimiter) => ({
      delimiter,
      count: unquoted.split(delimiter).length - 1,
    }));
    counts.sort((a, b) => b.count - a.count);
    return counts[0]?.count ? counts[0].delimiter : ';';
  } finally {
    await handle.close();
  }
}

async function* readCsv(filePath: string, limits: SheetLimits): AsyncGenerator<SheetRow> {
  const delimiter = await sniffDelimiter(filePath);
  const parser = createReadStream(filePath).pipe(
    parse({
      bom: true,
      delimiter,
      relax_column_count: true,
      relax_quotes: true,
      skip_empty_lines: true,
      info: true,
      max_record_size: limits.maxCellChars * 4,
    }),
  );
  let count = 0;
  try {
    for await (const record of parser as AsyncIterable<{ record: string[]; info: { lines: number } }>) {
      count += 1;
      const rowNumber = count;
      if (rowNumber - 1 > limits.maxRows)
        throw new SheetFileError('validation.sheetTooManyRows', { max: limits.maxRows });
      if (record.record.length > limits.maxColumns)
        throw new SheetFileError('validation.sheetTooManyColumns', { max: limits.maxColumns });
      const cells = record.record.map((text, column) => {
        checkCell(text, rowNumber, column, limits);
        if (text.startsWith('='))
          throw new SheetFileError('validation.sheetFormula', { label: `${columnName(column)}${rowNumber}` });
        // The apostrophe our export puts before = + - @ so that Excel shows the text.
        return /^'[=+\-@]/.test(text) ? text.slice(1) : text;
      });
      yield { rowNumber, cells };
    }
  } catch (error) {
    if (error instanceof AppError) throw error;
    const { code, records } = error as { code?: string; records?: number };
    if (code === 'CSV_MAX_RECORD_SIZE')
      throw new SheetFileError('validation.sheetRowTooLong', {
        row: (records ?? count) + 1,
        max: limits.maxCellChars,
      });
    throw new SheetFileError('validation.sheetUnreadable');
  }
}

/** The rows of the first sheet, header first, skipping empty rows. */
export async function* readSheetRows(
  filePath: string,
  format: SheetFormat,
  limits: SheetLimits = sheetLimits,
): AsyncGenerator<SheetRow> {
  const rows = format === 'xlsx' ? readXlsx(filePath, limits) : readCsv(filePath, limits);
  for await (const row of rows) {
    if (row.cells.every((cell) => cell === null || (typeof cell === 'string' && cell.trim() === '')))
      continue;
    yield row;
  }
}

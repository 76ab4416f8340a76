// Reads an uploaded spreadsheet row by row with hard limits, so that a hostile file costs little:
// the zip's own directory is checked before anything is inflated (a zip bomb declares sizes far
// beyond the limit, or ratios no spreadsheet has), rows, columns and cell lengths are bounded while
// reading, and a formula anywhere refuses the file (its value would be whatever Excel last computed).
// XLSX is read by sheet-xlsx.ts, CSV by csv-parse; both hold one chunk of rows at a time.
import { createReadStream } from 'node:fs';
import { open } from 'node:fs/promises';
import { parse } from 'csv-parse';
import type { SheetFormat } from '../../../contracts/spreadsheets';
import { AppError } from '../../platform/errors';
import type { RawCell } from './sheet-columns';
import { columnName, SheetFileError, type SheetLimits, sheetLimits } from './sheet-limits';
import { readXlsxRows } from './sheet-xlsx';
import { readZipDirectory } from './sheet-zip';

export { SheetFileError, type SheetLimits, sheetLimits };

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

/** The zip's central directory checked without inflating anything; the declared unpacked size. */
export async function checkZipDirectory(filePath: string, limits: SheetLimits = sheetLimits) {
  return (await readZipDirectory(filePath, limits)).uncompressedBytes;
}

function checkCell(value: RawCell, rowNumber: number, column: number, limits: SheetLimits) {
  if (typeof value === 'string' && value.length > limits.maxCellChars)
    throw new SheetFileError('validation.sheetCellTooLong', {
      label: `${columnName(column)}${rowNumber}`,
      max: limits.maxCellChars,
    });
}

async function* readXlsx(filePath: string, limits: SheetLimits): AsyncGenerator<SheetRow> {
  try {
    yield* readXlsxRows(filePath, limits);
  } catch (error) {
    if (error instanceof AppError) throw error;
    // Not XML, a broken zip, a part that will not inflate.
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

// The limits an uploaded spreadsheet must keep, and the error that names the one it broke.
import { AppError } from '../../platform/errors';
import type { MessageParams } from '../../platform/i18n';

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

/** A1-style column letters of a 0-based column index. */
export function columnName(index: number): string {
  let name = '';
  for (let rest = index + 1; rest > 0; rest = Math.floor((rest - 1) / 26))
    name = String.fromCharCode(65 + ((rest - 1) % 26)) + name;
  return name;
}

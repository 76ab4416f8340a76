// Helpers of the spreadsheet tests: download, read and edit workbooks with exceljs, upload, wait.
import ExcelJS from 'exceljs';
import type { Client } from './test-app';

export type SheetJob = {
  id: string;
  status: string;
  counts: { rows: number; add: number; update: number; unchanged: number; errors: number };
  preview: {
    add: { row: number; label: string; changes: string[] }[];
    update: { row: number; label: string; changes: string[] }[];
    unchanged: { row: number; label: string; changes: string[] }[];
    errors: { row: number; column: string; message: string }[];
  };
  progress: number;
  applied: { added: number; updated: number };
  error: string | null;
};

export async function downloadWorkbook(client: Client, url: string) {
  const response = await client.get(url);
  if (response.statusCode !== 200) throw new Error(`${url}: ${response.statusCode} ${response.body}`);
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(response.rawPayload as unknown as ArrayBuffer);
  return workbook;
}

export async function workbookBuffer(workbook: ExcelJS.Workbook) {
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/** The first sheet's rows as arrays of cell values (1-based columns dropped to 0-based). */
export function sheetRows(workbook: ExcelJS.Workbook): ExcelJS.CellValue[][] {
  const sheet = workbook.worksheets[0];
  if (!sheet) return [];
  const rows: ExcelJS.CellValue[][] = [];
  sheet.eachRow((row) => {
    rows.push((row.values as ExcelJS.CellValue[]).slice(1));
  });
  return rows;
}

/** Column number (1-based) of a header in the first sheet. */
export function columnOf(workbook: ExcelJS.Workbook, header: string): number {
  const sheet = workbook.worksheets[0];
  let found = -1;
  sheet?.getRow(1).eachCell((cell, column) => {
    if (cell.value === header) found = column;
  });
  if (found < 0) throw new Error(`no column ${header}`);
  return found;
}

export async function uploadSheet(
  client: Client,
  url: string,
  body: Buffer | string,
  fileName = 'datos.xlsx',
) {
  return client.request({
    method: 'POST',
    url,
    payload: body,
    headers: { 'content-type': 'application/octet-stream', 'x-file-name': fileName },
  });
}

/**
 * Polls an import job until it ends. The job runs in the background on the pool, so on a loaded
 * machine it may need seconds: polls are spaced 25 ms apart and bounded (2,000 of them, longer than
 * any test's own timeout, which is what ends a job that never finishes), never a count of immediate
 * polls that a slow machine can exhaust before the job's first statement.
 */
export async function waitForSheetJob(client: Client, url: string): Promise<SheetJob> {
  for (let attempt = 0; attempt < 2000; attempt += 1) {
    const job = (await client.get(url)).json() as SheetJob;
    if (job.status === 'completed' || job.status === 'failed') return job;
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
  throw new Error('the import did not finish');
}

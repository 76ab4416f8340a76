import ExcelJS from 'exceljs';
import { toCsv } from '../../../domain/open-data/csv';
import type { DatasetDefinition, Row } from '../../../domain/open-data/table-schema';

export const mediaTypes = {
  csv: 'text/csv; charset=utf-8',
  json: 'application/json; charset=utf-8',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
} as const;
export type OpenDataFormat = keyof typeof mediaTypes;

/** JSON keeps the Table Schema types: numbers as numbers (amounts come as decimal strings). */
function typedRows(dataset: DatasetDefinition, rows: readonly Row[]) {
  const numeric = dataset.schema.fields.filter((field) => field.type === 'number').map((field) => field.name);
  return rows.map((row) => {
    const copy: Row = { ...row };
    for (const name of numeric) if (typeof copy[name] === 'string') copy[name] = Number(copy[name]);
    return copy;
  });
}

/**
 * A workbook with the data (header = field names, as in the CSV) and a second sheet that explains each
 * column and the licence: someone who opens it in a spreadsheet has the dictionary at hand.
 */
async function toXlsx(dataset: DatasetDefinition, rows: readonly Row[], license: string): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Vínculo';
  const fields = dataset.schema.fields;
  const data = workbook.addWorksheet(dataset.name.slice(0, 31));
  data.addRow(fields.map((field) => field.name)).font = { bold: true };
  for (const row of typedRows(dataset, rows)) data.addRow(fields.map((field) => row[field.name] ?? null));
  data.views = [{ state: 'frozen', ySplit: 1 }];
  const dictionary = workbook.addWorksheet('diccionario');
  dictionary.addRow(['columna', 'título', 'tipo', 'descripción']).font = { bold: true };
  for (const field of fields) dictionary.addRow([field.name, field.title, field.type, field.description]);
  dictionary.addRow([]);
  dictionary.addRow(['licencia', license]);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/** One dataset in one format, ready to send. */
export async function writeDataset(
  dataset: DatasetDefinition,
  rows: readonly Row[],
  format: OpenDataFormat,
  license: string,
): Promise<string | Buffer> {
  if (format === 'csv') return toCsv(dataset.schema.fields, rows);
  if (format === 'json') return JSON.stringify(typedRows(dataset, rows));
  return toXlsx(dataset, rows, license);
}

// The export of a registry (with the list's filters) and its template, in the user's language.
import type { Writable } from 'node:stream';
import ExcelJS from 'exceljs';
import type { Language } from '../../../contracts/common';
import type { SheetFormat } from '../../../contracts/spreadsheets';
import type { Database } from '../../platform/db';
import type { TenantContext } from '../../platform/tenancy';
import { codeLabel, codesOf, exportCell } from './sheet-columns';
import { sheetText } from './sheet-labels';
import type { AnySheetRegistry } from './sheet-registry';
import { columnLayout, createSheetWriter, decorateHeader, type SheetLayout } from './sheet-writer';

export function sheetLayout(registry: AnySheetRegistry, language: Language): SheetLayout {
  return {
    title: sheetText(language, registry.title),
    headers: registry.columns.map((column) => sheetText(language, column.header)),
    types: registry.columns.map((column) => column.type),
    widths: registry.columns.map((column) => column.width),
  };
}

/** A file name for the download: the registry's title and the day, in plain ASCII. */
export function exportFileName(
  registry: AnySheetRegistry,
  language: Language,
  format: SheetFormat,
  suffix = '',
) {
  const title = sheetText(language, registry.title)
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .replace(/[^\w-]+/g, '-')
    .toLowerCase();
  return `${title}${suffix}-${new Date().toISOString().slice(0, 10)}.${format}`;
}

/**
 * Streams the registry's rows into `output`, a batch at a time: the memory used is that of one
 * batch whatever the number of rows. Returns how many rows were written.
 */
export async function writeExport(
  db: Database,
  context: TenantContext,
  registry: AnySheetRegistry,
  query: Record<string, unknown>,
  format: SheetFormat,
  language: Language,
  output: Writable,
) {
  const writer = createSheetWriter(format, output, sheetLayout(registry, language), language);
  let count = 0;
  for await (const batch of registry.exportBatches(db, context, query)) {
    for (const row of batch) {
      await writer.addRow(registry.columns.map((column) => exportCell(column, column.value(row), language)));
      count += 1;
    }
  }
  await writer.finish();
  return count;
}

const templateRows = 2000;

/**
 * The template: headers, one example row, and drop-down lists drawn from the codelists on a second
 * (hidden) sheet, in XLSX; a CSV template has the headers and the example only.
 */
export async function buildTemplate(registry: AnySheetRegistry, format: SheetFormat, language: Language) {
  const layout = sheetLayout(registry, language);
  const example = registry.columns.map((column) =>
    column.example === undefined ? null : exportCell(column, column.example, language),
  );
  if (format === 'csv') {
    const chunks: Buffer[] = [];
    const { PassThrough } = await import('node:stream');
    const output = new PassThrough();
    output.on('data', (chunk: Buffer) => chunks.push(chunk));
    const writer = createSheetWriter('csv', output, layout, language);
    await writer.addRow(example);
    await writer.finish();
    return Buffer.concat(chunks);
  }
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet(layout.title.slice(0, 31), { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = columnLayout(layout, language);
  decorateHeader(sheet, layout.headers.length);
  sheet.addRow(example);
  // exceljs has the validations on worksheets but leaves them out of its type declarations.
  const validations = (
    sheet as unknown as { dataValidations: { add: (range: string, rule: ExcelJS.DataValidation) => void } }
  ).dataValidations;
  const lists = workbook.addWorksheet(sheetText(language, 'listsSheet').slice(0, 31), { state: 'hidden' });
  let listColumn = 0;
  registry.columns.forEach((column, index) => {
    const letter = sheet.getColumn(index + 1).letter;
    const range = `${letter}2:${letter}${templateRows}`;
    if (column.type === 'boolean') {
      validations.add(range, {
        type: 'list',
        allowBlank: true,
        formulae: [`"${sheetText(language, 'yes')},${sheetText(language, 'no')}"`],
      });
    }
    if (column.type !== 'code' || !column.codes) return;
    listColumn += 1;
    const labels = codesOf(column.codes).map((code) => codeLabel(column.codes!, code, language));
    const listLetter = lists.getColumn(listColumn).letter;
    lists.getCell(1, listColumn).value = sheetText(language, column.header);
    labels.forEach((label, row) => {
      lists.getCell(row + 2, listColumn).value = label;
    });
    validations.add(range, {
      type: 'list',
      allowBlank: true,
      showErrorMessage: true,
      formulae: [`'${lists.name}'!$${listLetter}$2:$${listLetter}$${labels.length + 1}`],
    });
  });
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

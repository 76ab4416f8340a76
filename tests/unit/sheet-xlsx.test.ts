// The XLSX reader reads what Excel and exceljs write (shared strings before or after the sheet,
// inline strings, rich text, dates in either date system) and refuses what the limits refuse.
import { createWriteStream, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { afterAll, describe, expect, it } from 'vitest';
import {
  readSheetRows,
  type SheetRow,
  sheetLimits,
} from '../../src/server/modules/spreadsheets/sheet-reader';

const directory = mkdtempSync(path.join(tmpdir(), 'vinculo-sheet-xlsx-'));
afterAll(() => rmSync(directory, { recursive: true, force: true }));

let fileCount = 0;
function nextPath() {
  fileCount += 1;
  return path.join(directory, `file-${fileCount}.xlsx`);
}

async function rowsOf(file: string, limits = sheetLimits) {
  const rows: SheetRow[] = [];
  for await (const row of readSheetRows(file, 'xlsx', limits)) rows.push(row);
  return rows;
}

async function refusal(file: string, limits = sheetLimits) {
  try {
    await rowsOf(file, limits);
  } catch (error) {
    return error as { detailKey?: string; detailParams?: Record<string, unknown> };
  }
  throw new Error('the file was read');
}

describe('the XLSX reader', () => {
  it('reads texts, numbers, dates, booleans and rich text as exceljs wrote them', async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('Contrapartes');
    sheet.addRow(['Nombre', 'Fecha', 'Monto', 'Activo', 'Notas']);
    sheet.addRow([
      'Ayuntamiento de Bilbao',
      new Date('2024-03-15T00:00:00Z'),
      1500.5,
      true,
      'Año & «niño» <b>',
    ]);
    sheet.addRow([]);
    const richRow = sheet.addRow(['', null, 7, false]);
    richRow.getCell(1).value = {
      richText: [{ text: 'Ciudad ' }, { font: { bold: true }, text: 'de México' }],
    };
    sheet.getCell('B2').numFmt = 'dd/mm/yyyy';
    workbook.addWorksheet('Listas').addRow(['no se lee']);
    const file = nextPath();
    await workbook.xlsx.writeFile(file);

    expect(await rowsOf(file)).toEqual([
      { rowNumber: 1, cells: ['Nombre', 'Fecha', 'Monto', 'Activo', 'Notas'] },
      {
        rowNumber: 2,
        cells: ['Ayuntamiento de Bilbao', new Date('2024-03-15T00:00:00Z'), 1500.5, true, 'Año & «niño» <b>'],
      },
      { rowNumber: 4, cells: ['Ciudad de México', null, 7, false] },
    ]);
    // The scratch file of the shared strings is gone once the rows are read.
    expect(readdirSync(directory).filter((name) => name.endsWith('.strings'))).toEqual([]);
  });

  it('reads the shared strings written after the sheet, as the streaming writer does', async () => {
    const file = nextPath();
    const output = createWriteStream(file);
    const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: output, useSharedStrings: true });
    const sheet = workbook.addWorksheet('Datos');
    sheet.addRow(['Nombre', 'Correo']).commit();
    for (let index = 0; index < 3000; index += 1)
      sheet
        .addRow([`Socio ${index}`, index % 2 === 0 ? 'mismo@example.org' : `socio${index}@example.org`])
        .commit();
    await workbook.commit();
    const rows = await rowsOf(file);
    expect(rows).toHaveLength(3001);
    expect(rows[2999]).toEqual({ rowNumber: 3000, cells: ['Socio 2998', 'mismo@example.org'] });
    expect(rows[3000]).toEqual({ rowNumber: 3001, cells: ['Socio 2999', 'socio2999@example.org'] });
  });

  it('reads inline strings, prefixed elements and the 1904 date system', async () => {
    const zip = new JSZip();
    zip.file(
      'xl/workbook.xml',
      '<x:workbook xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><x:workbookPr date1904="1"/><x:sheets><x:sheet name="Hoja" sheetId="1" r:id="rId7"/></x:sheets></x:workbook>',
    );
    zip.file(
      'xl/_rels/workbook.xml.rels',
      '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId7" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="/xl/worksheets/hoja.xml"/><Relationship Id="rId8" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/></Relationships>',
    );
    zip.file(
      'xl/styles.xml',
      '<styleSheet><cellStyleXfs count="1"><xf numFmtId="0"/></cellStyleXfs><cellXfs count="2"><xf numFmtId="0"/><xf numFmtId="14"/></cellXfs></styleSheet>',
    );
    zip.file(
      'xl/worksheets/hoja.xml',
      '<x:worksheet xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><x:sheetData><x:row><x:c t="inlineStr"><x:is><x:t>Nombre</x:t></x:is></x:c><x:c t="inlineStr"><x:is><x:t>Fecha</x:t></x:is></x:c></x:row><x:row><x:c t="inlineStr"><x:is><x:r><x:t xml:space="preserve">Mede</x:t></x:r><x:r><x:t>llín</x:t></x:r><x:rPh><x:t>ignored</x:t></x:rPh></x:is></x:c><x:c s="1"><x:v>0</x:v></x:c><x:c r="E2" t="e"><x:v>#N/A</x:v></x:c></x:row></x:sheetData></x:worksheet>',
    );
    const file = nextPath();
    writeFileSync(file, await zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' }));
    expect(await rowsOf(file)).toEqual([
      { rowNumber: 1, cells: ['Nombre', 'Fecha'] },
      { rowNumber: 2, cells: ['Medellín', new Date('1904-01-01T00:00:00Z')] },
    ]);
  });

  it('refuses formulas, too many rows or columns, long cells and what is not a workbook', async () => {
    const withFormula = new ExcelJS.Workbook();
    withFormula.addWorksheet('Hoja').addRow(['Nombre', 'Total']);
    withFormula.worksheets[0]!.getCell('B2').value = {
      formula: 'SUM(1,2)',
      result: 3,
    } as ExcelJS.CellFormulaValue;
    const formulaFile = nextPath();
    await withFormula.xlsx.writeFile(formulaFile);
    expect(await refusal(formulaFile)).toMatchObject({
      detailKey: 'validation.sheetFormula',
      detailParams: { label: 'B2' },
    });

    const big = new ExcelJS.Workbook();
    const sheet = big.addWorksheet('Hoja');
    sheet.addRow(['a', 'b', 'c', 'd']);
    for (let index = 0; index < 5; index += 1) sheet.addRow([`fila ${index}`]);
    sheet.getCell('B3').value = 'x'.repeat(30);
    const bigFile = nextPath();
    await big.xlsx.writeFile(bigFile);
    expect(await refusal(bigFile, { ...sheetLimits, maxRows: 4 })).toMatchObject({
      detailKey: 'validation.sheetTooManyRows',
    });
    expect(await refusal(bigFile, { ...sheetLimits, maxColumns: 3 })).toMatchObject({
      detailKey: 'validation.sheetTooManyColumns',
    });
    expect(await refusal(bigFile, { ...sheetLimits, maxCellChars: 20 })).toMatchObject({
      detailKey: 'validation.sheetCellTooLong',
      detailParams: { label: 'B3' },
    });

    const notWorkbook = new JSZip();
    notWorkbook.file('hola.txt', 'hola');
    const notWorkbookFile = nextPath();
    writeFileSync(notWorkbookFile, await notWorkbook.generateAsync({ type: 'nodebuffer' }));
    expect(await refusal(notWorkbookFile)).toMatchObject({ detailKey: 'validation.sheetUnreadable' });

    const brokenXml = new JSZip();
    brokenXml.file('xl/workbook.xml', '<workbook><sheets><sheet r:id="rId1"');
    const brokenFile = nextPath();
    writeFileSync(brokenFile, await brokenXml.generateAsync({ type: 'nodebuffer' }));
    expect(await refusal(brokenFile)).toMatchObject({ detailKey: 'validation.sheetUnreadable' });
  });

  it('refuses a text node too long for any cell before the XML parser gathers it whole', async () => {
    const zip = new JSZip();
    zip.file(
      'xl/workbook.xml',
      '<workbook xmlns:r="r"><sheets><sheet name="Hoja" sheetId="1" r:id="rId1"/></sheets></workbook>',
    );
    zip.file(
      'xl/_rels/workbook.xml.rels',
      '<Relationships><Relationship Id="rId1" Type="worksheet" Target="worksheets/sheet1.xml"/></Relationships>',
    );
    zip.file(
      'xl/worksheets/sheet1.xml',
      `<worksheet><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>${'x'.repeat(5 * 1024 * 1024)}</t></is></c></row></sheetData></worksheet>`,
    );
    const file = nextPath();
    writeFileSync(file, await zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' }));
    expect(await refusal(file)).toMatchObject({ detailKey: 'validation.sheetUnreadable' });
  });

  it('refuses a part that inflates past the size its directory declares', async () => {
    const zip = new JSZip();
    zip.file('xl/workbook.xml', `<workbook>${' '.repeat(100_000)}</workbook>`);
    const buffer = await zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
    // Lower the declared uncompressed size in the central directory (offset 24 of its entry).
    const central = buffer.lastIndexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02]));
    buffer.writeUInt32LE(1000, central + 24);
    const file = nextPath();
    writeFileSync(file, buffer);
    expect(await refusal(file)).toMatchObject({ detailKey: 'validation.sheetTooLarge' });
  });
});

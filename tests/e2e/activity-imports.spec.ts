import { readFile } from 'node:fs/promises';
import type { Download, Locator, Page } from '@playwright/test';
import ExcelJS from 'exceljs';
import { demoAdmin, expect, expectNoAxeViolations, test } from './fixtures';

/**
 * Demands, offers and indicator measurements come in from Excel as partners do: the template, a file
 * with one mistake (named by row and column, nothing saved), the fixed file's preview, the import,
 * and the new record in its list or page.
 */

async function signIn(page: Page) {
  const response = await page.request.post('/api/auth/sign-in', { data: demoAdmin });
  expect(response.status()).toBe(200);
  const session = await response.json();
  return {
    base: `/api/governments/${session.memberships[0].governmentId}`,
    headers: { 'x-csrf-token': session.csrfToken as string },
  };
}

async function downloadTemplate(page: Page) {
  const actions = page.getByRole('region', { name: 'Hoja de cálculo' });
  const download = page.waitForEvent('download');
  await actions.getByRole('button', { name: 'Descargar plantilla' }).click();
  return workbookOf(await download);
}

async function workbookOf(download: Download) {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load((await readFile(await download.path())) as unknown as ArrayBuffer);
  return workbook;
}

function cellOf(sheet: ExcelJS.Worksheet, row: number, header: string) {
  let found = -1;
  sheet.getRow(1).eachCell((cell, column) => {
    if (cell.value === header) found = column;
  });
  if (found < 0) throw new Error(`no column ${header}`);
  return sheet.getRow(row).getCell(found);
}

async function openImport(page: Page) {
  await page
    .getByRole('region', { name: 'Hoja de cálculo' })
    .getByRole('button', { name: 'Importar' })
    .click();
  await expect(
    page.getByRole('heading', { level: 2, name: 'Importar desde una hoja de cálculo' }),
  ).toBeVisible();
}

async function preview(page: Page, workbook: ExcelJS.Workbook, name: string) {
  await page.getByLabel('Archivo XLSX o CSV').setInputFiles({
    name,
    mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    buffer: Buffer.from(await workbook.xlsx.writeBuffer()),
  });
  await page.getByRole('button', { name: 'Ver vista previa' }).click();
}

/** The preview names the one wrong row and column, offers no apply, and the axe check passes. */
async function expectOneError(page: Page, row: RegExp, label: string) {
  const errors = page.getByRole('table', { name: 'Errores (1)' });
  await expect(errors.getByRole('row', { name: row })).toBeVisible();
  await expect(page.getByText('El archivo tiene 1 error. Corríjalo en la hoja')).toBeVisible();
  await expect(page.getByRole('button', { name: /^Aplicar la importación/ })).toHaveCount(0);
  await expectNoAxeViolations(page, `${label}: preview with an error`);
}

/** The fixed file adds exactly `title`, and applying it ends with the summary. */
async function applyOneAdd(page: Page, title: string, label: string) {
  await expect(page.getByRole('tab', { name: 'Errores (0)' })).toBeVisible();
  const adds: Locator = page.getByRole('table', { name: 'Para añadir (1)' });
  await expect(adds.getByRole('cell', { name: title })).toBeVisible();
  await expectNoAxeViolations(page, `${label}: preview`);
  await page.getByRole('button', { name: 'Aplicar la importación (1 registro)' }).click();
  const summary = page.locator('.alert', {
    has: page.getByRole('heading', { name: 'Importación terminada' }),
  });
  // The summary is the panel's own (axe-checked in the partners journey).
  await expect(summary.getByText('Añadidos: 1; actualizados: 0.', { exact: true })).toBeVisible();
}

test('a cooperation demand comes in from the template and shows in the list', async ({ page }) => {
  const { base } = await signIn(page);
  const title = `Huertas comunitarias en la comuna 8 ${Date.now().toString(36)}`;

  await page.goto('/cooperation/demands');
  await expect(page.getByRole('heading', { level: 1, name: /demandas/i })).toBeVisible();
  const workbook = await downloadTemplate(page);
  const sheet = workbook.worksheets[0]!;
  cellOf(sheet, 2, 'Título').value = title;
  cellOf(sheet, 2, 'Población afectada').value = 'muchas familias';

  await openImport(page);
  await preview(page, workbook, 'demandas.xlsx');
  await expectOneError(page, /^2 Población afectada/, 'demands');
  const before = await page.request.get(`${base}/demands?q=${encodeURIComponent(title)}`);
  expect((await before.json()).total).toBe(0);

  cellOf(sheet, 2, 'Población afectada').value = 1200;
  await preview(page, workbook, 'demandas-corregido.xlsx');
  await applyOneAdd(page, title, 'demands');

  await page.goto(`/cooperation/demands?q=${encodeURIComponent(title)}`);
  await expect(page.getByRole('link', { name: title, exact: true })).toBeVisible();
});

test('a cooperation offer comes in from the template with its donor found by name', async ({ page }) => {
  const { base, headers } = await signIn(page);
  const suffix = Date.now().toString(36);
  const donor = `Fundación Agua para Todos ${suffix}`;
  const created = await page.request.post(`${base}/partners`, {
    headers,
    data: { name: donor, kind: 'ngo_foundation', countryCode: 'ES', tags: [], contacts: [] },
  });
  expect(created.status()).toBe(201);
  const title = `Convocatoria de saneamiento rural ${suffix}`;

  await page.goto('/cooperation/offers');
  await expect(page.getByRole('heading', { level: 1, name: /ofertas/i })).toBeVisible();
  const workbook = await downloadTemplate(page);
  const sheet = workbook.worksheets[0]!;
  cellOf(sheet, 2, 'Título').value = title;
  // A donor the registry does not have.
  cellOf(sheet, 2, 'Donante').value = `Fundación que no existe ${suffix}`;

  await openImport(page);
  await preview(page, workbook, 'ofertas.xlsx');
  await expectOneError(page, /^2 Donante/, 'offers');
  const before = await page.request.get(`${base}/offers?q=${encodeURIComponent(title)}`);
  expect((await before.json()).total).toBe(0);

  cellOf(sheet, 2, 'Donante').value = donor;
  await preview(page, workbook, 'ofertas-corregido.xlsx');
  await applyOneAdd(page, title, 'offers');

  await page.goto(`/cooperation/offers?q=${encodeURIComponent(title)}`);
  await expect(page.getByRole('link', { name: title, exact: true })).toBeVisible();
  await expect(page.getByRole('cell', { name: donor, exact: true })).toBeVisible();
});

test('an indicator measurement comes in from the template and shows on the indicator page', async ({
  page,
}) => {
  const { base, headers } = await signIn(page);
  const suffix = Date.now().toString(36);
  const initiative = await page.request.post(`${base}/initiatives`, {
    headers,
    data: { title: `Jóvenes sin violencia ${suffix}` },
  });
  expect(initiative.status()).toBe(201);
  const initiativeId: string = (await initiative.json()).id;
  const url = `${base}/initiatives/${initiativeId}`;
  const goal = await page.request.post(`${url}/mir-rows`, {
    headers,
    data: { level: 'goal', narrativeSummary: 'Convivencia pacífica' },
  });
  expect(goal.status()).toBe(201);
  const indicatorName = `Jóvenes vinculados a empleo ${suffix}`;
  const indicator = await page.request.post(`${url}/indicators`, {
    headers,
    data: {
      mirRowId: (await goal.json()).id,
      name: indicatorName,
      unit: 'personas',
      baselineValue: '0',
      baselineDate: '2023-12-31',
      targetValue: '1200',
      targetDate: '2027-12-31',
      frequency: 'quarterly',
      direction: 'increase',
    },
  });
  expect(indicator.status()).toBe(201);
  const indicatorId: string = (await indicator.json()).id;

  await page.goto(`/initiatives/${initiativeId}`);
  await page.getByRole('tab', { name: 'Evaluación' }).click();
  const workbook = await downloadTemplate(page);
  const sheet = workbook.worksheets[0]!;
  // The indicator's id, as the export of the tab lists it.
  cellOf(sheet, 2, 'ID del indicador').value = indicatorId;
  cellOf(sheet, 2, 'Indicador').value = indicatorName;
  cellOf(sheet, 2, 'Fecha de la medición').value = new Date('2024-06-30T00:00:00Z');
  cellOf(sheet, 2, 'Valor medido').value = 'muchos';
  cellOf(sheet, 2, 'Unidad').value = 'personas';

  await openImport(page);
  await preview(page, workbook, 'mediciones.xlsx');
  await expectOneError(page, /^2 Valor medido/, 'measurements');
  const before = await page.request.get(`${url}/indicators/${indicatorId}`);
  expect((await before.json()).measurements).toEqual([]);

  cellOf(sheet, 2, 'Valor medido').value = 310;
  await preview(page, workbook, 'mediciones-corregido.xlsx');
  await applyOneAdd(page, `${indicatorName} 2024-06-30`, 'measurements');

  await page.goto(`/initiatives/${initiativeId}/indicators/${indicatorId}`);
  const measurements = page.getByRole('table', { name: '1 medición' });
  await expect(measurements).toBeVisible();
  await expect(measurements.getByRole('cell', { name: '310' })).toBeVisible();
});

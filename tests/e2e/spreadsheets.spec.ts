import { readFile } from 'node:fs/promises';
import type { Download, Page } from '@playwright/test';
import ExcelJS from 'exceljs';
import { demoAdmin, expect, expectNoAxeViolations, test } from './fixtures';

async function workbookOf(download: Download) {
  const workbook = new ExcelJS.Workbook();
  const path = await download.path();
  await workbook.xlsx.load((await readFile(path)) as unknown as ArrayBuffer);
  return workbook;
}

function columnOf(sheet: ExcelJS.Worksheet, header: string) {
  let found = -1;
  sheet.getRow(1).eachCell((cell, column) => {
    if (cell.value === header) found = column;
  });
  if (found < 0) throw new Error(`no column ${header}`);
  return found;
}

async function chooseFile(page: Page, workbook: ExcelJS.Workbook, name: string) {
  const buffer = Buffer.from(await workbook.xlsx.writeBuffer());
  await page.getByLabel('Archivo XLSX o CSV').setInputFiles({
    name,
    mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    buffer,
  });
  await page.getByRole('button', { name: 'Ver vista previa' }).click();
}

/**
 * A new office loads its partners from Excel: the template, a file with a mistake that is named by
 * row and column and saves nothing, the fixed file's preview of adds and updates, the import with its
 * progress and summary, and the export of the filtered list with the imported rows in it.
 */
test('partners go from the template to the registry and back out to Excel', async ({ page }) => {
  const signIn = await page.request.post('/api/auth/sign-in', { data: demoAdmin });
  expect(signIn.status()).toBe(200);
  const session = await signIn.json();
  const base = `/api/governments/${session.memberships[0].governmentId}`;
  const suffix = Date.now().toString(36);
  const existingName = `Alcaldía de Cádiz ${suffix}`;
  const newName = `Ayuntamiento de Zaragoza ${suffix}`;
  const existing = await page.request.post(`${base}/partners`, {
    headers: { 'x-csrf-token': session.csrfToken },
    data: { name: existingName, kind: 'city_government', countryCode: 'ES', tags: [], contacts: [] },
  });
  expect(existing.status()).toBe(201);
  const existingId: string = (await existing.json()).id;

  await page.goto('/partners');
  await expect(page.getByRole('heading', { level: 1, name: 'Contrapartes' })).toBeVisible();
  const actions = page.getByRole('region', { name: 'Hoja de cálculo' });
  const templateDownload = page.waitForEvent('download');
  await actions.getByRole('button', { name: 'Descargar plantilla' }).click();
  const workbook = await workbookOf(await templateDownload);
  const sheet = workbook.worksheets[0]!;

  // The example row becomes a new partner with a mistake; a second row updates the existing one.
  const example = sheet.getRow(2);
  example.getCell(columnOf(sheet, 'Nombre')).value = newName;
  example.getCell(columnOf(sheet, 'Ciudad')).value = 'Zaragoza';
  example.getCell(columnOf(sheet, 'Latitud')).value = 'al norte';
  const update = sheet.getRow(3);
  update.getCell(columnOf(sheet, 'ID')).value = existingId;
  update.getCell(columnOf(sheet, 'Nombre')).value = existingName;
  for (const header of ['Tipo de contraparte', 'País']) {
    update.getCell(columnOf(sheet, header)).value = example.getCell(columnOf(sheet, header)).value;
  }
  update.getCell(columnOf(sheet, 'Ciudad')).value = 'Cádiz';
  update.commit();

  await actions.getByRole('button', { name: 'Importar' }).click();
  await expect(
    page.getByRole('heading', { level: 2, name: 'Importar desde una hoja de cálculo' }),
  ).toBeVisible();
  await chooseFile(page, workbook, 'contrapartes.xlsx');
  const errors = page.getByRole('table', { name: 'Errores (1)' });
  await expect(errors.getByRole('row', { name: /2 Latitud Escriba un número\./ })).toBeVisible();
  await expect(page.getByText('El archivo tiene 1 error. Corríjalo en la hoja')).toBeVisible();
  await expect(page.getByRole('button', { name: /^Aplicar la importación/ })).toHaveCount(0);
  await expectNoAxeViolations(page, 'import preview with an error');
  // Nothing was saved.
  const before = await page.request.get(`${base}/partners?q=${encodeURIComponent(newName)}`);
  expect((await before.json()).total).toBe(0);

  example.getCell(columnOf(sheet, 'Latitud')).value = 41.649;
  example.getCell(columnOf(sheet, 'Longitud')).value = -0.887;
  await chooseFile(page, workbook, 'contrapartes-corregido.xlsx');
  await expect(page.getByRole('tab', { name: 'Errores (0)' })).toBeVisible();
  await expect(
    page.getByRole('table', { name: 'Para añadir (1)' }).getByRole('cell', { name: newName }),
  ).toBeVisible();
  await page.getByRole('tab', { name: 'Para actualizar (1)' }).click();
  const updates = page.getByRole('table', { name: 'Para actualizar (1)' });
  await expect(updates.getByRole('cell', { name: existingName })).toBeVisible();
  await expect(updates.getByRole('cell', { name: /Ciudad/ })).toBeVisible();
  await expectNoAxeViolations(page, 'import preview of adds and updates');

  await page.getByLabel('Añadir los nuevos y actualizar los existentes').check();
  await page.getByRole('button', { name: 'Aplicar la importación (2 registros)' }).click();
  await expect(page.getByRole('progressbar', { name: 'Importación' })).toBeVisible();
  const summary = page.locator('.alert', {
    has: page.getByRole('heading', { name: 'Importación terminada' }),
  });
  await expect(summary).toBeVisible();
  await expect(summary.getByText('Añadidos: 1; actualizados: 1.', { exact: true })).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: 'Añadidos: 1; actualizados: 1.' })).toHaveCount(1);
  await expectNoAxeViolations(page, 'import summary');

  // The list filtered by the suffix shows both, and its export holds exactly those rows.
  await page.goto(`/partners?q=${suffix}`);
  await expect(page.getByRole('link', { name: newName })).toBeVisible();
  await expect(page.getByRole('link', { name: existingName })).toBeVisible();
  const exportDownload = page.waitForEvent('download');
  await page
    .getByRole('region', { name: 'Hoja de cálculo' })
    .getByRole('button', { name: 'Exportar a Excel (XLSX)' })
    .click();
  const exported = (await workbookOf(await exportDownload)).worksheets[0]!;
  const names: string[] = [];
  const cities: string[] = [];
  exported.eachRow((row, number) => {
    if (number === 1) return;
    names.push(String(row.getCell(columnOf(exported, 'Nombre')).value));
    cities.push(String(row.getCell(columnOf(exported, 'Ciudad')).value));
  });
  expect(names.sort()).toEqual([existingName, newName].sort());
  expect(cities.sort()).toEqual(['Cádiz', 'Zaragoza']);
});

async function signInAs(page: Page, email: string) {
  // A signed-in browser must sign out first (the sign-in then needs the session's CSRF token).
  await page.context().clearCookies();
  const response = await page.request.post('/api/auth/sign-in', {
    data: { email, password: demoAdmin.password },
  });
  expect(response.status()).toBe(200);
}

/** Each list exports what it shows; only the roles the server lets import see Importar. */
test('every list exports with its filters and offers the import only to who may import', async ({ page }) => {
  await signInAs(page, 'coordinacion.medellin@vinculo.demo');
  const lists: { path: string; heading: RegExp; canImport: boolean }[] = [
    { path: '/cooperation/demands', heading: /demandas/i, canImport: true },
    { path: '/cooperation/offers', heading: /ofertas/i, canImport: true },
    { path: '/initiatives', heading: /iniciativas/i, canImport: false },
    { path: '/commitments', heading: /compromisos/i, canImport: false },
    { path: '/agenda', heading: /agenda/i, canImport: false },
    { path: '/investment', heading: /inversi/i, canImport: false },
    { path: '/diplomacy', heading: /diplomacia/i, canImport: false },
    { path: '/departments', heading: /dependencias/i, canImport: false },
  ];
  for (const list of lists) {
    await page.goto(list.path);
    await expect(page.getByRole('heading', { level: 1, name: list.heading })).toBeVisible();
    const actions = page.getByRole('region', { name: 'Hoja de cálculo' });
    await expect(actions.getByRole('button', { name: 'Exportar a Excel (XLSX)' }), list.path).toBeVisible();
    await expect(actions.getByRole('button', { name: 'Importar' }), list.path).toHaveCount(
      list.canImport ? 1 : 0,
    );
    await expect(actions.getByRole('button', { name: 'Descargar plantilla' }), list.path).toHaveCount(
      list.canImport ? 1 : 0,
    );
  }

  // Territorial units, like departments, are the administrator's to import.
  await page.goto('/territory');
  await page.getByRole('tab', { name: 'Unidades territoriales' }).click();
  const unitActions = page.getByRole('region', { name: 'Hoja de cálculo' });
  await expect(unitActions.getByRole('button', { name: 'Exportar a CSV' })).toBeVisible();
  await expect(unitActions.getByRole('button', { name: 'Importar' })).toHaveCount(0);

  // The export carries the list's filters: a search that finds nothing exports only the headers.
  await page.goto('/cooperation/demands?q=zzzz-ninguna');
  const actions = page.getByRole('region', { name: 'Hoja de cálculo' });
  await expectNoAxeViolations(page, 'demands with the spreadsheet controls');
  const request = page.waitForRequest((sent) => sent.url().includes('/spreadsheets/demands/export'));
  const download = page.waitForEvent('download');
  await actions.getByRole('button', { name: 'Exportar a Excel (XLSX)' }).click();
  expect(new URL((await request).url()).searchParams.get('q')).toBe('zzzz-ninguna');
  expect((await workbookOf(await download)).worksheets[0]!.rowCount).toBe(1);

  // A liaison registers demands but does not manage offers.
  await signInAs(page, 'enlace.planeacion.medellin@vinculo.demo');
  await page.goto('/cooperation/demands');
  await expect(actions.getByRole('button', { name: 'Importar' })).toBeVisible();
  await page.goto('/cooperation/offers');
  await expect(actions.getByRole('button', { name: 'Exportar a CSV' })).toBeVisible();
  await expect(actions.getByRole('button', { name: 'Importar' })).toHaveCount(0);
});

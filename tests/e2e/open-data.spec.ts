import ExcelJS from 'exceljs';
import { expect, expectNoAxeViolations, signInThroughApi, test } from './fixtures';

test('after an admin publishes a link, the open-data page lists it and its files download', async ({
  page,
}) => {
  await signInThroughApi(page);
  const session = await (await page.request.get('/api/auth/session')).json();
  const medellin = session.memberships.find(
    (item: { governmentSlug: string }) => item.governmentSlug === 'medellin',
  );
  const base = `/api/governments/${medellin.governmentId}`;
  const headers = { 'x-csrf-token': session.csrfToken };

  // The admin publishes a link and switches the portal on (the portal's own screens are another journey).
  const links = await (await page.request.get(`${base}/links?pageSize=1`)).json();
  const link = links.items[0];
  const published = await page.request.post(`${base}/publications`, {
    headers,
    data: { entityType: 'link', entityId: link.id, status: 'published' },
  });
  expect([200, 409]).toContain(published.status());
  const portal = await (await page.request.get(`${base}/portal-settings`)).json();
  if (!portal.isPublishing) {
    const switched = await page.request.put(`${base}/portal-settings`, {
      headers,
      data: { isPublishing: true, version: portal.version },
    });
    expect(switched.status()).toBe(200);
  }

  await page.goto('/open-data');
  await expect(page.getByRole('heading', { level: 1, name: 'Datos abiertos' })).toBeVisible();
  await expect(page.getByText('Los archivos son públicos', { exact: false })).toBeVisible();
  const row = page
    .getByRole('row')
    .filter({ has: page.getByRole('rowheader', { name: /Vínculos internacionales/ }) });
  await expect(row).toBeVisible();
  await expectNoAxeViolations(page, 'open data');

  // The spreadsheet downloads and holds the published link.
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    row.getByRole('link', { name: 'XLSX — Vínculos internacionales' }).click(),
  ]);
  expect(download.suggestedFilename()).toBe('medellin-vinculos.xlsx');
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(await download.path());
  const titles = workbook.getWorksheet('vinculos')?.getColumn(2).values ?? [];
  expect(titles).toContain(link.title);

  // No sign-in needed: the CSV answers a caller without a session.
  const anonymous = await page.context().browser()?.newContext();
  const csv = await anonymous?.request.get(
    new URL('/api/public/governments/medellin/open-data/vinculos.csv', page.url()).href,
  );
  expect(csv?.status()).toBe(200);
  expect(await csv?.text()).toContain(link.id);
  await anonymous?.close();

  // The admin changes the licence.
  await page.getByLabel('Licencia de los datos abiertos').selectOption('CC0-1.0');
  await page.getByRole('button', { name: 'Guardar la licencia' }).click();
  await expect(page.getByText('Se guardó la licencia de los datos abiertos.')).toBeVisible();
  await expect(page.getByRole('link', { name: 'CC0 1.0 Universal (dominio público)' })).toBeVisible();
});

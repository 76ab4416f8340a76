import { readFileSync } from 'node:fs';
import { demoAdmin, expect, expectNoAxeViolations, governmentDay, signInThroughApi, test } from './fixtures';

/**
 * The head of office prepares the report to the council: the current year is already chosen, she
 * narrows it to this year's first day up to today, generates it, follows the progress bar and
 * downloads the PDF, which is a real PDF naming the government.
 */
test('chooses a period, generates the report to the council, follows its progress and downloads the PDF', async ({
  page,
}) => {
  await signInThroughApi(page, demoAdmin);
  await page.goto('/reports');
  await expect(page.getByRole('heading', { level: 1, name: 'Informe al concejo' })).toBeVisible();
  const today = governmentDay(0);
  const from = page.getByLabel('Desde');
  const to = page.getByLabel('Hasta');
  // The government's current year up to today is chosen from the start.
  await expect(from).toHaveValue(`${today.slice(0, 4)}-01-01`);
  await expect(to).toHaveValue(today);
  await expectNoAxeViolations(page, 'report to the council, before generating');

  // A period that ends before it starts is refused beside the field.
  await to.fill(`${Number(today.slice(0, 4)) - 1}-12-31`);
  await page.getByRole('button', { name: 'Generar informe' }).click();
  await expect(page.getByText('El fin del periodo no puede ser anterior a su inicio.')).toBeVisible();

  await to.fill(today);
  await page.getByLabel('Idioma del informe').selectOption('es');
  await page.getByRole('button', { name: 'Generar informe' }).click();
  await expect(page.getByRole('progressbar', { name: 'Avance del informe' })).toBeVisible();
  await expect(page.getByText('El informe está listo.')).toBeVisible({ timeout: 45_000 });
  await expectNoAxeViolations(page, 'report to the council, ready');

  const status = page.getByRole('status').filter({ hasText: 'El informe está listo.' });
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    status.getByRole('link', { name: /^Descargar PDF del informe/ }).click(),
  ]);
  expect(download.suggestedFilename()).toBe(`informe-${today.slice(0, 4)}-01-01-${today}.pdf`);
  const bytes = readFileSync(await download.path());
  expect(bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');

  // The report is listed among the past ones, with its files.
  const past = page.getByRole('region', { name: 'Informes generados' });
  await expect(past.getByRole('row').nth(1)).toContainText('Listo');
  await expect(past.getByRole('link', { name: /^Descargar XLSX del informe/ }).first()).toBeVisible();
});

import path from 'node:path';
import { demoAdmin, expect, expectNoAxeViolations, test } from './fixtures';

const excerpt = path.resolve(
  import.meta.dirname,
  '../../data/iati-transaction-level/jpal-and-kenya-covid-excerpt.xml',
);

/**
 * A donor that reports countries and sectors on its transactions only (J-PAL) is found by country in
 * the catalogue, with each country's share of the money. In Ciudad de México, so that the Medellín
 * journeys keep their catalogue.
 */
test('the donor catalogue finds by country an activity that names countries on its transactions', async ({
  page,
}) => {
  const signIn = await page.request.post('/api/auth/sign-in', { data: demoAdmin });
  const session = await signIn.json();
  const cdmx = session.memberships.find(
    (membership: { governmentSlug: string }) => membership.governmentSlug === 'cdmx',
  );
  await page.addInitScript((id) => localStorage.setItem('vinculo.governmentId', id), cdmx.governmentId);

  await page.goto('/iati');
  await page.getByRole('tab', { name: 'Importar' }).click();
  await page.getByLabel('Archivo XML de actividades').setInputFiles(excerpt);
  await page.getByRole('button', { name: 'Subir e importar' }).click();
  await expect(page.getByText('Importación terminada', { exact: true })).toBeVisible({ timeout: 30_000 });
  await expect(page.getByText('Actividades leídas: 3. Importadas: 3. Omitidas: 0.')).toBeVisible();

  await page.getByRole('tab', { name: 'Catálogo de donantes' }).click();
  await page.getByLabel('País').selectOption('CO');
  const row = page.getByRole('row', { name: /Governance, Crime, and Conflict Initiative/ });
  await expect(row).toContainText(/Colombia \(49,12\s%\)/);
  await expect(row).toContainText('Según sus transacciones, en proporción a su valor');
  await expect(page.getByRole('row', { name: /Kenya COVID|COVID-19/ })).toHaveCount(0);
  await expectNoAxeViolations(page, 'donor catalogue by country, from transactions');
});

/**
 * On first start the demo's catalogue already holds real activities of the city's country: the seed
 * imported Medellín's file through the same import job as an upload, listed among the previous imports.
 */
test("the demo's donor catalogue lists real activities of Colombia on first start", async ({ page }) => {
  const signIn = await page.request.post('/api/auth/sign-in', { data: demoAdmin });
  const session = await signIn.json();
  const medellin = session.memberships.find(
    (membership: { governmentSlug: string }) => membership.governmentSlug === 'medellin',
  );
  await page.addInitScript((id) => localStorage.setItem('vinculo.governmentId', id), medellin.governmentId);

  await page.goto('/iati');
  await page.getByRole('tab', { name: 'Catálogo de donantes' }).click();
  await expect(page.getByText('El catálogo está vacío.')).toHaveCount(0);
  await page.getByLabel('País').selectOption('CO');
  const row = page.getByRole('row', { name: /COVID-19 Comprehensive Rapid Response Program in Colombia/ });
  await expect(row).toBeVisible();
  await expect(row).toContainText('Colombia');
  await expect(page.getByRole('row', { name: /Foincide - SKR/ }).first()).toBeVisible();
  await expectNoAxeViolations(page, 'demo donor catalogue on first start');

  await page.getByRole('tab', { name: 'Importar' }).click();
  const job = page.getByRole('row', { name: /catalogo-iati\.xml/ });
  await expect(job).toContainText('Terminada');
  await expect(job).toContainText('15 importadas');
  await expectNoAxeViolations(page, 'demo catalogue import among the previous imports');
});

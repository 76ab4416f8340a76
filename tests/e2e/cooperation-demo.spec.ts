import { expect, expectNoAxeViolations, signInThroughApi, test } from './fixtures';

/**
 * On first start the cooperation screens of the Medellín demo are not blank: its departments'
 * demands are listed, an open one has a donor's offer ranked as eligible with its score explained,
 * and the offers list names each donor.
 */
test("the demo's demands and offers show on first start, an offer ranked for a demand", async ({ page }) => {
  await signInThroughApi(page);
  const demand = 'Empleo juvenil en la economía digital para las comunas nororientales';
  const offer = 'Convocatoria de cooperación Sur–Sur en empleo juvenil';

  await page.goto('/cooperation/demands');
  await expect(page.getByRole('heading', { level: 1, name: 'Demandas de cooperación' })).toBeVisible();
  await expect(page.getByRole('link', { name: demand, exact: true })).toBeVisible();
  await expect(
    page.getByRole('link', {
      name: 'Interoperabilidad de trámites y carpeta ciudadana digital',
      exact: true,
    }),
  ).toBeVisible();
  // A demand a community raised is listed under the community's name.
  await expect(
    page.getByRole('cell', { name: 'Mesa de convivencia de la comuna 13 – San Javier', exact: true }),
  ).toBeVisible();
  await expectNoAxeViolations(page, 'demo demands list');

  await page.getByRole('link', { name: demand, exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: demand })).toBeVisible();
  const match = page.getByRole('article', { name: offer });
  await expect(match).toContainText('Elegible');
  await expect(match).toContainText('/100');
  await expectNoAxeViolations(page, 'demo demand with its ranked offers');

  await page.goto('/cooperation/offers');
  await expect(page.getByRole('heading', { level: 1, name: 'Ofertas de cooperación' })).toBeVisible();
  await expect(
    page.getByRole('link', {
      name: 'Programa de gobierno digital para ciudades de América Latina',
      exact: true,
    }),
  ).toBeVisible();
  await expect(
    page.getByRole('cell', { name: 'Agencia de Cooperación Internacional de Corea', exact: true }),
  ).toBeVisible();
  await expectNoAxeViolations(page, 'demo offers list');
});

import { expect, expectNoAxeViolations, signInThroughApi, test } from './fixtures';

/*
 * The transparency portal from both sides: a citizen with no account reads what a published link
 * produced (the pages carry no script: the API test proves it); an admin takes a record off the portal and puts it back, and the
 * portal follows.
 */

test.describe('transparency portal', () => {
  test('a citizen with no account reads what a published link produced', async ({ page }) => {
    await page.goto('/transparencia');
    await expect(
      page.getByRole('heading', { level: 1, name: 'Transparencia de la acción internacional' }),
    ).toBeVisible();
    await expectNoAxeViolations(page, 'portal landing');
    await page
      .getByRole('link', { name: /Medellín/ })
      .first()
      .click();
    await expect(page.getByRole('heading', { level: 1, name: /La acción internacional de/ })).toBeVisible();
    await expectNoAxeViolations(page, 'government portal');
    const timing = await page.evaluate(() => {
      const paint = performance.getEntriesByName('first-contentful-paint')[0];
      return paint ? paint.startTime : (performance.getEntriesByType('navigation')[0]?.duration ?? 0);
    });
    console.log(`portal first contentful paint: ${Math.round(timing)} ms`);
    expect(timing).toBeLessThan(1000);
    await page
      .getByRole('navigation', { name: 'Secciones del portal' })
      .getByRole('link', { name: 'Vínculos' })
      .click();
    await expect(page.getByRole('heading', { level: 1, name: 'Vínculos internacionales' })).toBeVisible();
    await expectNoAxeViolations(page, 'portal links');
    await page
      .getByRole('listitem')
      .filter({ has: page.getByRole('heading', { level: 2 }) })
      .first()
      .getByRole('heading', { level: 2 })
      .getByRole('link')
      .click();
    await expect(page.getByRole('heading', { level: 2, name: 'Qué ha producido' })).toBeVisible();
    await expect(page.getByText('Recursos movilizados').first()).toBeVisible();
    await expectNoAxeViolations(page, 'portal link detail');
    await page.goto('/transparencia/medellin/territorio');
    await expect(page.getByRole('img', { name: /Mapa de las unidades territoriales/ })).toBeVisible();
    await expectNoAxeViolations(page, 'portal territory');
    await page.goto('/transparencia/medellin/agenda?lang=en');
    await expect(page.getByRole('heading', { level: 1, name: 'International agenda' })).toBeVisible();
    await expectNoAxeViolations(page, 'portal agenda in English');
  });
});

test('an admin takes a link off the portal and puts it back, and the portal follows', async ({
  page,
  browser,
}) => {
  await signInThroughApi(page);
  await page.goto('/publication');
  await expect(
    page.getByRole('heading', { level: 1, name: 'Publicación en el portal de transparencia' }),
  ).toBeVisible();
  await page.getByLabel('Estado').selectOption('published');
  const firstLink = page.getByRole('row').filter({ hasText: 'Vínculo' }).first();
  const title = (await firstLink.getByRole('rowheader').textContent())?.trim() ?? '';
  expect(title).not.toBe('');
  await expectNoAxeViolations(page, 'publication queue');

  const citizen = await browser.newPage({ javaScriptEnabled: false });
  await citizen.goto('/transparencia/medellin/vinculos');
  await expect(citizen.getByRole('heading', { level: 2, name: title })).toBeVisible();

  await page.getByRole('button', { name: `Retirar ${title}` }).click();
  await expect(page.getByRole('row').filter({ hasText: title })).toHaveCount(0);
  await citizen.reload();
  await expect(citizen.getByRole('heading', { level: 2, name: title })).toHaveCount(0);

  await page.getByRole('link', { name: 'Vínculos', exact: true }).first().click();
  await page.getByRole('link', { name: title }).first().click();
  const control = page.getByRole('region', { name: 'Portal de transparencia' });
  await expect(control.getByText('No publicado')).toBeVisible();
  await control.getByRole('button', { name: 'Publicar en el portal' }).click();
  await expect(control.getByText('Publicado en el portal')).toBeVisible();
  await expectNoAxeViolations(page, 'link with its portal control');
  await citizen.reload();
  await expect(citizen.getByRole('heading', { level: 2, name: title })).toBeVisible();
  await citizen.close();
});

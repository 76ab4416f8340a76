import { demoAdmin, expect, expectNoAxeViolations, signInThroughApi, test } from './fixtures';

test.describe('foundation journeys', () => {
  test('a public servant signs in with the demo account and sees Medellín in Spanish', async ({ page }) => {
    await page.goto('/');
    await expect(page.getByRole('heading', { name: 'Iniciar sesión' })).toBeVisible();
    await expectNoAxeViolations(page, 'sign-in');

    await page.getByLabel('Correo electrónico').fill(demoAdmin.email);
    await page.getByLabel('Contraseña').fill('una-contraseña-equivocada');
    await page.getByRole('button', { name: 'Ingresar' }).click();
    await expect(page.getByText('Correo o contraseña incorrectos.')).toBeVisible();

    await page.getByLabel('Contraseña').fill(demoAdmin.password);
    await page.getByRole('button', { name: 'Ingresar' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Inicio' })).toBeVisible();
    await expect(page.locator('html')).toHaveAttribute('lang', 'es');
    await expect(
      page.getByRole('heading', { name: 'Vínculos que vencen en los próximos 90 días' }),
    ).toBeVisible();
    await expectNoAxeViolations(page, 'dashboard');
  });

  test('registers a partner, an agreement with it, finds both without accents, and switches language', async ({
    page,
  }) => {
    await signInThroughApi(page);
    const suffix = Date.now().toString(36);
    const partnerName = `Agencia Andaluza de Cooperación Internacional ${suffix}`;
    const linkTitle = `Convenio de cooperación técnica en movilidad ${suffix}`;

    // The partner, through its form, with inline validation first.
    await page.goto('/partners');
    await expect(page.getByRole('heading', { level: 1, name: 'Contrapartes' })).toBeVisible();
    await expectNoAxeViolations(page, 'partners list');
    await page.getByRole('link', { name: 'Registrar contraparte' }).first().click();
    await expect(page.getByRole('heading', { level: 1, name: 'Registrar contraparte' })).toBeVisible();
    await expectNoAxeViolations(page, 'partner form');
    await page.getByRole('button', { name: 'Registrar contraparte' }).click();
    await expect(page.getByText('Este campo es obligatorio.').first()).toBeVisible();
    await page.getByRole('textbox', { name: /^Nombre/ }).fill(partnerName);
    await page.getByRole('combobox', { name: /^Tipo de contraparte/ }).selectOption('cooperation_agency');
    await page.getByLabel('País').selectOption('ES');
    await page.getByLabel('Ciudad').fill('Sevilla');
    await page.getByRole('button', { name: 'Registrar contraparte' }).click();
    await expect(page.getByRole('heading', { level: 1, name: partnerName })).toBeVisible();
    await expectNoAxeViolations(page, 'partner detail');

    // The agreement, with the new partner as its counterpart.
    await page.goto('/links/new');
    await expect(page.getByRole('heading', { level: 1, name: 'Registrar vínculo' })).toBeVisible();
    await expectNoAxeViolations(page, 'link form');
    await page.getByRole('textbox', { name: /^Título/ }).fill(linkTitle);
    await page.getByRole('combobox', { name: /^Tipo de vínculo/ }).selectOption('convenio');
    const parties = page.getByRole('group', { name: 'Añadir una contraparte' });
    await parties.getByLabel('Buscar por nombre').fill('andaluza');
    const matches = parties.getByRole('combobox', { name: /coincidencia/ });
    await expect(matches.locator('option').first()).toContainText(partnerName);
    await matches.selectOption({ index: 0 });
    await parties.getByRole('button', { name: 'Añadir la contraparte elegida' }).click();
    await expect(page.getByText(partnerName).first()).toBeVisible();
    await page.getByLabel('Vigente desde').fill('2025-01-01');
    await page.getByLabel('Vigente hasta').fill('2024-01-01');
    await page.getByRole('button', { name: 'Registrar vínculo' }).click();
    await expect(
      page.getByText('La fecha de fin de vigencia no puede ser anterior a la de inicio.'),
    ).toBeVisible();
    await page.getByLabel('Vigente hasta').fill('2028-12-31');
    await page.getByRole('button', { name: 'Registrar vínculo' }).click();
    await expect(page.getByRole('heading', { level: 1, name: linkTitle })).toBeVisible();
    await expectNoAxeViolations(page, 'link detail');

    // Both found by an unaccented search in the global search box.
    const search = page.getByRole('combobox', { name: /buscar/i });
    await search.fill(`cooperacion ${suffix}`);
    await search.press('Enter');
    await expect(page.getByRole('link', { name: partnerName })).toBeVisible();
    await expect(page.getByRole('link', { name: linkTitle })).toBeVisible();
    await expectNoAxeViolations(page, 'search results');

    // The interface in English, then in Portuguese.
    await page.getByLabel('Idioma').selectOption('en');
    await expect(page.getByRole('navigation').getByRole('link', { name: 'Partners' })).toBeVisible();
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await expectNoAxeViolations(page, 'search results in English');
    await page.getByLabel('Language').selectOption('pt');
    await expect(page.getByRole('navigation').getByRole('link', { name: 'Contrapartes' })).toBeVisible();
    await expect(page.locator('html')).toHaveAttribute('lang', 'pt');
  });

  test('browses the map of partner cities, the expiring links and the territory without accessibility violations', async ({
    page,
  }) => {
    await signInThroughApi(page);
    await page.goto('/partners');
    await page.getByRole('tab', { name: 'Mapa' }).click();
    await expect(page.getByRole('img', { name: /Mapa del mundo con \d+ contrapartes/ })).toBeVisible();
    await expectNoAxeViolations(page, 'partners map');

    await page.goto('/links-expiring');
    await expect(page.getByRole('table')).toBeVisible();
    await expectNoAxeViolations(page, 'expiring links');

    await page.goto('/territory');
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await expectNoAxeViolations(page, 'territory');

    await page.goto('/audit');
    await expect(page.getByRole('table')).toBeVisible();
    await expectNoAxeViolations(page, 'audit');
  });
});

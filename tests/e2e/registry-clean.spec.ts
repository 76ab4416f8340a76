import { demoAdmin, expect, expectNoAxeViolations, signInThroughApi, test } from './fixtures';

test.describe('a registry that stays clean', () => {
  test('the actor map shows the demo’s actors, as a network and as tables, and filters by strategy line', async ({
    page,
  }) => {
    await signInThroughApi(page);
    await page.goto('/');
    await page.getByRole('navigation').getByRole('link', { name: 'Mapa de actores' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Mapa de actores' })).toBeVisible();
    const graph = page.getByRole('img', { name: /^Red de \d+ actores y sus vínculos$/ });
    await expect(graph).toBeVisible();
    await expect(graph).toHaveAttribute('aria-busy', 'false');
    await expect(graph.locator('canvas')).toBeVisible();

    await page.getByText('Ver los datos del mapa como tablas').click();
    const actors = page.getByRole('region', { name: 'Actores' });
    await expect(
      actors.getByRole('rowheader', { name: 'Ayuntamiento de Bilbao', exact: true }),
    ).toBeVisible();
    await expect(actors.getByRole('rowheader', { name: 'Banco Mundial', exact: true })).toBeVisible();
    const connections = page.getByRole('region', { name: 'Vínculos y relaciones' });
    await expect(connections.getByRole('link', { name: 'Hermanamiento Medellín – Bilbao' })).toBeVisible();
    await expectNoAxeViolations(page, 'actor map');

    // A strategy line keeps the partners of its links: the sister city of Bilbao is not one of trade.
    await page.getByLabel('Línea estratégica').selectOption({ label: 'Comercio exterior e inversión' });
    await expect(actors.getByRole('rowheader', { name: 'Ayuntamiento de Bilbao', exact: true })).toHaveCount(
      0,
    );
    await expect(actors.getByRole('row')).not.toHaveCount(0);
    await page.getByLabel('Línea estratégica').selectOption('');

    // Each connection opens its record.
    await connections.getByRole('link', { name: 'Hermanamiento Medellín – Bilbao' }).click();
    await expect(
      page.getByRole('heading', { level: 1, name: 'Hermanamiento Medellín – Bilbao' }),
    ).toBeVisible();
  });

  test('a duplicate partner is caught on create, saved on purpose, and merged into the original', async ({
    page,
  }) => {
    await signInThroughApi(page);
    await page.goto('/partners?q=bilbao');
    const original = page.getByRole('link', { name: 'Ayuntamiento de Bilbao', exact: true });
    await original.first().click();
    await expect(
      page.getByRole('heading', { level: 1, name: 'Ayuntamiento de Bilbao', exact: true }),
    ).toBeVisible();
    const originalUrl = page.url();

    await page.goto('/partners/new');
    await page.getByRole('textbox', { name: /^Nombre/ }).fill('AYUNTAMIENTO DE BILBAO');
    await page.getByRole('combobox', { name: /^Tipo de contraparte/ }).selectOption('city_government');
    await page.getByLabel('País').selectOption('ES');
    // The city fills the coordinates from the gazetteer.
    await page.getByRole('combobox', { name: 'Ciudad' }).fill('Bilbao');
    await expect(page.getByLabel('Latitud')).toHaveValue(/^43\.2/);
    await expect(page.getByLabel('Longitud')).toHaveValue(/^-2\.9/);
    await page.getByRole('button', { name: 'Añadir contacto' }).click();
    await page.getByLabel('Nombre del contacto').fill('Dirección de Relaciones Exteriores');

    await page.getByRole('button', { name: 'Registrar contraparte' }).click();
    const warning = page.getByRole('region', { name: 'Esta contraparte se parece a otras ya registradas' });
    await expect(warning).toBeVisible();
    await expect(warning.getByRole('link', { name: 'Ayuntamiento de Bilbao', exact: true })).toBeVisible();
    await expect(warning.getByRole('link', { name: 'Bilbao City Council', exact: true })).toBeVisible();
    await expect(
      page.getByRole('heading', { name: 'Esta contraparte se parece a otras ya registradas' }),
    ).toBeFocused();
    await expectNoAxeViolations(page, 'duplicate warning');
    await warning.getByRole('button', { name: 'Guardar de todos modos' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'AYUNTAMIENTO DE BILBAO' })).toBeVisible();

    await page.getByRole('link', { name: 'Fusionar con otra' }).click();
    await expect(
      page.getByRole('heading', { level: 1, name: 'Fusionar «AYUNTAMIENTO DE BILBAO» con otra contraparte' }),
    ).toBeVisible();
    await page.getByRole('button', { name: 'Conservar «Ayuntamiento de Bilbao»' }).click();
    const preview = page.getByRole('region', { name: 'Qué cambiará' });
    await expect(preview.getByRole('rowheader', { name: 'Contactos' })).toBeVisible();
    await expect(preview.getByRole('row', { name: /Contactos/ })).toContainText('1 se trasladará');
    await expectNoAxeViolations(page, 'merge preview');
    await preview.getByRole('button', { name: 'Fusionar y archivar «AYUNTAMIENTO DE BILBAO»' }).click();

    await expect(
      page.getByText('«AYUNTAMIENTO DE BILBAO» se fusionó en «Ayuntamiento de Bilbao».'),
    ).toBeVisible();
    await expect(
      page.getByRole('heading', { level: 1, name: 'Ayuntamiento de Bilbao', exact: true }),
    ).toBeVisible();
    expect(page.url()).toBe(originalUrl);
    const contacts = page.getByRole('region', { name: 'Contactos' });
    await expect(
      contacts.getByRole('rowheader', { name: /Dirección de Relaciones Exteriores/ }),
    ).toBeVisible();
  });
  test('renaming a partner to the name of another asks before saving, and never names the partner itself', async ({
    page,
  }) => {
    const signIn = await page.request.post('/api/auth/sign-in', { data: demoAdmin });
    expect(signIn.status()).toBe(200);
    const session = await signIn.json();
    const base = `/api/governments/${session.memberships[0].governmentId}`;
    const name = `Consorcio Vasco de Transporte ${Date.now().toString(36)}`;
    const created = await page.request.post(`${base}/partners`, {
      headers: { 'x-csrf-token': session.csrfToken },
      data: { name, kind: 'other', countryCode: 'ES', tags: [], contacts: [] },
    });
    expect(created.status()).toBe(201);
    const partnerId: string = (await created.json()).id;

    await page.goto(`/partners/${partnerId}/edit`);
    const nameField = page.getByRole('textbox', { name: /^Nombre/ });
    await expect(nameField).toHaveValue(name);
    await nameField.fill('Ayuntamiento de Bilbao');
    await page.getByRole('button', { name: 'Guardar cambios' }).click();
    const warning = page.getByRole('region', {
      name: /^Esta contraparte (parece estar ya registrada|se parece a otras ya registradas)$/,
    });
    await expect(warning).toBeVisible();
    await expect(warning.getByRole('link', { name: 'Ayuntamiento de Bilbao', exact: true })).toBeVisible();
    await expect(warning.getByRole('link', { name })).toHaveCount(0);
    await expectNoAxeViolations(page, 'duplicate warning on edit');

    // Back to the form: another name, and it saves without asking.
    await warning.getByRole('button', { name: 'Revisar el formulario' }).click();
    await expect(warning).toBeHidden();
    await nameField.fill(`${name} (Bizkaia)`);
    await page.getByRole('button', { name: 'Guardar cambios' }).click();
    await expect(
      page.getByRole('heading', { level: 1, name: `${name} (Bizkaia)`, exact: true }),
    ).toBeVisible();

    // An edit that keeps the name, the country and the IATI id does not ask again.
    await page.goto(`/partners/${partnerId}/edit`);
    await page.getByRole('combobox', { name: 'Ciudad' }).fill('Bilbao');
    await page.getByRole('button', { name: 'Guardar cambios' }).click();
    await expect(
      page.getByRole('heading', { level: 1, name: `${name} (Bizkaia)`, exact: true }),
    ).toBeVisible();
  });
});

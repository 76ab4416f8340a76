import { expect, expectNoAxeViolations, signInThroughApi, test } from './fixtures';

/**
 * An investment officer registers a lead and takes it across the board to «Anunciada»: one move is
 * refused and explained, the amounts are filled in when the server asks for them, and the lead shows
 * in the totals. Then a pledge made in a city network appears on the diplomacy timeline of that network.
 */
test('moves a new investment lead to announced and records a diplomacy position', async ({ page }) => {
  test.setTimeout(180_000);
  await signInThroughApi(page);
  const suffix = Date.now().toString(36);
  const title = `Centro de diseño de semiconductores ${suffix}`;
  const status = page.locator('.move-status');
  const column = (stage: string) => page.locator(`[data-stage="${stage}"]`);

  // The board, and the form to register a lead (its errors first).
  await page.goto('/investment');
  await expect(page.getByRole('heading', { level: 1, name: 'Atracción de inversión' })).toBeVisible();
  await expect(page.getByRole('heading', { level: 2, name: /Oportunidad/ })).toBeVisible();
  await expectNoAxeViolations(page, 'investment board');
  await page.getByRole('link', { name: 'Registrar oportunidad' }).first().click();
  await expect(
    page.getByRole('heading', { level: 1, name: 'Registrar oportunidad de inversión' }),
  ).toBeVisible();
  await expectNoAxeViolations(page, 'lead form');
  await page.getByRole('button', { name: 'Registrar oportunidad' }).click();
  await expect(page.getByText('Este campo es obligatorio.').first()).toBeVisible();
  await page.getByRole('textbox', { name: 'Proyecto' }).fill(title);
  await page.getByLabel('Empresa', { exact: true }).selectOption({ index: 1 });
  await page.getByLabel('País de origen').selectOption('DE');
  await page.getByLabel('Sector', { exact: true }).selectOption('22040');
  await page
    .getByLabel('Descripción')
    .fill('Diseño de chips para movilidad eléctrica, con 40 ingenieros el primer año.');
  await page.getByRole('button', { name: 'Registrar oportunidad' }).click();
  await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
  await expect(
    page.getByText('Tecnología de la información y de las comunicaciones (TIC) (22040)'),
  ).toBeVisible();
  await expectNoAxeViolations(page, 'lead page');

  // Skipping a stage is refused, and the dialog says why.
  await page.getByRole('link', { name: 'Volver a las oportunidades de inversión' }).click();
  const card = page.getByRole('article', { name: title });
  await expect(column('lead').getByRole('article', { name: title })).toBeVisible();
  await card.dragTo(column('visit'));
  const refusal = page.getByRole('alertdialog', { name: `«${title}» no puede pasar a Visita todavía` });
  await expect(refusal).toBeVisible();
  await expect(refusal.getByText(/No se puede pasar de «Oportunidad» a «Visita»/)).toBeVisible();
  await expect(status).toHaveText(`«${title}» no se movió a Visita.`);
  await expectNoAxeViolations(page, 'refused move dialog');
  await refusal.getByRole('button', { name: 'Cerrar' }).click();

  // One stage at a time: by drag and drop, and by the keyboard alternative on the card.
  await card.dragTo(column('contact'));
  await expect(status).toHaveText(`«${title}» pasó a Contacto.`);
  await expect(column('contact').getByRole('article', { name: title })).toBeVisible();
  await card.getByLabel(`Mover «${title}» a`).selectOption('visit');
  await card.getByRole('button', { name: `Mover ${title}` }).click();
  await expect(status).toHaveText(`«${title}» pasó a Visita.`);
  await card.dragTo(column('decision'));
  await expect(status).toHaveText(`«${title}» pasó a Decisión.`);

  // Announcing needs the expected amount and jobs: the dialog asks for them and retries the move.
  await card.getByLabel(`Mover «${title}» a`).selectOption('announced');
  await card.getByRole('button', { name: `Mover ${title}` }).click();
  const completion = page.getByRole('dialog', { name: `«${title}» no puede pasar a Anunciada todavía` });
  await expect(completion).toBeVisible();
  await expect(status).toHaveText(`«${title}» no se movió a Anunciada.`);
  await completion.getByLabel('Monto esperado').fill('12000000000');
  await completion.getByLabel('Empleos esperados').fill('1.250');
  await expectNoAxeViolations(page, 'dialog asking for the expected amount and jobs');
  await completion.getByRole('button', { name: 'Guardar y mover a Anunciada' }).click();
  await expect(status).toHaveText(`«${title}» pasó a Anunciada.`);
  const announcedCard = column('announced').getByRole('article', { name: title });
  await expect(announcedCard).toBeVisible();
  await expect(announcedCard).toContainText('1250');

  // The table view lists it with its stage.
  await page.getByRole('button', { name: 'Tabla' }).click();
  await expect(page.getByRole('rowheader', { name: title })).toBeVisible();
  await expect(page.getByRole('row', { name: new RegExp(title) })).toContainText('Anunciada');
  await expectNoAxeViolations(page, 'investment table');

  // The totals count it under its origin country, with the table next to the chart.
  await page.getByRole('link', { name: 'Ver totales' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Totales de inversión' })).toBeVisible();
  await expect(
    page.getByRole('img', { name: /inversión anunciada y realizada por país de origen/ }),
  ).toBeVisible();
  await page.getByText('Ver los datos como tabla: Inversión por país de origen (COP)').click();
  await expect(page.getByRole('row', { name: /Alemania/ })).toContainText('12.000.000.000');
  await expectNoAxeViolations(page, 'investment totals');

  // City diplomacy: a pledge made in a network, with its text and a co-signer.
  const pledge = `Compromiso de movilidad eléctrica en la red ${suffix}`;
  await page.getByRole('link', { name: 'Diplomacia' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Diplomacia de ciudad' })).toBeVisible();
  await expectNoAxeViolations(page, 'diplomacy timeline');
  await page.getByRole('link', { name: 'Registrar posición' }).first().click();
  await expect(
    page.getByRole('heading', { level: 1, name: 'Registrar declaración, posición o compromiso' }),
  ).toBeVisible();
  await page.getByLabel('Tipo', { exact: true }).selectOption('pledge');
  await page.getByRole('textbox', { name: 'Título' }).fill(pledge);
  await page.getByLabel('Fecha', { exact: true }).fill('2025-10-14');
  const network = page.getByLabel('Red u organismo');
  await network.selectOption({ index: 1 });
  const networkName = (await network.locator('option:checked').textContent()) ?? '';
  await page
    .getByRole('textbox', { name: 'Texto', exact: true })
    .fill('La ciudad se compromete a electrificar el 50 % de su flota de buses antes de 2030.');
  await page.getByRole('checkbox', { name: 'Movilidad' }).check();
  await page.getByRole('button', { name: 'Añadir cofirmante' }).click();
  await page.getByLabel('Cofirmante 1').fill('Ciudad de México');
  await expectNoAxeViolations(page, 'position form');
  await page.getByRole('button', { name: 'Registrar posición' }).click();
  await expect(page.getByRole('heading', { level: 1, name: pledge })).toBeVisible();
  await expect(page.getByRole('listitem').filter({ hasText: /^Ciudad de México$/ })).toBeVisible();
  await expectNoAxeViolations(page, 'position page');

  // On the timeline, filtered by that network.
  await page.getByRole('link', { name: 'Volver a la diplomacia de ciudad' }).click();
  await page.getByLabel('Red u organismo').selectOption({ label: networkName });
  await expect(page).toHaveURL(/networkPartnerId=/);
  const entry = page.getByRole('article', { name: pledge });
  await expect(entry).toBeVisible();
  await expect(entry).toContainText(`En ${networkName}`);
  await expect(entry).toContainText('Compromiso');
  await page.getByLabel('Tema', { exact: true }).selectOption('mobility');
  await expect(page).toHaveURL(/topic=mobility/);
  await expect(entry).toBeVisible();
  await expectNoAxeViolations(page, 'diplomacy timeline filtered by network and topic');
});

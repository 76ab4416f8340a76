import { demoAdmin, expect, expectNoAxeViolations, test } from './fixtures';

/**
 * A transaction of 2024 registered today: with the value date left empty it is converted, charted and
 * kept at its own date, not today's; and a total of billions of pesos fits its tile, exact amount shown.
 */
test('a back-dated transaction keeps its date and large totals fit their tiles', async ({ page }) => {
  const signIn = await page.request.post('/api/auth/sign-in', { data: demoAdmin });
  expect(signIn.status()).toBe(200);
  const session = await signIn.json();
  const governmentId: string = session.memberships[0].governmentId;
  const created = await page.request.post(`/api/governments/${governmentId}/initiatives`, {
    data: { title: `Cofinanciación de la red de ciclorrutas ${Date.now().toString(36)}` },
    headers: { 'x-csrf-token': session.csrfToken },
  });
  expect(created.status()).toBe(201);
  const initiative = await created.json();

  await page.goto(`/initiatives/${initiative.id}?tab=funding`);
  await expect(page.getByRole('heading', { level: 2, name: 'Financiación' })).toBeVisible();
  await page.getByRole('button', { name: 'Registrar transacción' }).click();
  const form = page.getByRole('form', { name: 'Nueva transacción' });
  // The value date starts empty: its hint says the transaction date is used then.
  await expect(form.getByLabel('Fecha valor', { exact: true })).toHaveValue('');
  await form.getByLabel('Tipo').selectOption('3');
  await form.getByLabel('Fecha', { exact: true }).fill('2024-08-30');
  await form.getByLabel('Monto', { exact: true }).fill('6597150000');
  await form.getByRole('button', { name: 'Registrar transacción' }).click();
  await expect(page.getByText('Se registró la transacción.')).toBeVisible();

  // Charted in August 2024, the month of the transaction.
  await expect(page.getByRole('img', { name: /ago 2024/ })).toBeVisible();

  // The disbursed total is shown whole below its short form, and neither overflows the tile.
  const tile = page.locator('.funding .stat').filter({ hasText: 'Desembolso' });
  await expect(tile).toContainText('6.597.150.000');
  const overflowing = await tile.evaluate((element) =>
    [element, ...element.querySelectorAll('dt, dd')]
      .filter((node) => node.scrollWidth > node.clientWidth + 1)
      .map((node) => node.textContent),
  );
  expect(overflowing).toEqual([]);
  await expectNoAxeViolations(page, 'funding tab with a large back-dated disbursement');
});

/**
 * Publishing a project whose dates the IATI rules forbid is refused in the form, rule by rule, in
 * Spanish; corrected, it is published. In Ciudad de México, so that the Medellín journeys keep their
 * government without an IATI organisation identifier.
 */
test('the IATI profile form refuses to publish dates the standard forbids', async ({ page }) => {
  const signIn = await page.request.post('/api/auth/sign-in', { data: demoAdmin });
  const session = await signIn.json();
  const cdmx = session.memberships.find(
    (membership: { governmentSlug: string }) => membership.governmentSlug === 'cdmx',
  );
  const headers = { 'x-csrf-token': session.csrfToken };
  const base = `/api/governments/${cdmx.governmentId}`;
  const government = await (await page.request.get(base)).json();
  const orgId = government.iatiOrgId ?? 'MX-RFC-GDF971205SF4';
  if (!government.iatiOrgId) {
    const saved = await page.request.put(base, { data: { ...government, iatiOrgId: orgId }, headers });
    expect(saved.status()).toBe(200);
  }
  const created = await page.request.post(`${base}/initiatives`, {
    data: { title: `Corredor verde de Tlalpan ${Date.now().toString(36)}` },
    headers,
  });
  const initiative = await created.json();
  await page.addInitScript((id) => localStorage.setItem('vinculo.governmentId', id), cdmx.governmentId);

  await page.goto(`/initiatives/${initiative.id}?tab=funding`);
  await expect(page.getByRole('heading', { level: 2, name: 'Financiación' })).toBeVisible();
  // A first profile proposes an identifier under the government's organisation identifier.
  const identifier = page.getByLabel('Identificador IATI', { exact: true });
  await expect(identifier).toHaveValue(`${orgId}-${initiative.id.slice(0, 8)}`);
  await identifier.fill(`${orgId}-VERDE-001`);
  await page.getByLabel('Publicar en IATI').check();
  await page.getByLabel('Inicio previsto').fill('2026-01-15');
  await page.getByLabel('Fin previsto').fill('2025-12-31');
  await page.getByRole('button', { name: 'Agregar sector' }).click();
  await page.getByLabel('Sector 1', { exact: true }).selectOption('41010');
  await page.getByLabel('Porcentaje del sector 1').fill('100');
  await page.getByRole('button', { name: 'Guardar perfil IATI' }).click();
  const rule = 'Regla IATI 11.1.2: el inicio previsto debe ser anterior al fin previsto.';
  await expect(page.getByRole('alert').filter({ hasText: rule })).toBeVisible();
  await expectNoAxeViolations(page, 'IATI profile refused by a rule');

  await page.getByLabel('Fin previsto').fill('2027-12-31');
  await page.getByRole('button', { name: 'Guardar perfil IATI' }).click();
  await expect(page.getByText('Se guardó el perfil IATI.')).toBeVisible();
});

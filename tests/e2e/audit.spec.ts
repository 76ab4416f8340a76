import { demoAdmin, expect, expectNoAxeViolations, test } from './fixtures';

const uuid = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/i;
const rawKey = /\b(enums|audit|links|partners|fields)\.[a-zA-Z_.]+/;

/**
 * An auditor reads who changed what in plain Spanish: field labels, the partner's name, the fee in
 * euros and the status by its label; no keys, ids or minor units. The filters narrow the trail.
 */
test('the audit log reads in plain Spanish and filters by person, record type and action', async ({
  page,
}) => {
  const signIn = await page.request.post('/api/auth/sign-in', { data: demoAdmin });
  expect(signIn.status()).toBe(200);
  const session = await signIn.json();
  const governmentId: string = session.memberships[0].governmentId;
  const base = `/api/governments/${governmentId}`;
  const headers = { 'x-csrf-token': session.csrfToken };
  const suffix = Date.now().toString(36);
  const partner = await page.request.post(`${base}/partners`, {
    headers,
    data: {
      name: `Ayuntamiento de Bilbao ${suffix}`,
      kind: 'city_government',
      countryCode: 'ES',
      tags: [],
      contacts: [],
    },
  });
  expect(partner.status()).toBe(201);
  const partnerId: string = (await partner.json()).id;
  const link = await page.request.post(`${base}/links`, {
    headers,
    data: {
      title: `Hermanamiento con Bilbao ${suffix}`,
      kind: 'sister_city',
      status: 'negotiation',
      isCouncilApproved: false,
      workingGroups: [],
      themes: [],
      strategyLines: [],
      planCodes: [],
      sdgGoals: [],
      annualFeeMinor: 1_250_050,
      annualFeeCurrency: 'EUR',
      parties: [{ partnerId, role: 'counterpart' }],
      signatories: [],
      documents: [],
    },
  });
  expect(link.status()).toBe(201);

  await page.goto('/audit');
  await expect(page.getByRole('heading', { level: 1, name: 'Auditoría' })).toBeVisible();
  // The whole trail of the demo, as it comes: nothing in it is a key, an id or minor units.
  const everything = page.getByRole('table', { name: 'Cambios registrados' });
  await expect(everything).toContainText(`Hermanamiento con Bilbao ${suffix}`);
  const firstPage = (await everything.textContent()) ?? '';
  expect(firstPage).not.toMatch(uuid);
  expect(firstPage).not.toMatch(rawKey);

  const filters = page.getByRole('form', { name: 'Filtrar auditoría' });
  await filters.getByLabel('Tipo de registro').selectOption({ label: 'Vínculo' });
  await filters.getByLabel('Acción').selectOption({ label: 'Creación' });
  await filters.getByLabel('Persona').selectOption({ label: session.user.name });

  const table = page.getByRole('table', { name: 'Cambios registrados' });
  const row = table.getByRole('row').filter({ hasText: `Hermanamiento con Bilbao ${suffix}` });
  await expect(row).toBeVisible();
  await expect(row).toContainText('Cuota anual');
  await expect(row).toContainText('12.500,50');
  await expect(row).toContainText('€');
  await expect(row).toContainText(`Contrapartes: Ayuntamiento de Bilbao ${suffix}`);
  await expect(row).toContainText('En negociación');
  await expect(row).toContainText('Creación');

  const text = (await table.textContent()) ?? '';
  expect(text).not.toMatch(uuid);
  expect(text).not.toMatch(rawKey);
  expect(text).not.toContain('1250050');
  await expectNoAxeViolations(page, 'audit log filtered');

  // A date range before anything happened leaves nothing to read.
  await filters.getByLabel('Hasta').fill('2001-01-01');
  await expect(page.getByText('No hay cambios registrados.')).toBeVisible();
});

import type { Page, Response } from '@playwright/test';
import { demoAdmin, expect, expectNoAxeViolations, governmentDay, test } from './fixtures';

/** Every API answer of 400 or more while `action` runs: requests bound to fail show in the console. */
async function failedApiResponses(page: Page, action: () => Promise<void>) {
  const failed: string[] = [];
  const listener = (response: Response) => {
    if (response.url().includes('/api/') && response.status() >= 400)
      failed.push(`${response.status()} ${new URL(response.url()).pathname}`);
  };
  page.on('response', listener);
  await action();
  page.off('response', listener);
  return failed;
}

function escapeRegExp(text: string) {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

async function signIn(page: Page, email: string) {
  const response = await page.request.post('/api/auth/sign-in', {
    data: { email, password: demoAdmin.password },
  });
  expect(response.status()).toBe(200);
  const session = await response.json();
  return {
    governmentId: session.memberships[0].governmentId as string,
    userId: session.user.id as string,
    csrfToken: session.csrfToken as string,
  };
}

test('the sign-in page loads without a request bound to fail', async ({ page }) => {
  const failed = await failedApiResponses(page, async () => {
    await page.goto('/');
    await expect(page.getByRole('button', { name: 'Ingresar' })).toBeVisible();
  });
  expect(failed).toEqual([]);
});

test('a viewer opens the users page and no request is refused', async ({ page }) => {
  await signIn(page, 'consulta.medellin@vinculo.demo');
  const failed = await failedApiResponses(page, async () => {
    await page.goto('/members');
    await expect(page.getByRole('heading', { level: 1, name: 'Usuarios' })).toBeVisible();
    await expect(page.getByText('Solo la administración del gobierno puede ver')).toBeVisible();
  });
  expect(failed).toEqual([]);
});

test('a liaison is offered "Marcar como cumplido" only on the commitments they may report on', async ({
  page,
}) => {
  const { governmentId, userId } = await signIn(page, 'enlace.planeacion.medellin@vinculo.demo');
  const session = await (await page.request.get('/api/auth/session')).json();
  const departmentId = session.memberships[0].departmentId as string;
  const list = await (
    await page.request.get(`/api/governments/${governmentId}/commitments?pageSize=500`)
  ).json();
  type Row = { title: string; status: string; ownerDepartmentId: string; ownerUserId: string | null };
  const open = (list.items as Row[]).filter(
    (row) => row.status !== 'fulfilled' && row.status !== 'cancelled',
  );
  const isOwn = (row: Row) => row.ownerDepartmentId === departmentId || row.ownerUserId === userId;
  const own = open.filter(isOwn);
  const others = open.filter((row) => !isOwn(row));
  expect(own.length).toBeGreaterThan(0);
  expect(others.length).toBeGreaterThan(0);

  const failed = await failedApiResponses(page, async () => {
    await page.goto('/commitments');
    await expect(page.getByRole('heading', { level: 1, name: 'Compromisos' })).toBeVisible();
    const fulfil = (title: string) =>
      page.getByRole('button', { name: new RegExp(`^Marcar como cumplido\\s*: ${escapeRegExp(title)}$`) });
    for (const row of own) await expect(fulfil(row.title)).toBeVisible();
    for (const row of others) await expect(fulfil(row.title)).toHaveCount(0);
  });
  expect(failed).toEqual([]);
  await expectNoAxeViolations(page, 'commitments board of a liaison');
});

test('a link valid until next year is not offered as "Vencido"', async ({ page }) => {
  const { governmentId, csrfToken } = await signIn(page, demoAdmin.email);
  const partners = await (
    await page.request.get(`/api/governments/${governmentId}/partners?pageSize=1`)
  ).json();
  const suffix = Date.now().toString(36);
  const created = await page.request.post(`/api/governments/${governmentId}/links`, {
    headers: { 'x-csrf-token': csrfToken },
    data: {
      title: `Memorando vigente ${suffix}`,
      kind: 'memorandum_of_understanding',
      status: 'active',
      signedOn: governmentDay(-30),
      validFrom: governmentDay(-30),
      validTo: governmentDay(400),
      isCouncilApproved: false,
      workingGroups: [],
      themes: [],
      strategyLines: [],
      parties: [{ partnerId: partners.items[0].id, role: 'counterpart' }],
      signatories: [],
      documents: [],
    },
  });
  expect(created.status()).toBe(201);
  await page.goto(`/links/${(await created.json()).id}`);
  await expect(page.getByRole('heading', { level: 1, name: `Memorando vigente ${suffix}` })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Pasar a «Inactivo»' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Pasar a «Vencido»' })).toHaveCount(0);
});

test('forms and pages say things as people say them', async ({ page }) => {
  await signIn(page, demoAdmin.email);

  // The partner's kind is the kind of counterpart, not of link.
  await page.goto('/partners/new');
  await expect(page.getByLabel(/^Tipo de contraparte/)).toBeVisible();
  await expect(page.getByLabel(/^Tipo de vínculo/)).toHaveCount(0);

  // An empty required department says it is required.
  await page.goto('/commitments');
  await page.getByRole('button', { name: 'Registrar compromiso' }).first().click();
  await page.getByRole('textbox', { name: /^Compromiso/ }).fill('Enviar el informe de la misión');
  await page.getByLabel(/^Fecha límite/).fill(governmentDay(10));
  await page.getByRole('button', { name: 'Registrar compromiso' }).last().click();
  const department = page
    .getByRole('region', { name: 'Registrar compromiso' })
    .getByLabel(/^Dependencia responsable/);
  await expect(department).toHaveAccessibleDescription(/Este campo es obligatorio/);

  // The month is written in lower case inside a sentence, capitalised only as a heading.
  await page.goto('/agenda?view=list');
  const heading = page.locator('h2.agenda-period');
  await expect(heading).toHaveText(/^[A-ZÁÉÍÓÚ][a-záéíóú]+ de \d{4}$/);
  const period = (await heading.textContent())?.toLowerCase() ?? '';
  await expect(page.getByRole('status').filter({ hasText: / en / })).toHaveText(
    new RegExp(`^\\d+ eventos? en ${period}$`),
  );
});

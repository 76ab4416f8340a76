import type { Page } from '@playwright/test';
import { demoAdmin, expect, expectNoAxeViolations, test } from './fixtures';

/** Today plus some days as YYYY-MM-DD on Medellín's calendar, whatever the hour of the run. */
function medellinDay(offsetDays: number): string {
  const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'America/Bogota' }).format(new Date());
  const [year, month, day] = today.split('-').map(Number);
  const date = new Date(Date.UTC(year ?? 1970, (month ?? 1) - 1, (day ?? 1) + offsetDays));
  return date.toISOString().slice(0, 10);
}

type Api = { governmentId: string; post: (path: string, data: unknown) => Promise<{ id: string }> };

/** Signs in through the API and returns a caller for the government the app opens first. */
async function signInForSetup(page: Page): Promise<Api> {
  const response = await page.request.post('/api/auth/sign-in', { data: demoAdmin });
  expect(response.status()).toBe(200);
  const session = (await response.json()) as {
    csrfToken: string;
    memberships: { governmentId: string; governmentSlug: string }[];
  };
  const medellin = session.memberships.find((membership) => membership.governmentSlug === 'medellin');
  expect(medellin, 'the demo admin belongs to Medellín').toBeTruthy();
  const governmentId = medellin?.governmentId ?? '';
  // The app opens the government remembered in the browser: make it Medellín.
  await page.addInitScript((id) => localStorage.setItem('vinculo.governmentId', id), governmentId);
  return {
    governmentId,
    post: async (path, data) => {
      const created = await page.request.post(`/api/governments/${governmentId}${path}`, {
        data,
        headers: { 'x-csrf-token': session.csrfToken },
      });
      expect(created.status(), `POST ${path}: ${await created.text()}`).toBe(201);
      return (await created.json()) as { id: string };
    },
  };
}

/**
 * The promise of Vínculo: no link stays a protocol act without anyone noticing. A sister-city
 * agreement signed thirty years ago, with nothing produced since and one commitment still open,
 * shows on the home page as protocol-only and why; its page says it produced nothing and what would
 * change that; the head of office contests it (the verdict stays), then fulfils the commitment and
 * sees the verdict turn productive and the link's index change.
 */
test('a protocol-only link is noticed on the home page, explained, contested and turned productive', async ({
  page,
}) => {
  test.setTimeout(180_000);
  const api = await signInForSetup(page);
  const suffix = Date.now().toString(36);
  const linkTitle = `Hermanamiento con Kōbe ${suffix}`;
  const commitmentTitle = `Enviar la propuesta de intercambio escolar ${suffix}`;
  const departments = await page.request.get(`/api/governments/${api.governmentId}/departments`);
  const departmentId = ((await departments.json()) as { items: { id: string }[] }).items[0]?.id;
  expect(departmentId).toBeTruthy();
  const partner = await api.post('/partners', {
    name: `Ciudad de Kōbe ${suffix}`,
    kind: 'city_government',
    countryCode: 'JP',
    city: 'Kōbe',
    latitude: 34.69,
    longitude: 135.19,
  });
  const link = await api.post('/links', {
    title: linkTitle,
    kind: 'sister_city',
    status: 'active',
    signedOn: medellinDay(-30 * 365 - 7),
    validFrom: medellinDay(-30 * 365 - 7),
    departmentId,
    parties: [{ partnerId: partner.id, role: 'counterpart' }],
  });
  await api.post('/commitments', {
    title: commitmentTitle,
    linkId: link.id,
    ownerDepartmentId: departmentId,
    ownerName: 'Administración de la demo',
    dueDate: medellinDay(30),
  });

  // The home page: the protocol-only links first, each with its main reason.
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1, name: 'Inicio' })).toBeVisible();
  const verdictsPanel = page.getByRole('region', { name: 'Vínculos por veredicto' });
  const row = verdictsPanel.getByRole('row', { name: new RegExp(linkTitle) });
  await expect(row).toContainText('Solo protocolario');
  await expect(row).toContainText(/Firmado el .+, hace 30 años/);
  await expect(page.getByRole('region', { name: 'Índice de utilidad social del gobierno' })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Territorio alcanzado' })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Vínculos en el mundo por veredicto' })).toBeVisible();
  await expectNoAxeViolations(page, 'home page');

  // The link: it produced nothing, and the page says what would change the verdict.
  await row.getByRole('link', { name: linkTitle }).click();
  await expect(page.getByRole('heading', { level: 1, name: linkTitle })).toBeVisible();
  const verdict = page.getByRole('region', { name: 'Veredicto: ¿produjo algo para el territorio?' });
  await expect(verdict.getByText('Solo protocolario', { exact: true })).toBeVisible();
  await expect(verdict.getByText(/Ninguna iniciativa lo usa/)).toBeVisible();
  const ledger = page.getByRole('region', { name: 'Qué ha producido' });
  await expect(
    ledger.getByText('Este vínculo todavía no ha producido nada que llegue al territorio', { exact: false }),
  ).toBeVisible();
  await expect(ledger.getByRole('link', { name: commitmentTitle })).toBeVisible();
  const remedy = verdict.getByRole('link', {
    name: new RegExp(`Cumplir el compromiso «${commitmentTitle}»`),
  });
  await expect(remedy).toBeVisible();
  const index = page.getByRole('region', { name: 'Índice de utilidad social' });
  const commitmentsRow = index.getByRole('row', { name: /Compromisos cumplidos a tiempo/ });
  await expect(commitmentsRow).toContainText('sin datos');
  const scoreBefore = await index.locator('.index-score').textContent();
  await expectNoAxeViolations(page, 'protocol-only link');

  // The index opens onto its sources, and links to the method.
  await commitmentsRow.getByRole('button', { name: /Compromisos cumplidos a tiempo/ }).click();
  await expect(index.getByRole('link', { name: commitmentTitle })).toBeVisible();
  await expect(index.getByText(/estado: Pendiente; vence: /)).toBeVisible();
  await expectNoAxeViolations(page, 'index component opened');

  // Contesting needs a written justification, shown beside the verdict, which stays as it is.
  await verdict.getByRole('button', { name: 'Impugnar el veredicto' }).click();
  const dialog = page.getByRole('dialog', { name: `Impugnar el veredicto de «${linkTitle}»` });
  await expect(dialog).toBeVisible();
  await dialog.getByRole('button', { name: 'Registrar la impugnación' }).click();
  await expect(dialog.getByLabel('Justificación')).toHaveAttribute('aria-invalid', 'true');
  await expectNoAxeViolations(page, 'contest dialog');
  const justification =
    'El hermanamiento sostiene un intercambio cultural anual de bandas escolares que no se mide en dinero.';
  await dialog.getByLabel('Justificación').fill(justification);
  await dialog.getByRole('button', { name: 'Registrar la impugnación' }).click();
  await expect(dialog).toBeHidden();
  await expect(verdict.getByText(justification)).toBeVisible();
  await expect(verdict.getByText('Impugnado', { exact: true })).toBeVisible();
  await expect(verdict.getByText('Solo protocolario', { exact: true })).toBeVisible();

  // Fulfilling the commitment, from the remedy, with its evidence.
  await remedy.click();
  await expect(page.getByRole('heading', { level: 1, name: commitmentTitle })).toBeVisible();
  await page.getByRole('button', { name: 'Marcar como cumplido' }).click();
  const fulfil = page.getByRole('dialog', { name: `Cumplir «${commitmentTitle}»` });
  await fulfil
    .getByLabel('Descripción de la evidencia')
    .fill('Propuesta enviada a Kōbe; acuse de recibo archivado.');
  await fulfil.getByRole('button', { name: 'Marcar como cumplido' }).click();
  await expect(fulfil).toBeHidden();

  // Back on the link: productive, the commitment counted on time, the index changed.
  await page.goto(`/links/${link.id}`);
  await expect(page.getByRole('heading', { level: 1, name: linkTitle })).toBeVisible();
  await expect(verdict.getByText('Productivo', { exact: true })).toBeVisible();
  await expect(verdict.getByText('Un compromiso cumplido.')).toBeVisible();
  await expect(ledger.getByText(/cumplido el .+, a tiempo/)).toBeVisible();
  await expect(commitmentsRow).toContainText('100 %');
  await expect(index.locator('.index-score')).not.toHaveText(scoreBefore ?? '');
  await expectNoAxeViolations(page, 'productive link');

  // The method, from the index.
  await index.getByRole('link', { name: '¿Cómo se calcula el índice?' }).click();
  await expect(page.getByRole('heading', { level: 1, name: '¿Cómo se calcula?' })).toBeVisible();
  await expect(page.getByRole('heading', { level: 2, name: /El índice de utilidad social/ })).toBeVisible();
  await expectNoAxeViolations(page, 'method page');

  // The home page no longer lists it among the links that need attention.
  await page.goto('/');
  await expect(page.getByRole('region', { name: 'Vínculos por veredicto' })).toBeVisible();
  await expect(
    page
      .getByRole('region', { name: 'Vínculos por veredicto' })
      .getByRole('row', { name: new RegExp(linkTitle) }),
  ).toHaveCount(0);
});

/** Weights must add up to 100: the settings screen says so under each weight before saving. */
test('an administrator sets the index weights, with field-level errors until they add up to 100', async ({
  page,
}) => {
  await signInForSetup(page);
  await page.goto('/utility/settings');
  await expect(
    page.getByRole('heading', { level: 1, name: 'Configuración de la utilidad social' }),
  ).toBeVisible();
  await expectNoAxeViolations(page, 'utility settings');
  const reach = page.getByRole('textbox', { name: 'Alcance territorial', exact: true });
  const resources = page.getByRole('textbox', { name: 'Recursos movilizados por habitante', exact: true });
  const reachBefore = Number(await reach.inputValue());
  await reach.fill(String(reachBefore + 1));
  await expect(page.getByText(/Suma: 101 de 100/)).toBeVisible();
  await page.getByRole('button', { name: 'Guardar cambios' }).click();
  await expect(reach).toHaveAttribute('aria-invalid', 'true');
  await expect(resources).toHaveAttribute('aria-invalid', 'true');
  await expect(page.getByText('Los pesos deben sumar 100; hoy suman 101.').first()).toBeVisible();
  await expectNoAxeViolations(page, 'utility settings with errors');
  const resourcesBefore = Number(await resources.inputValue());
  await resources.fill(String(resourcesBefore - 1));
  await page.getByRole('button', { name: 'Guardar cambios' }).click();
  await expect(page.getByText('Configuración guardada.', { exact: false })).toBeVisible();
  await expect(page.getByRole('textbox', { name: 'Alcance territorial', exact: true })).toHaveValue(
    String(reachBefore + 1),
  );
});

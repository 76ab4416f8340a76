import { expect, expectNoAxeViolations, signInThroughApi, test } from './fixtures';

test('an admin creates an API token, sees its secret once, the token reads the API, and revokes it', async ({
  page,
  playwright,
}) => {
  await signInThroughApi(page);
  const name = `Portal de datos ${Date.now().toString(36)}`;

  await page.goto('/integrations');
  await expect(
    page.getByRole('heading', { level: 1, name: 'Tokens de API para integraciones' }),
  ).toBeVisible();
  await expectNoAxeViolations(page, 'api tokens');
  await page.getByRole('button', { name: 'Crear un token' }).first().click();
  await page.getByRole('textbox', { name: /^Nombre del token/ }).fill(name);
  await expect(page.getByLabel(/^Permiso/)).toHaveValue('viewer');
  await expectNoAxeViolations(page, 'api token form');
  await page.getByRole('button', { name: 'Crear un token' }).last().click();

  // The secret, once.
  const secretBox = page.getByRole('textbox', { name: 'Token', exact: true });
  await expect(secretBox).toHaveValue(/^vinculo_[\w-]{43}$/);
  const secret = await secretBox.inputValue();
  await expectNoAxeViolations(page, 'api token secret');
  await page.getByRole('button', { name: 'Ya lo copié' }).click();
  await expect(secretBox).toHaveCount(0);
  const table = page.getByRole('table', { name: /tokens? de API/ });
  const row = table.getByRole('row').filter({ has: page.getByRole('rowheader', { name }) });
  await expect(row.getByText('Vigente')).toBeVisible();
  await expect(row.getByText('Nunca')).toBeVisible();
  await expect(page.getByText(secret)).toHaveCount(0);

  // The token reads the API on its own (no cookie), and cannot write.
  const session = await (await page.request.get('/api/auth/session')).json();
  const base = `/api/governments/${session.memberships[0].governmentId}`;
  const integration = await playwright.request.newContext({
    baseURL: page.url().replace(/\/integrations.*$/, ''),
    extraHTTPHeaders: { authorization: `Bearer ${secret}` },
  });
  expect((await integration.get(`${base}/partners`)).status()).toBe(200);
  expect((await integration.post(`${base}/partners`, { data: {} })).status()).toBe(403);

  await page.reload();
  await expect(row.getByText('Nunca')).toHaveCount(0);

  // Revoke: the integration is out at once.
  await row.getByRole('button', { name: `Revocar ${name}` }).click();
  await expect(page.getByRole('dialog')).toBeVisible();
  await expectNoAxeViolations(page, 'revoke dialog');
  await page.getByRole('dialog').getByRole('button', { name: 'Revocar' }).click();
  await expect(page.getByText(`Se revocó el token «${name}».`)).toBeVisible();
  await expect(row.getByText('Revocado')).toBeVisible();
  expect((await integration.get(`${base}/partners`)).status()).toBe(401);
  await integration.dispose();
});

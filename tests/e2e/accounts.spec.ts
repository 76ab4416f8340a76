import { expect, expectNoAxeViolations, signInThroughApi, test } from './fixtures';

// This server has no SMTP server: the admin is handed the invitation link on screen, as in an
// installation without e-mail. (The e-mails themselves are tested against a real SMTP server in the API suite.)
test('a person is invited, accepts, signs in, and a password change ends their other session', async ({
  page,
  browser,
}, testInfo) => {
  const baseURL = testInfo.project.use.baseURL;
  const suffix = Date.now().toString(36);
  const email = `enlace.${suffix}@medellin.gov.co`;
  const firstPassword = 'el río Medellín suena de noche';
  const secondPassword = 'una tarde de lluvia en el Poblado';

  // The admin invites a liaison of one of the government's departments.
  await signInThroughApi(page);
  await page.goto('/members');
  await page.getByRole('button', { name: 'Invitar a una persona' }).click();
  await page.getByLabel('Correo electrónico').fill(email);
  await page.getByLabel('Rol', { exact: true }).selectOption('liaison');
  await page.getByLabel('Dependencia').selectOption({ index: 1 });
  await page.getByRole('button', { name: 'Enviar la invitación' }).click();
  const link = page.getByRole('textbox', { name: 'Enlace de la invitación' });
  await expect(link).toHaveValue(/\/invitation#/);
  await expectNoAxeViolations(page, 'members with invitation link');
  const acceptUrl = new URL(await link.inputValue());

  // The invited person opens the link in their own browser: a weak password is refused by field.
  const invited = await browser.newContext({ baseURL });
  const invitedPage = await invited.newPage();
  await invitedPage.goto(`${acceptUrl.pathname}${acceptUrl.hash}`);
  await expect(invitedPage.getByRole('heading', { level: 1, name: 'Invitación a Vínculo' })).toBeVisible();
  await expect(invitedPage.getByText(`con el rol de Enlace (${email})`)).toBeVisible();
  await expectNoAxeViolations(invitedPage, 'invitation');
  await invitedPage.getByLabel('Nombre completo').fill('Enlace de Prueba');
  await invitedPage.getByLabel('Contraseña nueva', { exact: true }).fill('password1234');
  await invitedPage.getByLabel('Repita la contraseña nueva').fill('password1234');
  await invitedPage.getByRole('button', { name: 'Crear mi cuenta y aceptar' }).click();
  await expect(
    invitedPage.getByText('Esa contraseña aparece en listas de contraseñas filtradas'),
  ).toBeVisible();
  await expectNoAxeViolations(invitedPage, 'invitation with a refused password');
  await invitedPage.getByLabel('Contraseña nueva', { exact: true }).fill(firstPassword);
  await invitedPage.getByLabel('Repita la contraseña nueva').fill(firstPassword);
  await invitedPage.getByRole('button', { name: 'Crear mi cuenta y aceptar' }).click();
  await expect(invitedPage.getByRole('heading', { level: 1, name: 'Inicio' })).toBeVisible();

  // The admin now sees the person as a member and no pending invitation for them.
  await page.reload();
  await expect(page.getByRole('row', { name: /Enlace de Prueba/ })).toBeVisible();
  await expect(page.getByRole('table', { name: /pendiente/ }).getByText(email)).toHaveCount(0);

  // The same person signs in on a second device through the sign-in page.
  const other = await browser.newContext({ baseURL });
  const otherPage = await other.newPage();
  await otherPage.goto('/sign-in');
  await otherPage.getByLabel('Correo electrónico').fill(email);
  await otherPage.getByLabel('Contraseña').fill(firstPassword);
  await otherPage.getByRole('button', { name: 'Ingresar' }).click();
  await expect(otherPage.getByRole('heading', { level: 1, name: 'Inicio' })).toBeVisible();

  // On the first device they change the password from their account page.
  await invitedPage.getByRole('button', { name: /Menú de usuario/ }).click();
  await invitedPage.getByRole('link', { name: 'Mi cuenta' }).click();
  await expect(invitedPage.getByRole('heading', { level: 1, name: 'Mi cuenta' })).toBeVisible();
  await expectNoAxeViolations(invitedPage, 'account');
  await invitedPage.getByLabel('Contraseña actual').fill('no-es-la-actual');
  await invitedPage.getByLabel('Contraseña nueva', { exact: true }).fill(secondPassword);
  await invitedPage.getByLabel('Repita la contraseña nueva').fill(secondPassword);
  await invitedPage.getByRole('button', { name: 'Cambiar la contraseña' }).click();
  await expect(invitedPage.getByText('La contraseña actual no es correcta.')).toBeVisible();
  await invitedPage.getByLabel('Contraseña actual').fill(firstPassword);
  await invitedPage.getByRole('button', { name: 'Cambiar la contraseña' }).click();
  await expect(
    invitedPage.getByText('Se cambió la contraseña y se cerró 1 sesión en otro dispositivo.'),
  ).toBeVisible();

  // The second device's session has ended: its next page asks it to sign in again.
  await otherPage.goto('/partners');
  await expect(otherPage.getByRole('heading', { level: 1, name: 'Iniciar sesión' })).toBeVisible();
  await otherPage.getByLabel('Correo electrónico').fill(email);
  await otherPage.getByLabel('Contraseña').fill(secondPassword);
  await otherPage.getByRole('button', { name: 'Ingresar' }).click();
  await expect(otherPage.getByRole('heading', { level: 1, name: 'Contrapartes' })).toBeVisible();

  // "Sign out on all devices" from the first ends both.
  await invitedPage.getByRole('button', { name: 'Cerrar sesión en todos los dispositivos' }).click();
  await expectNoAxeViolations(invitedPage, 'sign out everywhere dialog');
  await invitedPage
    .getByRole('dialog')
    .getByRole('button', { name: 'Cerrar sesión en todos los dispositivos' })
    .click();
  await expect(invitedPage.getByRole('heading', { level: 1, name: 'Iniciar sesión' })).toBeVisible();
  await otherPage.goto('/');
  await expect(otherPage.getByRole('heading', { level: 1, name: 'Iniciar sesión' })).toBeVisible();
  await invited.close();
  await other.close();
});

test('a reset link that is no longer valid says so and what to do', async ({ page }) => {
  await page.goto('/reset-password#un-enlace-que-no-existe-o-ya-vencio-hace-tiempo');
  await expect(page.getByRole('heading', { level: 1, name: 'Elegir una contraseña nueva' })).toBeVisible();
  await page.getByLabel('Contraseña nueva', { exact: true }).fill('una tarde de lluvia en el Poblado');
  await page.getByLabel('Repita la contraseña nueva').fill('una tarde de lluvia en el Poblado');
  await page.getByRole('button', { name: 'Guardar la contraseña nueva' }).click();
  await expect(page.getByRole('alert')).toContainText('ya se usó o venció');
  await expectNoAxeViolations(page, 'reset password with a dead link');
});

import type { Page } from '@playwright/test';
import { demoAdmin, expect, expectNoAxeViolations, test } from './fixtures';

/** Signs in as the demo admin with Medellín as the government the app opens. */
async function signInToMedellin(page: Page) {
  const response = await page.request.post('/api/auth/sign-in', { data: demoAdmin });
  expect(response.status()).toBe(200);
  const session = (await response.json()) as {
    memberships: { governmentId: string; governmentSlug: string }[];
  };
  const medellin = session.memberships.find((membership) => membership.governmentSlug === 'medellin');
  expect(medellin, 'the demo admin belongs to Medellín').toBeTruthy();
  await page.addInitScript(
    (id) => localStorage.setItem('vinculo.governmentId', id),
    medellin?.governmentId ?? '',
  );
}

/** Opens a new edition from the capacity page (it starts from the last completed answers). */
async function openNewEdition(page: Page) {
  await page.goto('/capacity');
  await expect(page.getByRole('heading', { level: 1, name: 'Capacidades institucionales' })).toBeVisible();
  await page.getByRole('button', { name: 'Nueva edición del autodiagnóstico' }).click();
  await expect(page.getByRole('heading', { level: 1, name: /\(borrador\)$/ })).toBeVisible();
}

/**
 * A head of office assesses the government's capacity twice: the first time a level of 3 without
 * evidence is refused at the field, then both editions complete and say what changed. The demo
 * association then sees the members' shared results compared, and only its own pages.
 */
test('a government completes two capacity editions and its association sees the comparison', async ({
  page,
}) => {
  test.setTimeout(180_000);
  await signInToMedellin(page);

  await openNewEdition(page);
  const transparency = page.getByRole('group', { name: 'Transparencia' });
  await transparency.getByRole('radio', { name: '3 · En desarrollo' }).check();
  await transparency.getByRole('textbox', { name: 'Evidencia' }).fill('');
  await page.getByRole('button', { name: 'Completar la edición' }).click();
  const evidence = transparency.getByRole('textbox', { name: 'Evidencia' });
  await expect(evidence).toHaveAttribute('aria-invalid', 'true');
  await expect(transparency.getByText('Desde el nivel 3, indique la evidencia')).toBeVisible();
  await expectNoAxeViolations(page, 'a draft edition with a field error');

  await evidence.fill('https://www.medellin.gov.co/informe-al-concejo-accion-internacional.pdf');
  await page.getByRole('button', { name: 'Completar la edición' }).click();
  await expect(page.getByRole('heading', { level: 1, name: /^Autodiagnóstico del .*[^)]$/ })).toBeVisible();
  const changes = page.getByRole('region', { name: /^Qué cambió desde la edición del/ });
  await expect(changes.getByRole('listitem').filter({ hasText: 'Transparencia' })).toContainText('Subió');
  await expect(page.getByRole('heading', { name: 'Próximos pasos sugeridos' })).toBeVisible();
  await expectNoAxeViolations(page, 'a completed edition');

  await openNewEdition(page);
  const followUp = page.getByRole('group', { name: 'Seguimiento y evaluación' });
  await followUp.getByRole('radio', { name: '4 · Consolidado' }).check();
  await followUp
    .getByRole('textbox', { name: 'Evidencia' })
    .fill('Evaluación de utilidad social de los vínculos presentada al comité directivo');
  await page.getByRole('button', { name: 'Completar la edición' }).click();
  await expect(
    page.getByRole('region', { name: /^Qué cambió desde la edición del/ }).getByRole('listitem'),
  ).toContainText(['Seguimiento y evaluación']);

  await page.goto('/capacity');
  const editions = page.getByRole('region', { name: 'Ediciones del autodiagnóstico' });
  await expect(editions.getByRole('row')).toHaveCount(5); // the header and four completed editions
  await expect(
    page.getByRole('img', { name: 'Gráfico de radar del nivel de cada dimensión, de 1 a 5' }),
  ).toBeVisible();
  await expectNoAxeViolations(page, 'the capacity page');

  // The association's user: its home is the comparison, with nothing of the government modules.
  await page.context().clearCookies();
  const association = await page.request.post('/api/auth/sign-in', {
    data: { email: 'admin.red@vinculo.demo', password: demoAdmin.password },
  });
  expect(association.status()).toBe(200);
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1, name: 'Comparación de capacidades' })).toBeVisible();
  const navigation = page.getByRole('navigation', { name: 'Navegación principal' });
  await expect(navigation.getByRole('link')).toHaveText(['Comparación de la red', 'Usuarios', 'Auditoría']);
  const ranking = page.getByRole('region', { name: 'Posiciones de los miembros por nivel promedio' });
  await expect(ranking.getByRole('rowheader')).toHaveText(['Medellín', 'Ciudad de México'], {
    ignoreCase: false,
  });
  await expect(page.getByRole('img', { name: /^Mapa con 2 gobiernos miembros/ })).toBeVisible();
  await expectNoAxeViolations(page, 'the association comparison');
});

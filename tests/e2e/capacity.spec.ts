import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { demoAdmin, expect, expectNoAxeViolations, test } from './fixtures';

/** The demo association's own questionnaire, as its secretariat would edit and upload it again. */
const associationQuestionnaire = JSON.parse(
  readFileSync(new URL('../../data/capacity/associations/red-oril-v1.json', import.meta.url), 'utf8'),
) as { version: number; title: { es: string }; dimensions: { key: string; name: { es: string } }[] };

function questionnaireUpload(version: number) {
  return {
    name: `red-oril-v${version}.json`,
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify({ ...associationQuestionnaire, version })),
  };
}

async function signInToAssociation(page: Page) {
  await page.context().clearCookies();
  const association = await page.request.post('/api/auth/sign-in', {
    data: { email: 'admin.red@vinculo.demo', password: demoAdmin.password },
  });
  expect(association.status()).toBe(200);
}

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

/**
 * The association adopts a questionnaire of its own: a version it already stored is refused at the
 * upload, a higher one is stored and adopted; the comparison then says the members were left out
 * until one of them, Medellín, answers the association's questionnaire in a new edition.
 */
test('an association adopts its own questionnaire and a member answers it', async ({ page }) => {
  test.setTimeout(180_000);
  await signInToAssociation(page);
  await page.goto('/');
  const panel = page.getByRole('region', { name: 'Cuestionario de la red' });
  await expect(panel.getByText(/^La red compara a sus miembros con «Autodiagnóstico/)).toBeVisible();
  await expect(panel.getByRole('link', { name: /^Descargar el cuestionario de la instancia/ })).toBeVisible();
  const file = panel.getByLabel('Subir un cuestionario propio');
  // The demo association stored version 1 already: the same version again is refused, with its place.
  await file.setInputFiles(questionnaireUpload(associationQuestionnaire.version));
  const refusal = panel.getByRole('alert');
  await expect(refusal).toContainText('El cuestionario no se guardó');
  await expect(refusal.getByRole('listitem')).toContainText([/^version: Ya guardó la versión 1/]);
  await expectNoAxeViolations(page, 'a refused questionnaire upload');

  await file.setInputFiles(questionnaireUpload(associationQuestionnaire.version + 1));
  const versions = panel.getByRole('table', { name: /^Cuestionarios propios subidos por la red/ });
  await expect(versions.getByRole('rowheader')).toHaveCount(2);
  await panel
    .getByRole('radio', { name: new RegExp(`^${associationQuestionnaire.title.es}, versión 2,`) })
    .check();
  await panel.getByRole('button', { name: 'Adoptar el cuestionario elegido' }).click();
  await expect(
    panel.getByText(/^La red compara a sus miembros con «Capacidades de cooperación/),
  ).toBeVisible();
  await expect(
    page.getByText(/^2 miembros comparten autodiagnósticos, pero hechos con otro cuestionario/),
  ).toBeVisible();
  await expectNoAxeViolations(page, 'the association with its own questionnaire adopted');

  // A member government answers the association's questionnaire in its next edition.
  await page.context().clearCookies();
  await signInToMedellin(page);
  await page.goto('/capacity');
  await page.getByLabel('Cuestionario de la nueva edición').selectOption({
    label: `${associationQuestionnaire.title.es} (de Red de Oficinas de Relaciones Internacionales Locales (demo))`,
  });
  await page.getByRole('button', { name: 'Nueva edición del autodiagnóstico' }).click();
  await expect(page.getByRole('heading', { level: 1, name: /\(borrador\)$/ })).toBeVisible();
  for (const dimension of associationQuestionnaire.dimensions)
    await expect(page.getByRole('group', { name: dimension.name.es, exact: true })).toBeVisible();
  await expect(page.getByRole('group', { name: 'Transparencia', exact: true })).toHaveCount(0);
  await expectNoAxeViolations(page, 'a draft edition on the association’s questionnaire');
  for (const dimension of associationQuestionnaire.dimensions)
    await page
      .getByRole('group', { name: dimension.name.es, exact: true })
      .getByRole('radio', { name: '2 · Básico' })
      .check();
  await page.getByRole('button', { name: 'Completar la edición' }).click();
  await expect(page.getByRole('heading', { level: 1, name: /^Autodiagnóstico del .*[^)]$/ })).toBeVisible();

  // The association now compares Medellín on its questionnaire; CDMX is counted as left out.
  await signInToAssociation(page);
  await page.goto('/');
  const ranking = page.getByRole('region', { name: 'Posiciones de los miembros por nivel promedio' });
  await expect(ranking.getByRole('rowheader')).toHaveText(['Medellín'], { ignoreCase: false });
  await expect(
    page.getByText(/1 miembro que comparte quedó fuera porque sus ediciones usaron otro cuestionario/),
  ).toBeVisible();
  await expectNoAxeViolations(page, 'the comparison on the association’s questionnaire');
});

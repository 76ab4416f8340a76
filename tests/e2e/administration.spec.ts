import { fileURLToPath } from 'node:url';
import { expect, expectNoAxeViolations, signInThroughApi, test } from './fixtures';

// A small real publisher file (World Resources Institute), vendored in data/fixtures.
const iatiFile = fileURLToPath(
  new URL(
    '../../data/fixtures/iati-real-files/activities/wri-521257057-strategic-plan-2023-2027.xml',
    import.meta.url,
  ),
);

test('the office sets up departments, people, exchange rates and imports a donor IATI file', async ({
  page,
}) => {
  await signInThroughApi(page);
  const suffix = Date.now().toString(36);

  // Departments: register one, find it in the list.
  await page.goto('/departments');
  await expect(page.getByRole('heading', { level: 1, name: 'Dependencias' })).toBeVisible();
  await expectNoAxeViolations(page, 'departments');
  await page.getByRole('button', { name: 'Registrar dependencia' }).first().click();
  await page.getByRole('textbox', { name: /^Nombre/ }).fill(`Secretaría de Innovación ${suffix}`);
  await page.getByRole('textbox', { name: /^Sigla/ }).fill(`SI${suffix}`.slice(0, 10));
  await expectNoAxeViolations(page, 'department form');
  await page.getByRole('button', { name: 'Registrar dependencia' }).last().click();
  await expect(
    page.getByText(`Se registró la dependencia «Secretaría de Innovación ${suffix}».`),
  ).toBeVisible();

  // People: the admin invites a liaison, with a field error for a bad address first. This server has
  // no SMTP server, so the link is handed over on screen (the invitation journey is in accounts.spec).
  await page.goto('/members');
  await expect(page.getByRole('heading', { level: 1, name: 'Usuarios' })).toBeVisible();
  await expectNoAxeViolations(page, 'members');
  await page.getByRole('button', { name: 'Invitar a una persona' }).click();
  await page.getByLabel('Correo electrónico').fill('no-es-un-correo');
  await page.getByLabel('Rol', { exact: true }).selectOption('liaison');
  await page.getByRole('button', { name: 'Enviar la invitación' }).click();
  await expect(page.getByText('Escriba un correo electrónico válido', { exact: false })).toBeVisible();
  await page.getByLabel('Correo electrónico').fill(`enlace.${suffix}@medellin.gov.co`);
  await expectNoAxeViolations(page, 'invitation form');
  await page.getByRole('button', { name: 'Enviar la invitación' }).click();
  await expect(page.getByRole('textbox', { name: 'Enlace de la invitación' })).toHaveValue(
    /\/invitation#[\w-]{40,}$/,
  );
  await expect(
    page
      .getByRole('table', { name: /invitaci(ón|ones) pendientes?/ })
      .getByRole('rowheader', { name: `enlace.${suffix}@medellin.gov.co` }),
  ).toBeVisible();

  // Exchange rates pasted from a spreadsheet: good lines load, a bad one is reported by number.
  await page.goto('/cooperation/rates');
  await expect(page.getByRole('heading', { level: 1, name: 'Tasas de cambio' })).toBeVisible();
  await expectNoAxeViolations(page, 'exchange rates');
  await page
    .getByLabel('Contenido CSV')
    .fill('currency,date,rate\nUSD,2026-01-02,3950.25\nEUR,2026-01-02,4398,10\n');
  await page.getByRole('button', { name: 'Cargar tasas' }).click();
  await expect(page.getByText('Tasas nuevas: 1. Actualizadas: 0. Líneas con errores: 1.')).toBeVisible();
  await expect(page.getByText(/Línea 3: La línea tiene más columnas que el encabezado/)).toBeVisible();
  await expectNoAxeViolations(page, 'exchange rates loaded');

  // IATI: upload a real publisher file; both progress bars end and the result is reported.
  await page.goto('/iati');
  await expect(page.getByRole('heading', { level: 1, name: 'IATI' })).toBeVisible();
  await page.getByRole('tab', { name: 'Importar' }).click();
  await expectNoAxeViolations(page, 'IATI import');
  await page.getByLabel('Archivo XML de actividades').setInputFiles(iatiFile);
  await page.getByRole('button', { name: 'Subir e importar' }).click();
  await expect(page.getByText('Importación terminada', { exact: true })).toBeVisible({ timeout: 30_000 });
  await expect(page.getByText(/Actividades leídas: \d+\. Importadas: \d+\. Omitidas: \d+\./)).toBeVisible();
  await expectNoAxeViolations(page, 'IATI import done');
  await page.getByRole('tab', { name: 'Catálogo de donantes' }).click();
  await expect(page.getByRole('table')).toBeVisible();
  await expectNoAxeViolations(page, 'donor catalogue');
});

import { readFile } from 'node:fs/promises';
import { expect, expectNoAxeViolations, governmentDay, signInThroughApi, test } from './fixtures';

/** YYYY-MM-DD of today plus some days in Medellín's calendar, as the app counts them. */
function isoDateFromToday(days: number): string {
  return governmentDay(days);
}

/**
 * An officer registers a need of a department with its complete problem, registers a donor's call
 * that fits it, sees the call ranked with the reasons of its score, accepts it (the demand becomes an
 * initiative in Agenda), records a disbursement on its Financiación tab, and exports to IATI.
 */
test('matches a cooperation demand with an offer, funds the new initiative and exports IATI', async ({
  page,
}) => {
  test.setTimeout(180_000);
  await signInThroughApi(page);
  const suffix = Date.now().toString(36);
  const demandTitle = `Asistencia técnica para corredores de bus eléctrico ${suffix}`;
  const offerTitle = `Convocatoria de movilidad urbana sostenible ${suffix}`;

  // The demands list, then the form: a need with its public problem, causes, effects, people and place.
  await page.goto('/cooperation/demands');
  await expect(page.getByRole('heading', { level: 1, name: 'Demandas de cooperación' })).toBeVisible();
  await expectNoAxeViolations(page, 'demands list');
  await page.getByRole('link', { name: 'Registrar demanda' }).first().click();
  await expect(
    page.getByRole('heading', { level: 1, name: 'Registrar demanda de cooperación' }),
  ).toBeVisible();
  await expectNoAxeViolations(page, 'demand form');
  await page.getByRole('textbox', { name: 'Título' }).fill(demandTitle);
  await page.getByLabel('Dependencia').selectOption({ index: 1 });
  await page
    .getByLabel('Enunciado del problema')
    .fill('Los buses diésel de las laderas contaminan el aire que respiran 300.000 personas.');
  await page.getByRole('button', { name: 'Añadir una causa' }).click();
  await page.getByLabel('Causa 1', { exact: true }).fill('Flota diésel de más de quince años');
  await page.getByRole('button', { name: 'Añadir un efecto' }).click();
  await page.getByLabel('Efecto 1', { exact: true }).fill('Enfermedades respiratorias en la infancia');
  await page.getByLabel('Población afectada (personas)').fill('300.000');
  await page.getByLabel('Quiénes son').fill('Habitantes de las comunas de ladera del nororiente.');
  await page.getByRole('checkbox', { name: 'Aranjuez' }).check();
  await page.getByLabel('Buscar en Sectores (códigos CAD)').fill('carretera');
  await page.getByRole('checkbox', { name: 'Transporte por carretera (21020)' }).check();
  await page.getByRole('checkbox', { name: 'Técnica' }).check();
  await page.getByRole('checkbox', { name: /^11\. / }).check();
  await page.getByRole('checkbox', { name: /^11\.2 / }).check();
  await page.getByLabel('Monto buscado').fill('800000000');
  await page.getByLabel('Urgencia').selectOption('high');
  await page.getByRole('button', { name: 'Registrar demanda' }).click();
  await expect(page.getByRole('heading', { level: 1, name: demandTitle })).toBeVisible();
  await expect(page.getByText('Urgencia alta')).toBeVisible();
  await expectNoAxeViolations(page, 'demand page without offers');

  // A donor's call that fits: same sector, SDG target and modality, open for a month.
  await page.goto('/cooperation/offers');
  await expect(page.getByRole('heading', { level: 1, name: 'Ofertas de cooperación' })).toBeVisible();
  await expectNoAxeViolations(page, 'offers list');
  await page.getByRole('link', { name: 'Registrar oferta' }).first().click();
  await expect(
    page.getByRole('heading', { level: 1, name: 'Registrar oferta de cooperación' }),
  ).toBeVisible();
  await page.getByRole('textbox', { name: 'Título' }).fill(offerTitle);
  await page
    .getByLabel('Cooperante')
    .selectOption({ label: 'Agencia Española de Cooperación Internacional para el Desarrollo' });
  await page.getByLabel('Fecha límite').fill(isoDateFromToday(30));
  await page.getByLabel('Monto mínimo').fill('100000000');
  await page.getByLabel('Monto máximo').fill('1000000000');
  await page.getByRole('checkbox', { name: 'Técnica' }).check();
  await page.getByLabel('Buscar en Sectores (códigos CAD)').fill('21020');
  await page.getByRole('checkbox', { name: 'Transporte por carretera (21020)' }).check();
  await page.getByRole('checkbox', { name: /^11\. / }).check();
  await page.getByRole('checkbox', { name: /^11\.2 / }).check();
  await expectNoAxeViolations(page, 'offer form');
  await page.getByRole('button', { name: 'Registrar oferta' }).click();
  await expect(page.getByRole('heading', { level: 1, name: offerTitle })).toBeVisible();
  await expect(page.getByText('Cierra en 30 días')).toBeVisible();
  const servedDemand = page.getByRole('article', { name: demandTitle });
  await expect(servedDemand).toBeVisible();
  await expectNoAxeViolations(page, 'offer page with the demands it could serve');

  // On the demand, the call is ranked with every part of its score explained.
  await servedDemand.getByRole('link', { name: demandTitle }).click();
  await expect(page.getByRole('heading', { level: 1, name: demandTitle })).toBeVisible();
  const match = page.getByRole('article', { name: offerTitle });
  await expect(match).toContainText('Elegible');
  await expect(match).toContainText('/100');
  const why = match.getByRole('button', { name: /¿Por qué\?/ });
  await expect(why).toHaveAttribute('aria-expanded', 'false');
  await why.click();
  await expect(why).toHaveAttribute('aria-expanded', 'true');
  await expect(match.getByRole('rowheader', { name: 'Sectores' })).toBeVisible();
  await expect(match.getByRole('rowheader', { name: 'Elegibilidad' })).toBeVisible();
  await expectNoAxeViolations(page, 'demand page with the explained match');

  // Accepting asks how it enters the agenda, and lands on the new initiative in Agenda.
  await match.getByRole('button', { name: /^Aceptar/ }).click();
  const dialog = page.getByRole('dialog', { name: `Aceptar «${offerTitle}»` });
  await expect(dialog).toBeVisible();
  await dialog.getByLabel('Enfoque', { exact: true }).selectOption('bottom_up');
  await dialog
    .getByLabel('Justificación del enfoque')
    .fill('La pidieron las juntas de acción comunal de las comunas de ladera.');
  await expectNoAxeViolations(page, 'accept match dialog');
  await dialog.getByRole('button', { name: 'Aceptar', exact: true }).click();
  await expect(page).toHaveURL(/\/initiatives\/[^/]+\?tab=agenda/);
  await expect(page.getByRole('heading', { level: 1, name: demandTitle })).toBeVisible();
  await expect(page.getByRole('tab', { name: 'Agenda' })).toHaveAttribute('aria-selected', 'true');
  await expectNoAxeViolations(page, 'new initiative in agenda');
  const initiativeUrl = page.url();

  // Its Financiación tab: a disbursement in the reporting currency counts in the totals.
  await page.getByRole('tab', { name: 'Financiación' }).click();
  await expect(page.getByRole('heading', { level: 2, name: 'Financiación' })).toBeVisible();
  await page.getByRole('button', { name: 'Registrar transacción' }).click();
  const transaction = page.getByRole('form', { name: 'Nueva transacción' });
  await transaction.getByLabel('Tipo').selectOption('3');
  await transaction.getByLabel('Monto', { exact: true }).fill('250000000');
  await expectNoAxeViolations(page, 'transaction form');
  await transaction.getByRole('button', { name: 'Registrar transacción' }).click();
  await expect(page.getByText('Se registró la transacción.')).toBeVisible();
  const row = page.getByRole('row', { name: /Desembolso/ });
  await expect(row).toContainText('250.000.000');
  await expect(page.getByRole('img', { name: /desembolsado/ })).toBeVisible();
  await expectNoAxeViolations(page, 'funding tab with a transaction');

  // IATI: without the government's IATI organisation identifier the export is refused, and says why.
  await page.getByRole('link', { name: 'IATI', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'IATI' })).toBeVisible();
  await expectNoAxeViolations(page, 'IATI export');
  await page.getByRole('button', { name: 'Verificar' }).click();
  await expect(
    page.getByRole('alert').filter({ hasText: 'identificador de organización IATI' }),
  ).toBeVisible();
  await expectNoAxeViolations(page, 'IATI export refused');

  // The admin records it in the government profile…
  await page.goto('/territory');
  await page.getByRole('button', { name: 'Editar el perfil' }).click();
  await page.getByLabel('Identificador de organización IATI').fill('CO-NIT-890905211');
  await expectNoAxeViolations(page, 'government profile form');
  await page.getByRole('button', { name: 'Guardar cambios' }).click();
  await expect(page.getByText('Se guardó el perfil del gobierno.')).toBeVisible();

  // …publishes the project from its Financiación tab…
  await page.goto(initiativeUrl.replace('tab=agenda', 'tab=funding'));
  await page.getByLabel('Identificador IATI', { exact: true }).fill('CO-NIT-890905211-CABLE-001');
  await page.getByLabel('Publicar en IATI').check();
  await page.getByRole('button', { name: 'Guardar perfil IATI' }).click();
  // The standard asks a published activity for a start date and a sector: the form says so first.
  await expect(
    page.getByText('Para publicarlo en IATI, indique el inicio previsto o el real.').first(),
  ).toBeVisible();
  await page.getByLabel('Inicio previsto').fill('2026-01-15');
  await page.getByRole('button', { name: 'Agregar sector' }).click();
  await page.getByLabel('Sector 1', { exact: true }).selectOption('21020');
  await page.getByLabel('Porcentaje del sector 1').fill('100');
  await expectNoAxeViolations(page, 'IATI profile form');
  await page.getByRole('button', { name: 'Guardar perfil IATI' }).click();
  await expect(page.getByText('Se guardó el perfil IATI.')).toBeVisible();

  // …and the export passes the XSD check and downloads with the project in it.
  await page.goto('/iati');
  await page.getByRole('button', { name: 'Verificar' }).click();
  await expect(page.getByText('Cumple el esquema XSD', { exact: true })).toBeVisible();
  await expect(page.getByRole('heading', { name: /impiden publicar/ })).toHaveCount(0);
  const downloadPromise = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Descargar archivo IATI' }).click();
  const download = await downloadPromise;
  const xml = await readFile(await download.path(), 'utf8');
  expect(xml).toContain('<iati-activities');
  expect(xml).toContain('<iati-identifier>CO-NIT-890905211-CABLE-001</iati-identifier>');
  await expectNoAxeViolations(page, 'IATI export done');
});

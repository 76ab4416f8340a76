import { expect, expectNoAxeViolations, governmentDay, signInThroughApi, test } from './fixtures';

/** YYYY-MM-DD of today plus some days in Medellín's calendar, as the app counts them. */
function isoDay(offsetDays: number) {
  return governmentDay(offsetDays);
}

/**
 * A mission recorded after it happened, as the international office does it: the event in Madrid's
 * time zone, two commitments (one already past its due date), one fulfilled with its evidence, and
 * the other shown as overdue on the board and in "Mis compromisos" until someone acts on it.
 */
test('registers a mission with two commitments, fulfils one and sees the other overdue', async ({ page }) => {
  test.setTimeout(120_000);
  await signInThroughApi(page);
  const suffix = Date.now().toString(36);
  const title = `Misión a Madrid sobre movilidad ${suffix}`;
  const fulfilled = `Enviar la propuesta de intercambio técnico ${suffix}`;
  const overdue = `Firmar la carta de intención con el Ayuntamiento ${suffix}`;
  const missionDay = isoDay(-30);

  // The agenda, and the form to register an event.
  await page.goto('/agenda');
  await expect(page.getByRole('heading', { level: 1, name: 'Agenda internacional' })).toBeVisible();
  await expect(page.getByRole('tab', { name: 'Mes' })).toHaveAttribute('aria-selected', 'true');
  await expectNoAxeViolations(page, 'agenda, month view');
  await page.getByRole('tab', { name: 'Semana' }).click();
  await expect(page.getByRole('button', { name: 'Semana anterior' })).toBeVisible();
  await expectNoAxeViolations(page, 'agenda, week view');
  await page.getByRole('tab', { name: 'Lista' }).click();
  await expect(page.getByRole('tab', { name: 'Lista' })).toHaveAttribute('aria-selected', 'true');
  await expectNoAxeViolations(page, 'agenda, list view');
  await page.getByRole('link', { name: 'Registrar evento' }).first().click();
  await expect(page.getByRole('heading', { level: 1, name: 'Registrar evento' })).toBeVisible();
  await expectNoAxeViolations(page, 'event form');

  // An end before the start is refused under "Fin".
  await page.getByRole('textbox', { name: 'Título' }).fill(title);
  await page.getByLabel('Tipo de evento').selectOption('mission_abroad');
  await page.getByLabel('Zona horaria del lugar').selectOption('Europe/Madrid');
  await page.getByLabel('Inicio').fill(`${missionDay}T09:00`);
  await page.getByRole('textbox', { name: 'Fin', exact: true }).fill(`${missionDay}T08:00`);
  await page.getByLabel('Ciudad', { exact: true }).fill('Madrid');
  await page.getByRole('button', { name: 'Añadir funcionario propio' }).click();
  await page.getByLabel('Persona usuaria de Vínculo').selectOption({ index: 1 });
  await page.getByRole('button', { name: 'Añadir un costo' }).click();
  await page.getByLabel('Monto').fill('1250000,50');
  await page.getByRole('button', { name: 'Registrar evento' }).click();
  const end = page.getByRole('textbox', { name: 'Fin', exact: true });
  await expect(end).toHaveAttribute('aria-invalid', 'true');
  await expect(page.getByText('La fecha de fin no puede ser anterior a la de inicio.')).toBeVisible();
  await end.fill(`${missionDay}T18:00`);
  await page.getByRole('button', { name: 'Registrar evento' }).click();

  // The event page: the time in Madrid and in the reader's own zone, costs, no commitments yet.
  await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
  await expect(page.getByText(/9:00 Madrid \(\d:00 Bogotá\)/).first()).toBeVisible();
  await expect(page.getByRole('heading', { level: 2, name: 'Costos' })).toBeVisible();
  await expect(page.getByText('Este evento todavía no tiene compromisos.', { exact: false })).toBeVisible();
  await expectNoAxeViolations(page, 'event page');

  // Two commitments registered inline: one due later, one whose date already passed.
  await page.getByRole('button', { name: 'Registrar compromiso' }).click();
  const form = page.locator('form.commitment-form');
  await expect(form.getByText(`Nace del evento «${title}».`)).toBeVisible();
  await expectNoAxeViolations(page, 'inline commitment form');
  for (const [name, due] of [
    [fulfilled, isoDay(20)],
    [overdue, isoDay(-10)],
  ] as const) {
    await form.getByLabel('Compromiso', { exact: true }).fill(name);
    await form.getByLabel('Fecha límite').fill(due);
    await form
      .getByLabel('Persona usuaria responsable')
      .selectOption({ label: 'Administración de la demo (admin@vinculo.demo)' });
    await form.getByLabel('Dependencia responsable').selectOption({ index: 1 });
    await form.getByRole('button', { name: 'Registrar compromiso' }).click();
    await expect(page.getByRole('status').getByText(`Se registró el compromiso «${name}».`)).toBeVisible();
  }
  const table = page.getByRole('region', { name: `Compromisos de «${title}»` });
  await expect(table.getByRole('row', { name: new RegExp(overdue) })).toContainText('Vencido');
  await expect(table.getByRole('row', { name: new RegExp(overdue) })).toContainText('Venció hace 10 días');

  // Fulfilling asks for evidence first.
  await table.getByRole('button', { name: new RegExp(`^Marcar como cumplido\\s*: ${fulfilled}$`) }).click();
  const dialog = page.getByRole('dialog', { name: `Cumplir «${fulfilled}»` });
  await expect(dialog).toBeVisible();
  await expectNoAxeViolations(page, 'fulfil dialog');
  await dialog.getByRole('button', { name: 'Marcar como cumplido' }).click();
  await expect(dialog.getByText('Para darlo por cumplido, describa o enlace la evidencia.')).toBeVisible();
  await dialog
    .getByLabel('Descripción de la evidencia')
    .fill('Propuesta enviada por correo al Ayuntamiento; acuse de recibo archivado.');
  await dialog.getByRole('button', { name: 'Marcar como cumplido' }).click();
  await expect(dialog).toBeHidden();
  await expect(table.getByRole('row', { name: new RegExp(fulfilled) })).toContainText('Cumplido');

  // The board: the overdue one in "Vencido", said with words and not only with color.
  await page.goto('/commitments');
  await expect(page.getByRole('heading', { level: 1, name: 'Compromisos' })).toBeVisible();
  const overdueColumn = page.getByRole('region', { name: /^Vencido/ });
  await expect(overdueColumn.getByRole('article', { name: overdue })).toContainText('Venció hace 10 días');
  await expect(
    page.getByRole('region', { name: /^Cumplido/ }).getByRole('article', { name: fulfilled }),
  ).toBeVisible();
  await expectNoAxeViolations(page, 'commitments board');
  await page.getByRole('tab', { name: 'Tabla' }).click();
  await expect(page.getByRole('row', { name: new RegExp(overdue) })).toContainText('Vencido');
  await expectNoAxeViolations(page, 'commitments table');

  // "Mis compromisos": the overdue one first, the fulfilled one among the closed.
  await page.goto('/commitments/mine');
  await expect(page.getByRole('heading', { level: 1, name: 'Mis compromisos' })).toBeVisible();
  await expect(
    page.getByRole('region', { name: /^Vencidos/ }).getByRole('article', { name: overdue }),
  ).toBeVisible();
  await expect(
    page.getByRole('region', { name: /^Cerrados/ }).getByRole('article', { name: fulfilled }),
  ).toBeVisible();
  await expectNoAxeViolations(page, 'my commitments');

  // The commitment's own page, where the reminder e-mails lead.
  await page.getByRole('link', { name: overdue }).click();
  await expect(page.getByRole('heading', { level: 1, name: overdue })).toBeVisible();
  await expect(page.getByText('Este compromiso está vencido', { exact: false })).toBeVisible();
  await expectNoAxeViolations(page, 'commitment page');

  // Archiving the mission asks what happens to its open commitment; keeping it leaves it overdue.
  await page.getByRole('link', { name: title }).click();
  await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
  await page.getByRole('button', { name: 'Archivar' }).click();
  const archive = page.getByRole('dialog', { name: `¿Archivar «${title}»?` });
  await expect(archive.getByRole('radio', { name: /Mantenerlos/ })).toBeChecked();
  await expectNoAxeViolations(page, 'archive dialog');
  await archive.getByRole('button', { name: 'Archivar' }).click();
  await expect(page.getByText('Este evento se archivó el', { exact: false })).toBeVisible();

  // The bell and the calendar feed.
  await page.goto('/agenda');
  const bell = page.getByRole('button', { name: /^Notificaciones, \d+ sin leer$/ });
  await bell.click();
  await expect(page.getByRole('heading', { level: 2, name: 'Notificaciones' })).toBeVisible();
  await expectNoAxeViolations(page, 'notifications panel');
  await page.keyboard.press('Escape');
  await expect(bell).toBeFocused();
  await page.getByRole('button', { name: 'Ver mis direcciones de calendario' }).click();
  await expect(page.getByLabel('Su dirección privada')).toHaveValue(/\/api\/calendar\/[\w-]+\.ics$/);
  await expect(page.getByLabel('Dirección pública')).toHaveValue(/\/calendar\.ics$/);
  await expectNoAxeViolations(page, 'calendar feed');
});

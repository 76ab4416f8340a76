import { expect, expectNoAxeViolations, signInThroughApi, test } from './fixtures';

/**
 * One new initiative through the policy cycle, as a coordinator would do it: the problem and its tree,
 * a refused move whose explanation is shown, the agenda, the logical-framework matrix, an activity,
 * a measurement of the purpose indicator, the assessment, and the move into evaluation.
 */
test('takes a new initiative from problematización to evaluación through the screens', async ({ page }) => {
  test.setTimeout(180_000);
  await signInThroughApi(page);
  const title = `Movilidad eléctrica escolar ${Date.now().toString(36)}`;
  const status = page.locator('.move-status');

  // The board, and the form to register an initiative.
  await page.goto('/initiatives');
  await expect(page.getByRole('heading', { level: 1, name: 'Iniciativas' })).toBeVisible();
  await expect(page.getByRole('heading', { level: 2, name: /Problematización/ })).toBeVisible();
  await expectNoAxeViolations(page, 'initiatives board');
  await page.getByRole('link', { name: 'Registrar iniciativa' }).first().click();
  await expect(page.getByRole('heading', { level: 1, name: 'Registrar iniciativa' })).toBeVisible();
  await expectNoAxeViolations(page, 'initiative form');
  await page.getByRole('button', { name: 'Registrar iniciativa' }).click();
  await expect(page.getByText('Este campo es obligatorio.').first()).toBeVisible();
  await page.getByRole('textbox', { name: 'Título' }).fill(title);
  await page.getByLabel('Resumen').fill('Buses eléctricos para rutas escolares con apoyo de la cooperación.');
  await page.getByLabel('Línea estratégica').selectOption('international_cooperation');
  await page.getByLabel('Dependencia líder').selectOption({ index: 1 });
  await page.getByRole('checkbox', { name: 'Ambiental' }).check();
  await page.getByRole('button', { name: 'Registrar iniciativa' }).click();
  await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
  await expect(page.getByRole('listitem').filter({ hasText: 'Problematización' }).first()).toHaveAttribute(
    'aria-current',
    'step',
  );
  await expectNoAxeViolations(page, 'initiative page, problem tab');

  // Problematización: statement, a tree of causes and effects, population and territory.
  await page
    .getByLabel('Planteamiento del problema')
    .fill('Los estudiantes de las comunas de ladera viajan más de una hora en buses diésel contaminantes.');
  await page.getByRole('button', { name: 'Añadir una causa' }).click();
  await expect(page.getByLabel('Causa 1', { exact: true })).toBeFocused();
  await page.getByLabel('Causa 1', { exact: true }).fill('Flota escolar antigua y sin renovación');
  await page.getByRole('button', { name: 'Añadir subcausa Causa 1' }).click();
  await page.getByLabel('Causa 1.1', { exact: true }).fill('Falta de financiamiento para la renovación');
  await page.getByRole('button', { name: 'Añadir un efecto' }).click();
  await page.getByLabel('Efecto 1', { exact: true }).fill('Enfermedades respiratorias en niños y niñas');
  await page.getByLabel('Población afectada (número de personas)').fill('25.000');
  await page
    .getByLabel('Descripción de la población afectada')
    .fill('Estudiantes de colegios públicos de ladera.');
  await page.getByLabel('Afecta a todo el territorio').check();
  await page.getByRole('button', { name: 'Guardar el problema' }).click();
  await expect(page.getByText('Cambios guardados.')).toBeVisible();
  await expectNoAxeViolations(page, 'problem tab with its tree');

  // On the board, moving it to Agenda is refused: the dialog explains what is missing.
  await page.goto('/initiatives');
  const card = page.getByRole('article', { name: title });
  await expect(card).toBeVisible();
  await card.getByLabel(`Mover «${title}» a`).selectOption('agenda');
  await card.getByRole('button', { name: `Mover ${title}` }).click();
  const refusal = page.getByRole('alertdialog', { name: `«${title}» no puede pasar a Agenda todavía` });
  await expect(refusal).toBeVisible();
  await expect(refusal.getByText('Indique quién puso el tema en la agenda y cuándo.')).toBeVisible();
  await expect(status).toHaveText(`«${title}» no se movió a Agenda.`);
  await expectNoAxeViolations(page, 'refused move dialog');
  await refusal.getByRole('link', { name: 'Completar en Agenda' }).first().click();

  // Agenda: who put it there, when, and with which approach.
  await expect(page.getByRole('tab', { name: 'Agenda' })).toHaveAttribute('aria-selected', 'true');
  await page.getByLabel('Quién lo puso en la agenda', { exact: true }).selectOption('council');
  await page.getByLabel('Fecha de entrada en la agenda').fill('2025-02-10');
  await page.getByLabel('Enfoque de implementación').selectOption('bottom_up');
  await page.getByLabel('Justificación del enfoque').fill('Las juntas de acción comunal proponen las rutas.');
  await page
    .getByLabel('Objetivo', { exact: true })
    .fill('Reducir la exposición de los estudiantes a la contaminación.');
  await page.getByRole('button', { name: 'Guardar la agenda' }).click();
  await expect(page.getByText('Cambios guardados.').first()).toBeVisible();
  await expectNoAxeViolations(page, 'agenda tab');

  // Now the card moves to Agenda by drag and drop.
  await page.goto('/initiatives');
  await card.dragTo(page.locator('[data-stage="agenda"]'));
  await expect(status).toHaveText(`«${title}» pasó a Agenda.`);
  await expect(page.locator('[data-stage="agenda"]').getByRole('article', { name: title })).toBeVisible();

  // Diseño: a complete matrix, with a measurable purpose.
  await card.getByRole('link', { name: title }).click();
  await page.getByRole('tab', { name: 'Diseño' }).click();
  await expect(
    page.getByRole('heading', { name: 'Matriz de indicadores para resultados (MIR)' }),
  ).toBeVisible();
  const fillRow = async (name: string, texts: [string, string, string]) => {
    await page.getByLabel(`Resumen narrativo — ${name}`).fill(texts[0]);
    await page.getByLabel(`Medios de verificación — ${name}`).fill(texts[1]);
    await page.getByLabel(`Supuestos — ${name}`).fill(texts[2]);
    await page.getByRole('button', { name: `Guardar ${name}` }).click();
    await expect(page.getByRole('button', { name: `Editar ${name}` })).toBeVisible();
  };
  const addIndicator = async (
    row: string,
    name: string,
    baseline: string,
    target: string,
    direction: 'increase' | 'decrease' = 'increase',
  ) => {
    await page.getByRole('button', { name: `Añadir indicador — ${row}` }).click();
    await page.getByLabel('Nombre del indicador').fill(name);
    await page.getByLabel('Unidad de medida').fill('estudiantes');
    await page.getByLabel('Valor de la línea base').fill(baseline);
    await page.getByLabel('Fecha de la línea base').fill('2024-01-01');
    await page.getByLabel('Valor de la meta').fill(target);
    await page.getByLabel('Fecha de la meta').fill('2027-12-31');
    await page.getByLabel('Sentido esperado').selectOption(direction);
    await page.getByRole('button', { name: 'Guardar el indicador' }).click();
    await expect(page.getByRole('link', { name })).toBeVisible();
  };
  await page.getByRole('button', { name: 'Añadir el fin' }).click();
  await fillRow('Fin', [
    'Mejorar la salud de la población escolar',
    'Secretaría de Salud',
    'Se mantiene la política',
  ]);
  await addIndicator('Fin', 'Consultas respiratorias infantiles', '1200', '800', 'decrease');
  await page.getByRole('button', { name: 'Añadir el propósito' }).click();
  await fillRow('Propósito', [
    'Estudiantes viajan en buses limpios',
    'Registros de rutas',
    'Operadores aceptan',
  ]);
  await addIndicator('Propósito', 'Estudiantes en rutas eléctricas', '0', '5000,5');
  await page.getByRole('button', { name: 'Añadir un componente' }).click();
  await fillRow('Componente C1', ['Buses eléctricos en servicio', 'Actas de entrega', 'Llegan a tiempo']);
  await addIndicator('Componente C1', 'Buses eléctricos entregados', '0', '40');
  await page.getByRole('button', { name: 'Añadir actividad a C1' }).click();
  await fillRow('Actividad A1.1', ['Compra conjunta de buses', 'Contrato firmado', 'Hay oferentes']);
  await expectNoAxeViolations(page, 'design tab with the matrix');
  await page.getByRole('button', { name: 'Avanzar a Diseño' }).click();
  await expect(status).toHaveText(`«${title}» pasó a Diseño.`);

  // Implementación: one activity with kind, owner and dates.
  await page.getByRole('tab', { name: 'Implementación' }).click();
  await page.getByRole('button', { name: 'Añadir una actividad' }).click();
  await page.getByRole('textbox', { name: 'Actividad' }).fill('Mesa técnica con operadores de transporte');
  await page.getByLabel('Tipo', { exact: true }).selectOption('organization');
  await page.getByLabel('Dependencia responsable').selectOption({ index: 1 });
  await page.getByLabel('Fecha de inicio').fill('2025-03-01');
  await page.getByLabel('Fecha de fin').fill('2025-06-30');
  await page.getByRole('button', { name: 'Guardar la actividad' }).click();
  await expect(
    page.getByRole('rowheader', { name: 'Mesa técnica con operadores de transporte' }),
  ).toBeVisible();
  await expectNoAxeViolations(page, 'implementation tab');
  await page.getByRole('button', { name: 'Avanzar a Implementación' }).click();
  await expect(status).toHaveText(`«${title}» pasó a Implementación.`);

  // A measurement of the purpose indicator, on its own page.
  await page.getByRole('tab', { name: 'Diseño' }).click();
  await page.getByRole('link', { name: 'Estudiantes en rutas eléctricas' }).click();
  await expect(
    page.getByRole('heading', { level: 1, name: 'Estudiantes en rutas eléctricas' }),
  ).toBeVisible();
  await expect(page.getByRole('img', { name: /Gráfico de líneas/ })).toBeVisible();
  await expect(page.getByLabel('Unidad', { exact: true })).toHaveValue('estudiantes');
  await page.getByLabel('Fecha', { exact: true }).fill('2025-06-30');
  await page.getByLabel('Valor', { exact: true }).fill('1250,5');
  await page.getByLabel('Fuente', { exact: true }).fill('Sistema de rutas escolares');
  await page.getByRole('button', { name: 'Registrar medición' }).click();
  await expect(page.getByText('Se registró la medición.')).toBeVisible();
  await expect(page.getByRole('rowheader', { name: /2025/ }).first()).toBeVisible();
  await expectNoAxeViolations(page, 'indicator page');

  // Evaluación: the written assessment, then the move.
  await page.getByRole('link', { name: `Volver a la iniciativa «${title}»` }).click();
  await page.getByRole('tab', { name: 'Evaluación' }).click();
  await page
    .getByLabel('Valoración escrita')
    .fill('Las rutas eléctricas redujeron la exposición en el primer año.');
  await page.getByRole('button', { name: 'Guardar la valoración' }).click();
  await expect(page.getByText('Cambios guardados.').first()).toBeVisible();
  await expectNoAxeViolations(page, 'evaluation tab');
  await page.getByRole('button', { name: 'Avanzar a Evaluación' }).click();
  await expect(status).toHaveText(`«${title}» pasó a Evaluación.`);
  await expect(page.getByRole('listitem').filter({ hasText: 'Evaluación' }).first()).toHaveAttribute(
    'aria-current',
    'step',
  );

  // The history tells who moved it, when, and from where to where.
  await page.getByRole('tab', { name: 'Historial' }).click();
  await expect(page.getByRole('cell', { name: 'Implementación' }).first()).toBeVisible();
  await expectNoAxeViolations(page, 'history tab');
});

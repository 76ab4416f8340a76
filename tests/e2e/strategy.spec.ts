import { expect, expectNoAxeViolations, signInThroughApi, test } from './fixtures';

test('the head of office manages the strategy lines and the development plan, and aligns an agreement to them', async ({
  page,
}) => {
  await signInThroughApi(page);
  const suffix = Date.now().toString(36);
  const lineName = `Economía creativa ${suffix}`;

  // The five lines of the strategy are there from the start, named in the reader's language.
  await page.goto('/strategy');
  await expect(page.getByRole('heading', { level: 1, name: 'Estrategia' })).toBeVisible();
  await expect(page.getByRole('rowheader', { name: /Cooperación internacional/ })).toBeVisible();
  await expectNoAxeViolations(page, 'strategy lines');

  // A line of the office's own: the code is chosen once, the name can change.
  await page.getByRole('button', { name: 'Agregar línea estratégica' }).click();
  await page.getByRole('textbox', { name: /^Código/ }).fill('No vale');
  await page.getByRole('textbox', { name: /^Nombre/ }).fill(lineName);
  await page.getByRole('button', { name: 'Agregar', exact: true }).click();
  await expect(page.getByText(/El código solo puede llevar letras sin tilde/)).toBeVisible();
  await page.getByRole('textbox', { name: /^Código/ }).fill(`economia_creativa_${suffix}`);
  await expectNoAxeViolations(page, 'new strategy line form');
  await page.getByRole('button', { name: 'Agregar', exact: true }).click();
  await expect(page.getByText(`Se agregó «${lineName}».`)).toBeVisible();
  await expect(page.getByRole('rowheader', { name: new RegExp(lineName) })).toBeVisible();

  // The development plan of the demo was loaded from CSV; a file with a bad row changes nothing.
  await page.getByRole('tab', { name: 'Plan de desarrollo' }).click();
  await expect(page.getByRole('rowheader', { name: /Ecociudad: movilidad y ambiente/ })).toBeVisible();
  await expectNoAxeViolations(page, 'development plan');
  const fileInput = page.getByLabel('Archivo CSV del plan');
  await fileInput.setInputFiles({
    name: 'plan-con-error.csv',
    mimeType: 'text/csv',
    buffer: Buffer.from(
      'eje_codigo;eje_nombre;programa_codigo;programa_nombre\n5;Agua;5.1;Acueductos\n;Sin código;;\n',
    ),
  });
  await expect(page.getByText('No se guardó nada de «plan-con-error.csv».')).toBeVisible();
  await expect(page.getByText(/Línea 3, columna «eje_codigo»/)).toBeVisible();
  await expect(page.getByRole('rowheader', { name: /Acueductos/ })).toHaveCount(0);
  await fileInput.setInputFiles({
    name: 'plan-agua.csv',
    mimeType: 'text/csv',
    buffer: Buffer.from(
      `\uFEFFeje_codigo;eje_nombre;programa_codigo;programa_nombre\n5;Medellín cuida el agua;5.1;Acueductos veredales ${suffix}\n`,
    ),
  });
  await expect(page.getByText('Plan cargado. Nuevos: 2; actualizados: 0; sin cambios: 0.')).toBeVisible();
  await expect(
    page.getByRole('rowheader', { name: new RegExp(`Acueductos veredales ${suffix}`) }),
  ).toBeVisible();
  await expectNoAxeViolations(page, 'development plan loaded');

  // An agreement aligned to the new line, a programme of the plan and SDG 6.
  await page.goto('/links?q=Rosario');
  await page.getByRole('link', { name: 'Hermanamiento Medellín – Rosario' }).click();
  await page.getByRole('link', { name: 'Editar' }).click();
  await page.getByRole('checkbox', { name: lineName }).check();
  await page.getByRole('checkbox', { name: new RegExp(`5\\.1\\. Acueductos veredales ${suffix}`) }).check();
  await page.getByRole('checkbox', { name: /^6\./ }).check();
  await expectNoAxeViolations(page, 'link form with alignment');
  await page.getByRole('button', { name: 'Guardar cambios' }).click();
  await expect(
    page.getByRole('heading', { level: 1, name: 'Hermanamiento Medellín – Rosario' }),
  ).toBeVisible();
  await expect(page.getByText(lineName)).toBeVisible();
  await expect(page.getByText(`5.1. Acueductos veredales ${suffix}`)).toBeVisible();
  await expect(page.getByText(/^6\. /)).toBeVisible();
  await expectNoAxeViolations(page, 'link aligned');

  // The line now counts one record, and leads to the agreements that use it.
  await page.goto('/strategy');
  await page.getByRole('link', { name: '1 registro' }).last().click();
  await expect(page.getByRole('link', { name: 'Hermanamiento Medellín – Rosario' })).toBeVisible();
});

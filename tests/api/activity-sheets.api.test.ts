import type ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createPartner, createWorld } from '../factories';
import {
  columnOf,
  downloadWorkbook,
  type SheetJob,
  sheetRows,
  uploadSheet,
  waitForSheetJob,
  workbookBuffer,
} from '../sheets';
import { createTestApp, type TestApp } from '../test-app';

let testApp: TestApp;
beforeAll(async () => {
  testApp = await createTestApp();
});
afterAll(async () => {
  await testApp.close();
});

async function cooperationWorld() {
  const world = await createWorld(testApp.app, 'admin');
  const { client, base } = world;
  const department = (
    await client.post(`${base}/departments`, { name: 'Secretaría de Salud', acronym: 'SSM' })
  ).json();
  const donor = await createPartner(client, base, {
    name: 'Agencia Vasca de Cooperación',
    iatiOrgType: null,
  });
  const waterResponse = await client.post(`${base}/demands`, {
    title: 'Agua potable para la vereda El Placer',
    departmentId: department.id,
    sectors: ['14030'],
    modalities: ['technical', 'financial'],
    amountSoughtMinor: 150_000_050,
    currency: 'COP',
    urgency: 'high',
    neededBy: '2027-03-31',
  });
  if (waterResponse.statusCode !== 201) throw new Error(`${department.id} ${waterResponse.body}`);
  const water = waterResponse.json();
  const clinic = (
    await client.post(`${base}/demands`, { title: 'Dotación del centro de salud', urgency: 'low' })
  ).json();
  const call = (
    await client.post(`${base}/offers`, {
      kind: 'call',
      title: 'Convocatoria de agua y saneamiento',
      donorPartnerId: donor.id,
      currency: 'EUR',
      amountMaxMinor: 20_000_000,
      sectors: ['14030'],
      eligibleCountries: ['CO', 'MX'],
      deadline: '2027-01-31',
    })
  ).json();
  return { ...world, department, donor, water, clinic, call };
}

function rowOf(sheet: ExcelJS.Worksheet, column: number, value: string): number {
  let found = 0;
  sheet.eachRow((row, number) => {
    if (row.getCell(column).value === value && !found) found = number;
  });
  return found;
}

describe('cooperation demands and offers spreadsheets', () => {
  it('exports demands with the list filters: labels for codes, money as an amount beside its currency', async () => {
    const { client, base } = await cooperationWorld();
    const workbook = await downloadWorkbook(client, `${base}/spreadsheets/demands/export`);
    expect(workbook.worksheets[0]?.name).toBe('Demandas de cooperación');
    const rows = sheetRows(workbook);
    expect(rows).toHaveLength(3);
    const header = rows[0] as string[];
    const water = rows.find((row) => row[1] === 'Agua potable para la vereda El Placer')!;
    expect(water[header.indexOf('Dependencia')]).toBe('Secretaría de Salud');
    expect(water[header.indexOf('Monto solicitado')]).toBe(1_500_000.5);
    expect(water[header.indexOf('Moneda')]).toMatch(/peso colombiano/i);
    expect(water[header.indexOf('Urgencia')]).toBe('alta');
    expect(water[header.indexOf('Se necesita para')]).toEqual(new Date('2027-03-31T00:00:00.000Z'));
    const filtered = await downloadWorkbook(client, `${base}/spreadsheets/demands/export?urgency=low`);
    expect(sheetRows(filtered)).toHaveLength(2);
    const offers = sheetRows(
      await downloadWorkbook(client, `${base}/spreadsheets/offers/export?format=xlsx`),
    );
    expect(offers[1]?.[offers[0]!.indexOf('Donante')]).toBe('Agencia Vasca de Cooperación');
    expect(offers[1]?.[offers[0]!.indexOf('Monto máximo')]).toBe(200_000);
  });

  it('round trip of demands: export, edit, import gives back exactly the edits and nothing else', async () => {
    const { client, base, water, clinic } = await cooperationWorld();
    const before = {
      water: (await client.get(`${base}/demands/${water.id}`)).json(),
      clinic: (await client.get(`${base}/demands/${clinic.id}`)).json(),
    };
    const workbook = await downloadWorkbook(client, `${base}/spreadsheets/demands/export`);
    const sheet = workbook.worksheets[0]!;
    const waterRow = rowOf(sheet, 2, 'Agua potable para la vereda El Placer');
    sheet.getRow(waterRow).getCell(columnOf(workbook, 'Monto solicitado')).value = 2_000_000;
    sheet.getRow(waterRow).getCell(columnOf(workbook, 'Urgencia')).value = 'crítica';
    const added = sheet.addRow([]);
    added.getCell(columnOf(workbook, 'Título')).value = 'Huertas urbanas en la comuna 13';
    added.getCell(columnOf(workbook, 'Dependencia')).value = 'secretaria de salud';

    const uploaded = await uploadSheet(
      client,
      `${base}/spreadsheets/demands/imports`,
      await workbookBuffer(workbook),
    );
    expect(uploaded.statusCode, uploaded.body).toBe(201);
    const preview = uploaded.json() as SheetJob;
    expect(preview.preview.errors).toEqual([]);
    expect(preview.counts).toMatchObject({ add: 1, update: 1, unchanged: 1, errors: 0 });
    expect(preview.preview.update[0]?.changes).toEqual(['Monto solicitado', 'Urgencia']);
    await client.post(`${base}/spreadsheets/demands/imports/${preview.id}/apply`, { mode: 'add_and_update' });
    const job = await waitForSheetJob(client, `${base}/spreadsheets/demands/imports/${preview.id}`);
    expect(job).toMatchObject({ status: 'completed', applied: { added: 1, updated: 1 } });

    const after = {
      water: (await client.get(`${base}/demands/${water.id}`)).json(),
      clinic: (await client.get(`${base}/demands/${clinic.id}`)).json(),
    };
    expect(after.clinic).toEqual(before.clinic);
    const strip = (demand: Record<string, unknown>) => ({
      ...demand,
      version: 0,
      updatedAt: '',
      amountSoughtMinor: 0,
      urgency: '',
    });
    expect(strip(after.water)).toEqual(strip(before.water));
    expect(after.water).toMatchObject({ amountSoughtMinor: 200_000_000, urgency: 'critical' });
    const gardens = (await client.get(`${base}/demands?q=huertas`)).json().items[0];
    expect(gardens).toMatchObject({ departmentName: 'Secretaría de Salud', urgency: 'medium' });

    const reupload = await uploadSheet(
      client,
      `${base}/spreadsheets/demands/imports`,
      await workbookBuffer(workbook),
    );
    expect(reupload.statusCode, reupload.body).toBe(201);
    const again = reupload.json() as SheetJob;
    expect(again.counts).toMatchObject({ add: 0, update: 0, unchanged: 3, errors: 0 });
  });

  it('round trip of offers through CSV in Spanish', async () => {
    const { client, base, call } = await cooperationWorld();
    const before = (await client.get(`${base}/offers/${call.id}`)).json();
    const csv = (await client.get(`${base}/spreadsheets/offers/export?format=csv`)).body;
    const uploaded = await uploadSheet(client, `${base}/spreadsheets/offers/imports`, csv, 'ofertas.csv');
    const preview = uploaded.json() as SheetJob;
    expect(preview.preview.errors).toEqual([]);
    expect(preview.counts).toMatchObject({ add: 0, update: 0, unchanged: 1 });
    const edited = csv.replace(
      'Convocatoria de agua y saneamiento',
      'Convocatoria de agua, saneamiento e higiene',
    );
    const second = (
      await uploadSheet(client, `${base}/spreadsheets/offers/imports`, edited, 'ofertas.csv')
    ).json() as SheetJob;
    expect(second.counts).toMatchObject({ update: 1, errors: 0 });
    await client.post(`${base}/spreadsheets/offers/imports/${second.id}/apply`, { mode: 'add_and_update' });
    await waitForSheetJob(client, `${base}/spreadsheets/offers/imports/${second.id}`);
    const after = (await client.get(`${base}/offers/${call.id}`)).json();
    expect(after.title).toBe('Convocatoria de agua, saneamiento e higiene');
    expect({ ...after, title: '', version: 0, updatedAt: '' }).toEqual({
      ...before,
      title: '',
      version: 0,
      updatedAt: '',
    });
  });

  it('refuses names and ids of another government, and hostile files, changing nothing', async () => {
    const other = await cooperationWorld();
    const exported = await downloadWorkbook(other.client, `${other.base}/spreadsheets/demands/export`);
    const { client, base } = await createWorld(testApp.app, 'admin');
    const preview = (
      await uploadSheet(client, `${base}/spreadsheets/demands/imports`, await workbookBuffer(exported))
    ).json() as SheetJob;
    expect(preview.counts.add).toBe(0);
    expect(preview.preview.errors.map((error) => error.column)).toContain('ID');
    const withoutIds = await downloadWorkbook(other.client, `${other.base}/spreadsheets/demands/export`);
    withoutIds.worksheets[0]!.eachRow((row, number) => {
      if (number > 1) row.getCell(1).value = null;
    });
    const byName = (
      await uploadSheet(client, `${base}/spreadsheets/demands/imports`, await workbookBuffer(withoutIds))
    ).json() as SheetJob;
    expect(byName.preview.errors).toContainEqual({
      row: expect.any(Number),
      column: 'Dependencia',
      message: 'No hay un registro con ese nombre en este gobierno.',
    });
    const apply = await client.post(`${base}/spreadsheets/demands/imports/${byName.id}/apply`, {
      mode: 'add',
    });
    expect(apply.statusCode).toBe(422);

    const template = await downloadWorkbook(client, `${base}/spreadsheets/offers/template`);
    template.worksheets[0]!.getRow(2).getCell(3).value = {
      formula: 'HYPERLINK("http://x","y")',
      result: 'y',
    } as ExcelJS.CellFormulaValue;
    const formula = await uploadSheet(
      client,
      `${base}/spreadsheets/offers/imports`,
      await workbookBuffer(template),
    );
    expect(formula.statusCode).toBe(422);
    const wrongType = await downloadWorkbook(client, `${base}/spreadsheets/offers/template`);
    wrongType.worksheets[0]!.getRow(2).getCell(columnOf(wrongType, 'Monto máximo')).value = 'mucho dinero';
    const typed = (
      await uploadSheet(client, `${base}/spreadsheets/offers/imports`, await workbookBuffer(wrongType))
    ).json() as SheetJob;
    expect(typed.preview.errors.some((error) => error.column === 'Monto máximo')).toBe(true);
    expect((await client.get(`${base}/demands`)).json().total).toBe(0);
    expect((await client.get(`${base}/offers`)).json().total).toBe(0);
  });
});

describe('the audit trail as a spreadsheet', () => {
  it('exports readable changes with the trail filters, and refuses to be imported', async () => {
    const { client, base, water } = await cooperationWorld();
    const workbook = await downloadWorkbook(
      client,
      `${base}/spreadsheets/audit/export?entityType=demand&entityId=${water.id}`,
    );
    expect(workbook.worksheets[0]?.name).toBe('Auditoría');
    const rows = sheetRows(workbook);
    expect(rows[0]).toEqual([
      'Fecha y hora',
      'Persona',
      'Tipo de registro',
      'Registro',
      'Acción',
      'Campo',
      'Antes',
      'Después',
    ]);
    const amount = rows.find((row) => row[5] === 'Monto buscado');
    expect(amount?.slice(1, 5)).toEqual([
      'Persona admin',
      'Demanda de cooperación',
      'Agua potable para la vereda El Placer',
      'Creación',
    ]);
    expect(amount?.[7]).toBe('1500000.50 COP');
    expect(rows.find((row) => row[5] === 'Dependencia')?.[7]).toBe('Secretaría de Salud');
    expect(rows.find((row) => row[5] === 'Urgencia')?.[7]).toBe('alta');
    expect(JSON.stringify(rows)).not.toContain(water.id);
    const english = sheetRows(
      await downloadWorkbook(
        client,
        `${base}/spreadsheets/audit/export?entityType=demand&entityId=${water.id}&lang=en&action=create`,
      ),
    );
    expect(english.find((row) => row[5] === 'Urgency')?.[7]).toBe('high');
    const none = sheetRows(await downloadWorkbook(client, `${base}/spreadsheets/audit/export?to=2001-01-01`));
    expect(none).toHaveLength(1);
    // The trail only goes out: there is no upload route and no template to fill in.
    const back = await uploadSheet(
      client,
      `${base}/spreadsheets/audit/imports`,
      await workbookBuffer(workbook),
    );
    expect(back.statusCode).toBe(404);
    expect((await client.get(`${base}/spreadsheets/audit/template`)).statusCode).toBe(404);
  });
});

describe('indicators with measurements as a spreadsheet', () => {
  async function indicatorWorld() {
    const world = await createWorld(testApp.app, 'admin');
    const { client, base } = world;
    const initiative = (await client.post(`${base}/initiatives`, { title: 'Jóvenes sin violencia' })).json();
    const url = `${base}/initiatives/${initiative.id}`;
    const goal = (
      await client.post(`${url}/mir-rows`, { level: 'goal', narrativeSummary: 'Convivencia pacífica' })
    ).json();
    const indicator = (
      await client.post(`${url}/indicators`, {
        mirRowId: goal.id,
        name: 'Jóvenes vinculados a empleo',
        unit: 'personas',
        baselineValue: '0',
        baselineDate: '2023-12-31',
        targetValue: '1200',
        targetDate: '2027-12-31',
        frequency: 'quarterly',
        direction: 'increase',
      })
    ).json();
    const recorded = await client.post(`${url}/indicators/${indicator.id}/measurements`, {
      date: '2024-03-31',
      value: '150',
      unit: 'personas',
    });
    if (recorded.statusCode !== 201) throw new Error(recorded.body);
    return { ...world, initiative, indicator, url };
  }

  it('round trip: new measurements are added, recorded ones stay, changed ones are refused', async () => {
    const { client, base, indicator, url } = await indicatorWorld();
    const workbook = await downloadWorkbook(client, `${base}/spreadsheets/indicators/export`);
    const rows = sheetRows(workbook);
    expect(rows).toHaveLength(2);
    const header = rows[0] as string[];
    expect(rows[1]?.[header.indexOf('Indicador')]).toBe('Jóvenes vinculados a empleo');
    expect(rows[1]?.[header.indexOf('Valor medido')]).toBe(150);
    const sheet = workbook.worksheets[0]!;
    const added = sheet.addRow((rows[1] as ExcelJS.CellValue[]).slice());
    added.getCell(columnOf(workbook, 'Fecha de la medición')).value = new Date('2024-06-30T00:00:00Z');
    added.getCell(columnOf(workbook, 'Valor medido')).value = 310;
    const preview = (
      await uploadSheet(client, `${base}/spreadsheets/indicators/imports`, await workbookBuffer(workbook))
    ).json() as SheetJob;
    expect(preview.preview.errors).toEqual([]);
    expect(preview.counts).toMatchObject({ add: 1, update: 0, unchanged: 1 });
    await client.post(`${base}/spreadsheets/indicators/imports/${preview.id}/apply`, { mode: 'add' });
    const job = await waitForSheetJob(client, `${base}/spreadsheets/indicators/imports/${preview.id}`);
    expect(job).toMatchObject({ status: 'completed', applied: { added: 1, updated: 0 } });
    const detail = (await client.get(`${url}/indicators/${indicator.id}`)).json();
    expect(JSON.stringify(detail)).toContain('310');

    sheet.getRow(2).getCell(columnOf(workbook, 'Valor medido')).value = 999;
    const changed = (
      await uploadSheet(client, `${base}/spreadsheets/indicators/imports`, await workbookBuffer(workbook))
    ).json() as SheetJob;
    expect(changed.preview.errors).toContainEqual(
      expect.objectContaining({ row: 2, column: 'Valor medido' }),
    );
  });

  it("refuses another government's indicators and wrong types, changing nothing", async () => {
    const other = await indicatorWorld();
    const exported = await downloadWorkbook(other.client, `${other.base}/spreadsheets/indicators/export`);
    const { client, base } = await createWorld(testApp.app, 'admin');
    const preview = (
      await uploadSheet(client, `${base}/spreadsheets/indicators/imports`, await workbookBuffer(exported))
    ).json() as SheetJob;
    expect(preview.preview.errors).toContainEqual(expect.objectContaining({ column: 'ID del indicador' }));
    exported.worksheets[0]!.getRow(2).getCell(columnOf(exported, 'Valor medido')).value = 'muchos';
    const typed = (
      await uploadSheet(
        other.client,
        `${other.base}/spreadsheets/indicators/imports`,
        await workbookBuffer(exported),
      )
    ).json() as SheetJob;
    expect(typed.preview.errors).toContainEqual(expect.objectContaining({ row: 2, column: 'Valor medido' }));
    expect(
      (await client.post(`${base}/spreadsheets/indicators/imports/${preview.id}/apply`, { mode: 'add' }))
        .statusCode,
    ).toBe(422);
  });
});

describe('measurements with their disaggregation, by initiative title and indicator name', () => {
  const headers = {
    id: 'ID del indicador',
    initiative: 'Iniciativa',
    indicator: 'Indicador',
    measuredOn: 'Fecha de la medición',
    value: 'Valor medido',
    unit: 'Unidad territorial (desagregación)',
    sex: 'Sexo (desagregación)',
    ageGroup: 'Grupo de edad (desagregación)',
    part: 'Valor desagregado',
  };

  async function disaggregatedWorld() {
    const world = await createWorld(testApp.app, 'admin');
    const { client, base } = world;
    const unit = async (code: string, name: string) => {
      const created = await client.post(`${base}/territorial-units`, { code, name, kind: 'comuna' });
      if (created.statusCode !== 201) throw new Error(created.body);
      return created.json().id as string;
    };
    const popular = await unit('01', 'Popular');
    const manrique = await unit('03', 'Manrique');
    const initiative = (await client.post(`${base}/initiatives`, { title: 'Jóvenes sin violencia' })).json();
    const url = `${base}/initiatives/${initiative.id}`;
    const goal = (
      await client.post(`${url}/mir-rows`, { level: 'goal', narrativeSummary: 'Convivencia pacífica' })
    ).json();
    const created = await client.post(`${url}/indicators`, {
      mirRowId: goal.id,
      name: 'Jóvenes vinculados a empleo',
      unit: 'personas',
      baselineValue: '0',
      baselineDate: '2023-12-31',
      targetValue: '1200',
      targetDate: '2027-12-31',
      frequency: 'quarterly',
      direction: 'increase',
      disaggregations: ['territorial_unit', 'sex', 'age_group'],
    });
    if (created.statusCode !== 201) throw new Error(created.body);
    const indicator = created.json();
    const recorded = await client.post(`${url}/indicators/${indicator.id}/measurements`, {
      date: '2024-03-31',
      value: '150',
      unit: 'personas',
      disaggregatedValues: [
        { dimension: 'territorial_unit', category: popular, value: '90' },
        { dimension: 'territorial_unit', category: manrique, value: '60' },
        { dimension: 'sex', category: 'female', value: '80' },
        { dimension: 'sex', category: 'male', value: '70' },
      ],
    });
    if (recorded.statusCode !== 201) throw new Error(recorded.body);
    return { ...world, indicator, url, popular, manrique };
  }

  async function preview(
    client: Parameters<typeof uploadSheet>[0],
    base: string,
    workbook: ExcelJS.Workbook,
  ) {
    return (
      await uploadSheet(client, `${base}/spreadsheets/indicators/imports`, await workbookBuffer(workbook))
    ).json() as SheetJob;
  }

  it('exports a row per disaggregated value, and export → edit → import gives back exactly the edits', async () => {
    const { client, base, indicator, url, popular, manrique } = await disaggregatedWorld();
    const workbook = await downloadWorkbook(client, `${base}/spreadsheets/indicators/export`);
    const rows = sheetRows(workbook);
    const header = rows[0] as string[];
    const at = (row: number, name: keyof typeof headers) =>
      rows[row]?.[header.indexOf(headers[name])] ?? null;
    expect(rows).toHaveLength(6);
    expect([1, 2, 3, 4, 5].map((row) => [at(row, 'unit'), at(row, 'sex'), at(row, 'part')])).toEqual([
      [null, null, null],
      ['01', null, 90],
      ['03', null, 60],
      [null, 'Mujeres', 80],
      [null, 'Hombres', 70],
    ]);
    expect(at(3, 'value')).toBe(150);

    // The same file back changes nothing.
    const same = await preview(client, base, workbook);
    expect(same.preview.errors).toEqual([]);
    expect(same.counts).toMatchObject({ add: 0, update: 0, unchanged: 1 });

    // A new measurement, naming its indicator by initiative and name, units by code and by name.
    const sheet = workbook.worksheets[0]!;
    const cells = (values: Partial<Record<keyof typeof headers, ExcelJS.CellValue>>) => {
      const row = sheet.addRow([]);
      for (const [name, value] of Object.entries({
        initiative: 'Jóvenes sin violencia',
        indicator: 'Jóvenes vinculados a empleo',
        measuredOn: new Date('2024-06-30T00:00:00Z'),
        value: 310,
        ...values,
      }))
        row.getCell(columnOf(workbook, headers[name as keyof typeof headers])).value = value ?? null;
      row.getCell(columnOf(workbook, 'Unidad')).value = 'personas';
    };
    cells({});
    cells({ unit: '01', part: 200 });
    cells({ unit: 'Manrique', part: 110 });
    cells({ ageGroup: '18 a 28 años', part: 310 });
    const added = await preview(client, base, workbook);
    expect(added.preview.errors).toEqual([]);
    expect(added.counts).toMatchObject({ add: 1, update: 0, unchanged: 1 });
    await client.post(`${base}/spreadsheets/indicators/imports/${added.id}/apply`, { mode: 'add' });
    const job = await waitForSheetJob(client, `${base}/spreadsheets/indicators/imports/${added.id}`);
    expect(job).toMatchObject({ status: 'completed', applied: { added: 1, updated: 0 } });
    const detail = (await client.get(`${url}/indicators/${indicator.id}`)).json();
    const june = detail.measurements.find((item: { date: string }) => item.date === '2024-06-30');
    expect(june).toMatchObject({ value: '310', unit: 'personas' });
    expect(june.disaggregatedValues).toEqual([
      { dimension: 'territorial_unit', category: popular, value: '200' },
      { dimension: 'territorial_unit', category: manrique, value: '110' },
      { dimension: 'age_group', category: '18-28', value: '310' },
    ]);

    // Exported again, the new measurement reads as it was written, its units by code.
    const again = sheetRows(await downloadWorkbook(client, `${base}/spreadsheets/indicators/export`));
    const tail = again
      .slice(6)
      .map((row) => [
        row[header.indexOf(headers.id)],
        row[header.indexOf(headers.value)],
        row[header.indexOf(headers.unit)] ?? null,
        row[header.indexOf(headers.ageGroup)] ?? null,
        row[header.indexOf(headers.part)] ?? null,
      ]);
    expect(tail).toEqual([
      [indicator.id, 310, null, null, null],
      [indicator.id, 310, '01', null, 200],
      [indicator.id, 310, '03', null, 110],
      [indicator.id, 310, null, '18 a 28 años', 310],
    ]);
  });

  it('names the column of an unknown or ambiguous indicator, unit or a changed disaggregation', async () => {
    const { client, base } = await disaggregatedWorld();
    const workbook = await downloadWorkbook(client, `${base}/spreadsheets/indicators/export`);
    const sheet = workbook.worksheets[0]!;
    // A recorded measurement's disaggregation is history: a file does not change it.
    sheet.getRow(3).getCell(columnOf(workbook, headers.part)).value = 91;
    const row = (values: Partial<Record<keyof typeof headers, ExcelJS.CellValue>>) => {
      const added = sheet.addRow([]);
      for (const [name, value] of Object.entries(values))
        added.getCell(columnOf(workbook, headers[name as keyof typeof headers])).value = value ?? null;
      added.getCell(columnOf(workbook, 'Unidad')).value = 'personas';
      return added.number;
    };
    const base2024 = {
      initiative: 'Jóvenes sin violencia',
      indicator: 'Jóvenes vinculados a empleo',
      value: 5,
    };
    const unknownIndicator = row({ ...base2024, indicator: 'Empleo juvenil', measuredOn: '2024-04-30' });
    row({ ...base2024, measuredOn: '2024-05-31' });
    const unknownUnit = row({ ...base2024, measuredOn: '2024-05-31', unit: 'Robledo', part: 5 });
    row({ ...base2024, measuredOn: '2024-07-31' });
    const twoParts = row({ ...base2024, measuredOn: '2024-07-31', unit: '01', sex: 'Mujeres', part: 5 });
    const errors = (await preview(client, base, workbook)).preview.errors;
    expect(errors).toContainEqual(expect.objectContaining({ row: 3, column: headers.part }));
    expect(errors).toContainEqual(
      expect.objectContaining({ row: unknownIndicator, column: headers.indicator }),
    );
    expect(errors).toContainEqual(expect.objectContaining({ row: unknownUnit, column: headers.unit }));
    expect(errors).toContainEqual(expect.objectContaining({ row: twoParts, column: headers.sex }));

    // Two initiatives with the same title and an indicator of the same name: the ID must say which.
    const twin = (await client.post(`${base}/initiatives`, { title: 'Jóvenes sin violencia' })).json();
    const goal = (
      await client.post(`${base}/initiatives/${twin.id}/mir-rows`, { level: 'goal', narrativeSummary: 'Paz' })
    ).json();
    await client.post(`${base}/initiatives/${twin.id}/indicators`, {
      mirRowId: goal.id,
      name: 'Jóvenes vinculados a empleo',
      unit: 'personas',
    });
    const fresh = await downloadWorkbook(client, `${base}/spreadsheets/indicators/template`);
    const freshSheet = fresh.worksheets[0]!;
    freshSheet.spliceRows(2, 1);
    const ambiguous = freshSheet.addRow([]);
    for (const [name, value] of Object.entries({ ...base2024, measuredOn: '2024-08-31' }))
      ambiguous.getCell(columnOf(fresh, headers[name as keyof typeof headers])).value = value;
    ambiguous.getCell(columnOf(fresh, 'Unidad')).value = 'personas';
    const twinErrors = (await preview(client, base, fresh)).preview.errors;
    expect(twinErrors).toEqual([expect.objectContaining({ row: 2, column: headers.indicator })]);
    expect(twinErrors[0]?.message).toContain('ID del indicador');
  });

  it('offers sex and age group as drop-down lists in the template', async () => {
    const { client, base } = await createWorld(testApp.app, 'admin');
    const workbook = await downloadWorkbook(client, `${base}/spreadsheets/indicators/template`);
    const sheet = workbook.worksheets[0]! as ExcelJS.Worksheet & {
      dataValidations: { model: Record<string, { formulae: string[] }> };
    };
    for (const header of [headers.sex, headers.ageGroup]) {
      const letter = sheet.getColumn(columnOf(workbook, header)).letter;
      const validation = Object.entries(sheet.dataValidations.model).find(([range]) =>
        range.startsWith(`${letter}2`),
      );
      expect(validation?.[1].formulae[0], header).toContain('Listas');
    }
    const lists = sheetRows({ worksheets: [workbook.worksheets[1]!] } as unknown as ExcelJS.Workbook);
    expect(lists.flat()).toEqual(
      expect.arrayContaining(['Mujeres', 'Personas no binarias', '60 años o más']),
    );
  });
});

describe('lists that go out to spreadsheets only', () => {
  it('exports initiatives, commitments, investment leads and positions with their filters, and refuses them back', async () => {
    const { client, base } = await createWorld(testApp.app, 'admin');
    await client.post(`${base}/initiatives`, { title: 'Movilidad sostenible en la comuna 13' });
    await client.post(`${base}/initiatives`, { title: 'Huertas urbanas' });
    const initiatives = sheetRows(await downloadWorkbook(client, `${base}/spreadsheets/initiatives/export`));
    expect(initiatives).toHaveLength(3);
    expect(initiatives[0]?.slice(0, 3)).toEqual(['ID', 'Título', 'Etapa']);
    expect(initiatives.find((row) => row[1] === 'Huertas urbanas')?.[2]).toBe('Problematización');
    const filtered = sheetRows(
      await downloadWorkbook(client, `${base}/spreadsheets/initiatives/export?q=movilidad`),
    );
    expect(filtered).toHaveLength(2);
    for (const [registry, title, header] of [
      ['commitments', 'Compromisos', 'Compromiso'],
      ['investment-leads', 'Oportunidades de inversión', 'Proyecto'],
      ['positions', 'Posiciones y declaraciones', 'Tipo'],
      ['events', 'Eventos con costos y compromisos', 'Costo: monto'],
      ['projects', 'Presupuestos y transacciones', 'Transacción: monto'],
    ] as const) {
      const workbook = await downloadWorkbook(client, `${base}/spreadsheets/${registry}/export`);
      expect(workbook.worksheets[0]?.name).toBe(title.slice(0, 31));
      expect(sheetRows(workbook)[0]).toContain(header);
    }
    const csv = await client.get(`${base}/spreadsheets/commitments/export?format=csv&status=overdue`);
    expect(csv.statusCode).toBe(200);
    const back = await uploadSheet(
      client,
      `${base}/spreadsheets/initiatives/imports`,
      await workbookBuffer(await downloadWorkbook(client, `${base}/spreadsheets/initiatives/export`)),
    );
    expect(back.statusCode).toBe(404);
  });
});

import { and, eq, sql } from 'drizzle-orm';
import type ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditLog } from '../../src/server/db/schema';
import { normalizeLabel } from '../../src/server/modules/spreadsheets/sheet-labels';
import { createLink, createPartner, createWorld } from '../factories';
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

async function twoPartners() {
  const world = await createWorld(testApp.app, 'admin');
  const bilbao = await createPartner(world.client, world.base, {
    name: 'Ayuntamiento de Bilbao',
    acronym: null,
    kind: 'city_government',
    countryCode: 'ES',
    city: 'Bilbao',
    latitude: 43.263,
    longitude: -2.935,
    iatiOrgType: null,
    tags: ['hermanamiento', 'europa'],
    contacts: [
      {
        name: 'Ane Etxebarria',
        position: 'Directora',
        email: 'ane@bilbao.eus',
        isPrimary: true,
        channel: 'email',
      },
      { name: 'Jon Ugarte', position: 'Técnico', isPrimary: false },
    ],
  });
  const aecid = await createPartner(world.client, world.base, { iatiOrgId: 'XM-DAC-50-10' });
  return { ...world, bilbao, aecid };
}

describe('names in a file and in the database', () => {
  it('fold alike: what the sheets compute from a file equals f_unaccent(lower(…)) in SQL', async () => {
    const names = [
      'CAF – Banco de Desarrollo de América Latina',
      'Red Mercociudades — Secretaría Técnica',
      '‘Ciudades’ “Sostenibles” …',
      'Ærø Kommune',
      'Œuvre d’Orient',
      'Straße der Städte',
      'Łódź',
      'Đà Nẵng',
      'Nº 1ª Conferencia',
      'São Paulo  –  Zürich',
    ];
    for (const name of names) {
      const result = await testApp.app.database.db.execute(
        sql`select regexp_replace(f_unaccent(lower(trim(${name}))), '\\s+', ' ', 'g') as key`,
      );
      const key = (result as unknown as { rows: { key: string }[] }).rows[0]?.key;
      expect(normalizeLabel(name), name).toBe(key);
    }
  });
});

describe('partners spreadsheets', () => {
  it('exports the filtered list with Spanish headers, typed cells, a frozen header and an auto-filter', async () => {
    const { client, base } = await twoPartners();
    const workbook = await downloadWorkbook(client, `${base}/spreadsheets/partners/export?format=xlsx`);
    const sheet = workbook.worksheets[0]!;
    expect(sheet.name).toBe('Contrapartes');
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(sheet.autoFilter).toBeTruthy();
    const rows = sheetRows(workbook);
    expect(rows[0]?.slice(0, 4)).toEqual(['ID', 'Nombre', 'Sigla', 'Tipo de contraparte']);
    // Bilbao has two contacts (two rows), AECID one.
    expect(rows).toHaveLength(4);
    const bilbaoRow = rows.find((row) => row[1] === 'Ayuntamiento de Bilbao')!;
    expect(bilbaoRow[3]).toBe('Gobierno local o ciudad');
    expect(bilbaoRow[4]).toBe('España');
    expect(bilbaoRow[6]).toBe(43.263);
    const filtered = await downloadWorkbook(
      client,
      `${base}/spreadsheets/partners/export?format=xlsx&q=bilbao`,
    );
    expect(sheetRows(filtered)).toHaveLength(3);
    const csv = await client.get(`${base}/spreadsheets/partners/export?format=csv&kind=city_government`);
    expect(csv.headers['content-type']).toContain('text/csv');
    expect(csv.body.startsWith('\uFEFFID;Nombre;Sigla')).toBe(true);
    expect(csv.body).toContain('43,263');
  });

  it('round trip: export, edit cells, import gives back exactly the edits and nothing else', async () => {
    const { client, base, bilbao, aecid } = await twoPartners();
    const before = {
      bilbao: (await client.get(`${base}/partners/${bilbao.id}`)).json(),
      aecid: (await client.get(`${base}/partners/${aecid.id}`)).json(),
    };
    const workbook = await downloadWorkbook(client, `${base}/spreadsheets/partners/export?format=xlsx`);
    const sheet = workbook.worksheets[0]!;
    const cityColumn = columnOf(workbook, 'Ciudad');
    const contactEmailColumn = columnOf(workbook, 'Contacto: correo');
    let bilbaoRow = 0;
    sheet.eachRow((row, number) => {
      if (row.getCell(2).value === 'Ayuntamiento de Bilbao' && !bilbaoRow) bilbaoRow = number;
    });
    sheet.getRow(bilbaoRow).getCell(cityColumn).value = 'Bilbo';
    sheet.getRow(bilbaoRow + 1).getCell(cityColumn).value = 'Bilbo';
    sheet.getRow(bilbaoRow).getCell(contactEmailColumn).value = 'ane.etxebarria@bilbao.eus';
    const added = sheet.addRow([]);
    added.getCell(2).value = 'Municipalidad de Rosario';
    added.getCell(4).value = 'Gobierno local o ciudad';
    added.getCell(5).value = 'Argentina';
    added.getCell(columnOf(workbook, 'Contacto: nombre')).value = 'Lucía Pérez';
    const uploaded = await uploadSheet(
      client,
      `${base}/spreadsheets/partners/imports`,
      await workbookBuffer(workbook),
    );
    expect(uploaded.statusCode).toBe(201);
    const preview = uploaded.json() as SheetJob;
    expect(preview.counts).toMatchObject({ add: 1, update: 1, unchanged: 1, errors: 0 });
    expect(preview.preview.update[0]?.changes).toEqual(['Ciudad', 'Contacto: nombre']);
    expect(preview.preview.add[0]?.label).toBe('Municipalidad de Rosario (AR)');

    const applied = await client.post(`${base}/spreadsheets/partners/imports/${preview.id}/apply`, {
      mode: 'add_and_update',
    });
    expect(applied.statusCode).toBe(202);
    const job = await waitForSheetJob(client, `${base}/spreadsheets/partners/imports/${preview.id}`);
    expect(job).toMatchObject({ status: 'completed', progress: 1, applied: { added: 1, updated: 1 } });

    const after = {
      bilbao: (await client.get(`${base}/partners/${bilbao.id}`)).json(),
      aecid: (await client.get(`${base}/partners/${aecid.id}`)).json(),
    };
    expect(after.aecid).toEqual(before.aecid);
    const strip = (partner: Record<string, unknown>) => ({
      ...partner,
      version: 0,
      updatedAt: '',
      city: '',
      contacts: [],
    });
    expect(strip(after.bilbao)).toEqual(strip(before.bilbao));
    expect(after.bilbao.city).toBe('Bilbo');
    expect(after.bilbao.contacts).toEqual(
      before.bilbao.contacts.map((contact: { name: string; email: string | null }) =>
        contact.name === 'Ane Etxebarria' ? { ...contact, email: 'ane.etxebarria@bilbao.eus' } : contact,
      ),
    );
    const rosario = (await client.get(`${base}/partners?q=Rosario`)).json();
    expect(rosario.items).toHaveLength(1);
    // One audit record per change: Bilbao updated, Rosario created.
    const audits = await testApp.database.db
      .select()
      .from(auditLog)
      .where(
        and(
          eq(auditLog.entityType, 'partner'),
          eq(auditLog.entityId, bilbao.id),
          eq(auditLog.action, 'update'),
        ),
      );
    expect(audits).toHaveLength(1);

    // The same file again: everything is there now.
    const again = (
      await uploadSheet(client, `${base}/spreadsheets/partners/imports`, await workbookBuffer(workbook))
    ).json();
    expect(again.preview.errors).toEqual([]);
    expect(again.preview.update).toEqual([]);
    expect(again.counts).toMatchObject({ add: 0, update: 0, unchanged: 3, errors: 0 });
  });

  it('round trip through CSV in Spanish (semicolons, decimal commas) and add-only mode', async () => {
    const { client, base, bilbao } = await twoPartners();
    const csv = (await client.get(`${base}/spreadsheets/partners/export?format=csv`)).body;
    const edited = csv
      .replaceAll('Bilbao;43,263', 'Bilbo;43,263')
      .concat('; Fundación Nueva;;ONG o fundación;Colombia;Cali;;;;;;;;;;;;;;;;\r\n');
    const uploaded = await uploadSheet(client, `${base}/spreadsheets/partners/imports`, edited, 'socios.csv');
    expect(uploaded.statusCode).toBe(201);
    const preview = uploaded.json() as SheetJob;
    expect(preview.preview.errors).toEqual([]);
    expect(preview.counts).toMatchObject({ add: 1, update: 1, unchanged: 1, errors: 0 });
    await client.post(`${base}/spreadsheets/partners/imports/${preview.id}/apply`, { mode: 'add' });
    const job = await waitForSheetJob(client, `${base}/spreadsheets/partners/imports/${preview.id}`);
    expect(job.applied).toEqual({ added: 1, updated: 0 });
    expect((await client.get(`${base}/partners/${bilbao.id}`)).json().city).toBe('Bilbao');
  });

  it('finds a partner by name and country when a file writes its dash another way, instead of adding it twice', async () => {
    const { client, base } = await twoPartners();
    const caf = await createPartner(client, base, {
      name: 'CAF – Banco de Desarrollo de América Latina',
      kind: 'multilateral',
      countryCode: 'VE',
    });
    const csv = (await client.get(`${base}/spreadsheets/partners/export?format=csv`)).body;
    // The ids removed (matched by name and country only), the en dash written as an em dash.
    const edited = csv
      .replaceAll(`${caf.id};`, ';')
      .replaceAll('CAF – Banco de Desarrollo', 'CAF — Banco de Desarrollo');
    expect(edited).toContain('CAF — Banco');
    expect(edited).not.toContain(caf.id);
    const preview = (
      await uploadSheet(client, `${base}/spreadsheets/partners/imports`, edited, 'socios.csv')
    ).json() as SheetJob;
    expect(preview.preview.errors).toEqual([]);
    expect(preview.counts).toMatchObject({ add: 0, errors: 0 });
  });

  it('the template has headers, an example row and drop-down lists from the codelists', async () => {
    const { client, base } = await createWorld(testApp.app, 'admin');
    const workbook = await downloadWorkbook(client, `${base}/spreadsheets/partners/template`);
    const rows = sheetRows(workbook);
    expect(rows).toHaveLength(2);
    expect(rows[1]?.[1]).toBe('Ayuntamiento de Bilbao');
    const sheet = workbook.worksheets[0]! as ExcelJS.Worksheet & {
      dataValidations: { model: Record<string, { formulae: string[] }> };
    };
    const kindValidation = Object.entries(sheet.dataValidations.model).find(([range]) =>
      range.startsWith('D2'),
    );
    expect(kindValidation?.[1].formulae[0]).toContain('Listas');
    const lists = workbook.worksheets[1]!;
    expect(lists.state).toBe('hidden');
    // The example row itself imports cleanly.
    const preview = (
      await uploadSheet(client, `${base}/spreadsheets/partners/imports`, await workbookBuffer(workbook))
    ).json();
    expect(preview.counts).toMatchObject({ add: 1, errors: 0 });
  });
});

describe('partners import: errors and hostile files', () => {
  async function template(client: Parameters<typeof downloadWorkbook>[0], base: string) {
    return downloadWorkbook(client, `${base}/spreadsheets/partners/template`);
  }

  it('names the row, the column and the problem in the user language, and refuses to apply', async () => {
    const { client, base } = await createWorld(testApp.app, 'admin');
    const workbook = await template(client, base);
    const sheet = workbook.worksheets[0]!;
    sheet.getRow(2).getCell(columnOf(workbook, 'Latitud')).value = 'al norte';
    const second = sheet.addRow([]);
    second.getCell(2).value = 'Ciudad Sin Tipo';
    const preview = (
      await uploadSheet(client, `${base}/spreadsheets/partners/imports`, await workbookBuffer(workbook))
    ).json() as SheetJob;
    expect(preview.counts.errors).toBe(2);
    expect(preview.preview.errors).toContainEqual({
      row: 2,
      column: 'Latitud',
      message: 'Escriba un número.',
    });
    expect(preview.preview.errors).toContainEqual(
      expect.objectContaining({ row: 3, column: 'Tipo de contraparte' }),
    );
    const applied = await client.post(`${base}/spreadsheets/partners/imports/${preview.id}/apply`, {
      mode: 'add',
    });
    expect(applied.statusCode).toBe(422);
    expect((await client.get(`${base}/partners`)).json().total).toBe(0);
  });

  it("refuses another government's ids in a file", async () => {
    const other = await twoPartners();
    const exported = await downloadWorkbook(other.client, `${other.base}/spreadsheets/partners/export`);
    const { client, base } = await createWorld(testApp.app, 'admin');
    const preview = (
      await uploadSheet(client, `${base}/spreadsheets/partners/imports`, await workbookBuffer(exported))
    ).json() as SheetJob;
    expect(preview.counts.add).toBe(0);
    expect(
      preview.preview.errors.some(
        (error) => error.column === 'ID' && error.message.includes('este gobierno'),
      ),
    ).toBe(true);
    expect(
      (
        await client.post(`${base}/spreadsheets/partners/imports/${preview.id}/apply`, {
          mode: 'add_and_update',
        })
      ).statusCode,
    ).toBe(422);
    expect((await client.get(`${base}/partners`)).json().total).toBe(0);
  });

  it('refuses formulas, huge sheets, zip bombs, 1 MB cells and files that are not spreadsheets, changing nothing', async () => {
    const { client, base } = await createWorld(testApp.app, 'admin');
    const url = `${base}/spreadsheets/partners/imports`;
    const withFormula = await template(client, base);
    withFormula.worksheets[0]!.getRow(2).getCell(2).value = {
      formula: 'CONCAT("A","B")',
      result: 'AB',
    } as ExcelJS.CellFormulaValue;
    const formula = await uploadSheet(client, url, await workbookBuffer(withFormula));
    expect(formula.statusCode).toBe(422);
    expect(formula.json().detail).toContain('B2');

    const header = sheetRows(await template(client, base))[0]!.join(';');
    const huge = `${header}\r\n${'Ciudad;;;Otro\r\n'.repeat(100_001)}`;
    const tooMany = await uploadSheet(client, url, huge, 'enorme.csv');
    expect(tooMany.statusCode).toBe(422);
    expect(tooMany.json().detail).toContain('100000');

    const long = await uploadSheet(
      client,
      url,
      `${header}\r\n;${'x'.repeat(1024 * 1024)};;Otro\r\n`,
      'larga.csv',
    );
    expect(long.statusCode).toBe(422);
    expect(long.json().detail).toContain('fila 2');

    const bomb = new JSZip();
    bomb.file('[Content_Types].xml', '<Types/>');
    bomb.file('xl/worksheets/sheet1.xml', Buffer.alloc(64 * 1024 * 1024, 32));
    const bombBuffer = await bomb.generateAsync({
      type: 'nodebuffer',
      compression: 'DEFLATE',
      compressionOptions: { level: 6 },
    });
    expect(bombBuffer.length).toBeLessThan(1024 * 1024);
    const bombed = await uploadSheet(client, url, bombBuffer);
    expect(bombed.statusCode).toBe(422);
    expect(bombed.json().detail).toContain('descomprimido');

    const notSheet = await uploadSheet(client, url, Buffer.from([0x50, 0x4b, 0x03, 0x04, 1, 2, 3]));
    expect(notSheet.statusCode).toBe(422);
    const tooBig = await uploadSheet(client, url, Buffer.alloc(21 * 1024 * 1024, 65), 'grande.csv');
    expect(tooBig.statusCode).toBe(413);

    expect((await client.get(`${base}/partners`)).json().total).toBe(0);
    expect((await client.get(`${url}`)).json().items).toHaveLength(0);
    // Building a 100,001-row sheet and a zip bomb takes a while on a shared machine.
  }, 120_000);
});

describe('links spreadsheets', () => {
  it('round trip with parties: the edits come back, signatories stay, parties are found by name', async () => {
    const { client, base, bilbao, aecid } = await twoPartners();
    const link = await createLink(client, base, bilbao.id, {
      title: 'Hermanamiento Medellín–Bilbao',
      kind: 'sister_city',
      registryNumber: 'HER-2024-01',
      signatories: [{ name: 'Alcaldesa de Bilbao', side: 'counterpart', partnerId: bilbao.id }],
      themes: ['cultural'],
      annualFeeMinor: 125_050,
      annualFeeCurrency: 'EUR',
    });
    const before = (await client.get(`${base}/links/${link.id}`)).json();
    const workbook = await downloadWorkbook(client, `${base}/spreadsheets/links/export`);
    const sheet = workbook.worksheets[0]!;
    expect(sheetRows(workbook)[1]?.[11]).toBe(1250.5);
    expect(sheet.getRow(2).getCell(columnOf(workbook, 'Contraparte')).value).toBe('Ayuntamiento de Bilbao');
    sheet.getRow(2).getCell(columnOf(workbook, 'Vigente hasta')).value = new Date('2030-12-31T00:00:00Z');
    const added = sheet.addRow([]);
    added.getCell(columnOf(workbook, 'Título')).value = 'Memorando con la AECID';
    added.getCell(columnOf(workbook, 'Tipo de vínculo')).value = 'Memorando de entendimiento';
    added.getCell(columnOf(workbook, 'Contraparte')).value =
      'agencia española de cooperacion internacional para el desarrollo';
    const preview = (
      await uploadSheet(client, `${base}/spreadsheets/links/imports`, await workbookBuffer(workbook))
    ).json() as SheetJob;
    expect(preview.preview.errors).toEqual([]);
    expect(preview.counts).toMatchObject({ add: 1, update: 1, errors: 0 });
    expect(preview.preview.update[0]?.changes).toEqual(['Vigente hasta']);
    await client.post(`${base}/spreadsheets/links/imports/${preview.id}/apply`, { mode: 'add_and_update' });
    const job = await waitForSheetJob(client, `${base}/spreadsheets/links/imports/${preview.id}`);
    expect(job.status).toBe('completed');
    const after = (await client.get(`${base}/links/${link.id}`)).json();
    const strip = (value: Record<string, unknown>) => ({
      ...value,
      version: 0,
      updatedAt: '',
      validTo: '',
      daysToExpiry: 0,
      allowedTransitions: [],
      // The API's update writes signatories anew (same content, new ids), as a PUT from the form does.
      signatories: (value.signatories as { id: string }[]).map(({ id: _id, ...rest }) => rest),
    });
    expect(strip(after)).toEqual(strip(before));
    expect(after.validTo).toBe('2030-12-31');
    const memo = (await client.get(`${base}/links?q=AECID`)).json();
    expect(memo.items[0]?.parties[0]?.partnerId).toBe(aecid.id);
  });

  it('adds a link with several parties named by name, dashes and accents as the database folds them', async () => {
    const { client, base, bilbao } = await twoPartners();
    await createPartner(client, base, {
      name: 'CAF – banco de desarrollo de América Latina',
      kind: 'multilateral',
    });
    const template = (await client.get(`${base}/spreadsheets/links/template?format=csv`)).body;
    const columns = (template.replace(/^\uFEFF/, '').split(/\r?\n/)[0] ?? '').split(';');
    const row = (cells: Record<string, string>) => columns.map((column) => cells[column] ?? '').join(';');
    const link = { Título: 'Carta de intención tripartita', 'Tipo de vínculo': 'Carta de intención' };
    const csv = [
      columns.join(';'),
      row({
        ...link,
        Contraparte: 'caf - Banco de Desarrollo de America Latina',
        'Rol de la contraparte': 'Financiador',
      }),
      row({ ...link, Contraparte: 'ayuntamiento de bilbao', 'Rol de la contraparte': 'Testigo' }),
    ].join('\n');
    const preview = (
      await uploadSheet(client, `${base}/spreadsheets/links/imports`, Buffer.from(csv), 'vinculos.csv')
    ).json() as SheetJob;
    expect(preview.preview.errors).toEqual([]);
    expect(preview.counts).toMatchObject({ rows: 2, add: 1, errors: 0 });
    await client.post(`${base}/spreadsheets/links/imports/${preview.id}/apply`, { mode: 'add' });
    expect((await waitForSheetJob(client, `${base}/spreadsheets/links/imports/${preview.id}`)).status).toBe(
      'completed',
    );
    const found = (await client.get(`${base}/links?q=tripartita`)).json().items[0];
    const added = (await client.get(`${base}/links/${found.id}`)).json();
    expect(added.parties.map((party: { partnerId: string; role: string }) => party.role).sort()).toEqual([
      'funder',
      'witness',
    ]);
    expect(added.parties.map((party: { partnerId: string }) => party.partnerId)).toContain(bilbao.id);
  });

  it('refuses a party of another government and a status change by import', async () => {
    const other = await twoPartners();
    const { client, base, bilbao } = await twoPartners();
    await createLink(client, base, bilbao.id, { title: 'Convenio cultural', kind: 'convenio' });
    const workbook = await downloadWorkbook(client, `${base}/spreadsheets/links/export`);
    const sheet = workbook.worksheets[0]!;
    sheet.getRow(2).getCell(columnOf(workbook, 'Estado')).value = 'Firmado';
    const added = sheet.addRow([]);
    added.getCell(columnOf(workbook, 'Título')).value = 'Vínculo ajeno';
    added.getCell(columnOf(workbook, 'Tipo de vínculo')).value = 'Convenio';
    added.getCell(columnOf(workbook, 'ID de la contraparte')).value = other.bilbao.id;
    const preview = (
      await uploadSheet(client, `${base}/spreadsheets/links/imports`, await workbookBuffer(workbook))
    ).json() as SheetJob;
    expect(preview.counts.errors).toBe(2);
    expect(preview.preview.errors.map((error) => error.column).sort()).toEqual([
      'Estado',
      'ID de la contraparte',
    ]);
    expect(
      (await client.post(`${base}/spreadsheets/links/imports/${preview.id}/apply`, { mode: 'add' }))
        .statusCode,
    ).toBe(422);
  });
});

describe('departments spreadsheets', () => {
  it('round trip: the edited head comes back, a new department is added, nothing else changes', async () => {
    const { client, base } = await createWorld(testApp.app, 'admin');
    const created = await client.post(`${base}/departments`, {
      name: 'Secretaría de Cultura',
      acronym: 'SC',
    });
    expect(created.statusCode).toBe(201);
    await client.post(`${base}/departments`, { name: 'Secretaría de Movilidad' });
    const before = (await client.get(`${base}/departments/${created.json().id}`)).json();
    const workbook = await downloadWorkbook(client, `${base}/spreadsheets/departments/export`);
    const sheet = workbook.worksheets[0]!;
    sheet.getRow(2).getCell(columnOf(workbook, 'Persona titular')).value = 'Marta Gómez';
    sheet.addRow([null, 'Agencia de Cooperación e Inversión', 'ACI']);
    const preview = (
      await uploadSheet(client, `${base}/spreadsheets/departments/imports`, await workbookBuffer(workbook))
    ).json() as SheetJob;
    expect(preview.counts).toMatchObject({ add: 1, update: 1, unchanged: 1, errors: 0 });
    await client.post(`${base}/spreadsheets/departments/imports/${preview.id}/apply`, {
      mode: 'add_and_update',
    });
    expect(
      (await waitForSheetJob(client, `${base}/spreadsheets/departments/imports/${preview.id}`)).status,
    ).toBe('completed');
    const after = (await client.get(`${base}/departments/${created.json().id}`)).json();
    expect({ ...after, headName: null, version: 0, updatedAt: '' }).toEqual({
      ...before,
      version: 0,
      updatedAt: '',
    });
    expect(after.headName).toBe('Marta Gómez');
    expect((await client.get(`${base}/departments`)).json().total).toBe(3);
  });
});

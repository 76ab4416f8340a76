import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createWorld } from '../factories';
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

const square = {
  type: 'Polygon',
  coordinates: [
    [
      [-75.57, 6.2],
      [-75.56, 6.2],
      [-75.56, 6.21],
      [-75.57, 6.2],
    ],
  ],
};

describe('territorial units to and from spreadsheets', () => {
  it('round-trips: the export comes back unchanged, and only the edits are applied', async () => {
    const { client, base } = await createWorld(testApp.app, 'admin');
    const created = await client.post(`${base}/territorial-units`, {
      code: '14',
      name: 'El Poblado',
      kind: 'comuna',
      population: 100,
      geometry: square,
    });
    expect(created.statusCode).toBe(201);
    const poblado = created.json() as { id: string };
    expect(
      (await client.post(`${base}/territorial-units`, { code: '15', name: 'Guayabal', kind: 'comuna' }))
        .statusCode,
    ).toBe(201);

    const url = `${base}/spreadsheets/territorial-units`;
    const exported = await downloadWorkbook(client, `${url}/export`);
    const rows = sheetRows(exported);
    expect(rows[0]).toEqual(['ID', 'Código', 'Nombre', 'Tipo de unidad', 'Población']);
    expect(rows.slice(1).map((row) => [row[1], row[2], row[3], row[4] ?? null])).toEqual([
      ['14', 'El Poblado', 'Comuna', 100],
      ['15', 'Guayabal', 'Comuna', null],
    ]);

    // Nothing edited: nothing to write.
    const same = (
      await uploadSheet(client, `${url}/imports`, await workbookBuffer(exported))
    ).json() as SheetJob;
    expect(same.counts).toMatchObject({ add: 0, update: 0, unchanged: 2, errors: 0 });

    // One population edited and one unit added (matched by code when the id is blank).
    const sheet = exported.worksheets[0]!;
    sheet.getRow(2).getCell(columnOf(exported, 'Población')).value = 135_000;
    const added = sheet.addRow([]);
    added.getCell(columnOf(exported, 'Código')).value = '16';
    added.getCell(columnOf(exported, 'Nombre')).value = 'Belén';
    added.getCell(columnOf(exported, 'Tipo de unidad')).value = 'Comuna';
    added.getCell(columnOf(exported, 'Población')).value = 200_000;
    const preview = (
      await uploadSheet(client, `${url}/imports`, await workbookBuffer(exported))
    ).json() as SheetJob;
    expect(preview.counts).toMatchObject({ add: 1, update: 1, unchanged: 1, errors: 0 });
    expect(preview.preview.update[0]).toMatchObject({ label: 'El Poblado', changes: ['Población'] });

    const applied = await client.post(`${url}/imports/${preview.id}/apply`, { mode: 'add_and_update' });
    expect(applied.statusCode).toBe(202);
    const job = await waitForSheetJob(client, `${url}/imports/${preview.id}`);
    expect(job.applied).toEqual({ added: 1, updated: 1 });
    const after = (await client.get(`${base}/territorial-units/${poblado.id}`)).json();
    expect(after).toMatchObject({ population: 135_000, hasGeometry: true, code: '14' });

    // The export takes the list's filters.
    const filtered = sheetRows(await downloadWorkbook(client, `${url}/export?q=belen&format=xlsx`));
    expect(filtered.slice(1).map((row) => row[2])).toEqual(['Belén']);
  });

  it('names the row and column of a wrong value and saves nothing', async () => {
    const { client, base } = await createWorld(testApp.app, 'admin');
    const url = `${base}/spreadsheets/territorial-units`;
    const template = await downloadWorkbook(client, `${url}/template`);
    template.worksheets[0]!.getRow(2).getCell(columnOf(template, 'Población')).value = 'muchos';
    const preview = (
      await uploadSheet(client, `${url}/imports`, await workbookBuffer(template))
    ).json() as SheetJob;
    expect(preview.preview.errors).toContainEqual(expect.objectContaining({ row: 2, column: 'Población' }));
    expect((await client.post(`${url}/imports/${preview.id}/apply`, { mode: 'add' })).statusCode).toBe(422);
    expect((await client.get(`${base}/territorial-units`)).json().total).toBe(0);
  });

  it('lets coordinators export but not import', async () => {
    const { client, base } = await createWorld(testApp.app, 'coordinator');
    const url = `${base}/spreadsheets/territorial-units`;
    expect((await client.get(`${url}/export`)).statusCode).toBe(200);
    expect((await uploadSheet(client, `${url}/imports`, 'Nombre\nBelén\n', 'u.csv')).statusCode).toBe(403);
  });
});

import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createWorld, invite, tokenOfLink } from '../factories';
import { createTestApp, type TestApp } from '../test-app';

let testApp: TestApp;
beforeAll(async () => {
  testApp = await createTestApp();
});
afterAll(async () => testApp.close());

// The real CDMX alcaldías file, as vendored from INEGI-derived public data.
const alcaldias = JSON.parse(
  readFileSync(new URL('../../data/geo/cdmx-alcaldias.geojson', import.meta.url), 'utf8'),
);

describe('territory', () => {
  it('reads and updates the government profile with optimistic locking', async () => {
    const { client, base, government } = await createWorld(testApp.app, 'admin');
    const profile = (await client.get(base)).json();
    expect(profile).toMatchObject({ id: government.id, reportingCurrency: 'COP', version: 1 });
    const body = {
      name: 'Distrito de Medellín',
      kind: 'city',
      countryCode: 'CO',
      population: 2_612_958,
      languages: ['es'],
      reportingCurrency: 'COP',
      timezone: 'America/Bogota',
      website: 'https://www.medellin.gov.co',
      version: 1,
    };
    const updated = await client.put(base, body);
    expect(updated.statusCode).toBe(200);
    expect(updated.json()).toMatchObject({ name: 'Distrito de Medellín', version: 2 });
    expect((await client.put(base, body)).statusCode).toBe(409);
    expect((await client.put(base, { ...body, reportingCurrency: 'ZZZ', version: 2 })).statusCode).toBe(422);
  });

  it('lets only the admin edit the profile', async () => {
    const { client, base } = await createWorld(testApp.app, 'coordinator');
    const profile = (await client.get(base)).json();
    expect((await client.put(base, { ...profile, version: 1 })).statusCode).toBe(403);
  });

  it('imports the real CDMX alcaldías GeoJSON in one transaction, and re-imports as updates', async () => {
    const { client, base } = await createWorld(testApp.app, 'admin');
    const properties = Object.keys(alcaldias.features[0].properties);
    const nameProperty = properties.find((key) => /nom/i.test(key)) as string;
    const codeProperty = properties.find((key) => /cvegeo|cve/i.test(key)) as string;
    const body = { featureCollection: alcaldias, nameProperty, codeProperty, kind: 'alcaldia' };
    const first = await client.post(`${base}/territorial-units/import-geojson`, body);
    expect(first.statusCode).toBe(200);
    expect(first.json()).toMatchObject({ created: 16, updated: 0, skipped: [] });
    const second = await client.post(`${base}/territorial-units/import-geojson`, body);
    expect(second.json()).toMatchObject({ created: 0, updated: 16 });
    const map = (await client.get(`${base}/territory-map`)).json();
    expect(map.features).toHaveLength(16);
    expect(map.features.map((f: { properties: { name: string } }) => f.properties.name)).toContain(
      'Coyoacán',
    );
    const search = (await client.get(`${base}/territorial-units?q=alvaro obregon`)).json();
    expect(search.items[0].name).toBe('Álvaro Obregón');
  });

  it('reports features without a name as skipped', async () => {
    const { client, base } = await createWorld(testApp.app, 'admin');
    const [feature] = alcaldias.features;
    const body = {
      featureCollection: { type: 'FeatureCollection', features: [feature, { ...feature, properties: {} }] },
      nameProperty: Object.keys(feature.properties).find((key: string) => /nom/i.test(key)),
      kind: 'alcaldia',
    };
    const result = (await client.post(`${base}/territorial-units/import-geojson`, body)).json();
    expect(result).toMatchObject({ created: 1, skipped: [{ index: 1, reason: 'missingName' }] });
  });

  it('creates, edits, archives and restores units and departments', async () => {
    const { client, base } = await createWorld(testApp.app, 'admin');
    const unit = await client.post(`${base}/territorial-units`, {
      code: '14',
      name: 'El Poblado',
      kind: 'comuna',
      population: 135_000,
    });
    expect(unit.statusCode).toBe(201);
    const duplicate = await client.post(`${base}/territorial-units`, {
      code: '14',
      name: 'Otra',
      kind: 'comuna',
    });
    expect(duplicate.statusCode).toBe(422);
    expect(duplicate.json().errors[0].field).toBe('code');
    const edited = await client.put(`${base}/territorial-units/${unit.json().id}`, {
      code: '14',
      name: 'El Poblado',
      kind: 'comuna',
      population: 136_000,
      version: 1,
    });
    expect(edited.json()).toMatchObject({ population: 136_000, version: 2 });
    const archived = await client.post(`${base}/territorial-units/${unit.json().id}/archive`, { version: 2 });
    expect(archived.json().archivedAt).not.toBeNull();
    expect((await client.get(`${base}/territorial-units`)).json().total).toBe(0);

    const department = await client.post(`${base}/departments`, {
      name: 'Secretaría de Movilidad',
      acronym: 'SM',
    });
    expect(department.statusCode).toBe(201);
    const list = (await client.get(`${base}/departments?q=movilidad`)).json();
    expect(list.items[0]).toMatchObject({ name: 'Secretaría de Movilidad', acronym: 'SM' });
    const badEmail = await client.put(`${base}/departments/${department.json().id}`, {
      name: 'X',
      email: 'x',
      version: 1,
    });
    expect(badEmail.statusCode).toBe(400);
  });
});

describe('members', () => {
  it('lets the admin invite people with a role, and refuses the same e-mail twice', async () => {
    const { client, base, government } = await createWorld(testApp.app, 'admin');
    // Unique per run: on PostgreSQL the database outlives the run, and a known address must sign in to accept.
    const suffix = government.id.slice(0, 8);
    const body = { email: `enlace.movilidad.${suffix}@prueba.gov.co`, role: 'liaison' };
    const created = await client.post(`${base}/invitations`, body);
    expect(created.statusCode).toBe(201);
    // A second invitation while the first is pending is a conflict; once accepted, the person is a member.
    expect((await client.post(`${base}/invitations`, body)).statusCode).toBe(409);
    const token = tokenOfLink(created.json().acceptUrl);
    const accepted = await testApp.app.inject({
      method: 'POST',
      url: '/api/invitations/accept',
      payload: { token, name: 'Enlace de Movilidad', password: 'una-clave-larga-segura' },
    });
    expect(accepted.statusCode).toBe(200);
    expect((await client.post(`${base}/invitations`, body)).statusCode).toBe(422);
    const members = (await client.get(`${base}/members`)).json();
    expect(members.map((member: { role: string }) => member.role).sort()).toEqual(['admin', 'liaison']);
    const other = await invite(client, base, { email: `otro.${suffix}@prueba.gov.co`, role: 'viewer' });
    const short = await testApp.app.inject({
      method: 'POST',
      url: '/api/invitations/accept',
      payload: { token: other.token, name: 'Otra persona', password: 'corta' },
    });
    expect(short.json().errors[0]).toMatchObject({
      field: 'password',
      message: 'La contraseña debe tener al menos 12 caracteres.',
    });
  });
});

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Problem } from '../../src/contracts/common';
import { createPartner, createWorld, partnerInput } from '../factories';
import { createTestApp, type TestApp } from '../test-app';

let testApp: TestApp;
beforeAll(async () => {
  testApp = await createTestApp();
});
afterAll(async () => testApp.close());

const nul = '\u0000';

describe('a NUL character anywhere in the input', () => {
  it('in a body field answers 400 naming the field, and nothing is saved', async () => {
    const { client, base } = await createWorld(testApp.app, 'admin');
    const response = await client.post(
      `${base}/partners`,
      partnerInput({ name: `Agencia${nul}`, contacts: [{ name: `A${nul}B`, isPrimary: true }] }),
    );
    expect(response.statusCode).toBe(400);
    expect(response.headers['content-type']).toContain('application/problem+json');
    const problem = response.json() as Problem;
    expect(problem.code).toBe('invalid_characters');
    expect(problem.errors?.map((error) => error.field)).toEqual(['name', 'contacts.0.name']);
    expect(problem.errors?.[0]?.message).toBe(
      'El texto contiene un carácter nulo (NUL), que no se puede guardar. Quítelo e intente de nuevo.',
    );
    const list = await client.get(`${base}/partners`);
    expect((list.json() as { total: number }).total).toBe(0);
  });

  it('in a key of a free-form object, in the query and in a header answers 400 too', async () => {
    const { client, base } = await createWorld(testApp.app, 'admin', 'en');
    const key = await client.post(`${base}/territorial-units/import-geojson`, {
      featureCollection: {
        type: 'FeatureCollection',
        features: [{ type: 'Feature', properties: { [`nombre${nul}`]: 'x' }, geometry: null }],
      },
      nameProperty: 'nombre',
      kind: 'comuna',
    });
    expect(key.statusCode).toBe(400);
    expect((key.json() as Problem).errors?.[0]?.field).toBe(
      `featureCollection.features.0.properties.nombre${nul}`,
    );

    const query = await client.get(`${base}/partners?q=ab%00cd`);
    expect(query.statusCode).toBe(400);
    expect((query.json() as Problem).errors).toEqual([
      {
        field: 'query.q',
        code: 'nul_character',
        message: 'The text contains a null character (NUL), which cannot be saved. Remove it and try again.',
      },
    ]);

    const header = await client.request({
      method: 'POST',
      url: `${base}/imports`,
      headers: { 'content-type': 'application/xml', 'x-file-name': `actividades${nul}.xml` },
      payload: '<iati-activities version="2.03"></iati-activities>',
    });
    expect(header.statusCode).toBe(400);
    expect((header.json() as Problem).errors?.[0]?.field).toBe('headers.x-file-name');
  });

  it('never answers 5xx on any route, in a body or a query', async () => {
    const { app } = testApp;
    const { government, client, base } = await createWorld(app, 'admin');
    const partner = await createPartner(client, base);
    const failures: string[] = [];
    const body = { name: nul, title: `t${nul}`, q: nul, email: `a${nul}@b.co`, version: 1, items: [nul] };
    for (const route of app.routeCatalogue) {
      if (!route.url.startsWith('/api/')) continue;
      const url = route.url.replace(':governmentId', government.id).replace(/:[A-Za-z]+/g, partner.id);
      const response =
        route.method === 'GET' || route.method === 'DELETE'
          ? await client.request({ method: route.method, url: `${url}?q=${encodeURIComponent(nul)}` })
          : await client.request({ method: route.method as 'POST', url, payload: body });
      if (response.statusCode >= 500) failures.push(`${route.method} ${route.url} → ${response.statusCode}`);
      // Public or GET routes without a text query may answer 2xx; anything that reads the input says 400.
      if (response.statusCode >= 400 && !String(response.headers['content-type']).includes('problem+json'))
        failures.push(`${route.method} ${route.url} → ${response.statusCode} without a problem document`);
    }
    expect(failures).toEqual([]);
  });
});

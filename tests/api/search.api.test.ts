import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLink, createPartner, createWorld } from '../factories';
import { createTestApp, type TestApp } from '../test-app';

let testApp: TestApp;
beforeAll(async () => {
  testApp = await createTestApp();
});
afterAll(async () => testApp.close());

describe('search', () => {
  it('finds partners and links with or without accents and in any case', async () => {
    const { client, base } = await createWorld(testApp.app, 'viewer');
    const admin = await createWorld(testApp.app, 'admin');
    const partner = await createPartner(admin.client, admin.base, {
      name: 'Agencia Presidencial de Cooperación Internacional',
      acronym: 'APC-Colombia',
    });
    await createLink(admin.client, admin.base, partner.id, {
      title: 'Convenio de Cooperación Técnica en Movilidad',
    });
    await createPartner(admin.client, admin.base, { name: 'Ciudad de México', kind: 'city_government' });
    for (const q of ['cooperacion', 'COOPERACIÓN', 'Cooperación']) {
      const results = (await admin.client.get(`${admin.base}/search?q=${encodeURIComponent(q)}`)).json()
        .results;
      expect(results.map((r: { type: string }) => r.type).sort(), q).toEqual(['link', 'partner']);
    }
    const mexico = (await admin.client.get(`${admin.base}/search?q=mexico`)).json().results;
    expect(mexico[0]).toMatchObject({ type: 'partner', title: 'Ciudad de México' });
    const fuzzy = (await admin.client.get(`${admin.base}/search?q=cooperasion`)).json().results;
    expect(fuzzy.length).toBeGreaterThan(0);
    const byList = (await admin.client.get(`${admin.base}/partners?q=apc`)).json();
    expect(byList.total).toBe(1);
    expect((await client.get(`${base}/search?q=`)).statusCode).toBe(400);
  });
});

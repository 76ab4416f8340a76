import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLink, createPartner, createWorld, partnerInput } from '../factories';
import { createTestApp, type TestApp } from '../test-app';

let testApp: TestApp;
beforeAll(async () => {
  testApp = await createTestApp();
});
afterAll(async () => testApp.close());

describe('partners', () => {
  it('registers a partner with its contacts and records who did it', async () => {
    const { client, base, email } = await createWorld(testApp.app, 'coordinator');
    const response = await client.post(`${base}/partners`, partnerInput());
    expect(response.statusCode).toBe(201);
    const partner = response.json();
    expect(partner).toMatchObject({
      name: 'Agencia Española de Cooperación Internacional para el Desarrollo',
      countryCode: 'ES',
      version: 1,
      contacts: [{ name: 'Oficina Técnica de Cooperación', isPrimary: true }],
    });
    const audit = await client.get(`${base}/audit?entityType=partner&entityId=${partner.id}`);
    expect(audit.json().items).toHaveLength(1);
    expect(audit.json().items[0]).toMatchObject({ action: 'create', actorName: 'Persona coordinator' });
    expect(email).toContain('coordinator');
  });

  it('refuses codes that are not in the official codelists, naming the field', async () => {
    const { client, base } = await createWorld(testApp.app, 'admin');
    const response = await client.post(
      `${base}/partners`,
      partnerInput({ countryCode: 'XQ', iatiOrgType: '99' }),
    );
    expect(response.statusCode).toBe(422);
    const fields = response.json().errors.map((error: { field: string }) => error.field);
    expect(fields).toEqual(['countryCode', 'iatiOrgType']);
  });

  it('requires latitude and longitude together', async () => {
    const { client, base } = await createWorld(testApp.app, 'admin');
    const response = await client.post(`${base}/partners`, partnerInput({ latitude: 6.2, longitude: null }));
    expect(response.statusCode).toBe(400);
    expect(response.json().errors[0]).toMatchObject({ field: 'longitude' });
  });

  it('validates nested contacts with the path of the field', async () => {
    const { client, base } = await createWorld(testApp.app, 'admin');
    const response = await client.post(
      `${base}/partners`,
      partnerInput({ contacts: [{ name: 'Enlace', email: 'sin-arroba', isPrimary: false }] }),
    );
    expect(response.statusCode).toBe(400);
    expect(response.json().errors[0].field).toBe('contacts.0.email');
  });

  it('updates with optimistic locking: a stale version gets 409 with both versions and changes nothing', async () => {
    const { client, base } = await createWorld(testApp.app, 'admin');
    const partner = await createPartner(client, base);
    const first = await client.put(`${base}/partners/${partner.id}`, {
      ...partnerInput({ city: 'Barcelona' }),
      version: 1,
    });
    expect(first.statusCode).toBe(200);
    expect(first.json().version).toBe(2);
    const stale = await client.put(`${base}/partners/${partner.id}`, {
      ...partnerInput({ city: 'Sevilla' }),
      version: 1,
    });
    expect(stale.statusCode).toBe(409);
    expect(stale.json()).toMatchObject({ code: 'version_conflict', currentVersion: 2, yourVersion: 1 });
    const current = await client.get(`${base}/partners/${partner.id}`);
    expect(current.json()).toMatchObject({ city: 'Barcelona', version: 2 });
  });

  it('lets exactly one of two concurrent edits of the same version win', async () => {
    const { client, base } = await createWorld(testApp.app, 'admin');
    const partner = await createPartner(client, base);
    const [first, second] = await Promise.all([
      client.put(`${base}/partners/${partner.id}`, { ...partnerInput({ city: 'Valencia' }), version: 1 }),
      client.put(`${base}/partners/${partner.id}`, { ...partnerInput({ city: 'Zaragoza' }), version: 1 }),
    ]);
    expect([first.statusCode, second.statusCode].sort()).toEqual([200, 409]);
    const winner = first.statusCode === 200 ? 'Valencia' : 'Zaragoza';
    const current = (await client.get(`${base}/partners/${partner.id}`)).json();
    expect(current).toMatchObject({ city: winner, version: 2 });
    const updates = (await client.get(`${base}/audit?entityId=${partner.id}`)).json().items;
    expect(updates.filter((entry: { action: string }) => entry.action === 'update')).toHaveLength(1);
  });

  it('replaces contacts atomically: a failing update keeps the old contacts', async () => {
    const { client, base } = await createWorld(testApp.app, 'admin');
    const partner = await createPartner(client, base);
    const failing = await client.put(`${base}/partners/${partner.id}`, {
      ...partnerInput({ countryCode: 'XQ', contacts: [] }),
      version: 1,
    });
    expect(failing.statusCode).toBe(422);
    const current = await client.get(`${base}/partners/${partner.id}`);
    expect(current.json().contacts).toHaveLength(1);
    expect(current.json().version).toBe(1);
  });

  it('archives and restores, hiding archived partners from the default list', async () => {
    const { client, base } = await createWorld(testApp.app, 'admin');
    const partner = await createPartner(client, base, { name: 'Ciudad de Bilbao', kind: 'city_government' });
    const archived = await client.post(`${base}/partners/${partner.id}/archive`, { version: 1 });
    expect(archived.statusCode).toBe(200);
    expect(archived.json().archivedAt).not.toBeNull();
    expect((await client.get(`${base}/partners`)).json().total).toBe(0);
    expect((await client.get(`${base}/partners?isArchived=true`)).json().total).toBe(1);
    const restored = await client.post(`${base}/partners/${partner.id}/restore`, { version: 2 });
    expect(restored.json().archivedAt).toBeNull();
    expect((await client.get(`${base}/partners`)).json().total).toBe(1);
    const actions = (await client.get(`${base}/audit?entityId=${partner.id}`))
      .json()
      .items.map((i: { action: string }) => i.action);
    expect(actions).toEqual(['restore', 'archive', 'create']);
  });

  it('filters, sorts and paginates, and counts links per partner', async () => {
    const { client, base } = await createWorld(testApp.app, 'admin');
    const bilbao = await createPartner(client, base, {
      name: 'Bilbao',
      kind: 'city_government',
      countryCode: 'ES',
      tags: ['hermanamiento'],
    });
    await createPartner(client, base, {
      name: 'Rosario',
      kind: 'city_government',
      countryCode: 'AR',
      tags: ['hermanamiento'],
    });
    await createPartner(client, base, {
      name: 'C40 Cities',
      kind: 'city_network',
      countryCode: 'GB',
      tags: ['clima'],
    });
    await createLink(client, base, bilbao.id, {
      title: 'Hermanamiento Medellín–Bilbao',
      kind: 'sister_city',
    });
    const cities = (
      await client.get(`${base}/partners?kind=city_government&sort=name&direction=desc`)
    ).json();
    expect(cities.items.map((p: { name: string }) => p.name)).toEqual(['Rosario', 'Bilbao']);
    expect(cities.items[1].linkCount).toBe(1);
    const page = (await client.get(`${base}/partners?pageSize=2&page=2&sort=name`)).json();
    expect(page).toMatchObject({ total: 3, page: 2, pageSize: 2 });
    expect(page.items.map((p: { name: string }) => p.name)).toEqual(['Rosario']);
    expect((await client.get(`${base}/partners?tag=clima`)).json().items[0].name).toBe('C40 Cities');
    expect((await client.get(`${base}/partners?countryCode=AR`)).json().total).toBe(1);
  });

  it('relates partners and shows the relation from both sides', async () => {
    const { client, base } = await createWorld(testApp.app, 'admin');
    const city = await createPartner(client, base, { name: 'Bilbao', kind: 'city_government' });
    const network = await createPartner(client, base, { name: 'CGLU', kind: 'city_network' });
    const added = await client.post(`${base}/partners/${city.id}/relations`, {
      toPartnerId: network.id,
      kind: 'member_of',
    });
    expect(added.statusCode).toBe(201);
    const relation = added.json().relations[0];
    expect(relation).toMatchObject({ kind: 'member_of', direction: 'outgoing', otherPartnerName: 'CGLU' });
    const fromNetwork = (await client.get(`${base}/partners/${network.id}`)).json();
    expect(fromNetwork.relations[0]).toMatchObject({ direction: 'incoming', otherPartnerName: 'Bilbao' });
    expect(
      (
        await client.post(`${base}/partners/${city.id}/relations`, {
          toPartnerId: city.id,
          kind: 'partner_of',
        })
      ).statusCode,
    ).toBe(422);
    expect((await client.delete(`${base}/partners/${city.id}/relations/${relation.id}`)).statusCode).toBe(
      200,
    );
    expect((await client.get(`${base}/partners/${city.id}`)).json().relations).toEqual([]);
  });

  it('lists partners with coordinates for the world map', async () => {
    const { client, base } = await createWorld(testApp.app, 'admin');
    await createPartner(client, base, { name: 'Bilbao', latitude: 43.2569, longitude: -2.9236 });
    await createPartner(client, base, { name: 'Sin ubicación', latitude: null, longitude: null });
    const map = (await client.get(`${base}/partners-map`)).json();
    expect(map.points).toHaveLength(1);
    expect(map.points[0]).toMatchObject({ name: 'Bilbao', latitude: 43.2569, longitude: -2.9236 });
  });

  it('lets viewers and liaisons read but not write', async () => {
    for (const role of ['viewer', 'liaison'] as const) {
      const { client, base } = await createWorld(testApp.app, role);
      expect((await client.get(`${base}/partners`)).statusCode).toBe(200);
      expect((await client.post(`${base}/partners`, partnerInput())).statusCode).toBe(403);
    }
  });
});

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLink, createPartner, createWorld } from '../factories';
import { createTestApp, type TestApp } from '../test-app';

let testApp: TestApp;
beforeAll(async () => {
  testApp = await createTestApp();
});
afterAll(async () => testApp.close());

describe('actor map', () => {
  it('draws the partners, their relations and their links with the government, filtered', async () => {
    const { client, base, government } = await createWorld(testApp.app, 'admin');
    const bilbao = await createPartner(client, base, {
      name: 'Ayuntamiento de Bilbao',
      kind: 'city_government',
      countryCode: 'ES',
    });
    const network = await createPartner(client, base, {
      name: 'Eurocities',
      kind: 'city_network',
      countryCode: 'BE',
    });
    const loner = await createPartner(client, base, {
      name: 'Universidad sin vínculos',
      kind: 'university',
      countryCode: 'CO',
    });
    const mobility = await createLink(client, base, bilbao.id, { strategyLines: ['city_networks'] });
    await createLink(client, base, network.id, {
      title: 'Membresía en Eurocities',
      status: 'negotiation',
      kind: 'network_membership',
      strategyLines: ['trade_investment'],
    });
    await client.post(`${base}/partners/${bilbao.id}/relations`, {
      toPartnerId: network.id,
      kind: 'member_of',
    });

    const all = await client.get(`${base}/actor-map`);
    expect(all.statusCode).toBe(200);
    const map = all.json();
    expect(map.government).toEqual({ id: government.id, name: government.name });
    expect(map.actors.map((actor: { name: string }) => actor.name)).toEqual([
      'Ayuntamiento de Bilbao',
      'Eurocities',
      'Universidad sin vínculos',
    ]);
    expect(map.actors.find((actor: { id: string }) => actor.id === loner.id).linkCount).toBe(0);
    expect(map.links).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          linkId: mobility.id,
          partnerId: bilbao.id,
          status: 'negotiation',
          role: 'counterpart',
        }),
      ]),
    );
    expect(map.relations).toEqual([
      expect.objectContaining({ fromPartnerId: bilbao.id, toPartnerId: network.id, kind: 'member_of' }),
    ]);
    expect(map.isTruncated).toBe(false);

    const byLine = (await client.get(`${base}/actor-map?strategyLine=city_networks`)).json();
    expect(byLine.actors.map((actor: { id: string }) => actor.id)).toEqual([bilbao.id]);
    expect(byLine.links).toHaveLength(1);
    expect(byLine.relations).toEqual([]);
    const byStatus = (await client.get(`${base}/actor-map?linkStatus=active`)).json();
    expect(byStatus.actors).toEqual([]);
    const byOtherLine = (await client.get(`${base}/actor-map?strategyLine=trade_investment`)).json();
    expect(byOtherLine.actors.map((actor: { id: string }) => actor.id)).toEqual([network.id]);
    expect((await client.get(`${base}/actor-map?linkStatus=unknown`)).statusCode).toBe(400);
  });

  it('shows only the government’s own actors, to every role of it', async () => {
    const mine = await createWorld(testApp.app, 'viewer');
    const theirs = await createWorld(testApp.app, 'admin');
    const partner = await createPartner(theirs.client, theirs.base, { name: 'Ajeno' });
    await createLink(theirs.client, theirs.base, partner.id);
    const response = await mine.client.get(`${mine.base}/actor-map`);
    expect(response.statusCode).toBe(200);
    expect(response.json()).toMatchObject({ actors: [], links: [], relations: [] });
    const foreign = await mine.client.get(`${theirs.base}/actor-map`);
    expect([403, 404]).toContain(foreign.statusCode);
  });
});

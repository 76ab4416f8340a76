import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { NetworkRoleInput, PositionInput } from '../../src/contracts/diplomacy';
import { todayIn } from '../../src/domain/link-lifecycle';
import { events } from '../../src/server/db/schema';
import { createMember, createPartner, createWorld, testPassword } from '../factories';
import { type Client, createTestApp, signInAs, type TestApp } from '../test-app';

let testApp: TestApp;
beforeAll(async () => {
  testApp = await createTestApp();
});
afterAll(async () => testApp.close());

function shiftDays(date: string, days: number) {
  const value = new Date(`${date}T00:00:00Z`);
  value.setUTCDate(value.getUTCDate() + days);
  return value.toISOString().slice(0, 10);
}

async function createNetwork(client: Client, base: string, name = 'C40 Cities') {
  return createPartner(client, base, {
    name,
    acronym: null,
    kind: 'city_network',
    countryCode: 'GB',
    city: 'Londres',
    iatiOrgType: '21',
  });
}

function positionInput(overrides: Partial<PositionInput> = {}): PositionInput {
  return {
    kind: 'declaration',
    title: 'Declaración de Medellín sobre movilidad limpia',
    text: 'Los gobiernos locales firmantes se comprometen a electrificar el transporte público antes de 2030.',
    madeOn: '2024-10-03',
    forumName: 'Cumbre Mundial de Alcaldes C40',
    topics: ['environmental', 'mobility'],
    sdgGoals: ['11', '13'],
    coSigners: ['Bogotá', 'Quito', 'Bogotá'],
    url: 'https://example.org/declaracion',
    ...overrides,
  };
}

function roleInput(networkPartnerId: string, overrides: Partial<NetworkRoleInput> = {}): NetworkRoleInput {
  return {
    networkPartnerId,
    kind: 'vice_presidency',
    title: 'Vicepresidencia para América Latina',
    holderName: 'Alcaldía de Medellín',
    startsOn: '2022-01-01',
    endsOn: '2023-12-31',
    notes: null,
    ...overrides,
  };
}

async function post(client: Client, url: string, body: unknown) {
  const response = await client.post(url, body);
  if (response.statusCode !== 201) throw new Error(`${url}: ${response.statusCode} ${response.body}`);
  return response.json();
}

describe('diplomacy positions', () => {
  it('records a declaration with its network, event, topics, SDGs and co-signers, and edits it', async () => {
    const { client, base, government } = await createWorld(testApp.app, 'coordinator');
    const network = await createNetwork(client, base);
    const [event] = await testApp.app.database.db
      .insert(events)
      .values({
        governmentId: government.id,
        title: 'Cumbre C40 2024',
        kind: 'forum_summit',
        startsAt: new Date('2024-10-02T13:00:00Z'),
        endsAt: new Date('2024-10-04T22:00:00Z'),
        timezone: 'America/Sao_Paulo',
      })
      .returning();
    const response = await client.post(
      `${base}/diplomacy/positions`,
      positionInput({ networkPartnerId: network.id, eventId: event!.id }),
    );
    expect(response.statusCode).toBe(201);
    const position = response.json();
    expect(position).toMatchObject({
      kind: 'declaration',
      networkPartnerId: network.id,
      networkName: 'C40 Cities',
      eventId: event!.id,
      topics: ['environmental', 'mobility'],
      sdgGoals: ['11', '13'],
      coSigners: ['Bogotá', 'Quito'],
      version: 1,
      archivedAt: null,
    });
    const url = `${base}/diplomacy/positions/${position.id}`;
    expect((await client.get(url)).json()).toEqual(position);
    const edited = await client.put(url, { ...positionInput({ kind: 'pledge', forumName: '' }), version: 1 });
    expect(edited.json()).toMatchObject({
      kind: 'pledge',
      forumName: null,
      networkPartnerId: null,
      version: 2,
    });
    const stale = await client.put(url, { ...positionInput(), version: 1 });
    expect(stale.statusCode).toBe(409);
    expect(stale.json()).toMatchObject({ currentVersion: 2, yourVersion: 1 });
    const audit = (
      await client.get(`${base}/audit?entityType=diplomacy_position&entityId=${position.id}`)
    ).json();
    expect(audit.items.map((entry: { action: string }) => entry.action).sort()).toEqual(['create', 'update']);
  });

  it('refuses a forum that is not a network, an unknown event, and a malformed SDG, in Spanish', async () => {
    const { client, base } = await createWorld(testApp.app, 'admin');
    const company = await createPartner(client, base, { kind: 'company_investor', name: 'Bancolombia' });
    const response = await client.post(
      `${base}/diplomacy/positions`,
      positionInput({ networkPartnerId: company.id, eventId: '00000000-0000-4000-8000-000000000000' }),
    );
    expect(response.statusCode).toBe(422);
    expect(response.json().errors).toEqual([
      {
        field: 'networkPartnerId',
        message: 'La contraparte debe ser una red de ciudades u organismo multilateral.',
        code: 'notANetwork',
      },
      { field: 'eventId', message: 'El evento no existe en este gobierno.', code: 'unknownEvent' },
    ]);
    const shape = await client.post(`${base}/diplomacy/positions`, positionInput({ sdgGoals: ['18'] }));
    expect(shape.statusCode).toBe(400);
    expect(shape.json().errors[0]).toMatchObject({ field: 'sdgGoals.0', message: 'El código no es válido.' });
    expect((await client.get(`${base}/diplomacy/positions`)).json().total).toBe(0);
  });

  it('lists positions newest first, by network, topic and kind, and archives and restores them', async () => {
    const { client, base } = await createWorld(testApp.app, 'admin');
    const c40 = await createNetwork(client, base);
    const un = await createPartner(client, base, {
      kind: 'multilateral',
      name: 'ONU-Hábitat',
      iatiOrgType: '40',
    });
    await post(
      client,
      `${base}/diplomacy/positions`,
      positionInput({ title: 'A', networkPartnerId: c40.id }),
    );
    const b = await post(
      client,
      `${base}/diplomacy/positions`,
      positionInput({
        title: 'B',
        networkPartnerId: un.id,
        madeOn: '2025-06-01',
        topics: ['social'],
        kind: 'pledge',
      }),
    );
    await post(client, `${base}/diplomacy/positions`, positionInput({ title: 'C', madeOn: '2023-01-20' }));
    const titles = async (query = '') =>
      (await client.get(`${base}/diplomacy/positions${query}`))
        .json()
        .items.map((item: { title: string }) => item.title);
    expect(await titles()).toEqual(['B', 'A', 'C']);
    expect(await titles(`?networkPartnerId=${c40.id}`)).toEqual(['A']);
    expect(await titles('?topic=environmental')).toEqual(['A', 'C']);
    expect(await titles('?kind=pledge')).toEqual(['B']);
    expect(await titles('?pageSize=1&page=2')).toEqual(['A']);
    const archived = await client.post(`${base}/diplomacy/positions/${b.id}/archive`, { version: 1 });
    expect(archived.json().archivedAt).not.toBeNull();
    expect(await titles()).toEqual(['A', 'C']);
    expect(
      (await client.post(`${base}/diplomacy/positions/${b.id}/restore`, { version: 2 })).json(),
    ).toMatchObject({
      archivedAt: null,
      version: 3,
    });
    expect(await titles()).toEqual(['B', 'A', 'C']);
  });
});

describe('network roles', () => {
  it('records roles in networks and says which are held today in the government calendar', async () => {
    const { client, base } = await createWorld(testApp.app, 'admin');
    const network = await createNetwork(client, base, 'Mercociudades');
    const today = todayIn('America/Bogota');
    const past = await post(client, `${base}/diplomacy/network-roles`, roleInput(network.id));
    expect(past).toMatchObject({ networkName: 'Mercociudades', isCurrent: false, version: 1 });
    const current = await post(
      client,
      `${base}/diplomacy/network-roles`,
      roleInput(network.id, {
        kind: 'presidency',
        title: 'Presidencia',
        startsOn: shiftDays(today, -30),
        endsOn: today,
      }),
    );
    expect(current.isCurrent).toBe(true);
    const open = await post(
      client,
      `${base}/diplomacy/network-roles`,
      roleInput(network.id, {
        kind: 'working_group_lead',
        title: 'Coordinación de la unidad temática de cooperación',
        startsOn: today,
        endsOn: null,
      }),
    );
    expect(open.isCurrent).toBe(true);
    const future = await post(
      client,
      `${base}/diplomacy/network-roles`,
      roleInput(network.id, {
        title: 'Próxima vicepresidencia',
        startsOn: shiftDays(today, 1),
        endsOn: null,
      }),
    );
    expect(future.isCurrent).toBe(false);

    const list = (await client.get(`${base}/diplomacy/network-roles`)).json();
    expect(list.total).toBe(4);
    expect(list.items.map((item: { title: string }) => item.title)).toEqual([
      'Próxima vicepresidencia',
      'Coordinación de la unidad temática de cooperación',
      'Presidencia',
      'Vicepresidencia para América Latina',
    ]);
    const currentOnly = (await client.get(`${base}/diplomacy/network-roles?isCurrent=true`)).json();
    expect(currentOnly.items.map((item: { kind: string }) => item.kind).sort()).toEqual([
      'presidency',
      'working_group_lead',
    ]);
    expect((await client.get(`${base}/diplomacy/network-roles?kind=presidency`)).json().total).toBe(1);

    const url = `${base}/diplomacy/network-roles/${past.id}`;
    expect((await client.get(url)).json()).toEqual(past);
    const extended = await client.put(url, { ...roleInput(network.id, { endsOn: null }), version: 1 });
    expect(extended.json()).toMatchObject({ endsOn: null, isCurrent: true, version: 2 });
    expect((await client.put(url, { ...roleInput(network.id), version: 1 })).statusCode).toBe(409);
    const archived = await client.post(`${url}/archive`, { version: 2 });
    expect(archived.json().archivedAt).not.toBeNull();
    expect((await client.get(`${base}/diplomacy/network-roles`)).json().total).toBe(3);
    expect((await client.post(`${url}/restore`, { version: 3 })).json()).toMatchObject({ archivedAt: null });
  });

  it('refuses a role in something that is not a network, and an end before the start', async () => {
    const { client, base } = await createWorld(testApp.app, 'admin');
    const university = await createPartner(client, base, { kind: 'university', name: 'Universidad EAFIT' });
    const response = await client.post(`${base}/diplomacy/network-roles`, roleInput(university.id));
    expect(response.statusCode).toBe(422);
    expect(response.json().errors).toEqual([
      {
        field: 'networkPartnerId',
        message: 'La contraparte debe ser una red de ciudades u organismo multilateral.',
        code: 'notANetwork',
      },
    ]);
    const network = await createNetwork(client, base);
    const reversed = await client.post(
      `${base}/diplomacy/network-roles`,
      roleInput(network.id, { startsOn: '2024-01-01', endsOn: '2023-01-01' }),
    );
    expect(reversed.statusCode).toBe(400);
    expect(reversed.json().errors[0]).toEqual({
      field: 'endsOn',
      message: 'La fecha de fin no puede ser anterior a la de inicio.',
      code: 'custom',
    });
    expect((await client.get(`${base}/diplomacy/network-roles`)).json().total).toBe(0);
  });
});

describe('diplomacy timeline', () => {
  it('merges positions and roles by date, newest first, per network and per topic', async () => {
    const { client, base } = await createWorld(testApp.app, 'admin');
    const c40 = await createNetwork(client, base);
    const uclg = await createNetwork(client, base, 'CGLU');
    await post(
      client,
      `${base}/diplomacy/network-roles`,
      roleInput(c40.id, { title: 'Vicepresidencia C40' }),
    );
    await post(
      client,
      `${base}/diplomacy/network-roles`,
      roleInput(uclg.id, {
        title: 'Presidencia CGLU',
        kind: 'presidency',
        startsOn: '2024-10-03',
        endsOn: null,
      }),
    );
    await post(
      client,
      `${base}/diplomacy/positions`,
      positionInput({ title: 'Declaración C40', networkPartnerId: c40.id, madeOn: '2024-10-03' }),
    );
    await post(
      client,
      `${base}/diplomacy/positions`,
      positionInput({
        title: 'Compromiso CGLU',
        networkPartnerId: uclg.id,
        madeOn: '2025-02-14',
        topics: ['social'],
      }),
    );
    const timeline = (await client.get(`${base}/diplomacy/timeline`)).json();
    expect(
      timeline.entries.map((entry: { type: string; date: string; title: string }) => [
        entry.type,
        entry.date,
        entry.title,
      ]),
    ).toEqual([
      ['position', '2025-02-14', 'Compromiso CGLU'],
      ['role', '2024-10-03', 'Presidencia CGLU'],
      ['position', '2024-10-03', 'Declaración C40'],
      ['role', '2022-01-01', 'Vicepresidencia C40'],
    ]);
    expect(timeline.entries[1]).toMatchObject({
      kind: 'presidency',
      endDate: null,
      networkPartnerId: uclg.id,
      networkName: 'CGLU',
      topics: [],
    });
    expect(timeline.entries[3]).toMatchObject({ endDate: '2023-12-31', kind: 'vice_presidency' });
    const byNetwork = (await client.get(`${base}/diplomacy/timeline?networkPartnerId=${c40.id}`)).json();
    expect(byNetwork.entries.map((entry: { title: string }) => entry.title)).toEqual([
      'Declaración C40',
      'Vicepresidencia C40',
    ]);
    const byTopic = (await client.get(`${base}/diplomacy/timeline?topic=social`)).json();
    expect(byTopic.entries.map((entry: { title: string }) => entry.title)).toEqual(['Compromiso CGLU']);
  });
});

describe('diplomacy roles and tenants', () => {
  it('lets viewers and liaisons read but not write', async () => {
    const { client, base, government } = await createWorld(testApp.app, 'admin');
    const network = await createNetwork(client, base);
    const position = await post(client, `${base}/diplomacy/positions`, positionInput());
    const role = await post(client, `${base}/diplomacy/network-roles`, roleInput(network.id));
    for (const memberRole of ['viewer', 'liaison'] as const) {
      const reader = await signInAs(
        testApp.app,
        await createMember(testApp.app.database.db, government.id, memberRole),
        testPassword,
      );
      for (const url of [
        `${base}/diplomacy/positions`,
        `${base}/diplomacy/positions/${position.id}`,
        `${base}/diplomacy/network-roles`,
        `${base}/diplomacy/network-roles/${role.id}`,
        `${base}/diplomacy/timeline`,
      ]) {
        expect((await reader.get(url)).statusCode, `${memberRole} GET ${url}`).toBe(200);
      }
      const writes = [
        await reader.post(`${base}/diplomacy/positions`, positionInput()),
        await reader.put(`${base}/diplomacy/positions/${position.id}`, { ...positionInput(), version: 1 }),
        await reader.post(`${base}/diplomacy/positions/${position.id}/archive`, { version: 1 }),
        await reader.post(`${base}/diplomacy/positions/${position.id}/restore`, { version: 1 }),
        await reader.post(`${base}/diplomacy/network-roles`, roleInput(network.id)),
        await reader.put(`${base}/diplomacy/network-roles/${role.id}`, {
          ...roleInput(network.id),
          version: 1,
        }),
        await reader.post(`${base}/diplomacy/network-roles/${role.id}/archive`, { version: 1 }),
        await reader.post(`${base}/diplomacy/network-roles/${role.id}/restore`, { version: 1 }),
      ];
      expect(
        writes.map((response) => response.statusCode),
        memberRole,
      ).toEqual(Array(8).fill(403));
    }
    expect((await client.get(`${base}/diplomacy/positions`)).json().total).toBe(1);
  });

  it('keeps one government’s positions and roles out of another’s reach', async () => {
    const medellin = await createWorld(testApp.app, 'admin');
    const mexico = await createWorld(testApp.app, 'admin');
    const network = await createNetwork(medellin.client, medellin.base);
    const position = await post(medellin.client, `${medellin.base}/diplomacy/positions`, positionInput());
    const role = await post(
      medellin.client,
      `${medellin.base}/diplomacy/network-roles`,
      roleInput(network.id),
    );
    const { client, base } = mexico;
    expect((await client.get(`${base}/diplomacy/positions/${position.id}`)).statusCode).toBe(404);
    expect(
      (await client.put(`${base}/diplomacy/positions/${position.id}`, { ...positionInput(), version: 1 }))
        .statusCode,
    ).toBe(404);
    expect(
      (await client.post(`${base}/diplomacy/positions/${position.id}/archive`, { version: 1 })).statusCode,
    ).toBe(404);
    expect((await client.get(`${base}/diplomacy/network-roles/${role.id}`)).statusCode).toBe(404);
    expect(
      (await client.post(`${base}/diplomacy/network-roles/${role.id}/archive`, { version: 1 })).statusCode,
    ).toBe(404);
    // Another government's network is no network here.
    const borrowed = await client.post(`${base}/diplomacy/network-roles`, roleInput(network.id));
    expect(borrowed.json().errors[0]).toMatchObject({ field: 'networkPartnerId', code: 'unknownPartner' });
    expect((await client.get(`${base}/diplomacy/positions`)).json().total).toBe(0);
    expect((await client.get(`${base}/diplomacy/network-roles`)).json().total).toBe(0);
    expect((await client.get(`${base}/diplomacy/timeline`)).json().entries).toEqual([]);
    expect((await client.get(`${medellin.base}/diplomacy/timeline`)).statusCode).toBe(404);
    expect(
      (await medellin.client.get(`${medellin.base}/diplomacy/positions/${position.id}`)).json().version,
    ).toBe(1);
  });
});

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLink, createMember, createPartner, createWorld, testPassword } from '../factories';
import { createTestApp, signInAs, type TestApp } from '../test-app';

let testApp: TestApp;
beforeAll(async () => {
  testApp = await createTestApp();
});
afterAll(async () => {
  await testApp.close();
});

type Term = {
  id: string;
  code: string;
  name: string | null;
  parentCode: string | null;
  version: number;
  usageCount: number;
  isBuiltIn: boolean;
};
type Vocabulary = { strategyLines: Term[]; themes: Term[]; planAxes: Term[]; planProgrammes: Term[] };

describe('strategy vocabularies', () => {
  it('gives every new government the five strategy lines of DESIGN.md and the built-in themes', async () => {
    const { client, base } = await createWorld(testApp.app, 'viewer');
    const response = await client.get(`${base}/strategy`);
    expect(response.statusCode).toBe(200);
    const vocabulary = response.json() as Vocabulary;
    expect(vocabulary.strategyLines.map((line) => line.code)).toEqual([
      'international_cooperation',
      'trade_investment',
      'city_networks',
      'international_projection',
      'city_diplomacy',
    ]);
    expect(vocabulary.strategyLines.every((line) => line.isBuiltIn && line.name === null)).toBe(true);
    expect(vocabulary.themes).toHaveLength(12);
  });

  it('lets the admin add a line and align a link to it, counts its use, and refuses unknown codes by field', async () => {
    const { client, base } = await createWorld(testApp.app, 'admin');
    const created = await client.post(`${base}/strategy/terms`, {
      kind: 'strategy_line',
      code: 'economia_creativa',
      name: 'Economía creativa y naranja',
    });
    expect(created.statusCode).toBe(201);
    const duplicate = await client.post(`${base}/strategy/terms`, {
      kind: 'strategy_line',
      code: 'economia_creativa',
      name: 'Otra',
    });
    expect(duplicate.statusCode).toBe(422);
    expect(duplicate.json().errors[0].field).toBe('code');

    const partner = await createPartner(client, base);
    await createLink(client, base, partner.id, { strategyLines: ['economia_creativa', 'city_networks'] });
    const refused = await client.post(`${base}/links`, {
      ...(await import('../factories')).linkInput(partner.id),
      strategyLines: ['no_existe'],
      themes: ['tema_inventado'],
      planCodes: ['9.9'],
    });
    expect(refused.statusCode).toBe(422);
    const fields = (refused.json().errors as { field: string; message: string }[]).map(
      (error) => error.field,
    );
    expect(fields).toEqual(['strategyLines.0', 'themes.0', 'planCodes.0']);

    const vocabulary = (await client.get(`${base}/strategy`)).json() as Vocabulary;
    const line = vocabulary.strategyLines.find((term) => term.code === 'economia_creativa');
    expect(line?.usageCount).toBe(1);
    expect(vocabulary.strategyLines.find((term) => term.code === 'city_networks')?.usageCount).toBe(1);

    // Renaming keeps the code, so the link follows; a stale version is a 409.
    const renamed = await client.put(`${base}/strategy/terms/${line?.id}`, {
      name: 'Economía creativa',
      sortOrder: 6,
      version: line?.version,
    });
    expect(renamed.statusCode).toBe(200);
    const stale = await client.put(`${base}/strategy/terms/${line?.id}`, {
      name: 'Otra vez',
      sortOrder: 6,
      version: line?.version,
    });
    expect(stale.statusCode).toBe(409);
    const audit = (await client.get(`${base}/audit?entityType=strategy_term`)).json();
    expect(JSON.stringify(audit)).toContain('Economía creativa');
  });

  it('imports the development plan from CSV all or nothing, and links align to its programmes', async () => {
    const { client, base } = await createWorld(testApp.app, 'admin');
    const bad = await client.post(`${base}/strategy/plan/import`, {
      csv: 'eje_codigo;eje_nombre;programa_codigo;programa_nombre\n1;Ciudad que cuida;1.1;Salud\n;Sin código;;\n',
    });
    expect(bad.statusCode).toBe(422);
    expect(bad.json().errors[0].message).toContain('3');
    expect(((await client.get(`${base}/strategy`)).json() as Vocabulary).planAxes).toHaveLength(0);

    const csv =
      'eje_codigo;eje_nombre;programa_codigo;programa_nombre\n' +
      '1;Medellín, ciudad que cuida;1.1;Salud pública\n' +
      '1;Medellín, ciudad que cuida;1.2;Seguridad alimentaria\n' +
      '2;Ecociudad;2.1;Movilidad sostenible\n';
    const first = await client.post(`${base}/strategy/plan/import`, { csv });
    expect(first.json()).toMatchObject({ created: 5, updated: 0, unchanged: 0 });
    const again = await client.post(`${base}/strategy/plan/import`, {
      csv: csv.replace('Ecociudad', 'Ecociudad y cambio climático'),
    });
    expect(again.json()).toMatchObject({ created: 0, updated: 1, unchanged: 4 });
    const vocabulary = (await client.get(`${base}/strategy`)).json() as Vocabulary;
    expect(vocabulary.planProgrammes.map((programme) => [programme.code, programme.parentCode])).toEqual([
      ['1.1', '1'],
      ['1.2', '1'],
      ['2.1', '2'],
    ]);

    const partner = await createPartner(client, base);
    const link = await createLink(client, base, partner.id, { planCodes: ['2.1'], sdgGoals: ['11', '13'] });
    const stored = (await client.get(`${base}/links/${link.id}`)).json();
    expect(stored.planCodes).toEqual(['2.1']);
    expect(stored.sdgGoals).toEqual(['11', '13']);
  });

  it('keeps SDG goals ticked on demands and offers (they were saved as an empty list)', async () => {
    const { client, base } = await createWorld(testApp.app, 'admin');
    const demand = await client.post(`${base}/demands`, {
      title: 'Gestión del riesgo climático en laderas',
      sdgGoals: ['11', '13'],
      sdgTargets: ['1.5'],
    });
    expect(demand.statusCode, demand.body).toBe(201);
    const reloaded = (await client.get(`${base}/demands/${demand.json().id}`)).json();
    expect(reloaded.sdgGoals).toEqual(['1', '11', '13']);
    const offer = await client.post(`${base}/offers`, {
      kind: 'own_good_practice',
      title: 'Buena práctica: jardines de lluvia en laderas',
      sdgGoals: ['13'],
    });
    expect(offer.statusCode, offer.body).toBe(201);
    expect((await client.get(`${base}/offers/${offer.json().id}`)).json().sdgGoals).toEqual(['13']);
  });

  it('is read-only for viewers and invisible to other governments', async () => {
    const owner = await createWorld(testApp.app, 'admin');
    const term = (
      await owner.client.post(`${owner.base}/strategy/terms`, {
        kind: 'theme',
        code: 'agua',
        name: 'Agua y saneamiento',
      })
    ).json() as Term;
    const viewerEmail = await createMember(testApp.app.database.db, owner.government.id, 'viewer');
    const viewer = await signInAs(testApp.app, viewerEmail, testPassword);
    expect((await viewer.get(`${owner.base}/strategy`)).statusCode).toBe(200);
    const write = await viewer.post(`${owner.base}/strategy/terms`, { kind: 'theme', code: 'x', name: 'X' });
    expect(write.statusCode).toBe(403);
    const stranger = await createWorld(testApp.app, 'admin');
    expect((await stranger.client.get(`${owner.base}/strategy`)).statusCode).toBe(404);
    const foreign = await stranger.client.put(`${stranger.base}/strategy/terms/${term.id}`, {
      name: 'Robado',
      sortOrder: 0,
      version: term.version,
    });
    expect(foreign.statusCode).toBe(404);
    // A code that exists in another government is unknown here.
    const partner = await createPartner(stranger.client, stranger.base);
    const refused = await stranger.client.post(`${stranger.base}/links`, {
      ...(await import('../factories')).linkInput(partner.id),
      themes: ['agua'],
    });
    expect(refused.statusCode).toBe(422);
  });
});

import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { todayIn } from '../../src/domain/link-lifecycle';
import { createMember, createPartner, createWorld, testPassword } from '../factories';
import { type Client, createTestApp, signInAs, type TestApp } from '../test-app';

let testApp: TestApp;
beforeAll(async () => {
  testApp = await createTestApp();
});
afterAll(async () => testApp.close());

const shift = (date: string, days: number) => {
  const value = new Date(`${date}T00:00:00Z`);
  value.setUTCDate(value.getUTCDate() + days);
  return value.toISOString().slice(0, 10);
};

async function post(client: Client, url: string, body: unknown, expected = 201) {
  const response = await client.post(url, body);
  if (response.statusCode !== expected) throw new Error(`${url}: ${response.statusCode} ${response.body}`);
  return response.json();
}

async function setUp() {
  const world = await createWorld(testApp.app, 'admin');
  const { client, base } = world;
  const department = await post(client, `${base}/departments`, {
    name: 'Secretaría de Movilidad',
    acronym: 'SM',
  });
  const unit = await post(client, `${base}/territorial-units`, {
    code: '03',
    name: 'Manrique',
    kind: 'comuna',
  });
  const donor = await createPartner(client, base, {
    name: 'Banco Interamericano de Desarrollo',
    kind: 'multilateral',
    iatiOrgId: 'XI-IATI-IADB',
  });
  return { ...world, department, unit, donor };
}

const completeProblem = (unitId: string) => ({
  problemStatement: 'Los habitantes de las laderas tardan más de una hora en llegar al centro.',
  problemTree: {
    causes: [{ id: 'c1', text: 'Pendientes que los buses no suben', children: [] }],
    effects: [{ id: 'e1', text: 'Pérdida de empleos y de clases', children: [] }],
  },
  affectedPopulation: 160_000,
  affectedPopulationDescription: 'Habitantes de la comuna 3',
  territorialUnitIds: [unitId],
});

const demandBody = (departmentId: string, extra: Record<string, unknown> = {}) => ({
  title: 'Cable aéreo para las laderas de Manrique',
  description: 'Movilidad sostenible por cable para barrios de ladera; buses eléctricos alimentadores.',
  departmentId,
  sectors: ['21020', '21050'],
  sdgTargets: ['11.2', '13.2'],
  modalities: ['financial', 'technical'],
  amountSoughtMinor: 500_000_000,
  currency: 'USD',
  urgency: 'high',
  ...extra,
});

const offerBody = (donorPartnerId: string, extra: Record<string, unknown> = {}) => ({
  kind: 'call',
  title: 'Convocatoria de movilidad urbana sostenible',
  description: 'Financiación de sistemas de transporte por cable y buses eléctricos en ciudades de ladera.',
  donorPartnerId,
  currency: 'USD',
  amountMinMinor: 100_000_000,
  amountMaxMinor: 2_000_000_000,
  modalities: ['financial'],
  sectors: ['21020'],
  sdgTargets: ['11.2'],
  eligibleCountries: ['CO', 'MX', 'PE'],
  eligibleGovernmentKinds: ['municipality', 'city'],
  deadline: shift(todayIn('America/Bogota'), 60),
  ...extra,
});

describe('demand and offer', () => {
  it('registers both, refusing unknown DAC sectors and a community without a name', async () => {
    const { client, base, department, donor } = await setUp();
    const badSector = await client.post(`${base}/demands`, demandBody(department.id, { sectors: ['99999'] }));
    expect(badSector.statusCode).toBe(422);
    expect(badSector.json().errors[0]).toMatchObject({
      field: 'sectors.0',
      message: 'El sector no existe en la lista oficial de sectores (CAD).',
    });
    const community = await client.post(
      `${base}/demands`,
      demandBody(department.id, { raisedBy: 'community' }),
    );
    expect(community.json().errors[0].field).toBe('communityName');
    const demand = await post(client, `${base}/demands`, demandBody(department.id));
    expect(demand).toMatchObject({
      status: 'open',
      departmentName: 'Secretaría de Movilidad',
      urgency: 'high',
    });
    const noDonor = await client.post(`${base}/offers`, offerBody(donor.id, { donorPartnerId: null }));
    expect(noDonor.json().errors[0].field).toBe('donorPartnerId');
    const offer = await post(client, `${base}/offers`, offerBody(donor.id));
    expect(offer).toMatchObject({ donorName: 'Banco Interamericano de Desarrollo', sectors: ['21020'] });
    expect((await client.get(`${base}/offers?q=cable`)).json().total).toBe(1);
    expect((await client.get(`${base}/demands?q=laderas`)).json().total).toBe(1);
  });

  it('lets a liaison raise demands only for their own department', async () => {
    const { app } = testApp;
    const { client, base, department, government } = await setUp();
    const other = await post(client, `${base}/departments`, { name: 'Secretaría de Cultura', acronym: 'SC' });
    const email = await createMember(app.database.db, government.id, 'liaison');
    await app.database.db.execute(
      sql`update memberships set department_id = ${department.id} where user_id = (select id from users where email = ${email})`,
    );
    const liaison = await signInAs(app, email, testPassword);
    expect((await liaison.post(`${base}/demands`, demandBody(department.id))).statusCode).toBe(201);
    expect((await liaison.post(`${base}/demands`, demandBody(other.id))).statusCode).toBe(403);
    expect((await liaison.post(`${base}/offers`, offerBody(department.id))).statusCode).toBe(403);
  });
});

describe('matching', () => {
  it('ranks offers with explained scores, hiding closed and foreign calls unless asked', async () => {
    const { client, base, department, donor } = await setUp();
    const demand = await post(client, `${base}/demands`, demandBody(department.id));
    const good = await post(client, `${base}/offers`, offerBody(donor.id));
    const weak = await post(
      client,
      `${base}/offers`,
      offerBody(donor.id, {
        title: 'Fondo cultural',
        description: 'Festivales y artes escénicas.',
        sectors: ['16061'],
        sdgTargets: ['4.7'],
        modalities: ['technical'],
      }),
    );
    await post(
      client,
      `${base}/offers`,
      offerBody(donor.id, { title: 'Solo para Perú', eligibleCountries: ['PE'] }),
    );
    await post(
      client,
      `${base}/offers`,
      offerBody(donor.id, { title: 'Ya cerró', deadline: shift(todayIn('America/Bogota'), -1) }),
    );
    const matches = (await client.get(`${base}/demands/${demand.id}/matches`)).json();
    expect(matches.evaluated).toBe(4);
    expect(matches.items.map((item: { offerId: string }) => item.offerId)).toEqual([good.id, weak.id]);
    const best = matches.items[0];
    expect(best.score).toBeGreaterThan(matches.items[1].score);
    const reasons = Object.fromEntries(
      best.components.map((component: { name: string; reason: string }) => [
        component.name,
        component.reason,
      ]),
    );
    expect(reasons.sectors).toBe('Sectores CAD en común: 1 de 2; de la misma categoría: 1.');
    expect(reasons.amount).toBe('El monto buscado está dentro del rango de la oferta.');
    expect(reasons.eligibility).toBe('El gobierno es elegible (país y tipo de gobierno).');
    const withIneligible = (
      await client.get(`${base}/demands/${demand.id}/matches?includeIneligible=true`)
    ).json();
    expect(withIneligible.items).toHaveLength(4);
    const foreign = withIneligible.items.find(
      (item: { offerTitle: string }) => item.offerTitle === 'Solo para Perú',
    );
    expect(foreign.isEligible).toBe(false);
    expect(foreign.components.find((c: { name: string }) => c.name === 'eligibility').reason).toBe(
      'La convocatoria no incluye a CO.',
    );
    const forOffer = (await client.get(`${base}/offers/${good.id}/matches`)).json();
    expect(forOffer.items[0]).toMatchObject({ demandId: demand.id, isEligible: true });
  });

  it('accepts a match through the agenda gate: an incomplete demand is refused and nothing is saved', async () => {
    const { client, base, department, donor, unit } = await setUp();
    const demand = await post(client, `${base}/demands`, demandBody(department.id));
    const offer = await post(client, `${base}/offers`, offerBody(donor.id));
    const accept = {
      approach: 'bottom_up',
      approachJustification: 'Las juntas de acción comunal priorizaron el cable.',
      agendaSetter: 'citizens',
    };
    const refused = await client.post(`${base}/demands/${demand.id}/matches/${offer.id}/accept`, accept);
    expect(refused.statusCode).toBe(422);
    expect(refused.json().code).toBe('gate_refused');
    expect(refused.json().errors.map((error: { field: string }) => error.field)).toContain(
      'problemStatement',
    );
    expect((await client.get(`${base}/initiatives`)).json().total).toBe(0);
    expect((await client.get(`${base}/demands/${demand.id}`)).json().status).toBe('open');

    const completed = await client.put(`${base}/demands/${demand.id}`, {
      ...demandBody(department.id),
      ...completeProblem(unit.id),
      version: 1,
    });
    expect(completed.statusCode).toBe(200);
    const accepted = await post(client, `${base}/demands/${demand.id}/matches/${offer.id}/accept`, accept);
    const initiative = (await client.get(`${base}/initiatives/${accepted.initiativeId}`)).json();
    expect(initiative).toMatchObject({ stage: 'agenda', agendaSetter: 'citizens', approach: 'bottom_up' });
    expect(initiative.partners).toEqual([
      { partnerId: donor.id, name: 'Banco Interamericano de Desarrollo', role: 'funder' },
    ]);
    expect((await client.get(`${base}/demands/${demand.id}`)).json().status).toBe('matched');
    const twice = await client.post(`${base}/demands/${demand.id}/matches/${offer.id}/accept`, accept);
    expect(twice.json().errors[0].message).toBe('Esta coincidencia ya fue decidida.');
    const match = (await client.get(`${base}/demands/${demand.id}/matches`)).json().items[0];
    expect(match).toMatchObject({ decision: 'accepted', initiativeId: accepted.initiativeId });
  });

  it('dismisses a match with a reason and hides it', async () => {
    const { client, base, department, donor } = await setUp();
    const demand = await post(client, `${base}/demands`, demandBody(department.id));
    const offer = await post(client, `${base}/offers`, offerBody(donor.id));
    expect(
      (await client.post(`${base}/demands/${demand.id}/matches/${offer.id}/dismiss`, { reason: '' }))
        .statusCode,
    ).toBe(400);
    await post(client, `${base}/demands/${demand.id}/matches/${offer.id}/dismiss`, {
      reason: 'Exige contrapartida que no tenemos',
    });
    expect((await client.get(`${base}/demands/${demand.id}/matches`)).json().items).toEqual([]);
    const all = (await client.get(`${base}/demands/${demand.id}/matches?includeDismissed=true`)).json().items;
    expect(all[0]).toMatchObject({
      decision: 'dismissed',
      decisionReason: 'Exige contrapartida que no tenemos',
    });
  });
});

describe('funding', () => {
  async function project() {
    const world = await setUp();
    const initiative = await post(world.client, `${world.base}/initiatives`, {
      title: 'Metrocable de Manrique',
    });
    const implementer = await createPartner(world.client, world.base, {
      name: 'Empresa de Transporte Masivo',
      kind: 'other',
    });
    return { ...world, initiative, implementer, url: `${world.base}/initiatives/${initiative.id}/funding` };
  }

  it('requires participants shares per role and sector percentages to add up to 100', async () => {
    const { client, url, donor, implementer } = await project();
    const profile = {
      iatiIdentifier: 'CO-MUN-05001-PRY-001',
      sectors: [
        { code: '21020', percentage: '60' },
        { code: '21050', percentage: '30' },
      ],
      participants: [
        { partnerId: donor.id, role: 'funding', sharePercent: '70' },
        { partnerId: implementer.id, role: 'funding', sharePercent: '20' },
        { partnerId: implementer.id, role: 'implementing' },
      ],
    };
    const refused = await client.put(`${url}/profile`, profile);
    expect(refused.statusCode).toBe(422);
    expect(refused.json().errors.map((error: { message: string }) => error.message)).toEqual([
      'Los porcentajes de los sectores suman 90 %; deben sumar 100 %.',
      'Las participaciones con papel «funding» suman 90 %; deben sumar 100 %.',
    ]);
    const saved = await client.put(`${url}/profile`, {
      ...profile,
      sectors: [
        { code: '21020', percentage: '66.67' },
        { code: '21050', percentage: '33.33' },
      ],
      participants: [
        { partnerId: donor.id, role: 'funding', sharePercent: '70' },
        { partnerId: implementer.id, role: 'funding', sharePercent: '30' },
        { partnerId: implementer.id, role: 'implementing' },
      ],
    });
    expect(saved.statusCode).toBe(200);
    expect(saved.json().profile.participants).toHaveLength(3);
  });

  it('converts transactions to the reporting currency at the rate of their value date, exactly', async () => {
    const { client, url, base, donor } = await project();
    const rates = await post(
      client,
      `${base}/exchange-rates/import`,
      {
        csv: 'currency,date,rate\nUSD,2025-01-01,4100.50\nUSD,2025-06-01,3950.255\nEUR,2025-01-01,4500\nZZZ,2025-01-01,1\nUSD,31/12/2025,1\n',
        source: 'Banco de la República (demo)',
      },
      200,
    );
    expect(rates).toMatchObject({ imported: 3, updated: 0 });
    expect(rates.errors.map((error: { line: number }) => error.line)).toEqual([5, 6]);
    const tx = (extra: Record<string, unknown>) => ({
      transactionDate: '2025-03-15',
      valueDate: '2025-03-15',
      currency: 'USD',
      providerPartnerId: donor.id,
      ...extra,
    });
    await post(client, `${url}/transactions`, tx({ type: '11', amountMinor: 100_000_000 }));
    await post(
      client,
      `${url}/transactions`,
      tx({ type: '1', amountMinor: 25_000_050, valueDate: '2025-07-01', transactionDate: '2025-07-01' }),
    );
    await post(
      client,
      `${url}/transactions`,
      tx({
        type: '4',
        amountMinor: 1_000_000,
        currency: 'JPY',
        valueDate: '2025-08-01',
        transactionDate: '2025-08-01',
      }),
    );
    const funding = (await client.get(url)).json();
    expect(funding.reportingCurrency).toBe('COP');
    const [commitment, funds, spending] = funding.transactions;
    // 1,000,000.00 USD × 4,100.50 = 4,100,500,000.00 COP
    expect(commitment).toMatchObject({
      reportingAmountMinor: 410_050_000_000,
      rateUsed: '4100.5',
      rateDate: '2025-01-01',
    });
    // 250,000.50 USD × 3,950.255 = 987,565,725.1275 COP → 987,565,725.13
    expect(funds.reportingAmountMinor).toBe(98_756_572_513);
    expect(spending).toMatchObject({ reportingAmountMinor: null, rateUsed: null });
    expect(funding.totals.find((total: { type: string }) => total.type === '4')).toEqual({
      type: '4',
      reportingAmountMinor: 0,
      unconvertedCount: 1,
    });
    expect(funding.series.map((point: { month: string }) => point.month)).toEqual([
      '2025-03',
      '2025-07',
      '2025-08',
    ]);
    expect(funding.series[0].committed).toBe(410_050_000_000);
  });

  it('converts, charts and keeps a transaction without value date at its transaction date', async () => {
    const { client, url, base } = await project();
    await post(
      client,
      `${base}/exchange-rates/import`,
      { csv: 'currency,date,rate\nUSD,2024-08-01,4000\nUSD,2025-01-01,4400\n', source: null },
      200,
    );
    const created = await post(client, `${url}/transactions`, {
      type: '3',
      transactionDate: '2024-08-30',
      amountMinor: 100,
      currency: 'USD',
    });
    const [transaction] = created.transactions;
    expect(transaction).toMatchObject({ valueDate: '2024-08-30', rateDate: '2024-08-01', rateUsed: '4000' });
    expect(transaction.reportingAmountMinor).toBe(400_000);
    expect(created.series.map((point: { month: string }) => point.month)).toEqual(['2024-08']);
    // Moving the transaction date moves the value date with it when none is given.
    const moved = await client.put(`${url}/transactions/${transaction.id}`, {
      type: '3',
      transactionDate: '2025-02-01',
      valueDate: null,
      amountMinor: 100,
      currency: 'USD',
      version: transaction.version,
    });
    expect(moved.statusCode).toBe(200);
    expect(moved.json().transactions[0]).toMatchObject({ valueDate: '2025-02-01', rateUsed: '4400' });
  });

  it('answers a stale transaction edit with 409 and keeps funding apart between governments', async () => {
    const { client, url, donor, initiative } = await project();
    const created = await post(client, `${url}/transactions`, {
      type: '3',
      transactionDate: '2025-01-10',
      valueDate: '2025-01-10',
      amountMinor: 500,
      currency: 'COP',
      receiverPartnerId: donor.id,
    });
    const id = created.transactions[0].id;
    const body = {
      type: '3',
      transactionDate: '2025-01-10',
      valueDate: '2025-01-10',
      amountMinor: 600,
      currency: 'COP',
    };
    expect((await client.put(`${url}/transactions/${id}`, { ...body, version: 1 })).statusCode).toBe(200);
    expect((await client.put(`${url}/transactions/${id}`, { ...body, version: 1 })).statusCode).toBe(409);
    const other = await createWorld(testApp.app, 'admin');
    expect((await other.client.get(`${other.base}/initiatives/${initiative.id}/funding`)).statusCode).toBe(
      404,
    );
    expect((await other.client.get(`${other.base}/exchange-rates`)).json().items).toEqual([]);
  });
});

describe('reasons and rates people can read', () => {
  it('names modalities in the reader language and refuses a rate split by a decimal comma', async () => {
    const { client, base, department, donor } = await setUp();
    const demand = await post(client, `${base}/demands`, demandBody(department.id));
    await post(client, `${base}/offers`, offerBody(donor.id));
    const [match] = (await client.get(`${base}/demands/${demand.id}/matches`)).json().items;
    expect(match.components.find((c: { name: string }) => c.name === 'modality').reason).toBe(
      'Ofrece la modalidad buscada: cooperación financiera.',
    );
    const english = await client.request({
      method: 'GET',
      url: `${base}/demands/${demand.id}/matches`,
      headers: { 'accept-language': 'en' },
    });
    expect(
      english.json().items[0].components.find((c: { name: string }) => c.name === 'modality').reason,
    ).toBe('Offers the modality sought: financial cooperation.');
    const rates = await post(
      client,
      `${base}/exchange-rates/import`,
      { csv: 'currency,date,rate\nEUR,2026-07-01,4398,10\n' },
      200,
    );
    expect(rates).toMatchObject({ imported: 0, errors: [{ line: 2 }] });
    expect(rates.errors[0].message).toContain('punto decimal');
  });
});

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LeadInput } from '../../src/contracts/investment';
import { todayIn } from '../../src/domain/link-lifecycle';
import { events } from '../../src/server/db/schema';
import { createMember, createPartner, createWorld, testPassword } from '../factories';
import { type Client, createTestApp, signInAs, type TestApp } from '../test-app';

let testApp: TestApp;
beforeAll(async () => {
  testApp = await createTestApp();
});
afterAll(async () => testApp.close());

type Lead = {
  id: string;
  stage: string;
  version: number;
  allowedStages: string[];
  history: { fromStage: string | null; toStage: string; reason: string | null; actorName: string | null }[];
};

async function createCompany(client: Client, base: string, name = 'Siemens Energy') {
  return createPartner(client, base, {
    name,
    acronym: null,
    kind: 'company_investor',
    countryCode: 'DE',
    city: 'Múnich',
    iatiOrgType: '70',
  });
}

async function createEvent(governmentId: string, title = 'Misión comercial a Alemania') {
  const [row] = await testApp.app.database.db
    .insert(events)
    .values({
      governmentId,
      title,
      kind: 'mission_abroad',
      startsAt: new Date('2024-05-10T14:00:00Z'),
      endsAt: new Date('2024-05-14T22:00:00Z'),
      timezone: 'Europe/Berlin',
    })
    .returning();
  return row!;
}

function leadInput(companyPartnerId: string, overrides: Partial<LeadInput> = {}): LeadInput {
  return {
    companyPartnerId,
    title: 'Planta de ensamble de turbinas',
    originCountryCode: 'DE',
    sector: '32110',
    description: 'Centro de ensamble y mantenimiento para la región andina.',
    currency: 'COP',
    eventIds: [],
    strategyLines: [],
    themes: [],
    planCodes: [],
    sdgGoals: [],
    ...overrides,
  };
}

async function createLead(client: Client, base: string, input: LeadInput): Promise<Lead> {
  const response = await client.post(`${base}/investment-leads`, input);
  if (response.statusCode !== 201) throw new Error(`createLead: ${response.statusCode} ${response.body}`);
  return response.json();
}

async function moveTo(
  client: Client,
  base: string,
  lead: Lead,
  body: Record<string, unknown>,
): Promise<Lead> {
  const response = await client.post(`${base}/investment-leads/${lead.id}/stage`, {
    version: lead.version,
    ...body,
  });
  if (response.statusCode !== 200) throw new Error(`moveTo: ${response.statusCode} ${response.body}`);
  return response.json();
}

/** Walks a lead forward from `lead` to `target`, one stage at a time. */
async function walk(
  client: Client,
  base: string,
  lead: Lead,
  target: string,
  dates: Record<string, string> = {},
) {
  const order = ['lead', 'contact', 'visit', 'decision', 'announced', 'established', 'aftercare'];
  let current = lead;
  for (const stage of order.slice(order.indexOf(current.stage) + 1, order.indexOf(target) + 1)) {
    current = await moveTo(client, base, current, { stage, ...dates });
  }
  return current;
}

const fields = (response: { json: () => { errors: { field: string }[] } }) =>
  response.json().errors.map((error) => error.field);

describe('investment leads', () => {
  it('registers a lead with its company, events, territory and a first stage in its history', async () => {
    const world = await createWorld(testApp.app, 'admin');
    const { base, government } = world;
    const client = await signInAs(
      testApp.app,
      await createMember(testApp.app.database.db, government.id, 'coordinator'),
      testPassword,
    );
    const company = await createCompany(client, base);
    const event = await createEvent(government.id);
    const unit = (
      await world.client.post(`${base}/territorial-units`, {
        code: '15',
        name: 'Guayabal',
        kind: 'comuna',
        population: 95_000,
      })
    ).json();
    const response = await client.post(
      `${base}/investment-leads`,
      leadInput(company.id, {
        eventIds: [event.id, event.id],
        territorialUnitId: unit.id,
        responsibleName: 'Agencia de Cooperación e Inversión',
        expectedAmountMinor: 4_500_000_000_000,
      }),
    );
    expect(response.statusCode).toBe(201);
    const lead = response.json();
    expect(lead).toMatchObject({
      companyPartnerId: company.id,
      companyName: 'Siemens Energy',
      sector: '32110',
      sectorName: 'Política industrial y gestión administrativa',
      stage: 'lead',
      currency: 'COP',
      expectedAmountMinor: 4_500_000_000_000,
      territorialUnitId: unit.id,
      territorialUnitName: 'Guayabal',
      events: [{ id: event.id, title: 'Misión comercial a Alemania', startsAt: '2024-05-10T14:00:00.000Z' }],
      allowedStages: ['contact', 'lost'],
      version: 1,
      archivedAt: null,
    });
    expect(lead.history).toEqual([
      {
        fromStage: null,
        toStage: 'lead',
        reason: null,
        actorName: 'Persona coordinator',
        occurredAt: expect.any(String),
      },
    ]);
    const read = await client.get(`${base}/investment-leads/${lead.id}?lang=en`);
    expect(read.json().sectorName).toBe('Industrial policy and administrative management');
    const audit = (await client.get(`${base}/audit?entityType=investment_lead&entityId=${lead.id}`)).json();
    expect(audit.items.map((entry: { action: string }) => entry.action)).toEqual(['create']);
  });

  it('refuses references that are not a company, not in the codelists or not in this government', async () => {
    const { client, base } = await createWorld(testApp.app, 'admin');
    const other = await createWorld(testApp.app, 'admin');
    const agency = await createPartner(client, base);
    const foreignEvent = await createEvent(other.government.id);
    const foreignUnit = (
      await other.client.post(`${other.base}/territorial-units`, {
        code: '01',
        name: 'Popular',
        kind: 'comuna',
        population: 130_000,
      })
    ).json();
    const response = await client.post(
      `${base}/investment-leads`,
      leadInput(agency.id, {
        originCountryCode: 'XX',
        currency: 'ABC',
        sector: '99999',
        eventIds: [foreignEvent.id],
        territorialUnitId: foreignUnit.id,
        responsibleUserId: '00000000-0000-4000-8000-000000000000',
      }),
    );
    expect(response.statusCode).toBe(422);
    expect(response.json().errors).toEqual([
      {
        field: 'companyPartnerId',
        message: 'La contraparte debe ser una empresa o inversionista.',
        code: 'notACompany',
      },
      {
        field: 'originCountryCode',
        message: 'El país no existe en la lista oficial de países.',
        code: 'unknownCountry',
      },
      {
        field: 'currency',
        message: 'La moneda no existe en la lista oficial de monedas.',
        code: 'unknownCurrency',
      },
      {
        field: 'sector',
        message: 'El sector no existe en la lista oficial de sectores (CAD).',
        code: 'unknownSector',
      },
      { field: 'eventIds.0', message: 'El evento no existe en este gobierno.', code: 'unknownEvent' },
      {
        field: 'territorialUnitId',
        message: 'La unidad territorial no existe en este gobierno.',
        code: 'unknownTerritorialUnit',
      },
      {
        field: 'responsibleUserId',
        message: 'La persona no pertenece a este gobierno.',
        code: 'unknownUser',
      },
    ]);
    const foreignCompany = await createCompany(other.client, other.base);
    const foreign = await client.post(`${base}/investment-leads`, leadInput(foreignCompany.id));
    expect(fields(foreign)).toEqual(['companyPartnerId']);
    expect(foreign.json().errors[0].code).toBe('unknownPartner');
    const shape = await client.post(`${base}/investment-leads`, {
      ...leadInput(agency.id),
      sector: '321',
      expectedAmountMinor: 10.5,
    });
    expect(shape.statusCode).toBe(400);
    expect(fields(shape).sort()).toEqual(['expectedAmountMinor', 'sector']);
    expect((await client.get(`${base}/investment-leads`)).json().total).toBe(0);
  });

  it('moves one stage at a time and asks each stage for what it needs, saving nothing on refusal', async () => {
    const { client, base } = await createWorld(testApp.app, 'admin');
    const company = await createCompany(client, base);
    let lead = await createLead(client, base, leadInput(company.id));
    const url = `${base}/investment-leads/${lead.id}`;

    const skip = await client.post(`${url}/stage`, {
      stage: 'established',
      establishedOn: '2025-01-01',
      version: 1,
    });
    expect(skip.statusCode).toBe(422);
    expect(skip.json().errors).toEqual([
      {
        field: 'stage',
        message:
          'No se puede pasar de «Oportunidad» a «Establecida»: el proceso avanza de una etapa a la siguiente.',
        code: 'leadStageSkip',
      },
    ]);

    lead = await walk(client, base, lead, 'decision');
    expect(lead).toMatchObject({
      stage: 'decision',
      version: 4,
      allowedStages: ['announced', 'visit', 'lost'],
    });

    const unannounced = await client.post(`${url}/stage`, { stage: 'announced', version: 4 });
    expect(unannounced.statusCode).toBe(422);
    expect(unannounced.json().errors).toEqual([
      {
        field: 'expectedAmountMinor',
        message: 'Indique el monto y los empleos esperados antes de pasar a esta etapa.',
        code: 'leadAmountRequired',
      },
      {
        field: 'expectedJobs',
        message: 'Indique el monto y los empleos esperados antes de pasar a esta etapa.',
        code: 'leadAmountRequired',
      },
    ]);
    const unchanged = (await client.get(url)).json();
    expect(unchanged).toMatchObject({ stage: 'decision', version: 4, announcedOn: null });
    expect(unchanged.history).toHaveLength(4);

    const edited = await client.put(url, {
      ...leadInput(company.id, { expectedAmountMinor: 120_000_000_000, expectedJobs: 350 }),
      version: 4,
    });
    expect(edited.json()).toMatchObject({ stage: 'decision', version: 5, expectedJobs: 350 });
    lead = await moveTo(client, base, edited.json(), { stage: 'announced', announcedOn: '2024-09-12' });
    expect(lead).toMatchObject({ stage: 'announced', announcedOn: '2024-09-12' });

    const unestablished = await client.post(`${url}/stage`, { stage: 'established', version: lead.version });
    expect(fields(unestablished)).toEqual(['realisedAmountMinor', 'createdJobs', 'establishedOn']);
    expect(unestablished.json().errors[0].message).toBe(
      'Indique el monto y los empleos realizados antes de pasar a esta etapa.',
    );
    const realised = await client.put(url, {
      ...leadInput(company.id, {
        expectedAmountMinor: 120_000_000_000,
        expectedJobs: 350,
        realisedAmountMinor: 95_000_000_000,
        createdJobs: 0,
      }),
      version: lead.version,
    });
    lead = await moveTo(client, base, realised.json(), { stage: 'established', establishedOn: '2025-02-03' });
    expect(lead).toMatchObject({ stage: 'established', establishedOn: '2025-02-03', createdJobs: 0 });
    expect(lead.allowedStages).toEqual(['aftercare', 'announced']);

    const clearing = await client.put(url, {
      ...leadInput(company.id, { expectedAmountMinor: 120_000_000_000, expectedJobs: 350 }),
      version: lead.version,
    });
    expect(clearing.statusCode).toBe(422);
    expect(fields(clearing)).toEqual(['realisedAmountMinor', 'createdJobs']);

    lead = await moveTo(client, base, lead, { stage: 'aftercare' });
    expect(lead.allowedStages).toEqual(['established']);
    const backWithout = await client.post(`${url}/stage`, { stage: 'established', version: lead.version });
    expect(backWithout.json().errors).toEqual([
      { field: 'reason', message: 'Explique el motivo del cambio.', code: 'reasonRequired' },
    ]);
    lead = await moveTo(client, base, lead, { stage: 'established', reason: 'Se registró antes de tiempo.' });
    expect(
      lead.history.slice(0, 2).map((change) => [change.fromStage, change.toStage, change.reason]),
    ).toEqual([
      ['aftercare', 'established', 'Se registró antes de tiempo.'],
      ['established', 'aftercare', null],
    ]);
    expect(lead.history).toHaveLength(8);
    const audit = (await client.get(`${base}/audit?entityType=investment_lead&entityId=${lead.id}`)).json();
    expect(audit.items.filter((entry: { action: string }) => entry.action === 'status_change')).toHaveLength(
      7,
    );
  });

  it('loses a lead with a reason and brings it back to where it was lost or to the start', async () => {
    const { client, base } = await createWorld(testApp.app, 'admin');
    const company = await createCompany(client, base);
    let lead = await walk(client, base, await createLead(client, base, leadInput(company.id)), 'visit');
    const url = `${base}/investment-leads/${lead.id}`;
    const noReason = await client.post(`${url}/stage`, { stage: 'lost', version: lead.version });
    expect(noReason.json().errors).toEqual([
      { field: 'reason', message: 'Explique por qué se perdió la oportunidad.', code: 'lostReasonRequired' },
    ]);
    lead = await moveTo(client, base, lead, {
      stage: 'lost',
      reason: 'Eligió Monterrey por incentivos fiscales.',
    });
    expect(lead).toMatchObject({
      stage: 'lost',
      lostReason: 'Eligió Monterrey por incentivos fiscales.',
      allowedStages: ['visit', 'lead'],
    });
    const listed = (await client.get(`${base}/investment-leads?stage=lost`)).json();
    expect(listed.items[0].allowedStages).toEqual(['visit', 'lead']);
    const elsewhere = await client.post(`${url}/stage`, {
      stage: 'decision',
      reason: 'x',
      version: lead.version,
    });
    expect(elsewhere.json().errors[0].code).toBe('leadStageSkip');
    lead = await moveTo(client, base, lead, {
      stage: 'visit',
      reason: 'Nuevo director de expansión regional.',
    });
    expect(lead).toMatchObject({ stage: 'visit', lostReason: null });
    lead = await moveTo(client, base, lead, { stage: 'lost', reason: 'Cierre de la filial.' });
    lead = await moveTo(client, base, lead, { stage: 'lead', reason: 'Se reabre con otra filial.' });
    expect(lead.allowedStages).toEqual(['contact', 'lost']);
  });

  it('answers a stale stage change or edit with 409 and keeps the history as it was', async () => {
    const { client, base } = await createWorld(testApp.app, 'admin');
    const company = await createCompany(client, base);
    const lead = await createLead(client, base, leadInput(company.id));
    const url = `${base}/investment-leads/${lead.id}`;
    await moveTo(client, base, lead, { stage: 'contact' });
    const stale = await client.post(`${url}/stage`, { stage: 'lost', reason: 'Sin respuesta', version: 1 });
    expect(stale.statusCode).toBe(409);
    expect(stale.json()).toMatchObject({ code: 'version_conflict', currentVersion: 2, yourVersion: 1 });
    const staleEdit = await client.put(url, { ...leadInput(company.id, { title: 'Otro' }), version: 1 });
    expect(staleEdit.statusCode).toBe(409);
    const staleSame = await client.post(`${url}/stage`, { stage: 'contact', version: 1 });
    expect(staleSame.statusCode).toBe(409);
    const current = (await client.get(url)).json();
    expect(current).toMatchObject({ stage: 'contact', version: 2, title: 'Planta de ensamble de turbinas' });
    expect(current.history).toHaveLength(2);
    const same = await client.post(`${url}/stage`, { stage: 'contact', version: 2 });
    expect(same.json()).toMatchObject({ stage: 'contact', version: 2 });
    expect((await client.post(`${url}/archive`, { version: 1 })).statusCode).toBe(409);
  });

  it('lists leads in pipeline order with filters, and archives and restores them', async () => {
    const { client, base } = await createWorld(testApp.app, 'admin');
    const siemens = await createCompany(client, base, 'Siemens Energy');
    const nestle = await createCompany(client, base, 'Nestlé');
    const first = await createLead(client, base, leadInput(siemens.id, { title: 'Turbinas' }));
    const second = await createLead(
      client,
      base,
      leadInput(nestle.id, { title: 'Centro de distribución', originCountryCode: 'CH', sector: '25010' }),
    );
    const third = await createLead(client, base, leadInput(siemens.id, { title: 'Centro de servicios' }));
    await walk(client, base, second, 'visit');
    await moveTo(client, base, first, { stage: 'lost', reason: 'Sin presupuesto' });
    const titles = async (query = '') =>
      (await client.get(`${base}/investment-leads${query}`))
        .json()
        .items.map((item: { title: string }) => item.title);
    expect(await titles()).toEqual(['Centro de servicios', 'Centro de distribución', 'Turbinas']);
    expect(await titles('?stage=visit')).toEqual(['Centro de distribución']);
    expect(await titles('?originCountryCode=CH')).toEqual(['Centro de distribución']);
    expect(await titles('?sector=32110')).toEqual(['Centro de servicios', 'Turbinas']);
    expect(await titles('?q=nestle')).toEqual(['Centro de distribución']);
    expect(await titles('?q=turbina')).toEqual(['Turbinas']);

    const archived = await client.post(`${base}/investment-leads/${third.id}/archive`, { version: 1 });
    expect(archived.json().archivedAt).not.toBeNull();
    expect(await titles()).toEqual(['Centro de distribución', 'Turbinas']);
    const restored = await client.post(`${base}/investment-leads/${third.id}/restore`, { version: 2 });
    expect(restored.json()).toMatchObject({ archivedAt: null, version: 3 });
    expect((await client.get(`${base}/investment-leads`)).json().total).toBe(3);
  });
});

describe('investment totals', () => {
  it('adds announced and realised investment and jobs in minor units of the reporting currency', async () => {
    const { client, base } = await createWorld(testApp.app, 'admin');
    const company = await createCompany(client, base);
    const amounts = (expected: number, jobs: number, realised?: number, created?: number) => ({
      expectedAmountMinor: expected,
      expectedJobs: jobs,
      ...(realised === undefined ? {} : { realisedAmountMinor: realised, createdJobs: created }),
    });
    // Amounts above 2^32 (bigint in the database) and odd units that a float sum would blur.
    const spanish = await createLead(
      client,
      base,
      leadInput(company.id, { sector: '32110', originCountryCode: 'ES', ...amounts(3_000_000_000_001, 100) }),
    );
    await walk(client, base, spanish, 'announced', { announcedOn: '2023-03-15' });
    const american = await createLead(
      client,
      base,
      leadInput(company.id, {
        sector: '25010',
        originCountryCode: 'US',
        ...amounts(5_000_000_000_003, 40, 4_000_000_000_007, 35),
      }),
    );
    await walk(client, base, american, 'aftercare', {
      announcedOn: '2023-11-30',
      establishedOn: '2024-02-01',
    });
    const german = await createLead(
      client,
      base,
      leadInput(company.id, {
        sector: '32110',
        originCountryCode: 'DE',
        ...amounts(7_000_000_000_000, 10, 1, 0),
      }),
    );
    await walk(client, base, german, 'established', {
      announcedOn: '2024-05-05',
      establishedOn: '2024-12-31',
    });
    // Announced without a date: counted in the year of the move to "announced".
    const undated = await createLead(
      client,
      base,
      leadInput(company.id, { sector: '32110', ...amounts(11, 1) }),
    );
    await walk(client, base, undated, 'announced');
    // Not counted: another currency, not yet announced, archived.
    const dollars = await createLead(
      client,
      base,
      leadInput(company.id, { currency: 'USD', ...amounts(99, 9) }),
    );
    await walk(client, base, dollars, 'announced', { announcedOn: '2023-01-01' });
    const early = await createLead(client, base, leadInput(company.id, amounts(77, 7)));
    await walk(client, base, early, 'decision');
    const gone = await walk(
      client,
      base,
      await createLead(client, base, leadInput(company.id, amounts(55, 5))),
      'announced',
      { announcedOn: '2023-01-01' },
    );
    await client.post(`${base}/investment-leads/${gone.id}/archive`, { version: gone.version });

    const response = await client.get(`${base}/investment-totals`);
    expect(response.statusCode).toBe(200);
    const totals = response.json();
    const thisYear = Number(todayIn('America/Bogota').slice(0, 4));
    expect(totals.currency).toBe('COP');
    expect(totals.excludedLeadCount).toBe(1);
    expect(totals.byYear).toEqual(
      [
        {
          year: 2023,
          announcedMinor: 8_000_000_000_004,
          realisedMinor: 0,
          expectedJobs: 140,
          createdJobs: 0,
        },
        {
          year: 2024,
          announcedMinor: 7_000_000_000_000,
          realisedMinor: 4_000_000_000_008,
          expectedJobs: 10,
          createdJobs: 35,
        },
        { year: thisYear, announcedMinor: 11, realisedMinor: 0, expectedJobs: 1, createdJobs: 0 },
      ].sort((left, right) => left.year - right.year),
    );
    expect(totals.bySector).toEqual([
      {
        sector: '32110',
        sectorName: 'Política industrial y gestión administrativa',
        announcedMinor: 10_000_000_000_012,
        realisedMinor: 1,
        createdJobs: 0,
      },
      {
        sector: '25010',
        sectorName: 'Servicio e instituciones de apoyo a la empresa',
        announcedMinor: 5_000_000_000_003,
        realisedMinor: 4_000_000_000_007,
        createdJobs: 35,
      },
    ]);
    expect(totals.byCountry).toEqual([
      { countryCode: 'DE', announcedMinor: 7_000_000_000_011, realisedMinor: 1, createdJobs: 0 },
      {
        countryCode: 'US',
        announcedMinor: 5_000_000_000_003,
        realisedMinor: 4_000_000_000_007,
        createdJobs: 35,
      },
      { countryCode: 'ES', announcedMinor: 3_000_000_000_001, realisedMinor: 0, createdJobs: 0 },
    ]);
  });

  it('answers empty totals for a government without announced leads', async () => {
    const { client, base } = await createWorld(testApp.app, 'viewer');
    expect((await client.get(`${base}/investment-totals`)).json()).toEqual({
      currency: 'COP',
      byYear: [],
      bySector: [],
      byCountry: [],
      excludedLeadCount: 0,
    });
  });
});

describe('investment roles and tenants', () => {
  it('lets viewers and liaisons read but not write', async () => {
    const { client, base, government } = await createWorld(testApp.app, 'admin');
    const company = await createCompany(client, base);
    const lead = await createLead(client, base, leadInput(company.id));
    for (const role of ['viewer', 'liaison'] as const) {
      const reader = await signInAs(
        testApp.app,
        await createMember(testApp.app.database.db, government.id, role),
        testPassword,
      );
      expect((await reader.get(`${base}/investment-leads`)).json().total).toBe(1);
      expect((await reader.get(`${base}/investment-leads/${lead.id}`)).statusCode).toBe(200);
      expect((await reader.get(`${base}/investment-totals`)).statusCode).toBe(200);
      const writes = [
        await reader.post(`${base}/investment-leads`, leadInput(company.id)),
        await reader.put(`${base}/investment-leads/${lead.id}`, { ...leadInput(company.id), version: 1 }),
        await reader.post(`${base}/investment-leads/${lead.id}/stage`, { stage: 'contact', version: 1 }),
        await reader.post(`${base}/investment-leads/${lead.id}/archive`, { version: 1 }),
        await reader.post(`${base}/investment-leads/${lead.id}/restore`, { version: 1 }),
      ];
      expect(
        writes.map((response) => response.statusCode),
        role,
      ).toEqual([403, 403, 403, 403, 403]);
    }
    expect((await client.get(`${base}/investment-leads/${lead.id}`)).json()).toMatchObject({
      stage: 'lead',
      version: 1,
    });
  });

  it('keeps one government’s leads out of another’s reach, by id, list and totals', async () => {
    const medellin = await createWorld(testApp.app, 'admin');
    const mexico = await createWorld(testApp.app, 'admin');
    const company = await createCompany(medellin.client, medellin.base);
    const lead = await createLead(
      medellin.client,
      medellin.base,
      leadInput(company.id, { expectedAmountMinor: 10, expectedJobs: 1 }),
    );
    await walk(medellin.client, medellin.base, lead, 'announced', { announcedOn: '2024-01-01' });
    const url = `${mexico.base}/investment-leads/${lead.id}`;
    expect((await mexico.client.get(url)).statusCode).toBe(404);
    expect((await mexico.client.put(url, { ...leadInput(company.id), version: 5 })).statusCode).toBe(404);
    expect(
      (await mexico.client.post(`${url}/stage`, { stage: 'lost', reason: 'x', version: 5 })).statusCode,
    ).toBe(404);
    expect((await mexico.client.post(`${url}/archive`, { version: 5 })).statusCode).toBe(404);
    expect((await mexico.client.get(`${mexico.base}/investment-leads`)).json().total).toBe(0);
    expect((await mexico.client.get(`${mexico.base}/investment-totals`)).json().byYear).toEqual([]);
    expect((await mexico.client.get(`${medellin.base}/investment-leads`)).statusCode).toBe(404);
    expect((await mexico.client.get(`${medellin.base}/investment-leads/${lead.id}`)).statusCode).toBe(404);
    expect((await medellin.client.get(`${medellin.base}/investment-leads/${lead.id}`)).json().version).toBe(
      5,
    );
  });
});

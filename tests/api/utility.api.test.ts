import { and, eq } from 'drizzle-orm';
import { DateTime } from 'luxon';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { todayIn } from '../../src/domain/link-lifecycle';
import {
  auditLog,
  commitments,
  departments,
  exchangeRates,
  governments,
  indicators,
  initiativeLinks,
  initiatives,
  initiativeTerritorialUnits,
  investmentLeads,
  linkParties,
  links,
  measurements,
  mirRows,
  partners,
  projectParticipants,
  projectTransactions,
  territorialUnits,
  utilitySnapshots,
} from '../../src/server/db/schema';
import { runUtilityWorker } from '../../src/server/modules/utility/utility.worker';
import { createLink, createMember, createPartner, createWorld, testPassword } from '../factories';
import { type Client, createTestApp, signInAs, type TestApp } from '../test-app';

let testApp: TestApp;
beforeAll(async () => {
  testApp = await createTestApp();
});
afterAll(async () => testApp.close());

const zone = 'America/Bogota';
const yearsAgo = (years: number) => DateTime.fromISO(todayIn(zone)).minus({ years }).toISODate() ?? '';

async function post<T = Record<string, unknown> & { id: string; version: number }>(
  client: Client,
  url: string,
  body: unknown,
): Promise<T> {
  const response = await client.post(url, body);
  if (response.statusCode !== 201) throw new Error(`${url}: ${response.statusCode} ${response.body}`);
  return response.json() as T;
}

/** A government with a sister-city agreement signed three years ago, its signing visit and a department. */
async function setUp(role: 'admin' | 'coordinator' = 'admin') {
  const world = await createWorld(testApp.app, role);
  const admin =
    role === 'admin'
      ? world.client
      : await signInAs(
          testApp.app,
          await createMember(testApp.app.database.db, world.government.id, 'admin'),
          testPassword,
        );
  const { base } = world;
  const partner = await createPartner(admin, base, {
    name: 'Ciudad de Monterrey',
    acronym: null,
    kind: 'city_government',
    countryCode: 'MX',
    city: 'Monterrey',
    latitude: 25.6866,
    longitude: -100.3161,
    iatiOrgType: null,
  });
  const signedOn = yearsAgo(3);
  const link = await createLink(admin, base, partner.id, {
    title: 'Hermanamiento Medellín–Monterrey',
    kind: 'sister_city',
    status: 'active',
    signedOn,
    validFrom: signedOn,
    strategyLines: ['city_networks'],
  });
  const department = await post(admin, `${base}/departments`, { name: 'Secretaría de Desarrollo Económico' });
  const visitEnd = DateTime.fromISO(signedOn, { zone }).set({ hour: 18 });
  const event = await post(admin, `${base}/events`, {
    title: 'Delegación de Monterrey',
    kind: 'incoming_delegation',
    startsAt: visitEnd.minus({ hours: 8 }).toISO(),
    endsAt: visitEnd.toISO(),
    timezone: zone,
    linkIds: [link.id],
  });
  const commitment = await post(admin, `${base}/commitments`, {
    title: 'Intercambio técnico de movilidad',
    eventId: event.id,
    ownerDepartmentId: department.id,
    ownerName: 'Subsecretaría de Movilidad',
    dueDate: DateTime.fromISO(signedOn).plus({ months: 2 }).toISODate(),
  });
  return { ...world, admin, partner, link, department, event, commitment, signedOn };
}

describe('protocol-only verdict', () => {
  it('says why an old sister-city link is protocol-only and what would change it; a fulfilled commitment turns it productive', async () => {
    const { admin, base, link, commitment, event } = await setUp();
    const verdict = (await admin.get(`${base}/utility/links/${link.id}/verdict`)).json();
    expect(verdict.verdict).toBe('protocol_only');
    expect(verdict.reasons[0]).toMatchObject({ code: 'signed_ago', params: { years: 3 } });
    expect(verdict.reasons).toContainEqual({
      code: 'commitments_overdue',
      params: { count: 1, since: commitment.dueDate },
    });
    expect(verdict.remedies[0]).toMatchObject({
      code: 'fulfil_commitment',
      records: [{ kind: 'commitment', id: commitment.id }],
    });
    expect(verdict.contest).toBeNull();

    // Relations read both ways: the link lists the event that cites it and that event's commitment.
    const ledger = (await admin.get(`${base}/utility/links/${link.id}/ledger`)).json();
    expect(ledger.events.items.map((item: { id: string }) => item.id)).toEqual([event.id]);
    expect(ledger.commitments.items[0]).toMatchObject({
      kind: 'commitment',
      id: commitment.id,
      status: 'overdue',
    });
    expect(ledger.commitments.counts.overdue).toBe(1);
    const eventLedger = (await admin.get(`${base}/utility/events/${event.id}/ledger`)).json();
    expect(eventLedger.links.items.map((item: { id: string }) => item.id)).toEqual([link.id]);

    const fulfilled = await admin.post(`${base}/commitments/${commitment.id}/status`, {
      status: 'fulfilled',
      evidenceDescription: 'Acta del intercambio técnico',
      version: commitment.version,
    });
    expect(fulfilled.statusCode).toBe(200);
    const after = (await admin.get(`${base}/utility/links/${link.id}/verdict`)).json();
    expect(after.verdict).toBe('productive');
    expect(after.reasons[0]).toEqual({ code: 'commitments_fulfilled', params: { count: 1 } });
    expect(after.remedies).toEqual([]);
    const eventVerdict = (await admin.get(`${base}/utility/events/${event.id}/verdict`)).json();
    expect(eventVerdict.verdict).toBe('productive');
  });

  it('turns productive when an initiative that uses the link moves beyond the agenda stage', async () => {
    const { admin, base, link, government } = await setUp();
    const initiative = await post(admin, `${base}/initiatives`, {
      title: 'Corredor de movilidad eléctrica',
      linkIds: [link.id],
    });
    const before = (await admin.get(`${base}/utility/links/${link.id}/verdict`)).json();
    expect(before.verdict).toBe('protocol_only');
    expect(before.remedies).toContainEqual({
      code: 'advance_initiative',
      params: { title: 'Corredor de movilidad eléctrica', stage: 'problematization' },
      records: [{ kind: 'initiative', id: initiative.id }],
    });
    // The policy-cycle gates are tested in initiatives.api.test.ts; here the initiative reaches design.
    await testApp.app.database.db
      .update(initiatives)
      .set({ stage: 'design' })
      .where(and(eq(initiatives.id, initiative.id), eq(initiatives.governmentId, government.id)));
    const after = (await admin.get(`${base}/utility/links/${link.id}/verdict`)).json();
    expect(after.verdict).toBe('productive');
    expect(after.reasons[0]).toEqual({ code: 'initiatives_beyond_agenda', params: { count: 1 } });
    const list = (await admin.get(`${base}/utility/verdicts?kind=link`)).json();
    expect(list.counts).toMatchObject({ productive: 1, protocol_only: 0 });
  });

  it('lists links worst first, with counts and their top reason, and keeps a link in negotiation in grace', async () => {
    const { admin, base, partner, link } = await setUp();
    const draft = await createLink(admin, base, partner.id, { title: 'Memorando en negociación' });
    const page = (await admin.get(`${base}/utility/verdicts?kind=link`)).json();
    expect(page.items.map((item: { subject: { id: string } }) => item.subject.id)).toEqual([
      link.id,
      draft.id,
    ]);
    expect(page.items[0]).toMatchObject({
      verdict: 'protocol_only',
      topReason: { code: 'signed_ago' },
      counterpart: { kind: 'partner', id: partner.id },
      isContested: false,
    });
    expect(page.items[1]).toMatchObject({ verdict: 'grace_period', topReason: { code: 'in_negotiation' } });
    expect(page.counts).toEqual({ grace_period: 1, productive: 0, at_risk: 0, protocol_only: 1 });
    const onlyProtocol = (await admin.get(`${base}/utility/verdicts?kind=link&verdict=protocol_only`)).json();
    expect(onlyProtocol.total).toBe(1);
  });
});

describe('contests', () => {
  it('shows a contest beside the verdict without changing it, audits it, refuses a second and a stale withdrawal', async () => {
    const { client, base, link } = await setUp('coordinator');
    const tooShort = await client.post(`${base}/utility/contests`, {
      subjectKind: 'link',
      subjectId: link.id,
      justification: 'Cultural',
    });
    expect(tooShort.statusCode).toBe(400);
    expect(tooShort.json().errors[0]).toMatchObject({ field: 'justification' });
    const justification = 'Vínculo cultural: su valor es cualitativo (intercambio de bibliotecas públicas).';
    const contest = await post(client, `${base}/utility/contests`, {
      subjectKind: 'link',
      subjectId: link.id,
      justification,
    });
    expect(contest).toMatchObject({ verdictAtFiling: 'protocol_only', withdrawnAt: null, version: 1 });
    const verdict = (await client.get(`${base}/utility/links/${link.id}/verdict`)).json();
    expect(verdict.verdict).toBe('protocol_only');
    expect(verdict.contest).toMatchObject({ id: contest.id, justification });
    const list = (await client.get(`${base}/utility/verdicts?kind=link`)).json();
    expect(list.contestedCount).toBe(1);
    expect(list.counts.protocol_only).toBe(1);

    const second = await client.post(`${base}/utility/contests`, {
      subjectKind: 'link',
      subjectId: link.id,
      justification,
    });
    expect(second.statusCode).toBe(409);
    const [audit] = await testApp.app.database.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.entityType, 'verdict_contest'), eq(auditLog.entityId, contest.id)));
    expect(audit).toMatchObject({ action: 'create' });

    const stale = await client.post(`${base}/utility/contests/${contest.id}/withdraw`, { version: 7 });
    expect(stale.statusCode).toBe(409);
    const withdrawn = await client.post(`${base}/utility/contests/${contest.id}/withdraw`, { version: 1 });
    expect(withdrawn.statusCode).toBe(200);
    expect(withdrawn.json().withdrawnAt).not.toBeNull();
    const afterWithdrawal = (await client.get(`${base}/utility/links/${link.id}/verdict`)).json();
    expect(afterWithdrawal.contest).toBeNull();
    expect(afterWithdrawal.contestHistory).toHaveLength(1);
  });
});

describe('settings', () => {
  it('starts from the defaults, validates weights field by field, audits and answers a stale version with 409', async () => {
    const { admin, base, government } = await setUp();
    const defaults = (await admin.get(`${base}/utility/settings`)).json();
    expect(defaults).toMatchObject({
      linkGraceMonths: 12,
      eventGraceMonths: 6,
      atRiskWindowDays: 90,
      isDefault: true,
    });
    expect(defaults.version).toBe(1);
    const { reportingCurrency, population, isDefault, updatedAt, updatedBy, version, ...input } = defaults;
    const wrong = await admin.put(`${base}/utility/settings`, {
      ...input,
      weights: { ...input.weights, reach: 30 },
      version: 1,
    });
    expect(wrong.statusCode).toBe(422);
    expect(wrong.json().errors.map((error: { field: string }) => error.field)).toContain('weights.reach');
    expect(wrong.json().errors[0].message).toContain('100');
    const english = await signInAs(
      testApp.app,
      await createMember(testApp.app.database.db, government.id, 'admin'),
      testPassword,
      'en',
    );
    const wrongInEnglish = await english.put(`${base}/utility/settings`, {
      ...input,
      weights: { ...input.weights, reach: 30 },
      version: 1,
    });
    expect(wrongInEnglish.json().errors[0].message).toMatch(/add up to 100/);

    const saved = await admin.put(`${base}/utility/settings`, { ...input, linkGraceMonths: 24, version: 1 });
    expect(saved.statusCode).toBe(200);
    expect(saved.json()).toMatchObject({ linkGraceMonths: 24, version: 1, isDefault: false });
    const again = await admin.put(`${base}/utility/settings`, { ...input, linkGraceMonths: 18, version: 1 });
    expect(again.statusCode).toBe(200);
    expect(again.json().version).toBe(2);
    const stale = await admin.put(`${base}/utility/settings`, { ...input, linkGraceMonths: 6, version: 1 });
    expect(stale.statusCode).toBe(409);
    const audits = await testApp.app.database.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.entityType, 'utility_settings'), eq(auditLog.entityId, government.id)));
    expect(audits.map((row) => row.action).sort()).toEqual(['create', 'update']);
  });
});

describe('access', () => {
  it('lets a viewer read everything and change nothing', async () => {
    const { base, government, link, partner } = await setUp();
    const viewer = await signInAs(
      testApp.app,
      await createMember(testApp.app.database.db, government.id, 'viewer'),
      testPassword,
    );
    for (const url of [
      `${base}/utility/overview`,
      `${base}/utility/settings`,
      `${base}/utility/links/${link.id}/verdict`,
      `${base}/utility/links/${link.id}/ledger`,
      `${base}/utility/partners/${partner.id}/ledger`,
      `${base}/utility/strategy-lines/city_networks/ledger`,
      `${base}/utility/verdicts`,
      `${base}/utility/index`,
      `${base}/utility/index?scopeKind=link&scopeId=${link.id}`,
      `${base}/utility/index/components/commitments?scopeKind=link&scopeId=${link.id}`,
      `${base}/utility/trend`,
      `${base}/utility/changes`,
    ]) {
      expect((await viewer.get(url)).statusCode, url).toBe(200);
    }
    const settings = (await viewer.get(`${base}/utility/settings`)).json();
    expect((await viewer.put(`${base}/utility/settings`, { ...settings, version: 1 })).statusCode).toBe(403);
    expect((await viewer.post(`${base}/utility/snapshots`)).statusCode).toBe(403);
    expect(
      (
        await viewer.post(`${base}/utility/contests`, {
          subjectKind: 'link',
          subjectId: link.id,
          justification: 'Una justificación suficientemente larga.',
        })
      ).statusCode,
    ).toBe(403);
  });

  it('leaks nothing to another government: 404 on its records, its ids refused in a body', async () => {
    const { link, partner, event } = await setUp();
    const other = await createWorld(testApp.app, 'admin');
    for (const url of [
      `${other.base}/utility/links/${link.id}/verdict`,
      `${other.base}/utility/events/${event.id}/verdict`,
      `${other.base}/utility/links/${link.id}/ledger`,
      `${other.base}/utility/partners/${partner.id}/ledger`,
      `${other.base}/utility/index?scopeKind=link&scopeId=${link.id}`,
      `${other.base}/utility/index/components/resources?scopeKind=partner&scopeId=${partner.id}`,
      `${other.base}/utility/strategy-lines/city_networks/ledger`,
    ]) {
      expect((await other.client.get(url)).statusCode, url).toBe(404);
    }
    const contest = await other.client.post(`${other.base}/utility/contests`, {
      subjectKind: 'link',
      subjectId: link.id,
      justification: 'Intento desde otro gobierno, debe fallar.',
    });
    expect(contest.statusCode).toBe(422);
    const overview = (await other.client.get(`${other.base}/utility/overview`)).json();
    expect(overview.verdicts.items.total).toBe(0);
    expect(overview.linksOnMap.total).toBe(0);
  });
});

describe('index and snapshots', () => {
  /**
   * The hand-computed example of docs/social-utility.md, on the government scope: 100,000
   * inhabitants in two comunas of 50,000, default weights and COP targets.
   */
  async function seedExample() {
    const world = await createWorld(testApp.app, 'admin');
    const db = testApp.app.database.db;
    const g = world.government.id;
    await db.update(governments).set({ population: 100_000 }).where(eq(governments.id, g));
    const [unitA, unitB] = await db
      .insert(territorialUnits)
      .values([
        { governmentId: g, code: 'A', name: 'Comuna A', kind: 'comuna', population: 50_000 },
        { governmentId: g, code: 'B', name: 'Comuna B', kind: 'comuna', population: 50_000 },
      ])
      .returning();
    const [department] = await db
      .insert(departments)
      .values({ governmentId: g, name: 'Planeación' })
      .returning();
    const [donor] = await db
      .insert(partners)
      .values({ governmentId: g, name: 'AECID', kind: 'cooperation_agency', latitude: 40.4, longitude: -3.7 })
      .returning();
    const [initiative] = await db
      .insert(initiatives)
      .values({
        governmentId: g,
        title: 'Huertas urbanas',
        stage: 'implementation',
        affectedPopulation: 5_000,
      })
      .returning();
    await db
      .insert(projectParticipants)
      .values({ governmentId: g, initiativeId: initiative!.id, partnerId: donor!.id, role: 'funding' });
    await db
      .insert(initiativeTerritorialUnits)
      .values({ governmentId: g, initiativeId: initiative!.id, territorialUnitId: unitA!.id });
    // COP 400,000,000.00 disbursed; USD 1,000.00 without any rate: counted apart, never guessed.
    await db.insert(projectTransactions).values([
      {
        governmentId: g,
        initiativeId: initiative!.id,
        type: '3',
        transactionDate: '2025-01-10',
        valueDate: '2025-01-10',
        amountMinor: 40_000_000_000,
        currency: 'COP',
        providerPartnerId: donor!.id,
      },
      {
        governmentId: g,
        initiativeId: initiative!.id,
        type: '3',
        transactionDate: '2025-01-10',
        valueDate: '2025-01-10',
        amountMinor: 100_000,
        currency: 'USD',
        providerPartnerId: donor!.id,
      },
      // A commitment (type 2) is a promise, not money mobilised.
      {
        governmentId: g,
        initiativeId: initiative!.id,
        type: '2',
        transactionDate: '2025-01-10',
        valueDate: '2025-01-10',
        amountMinor: 99_000_000_000,
        currency: 'COP',
      },
    ]);
    const [row] = await db
      .insert(mirRows)
      .values({ governmentId: g, initiativeId: initiative!.id, level: 'purpose' })
      .returning();
    const [indicator] = await db
      .insert(indicators)
      .values({
        governmentId: g,
        initiativeId: initiative!.id,
        mirRowId: row!.id,
        name: 'Personas con huerta',
        unit: 'personas',
        baselineValue: '0',
        baselineDate: '2024-01-01',
        targetValue: '5000',
        targetDate: '2027-01-01',
        disaggregations: ['territorial_unit'],
        countsBeneficiaries: true,
      })
      .returning();
    await db.insert(measurements).values([
      {
        governmentId: g,
        initiativeId: initiative!.id,
        indicatorId: indicator!.id,
        measuredOn: '2024-06-01',
        value: '1000',
        unit: 'personas',
      },
      {
        governmentId: g,
        initiativeId: initiative!.id,
        indicatorId: indicator!.id,
        measuredOn: '2025-06-01',
        value: '2500',
        unit: 'personas',
        disaggregatedValues: [{ dimension: 'territorial_unit', category: unitA!.id, value: '2500' }],
      },
    ]);
    const due = '2025-03-01';
    const commitment = (title: string, fulfilledOn: string) => ({
      governmentId: g,
      title,
      ownerDepartmentId: department!.id,
      ownerName: 'Planeación',
      dueDate: due,
      status: 'fulfilled' as const,
      fulfilledOn,
      resultingInitiativeId: initiative!.id,
    });
    await db
      .insert(commitments)
      .values([
        commitment('A tiempo 1', '2025-02-01'),
        commitment('A tiempo 2', '2025-03-01'),
        commitment('A tiempo 3', '2025-01-15'),
        commitment('Tarde', '2025-04-01'),
      ]);
    await db.insert(investmentLeads).values({
      governmentId: g,
      companyPartnerId: donor!.id,
      title: 'Planta de compostaje',
      originCountryCode: 'ES',
      sector: '31110',
      stage: 'established',
      currency: 'COP',
      realisedAmountMinor: 2_000_000_000_000,
      createdJobs: 50,
      establishedOn: '2025-05-01',
    });
    // A link whose counterpart provided the money of an initiative that uses it: counted once.
    const [link] = await db
      .insert(links)
      .values({
        governmentId: g,
        title: 'Convenio con la AECID',
        kind: 'convenio',
        status: 'active',
        signedOn: '2024-01-10',
      })
      .returning();
    await db
      .insert(linkParties)
      .values({ governmentId: g, linkId: link!.id, partnerId: donor!.id, role: 'counterpart' });
    await db
      .insert(initiativeLinks)
      .values({ governmentId: g, linkId: link!.id, initiativeId: initiative!.id });
    return { ...world, unitA: unitA!, unitB: unitB!, initiative: initiative!, donor: donor!, link: link! };
  }

  it('matches the hand-computed example to the unit, and explains every component down to its records', async () => {
    const { client, base, donor, link } = await seedExample();
    const index = (await client.get(`${base}/utility/index`)).json();
    const byKey = Object.fromEntries(
      index.components.map((component: { key: string }) => [component.key, component]),
    );
    expect(byKey.resources).toMatchObject({ raw: 400_000, normalised: 0.5, weight: 17 });
    expect(byKey.beneficiaries).toMatchObject({ raw: 2_500, target: 5_000, normalised: 0.5 });
    expect(byKey.commitments).toMatchObject({ raw: 0.75, normalised: 0.75 });
    expect(byKey.indicators).toMatchObject({ normalised: 0.5 });
    expect(byKey.investment).toMatchObject({ raw: 20_000_000, normalised: 0.5 });
    expect(byKey.reach).toMatchObject({ raw: 0.5, normalised: 1 });
    // 17×0.5 + 17×0.5 + 17×0.75 + 17×0.5 + 16×0.5 + 16×1 = 62.25
    expect(index.exactScore).toBeCloseTo(62.25, 9);
    expect(index.score).toBe(62);

    const sources = (await client.get(`${base}/utility/index/components/resources`)).json();
    expect(sources.total).toBe(3);
    const usd = sources.items.find(
      (item: { detail: { currency: string } }) => item.detail.currency === 'USD',
    );
    expect(usd.value).toBeNull();
    const partnerLedger = (await client.get(`${base}/utility/partners/${donor.id}/ledger`)).json();
    expect(partnerLedger.resources.mobilisedMinor).toBe(40_000_000_000);
    expect(partnerLedger.resources.unconverted).toEqual([
      { currency: 'USD', amountMinor: 100_000, count: 1 },
    ]);
    expect(partnerLedger.investment).toMatchObject({ realisedMinor: 2_000_000_000_000, createdJobs: 50 });
    expect(partnerLedger.beneficiaries.total).toBe(2_500);

    const linkLedger = (await client.get(`${base}/utility/links/${link.id}/ledger`)).json();
    expect(linkLedger.resources.mobilisedMinor).toBe(40_000_000_000);
    expect(linkLedger.resources.unconverted).toEqual([{ currency: 'USD', amountMinor: 100_000, count: 1 }]);
    expect(linkLedger.resources.total).toBe(3);
    const linkVerdict = (await client.get(`${base}/utility/links/${link.id}/verdict`)).json();
    expect(linkVerdict.verdict).toBe('productive');
    expect(linkVerdict.reasons).toContainEqual({
      code: 'resources_mobilised',
      params: { amountMinor: 40_000_000_000, currency: 'COP' },
    });

    const overview = (await client.get(`${base}/utility/overview`)).json();
    expect(overview.index.score).toBe(62);
    expect(overview.resources.mobilisedMinor).toBe(40_000_000_000);
    expect(overview.resources.bySource).toEqual([
      { source: 'cooperation_agency', amountMinor: 40_000_000_000 },
    ]);
    expect(overview.investment).toMatchObject({ realisedMinor: 2_000_000_000_000, createdJobs: 50 });
    expect(overview.reachByUnit.find((unit: { code: string }) => unit.code === 'A')).toMatchObject({
      isReached: true,
      beneficiaries: 2_500,
      initiatives: 1,
    });
    expect(overview.reachByUnit.find((unit: { code: string }) => unit.code === 'B')).toMatchObject({
      isReached: false,
    });
  });

  it("sums the home page's money once for every part, as each subject's own figures", async () => {
    const { client, base, government, donor, initiative, link } = await seedExample();
    const db = testApp.app.database.db;
    await db
      .update(initiatives)
      .set({ strategyLine: 'international_cooperation' })
      .where(eq(initiatives.id, initiative.id));
    // A second link whose only production is the money its counterpart provided.
    const [funded] = await db
      .insert(links)
      .values({
        governmentId: government.id,
        title: 'Memorando con la AECID',
        kind: 'memorandum_of_understanding',
        status: 'active',
        signedOn: '2023-01-10',
      })
      .returning();
    await db
      .insert(linkParties)
      .values({ governmentId: government.id, linkId: funded!.id, partnerId: donor.id, role: 'counterpart' });

    const overview = (await client.get(`${base}/utility/overview`)).json();
    expect(overview.resources.byStrategyLine).toEqual([
      { strategyLine: 'international_cooperation', amountMinor: 40_000_000_000 },
    ]);
    const listed = new Map(
      overview.verdicts.items.items.map((item: { subject: { id: string } }) => [item.subject.id, item]),
    );
    for (const subject of [funded!, link]) {
      const own = (await client.get(`${base}/utility/links/${subject.id}/verdict`)).json();
      expect(listed.get(subject.id)).toMatchObject({ verdict: own.verdict, topReason: own.reasons[0] });
    }
    expect(listed.get(funded!.id)).toMatchObject({
      verdict: 'productive',
      topReason: { code: 'resources_mobilised', params: { amountMinor: 40_000_000_000, currency: 'COP' } },
    });
  });

  it('converts with the latest rate on or before the value date', async () => {
    const { client, base, government, initiative } = await seedExample();
    await testApp.app.database.db.insert(exchangeRates).values([
      {
        governmentId: government.id,
        currency: 'USD',
        reportingCurrency: 'COP',
        rateDate: '2025-01-01',
        rate: '4000.5',
      },
      {
        governmentId: government.id,
        currency: 'USD',
        reportingCurrency: 'COP',
        rateDate: '2025-02-01',
        rate: '9999',
      },
    ]);
    const ledger = (await client.get(`${base}/utility/strategy-lines/none/ledger`)).statusCode;
    expect(ledger).toBe(404);
    const sources = (await client.get(`${base}/utility/index/components/resources`)).json();
    const usd = sources.items.find(
      (item: { detail: { currency: string } }) => item.detail.currency === 'USD',
    );
    // USD 1,000.00 × 4,000.5 = COP 4,000,500.00
    expect(usd.value).toBe(400_050_000);
    expect(initiative.id).toBeTruthy();
  });

  it('takes a month once, even when two requests race, and shows it in the trend and the changes', async () => {
    const { client, base, government } = await seedExample();
    const [first, second] = await Promise.all([
      client.post(`${base}/utility/snapshots`),
      client.post(`${base}/utility/snapshots`),
    ]);
    expect(first.statusCode).toBe(200);
    expect(second.statusCode).toBe(200);
    const outcomes = [first.json(), second.json()];
    const rows = await testApp.app.database.db
      .select()
      .from(utilitySnapshots)
      .where(eq(utilitySnapshots.governmentId, government.id));
    expect(outcomes[0].created + outcomes[1].created).toBe(rows.length);
    expect(rows.filter((row) => row.scopeKind === 'government')).toHaveLength(1);
    const third = (await client.post(`${base}/utility/snapshots`)).json();
    expect(third.created).toBe(0);
    const trend = (await client.get(`${base}/utility/trend`)).json();
    expect(trend.points).toEqual([{ month: outcomes[0].month, score: 62 }]);
    const changes = (await client.get(`${base}/utility/changes`)).json();
    expect(changes).toMatchObject({ sinceMonth: outcomes[0].month, previousScore: 62, currentScore: 62 });
  });
});

describe('background worker', () => {
  it('takes the month once and reports a verdict that changed since the snapshot', async () => {
    const { admin, base, link, commitment, government } = await setUp();
    const db = testApp.app.database.db;
    const now = new Date();
    await runUtilityWorker(db, now);
    await runUtilityWorker(db, now);
    const rows = await db
      .select()
      .from(utilitySnapshots)
      .where(
        and(eq(utilitySnapshots.governmentId, government.id), eq(utilitySnapshots.scopeKind, 'government')),
      );
    expect(rows).toHaveLength(1);
    expect((await admin.get(`${base}/utility/changes`)).json().verdictChanges.total).toBe(0);
    await admin.post(`${base}/commitments/${commitment.id}/status`, {
      status: 'fulfilled',
      evidenceDescription: 'Acta del intercambio técnico',
      version: commitment.version,
    });
    await runUtilityWorker(db, new Date());
    const changes = (await admin.get(`${base}/utility/changes`)).json();
    // The signing visit's commitment makes both the visit and the link productive.
    expect(changes.verdictChanges.total).toBe(2);
    expect(changes.verdictChanges.items).toContainEqual(
      expect.objectContaining({
        subject: { kind: 'link', id: link.id, label: 'Hermanamiento Medellín–Monterrey' },
        from: 'protocol_only',
        to: 'productive',
      }),
    );
    expect(changes.verdictChanges.items).toContainEqual(
      expect.objectContaining({ subject: expect.objectContaining({ kind: 'event' }), to: 'productive' }),
    );
  });
});

describe('bad input', () => {
  it('answers 400 with fields, never 500', async () => {
    const { admin, base } = await setUp();
    expect((await admin.get(`${base}/utility/index?scopeKind=planet`)).statusCode).toBe(400);
    expect((await admin.get(`${base}/utility/index?scopeKind=link`)).statusCode).toBe(404);
    expect((await admin.get(`${base}/utility/index?scopeKind=link&scopeId=not-a-uuid`)).statusCode).toBe(404);
    expect((await admin.get(`${base}/utility/links/not-a-uuid/verdict`)).statusCode).toBe(404);
    expect((await admin.get(`${base}/utility/index/components/magic`)).statusCode).toBe(404);
    const badSettings = await admin.put(`${base}/utility/settings`, { linkGraceMonths: 'doce', version: 1 });
    expect(badSettings.statusCode).toBe(400);
    expect(badSettings.json().errors.map((error: { field: string }) => error.field)).toContain(
      'linkGraceMonths',
    );
  });
});

import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedDemo } from '../../src/cli/seed-demo';
import { addDays, todayIn } from '../../src/domain/calendar';
import { findGovernmentBySlug } from '../../src/server/modules/territory/territory.queries';
import { createTestApp, signInAs, type TestApp } from '../test-app';

let testApp: TestApp;
beforeAll(async () => {
  testApp = await createTestApp();
});
afterAll(async () => testApp.close());

/**
 * The demo goes in through the real services (every gate, audit record and reminder): about four
 * seconds of CPU for both governments on an idle core; on a two-core machine shared with other
 * builds it got a tenth of a core and took 52 s. A budget for that case, not a retry: the seed is
 * the same work whatever the load, and a real regression (many times the work) still fails it.
 */
describe('the demo data', { timeout: 180_000 }, () => {
  it('loads through the real services, passing every gate, and reads back through the API', async () => {
    const { app } = testApp;
    const already = await findGovernmentBySlug(app.database.db, 'medellin');
    if (!already)
      await seedDemo(app.database.db, { password: 'demo-password-for-tests', passwordHashCost: 10 });
    // The seed leaves planner statistics behind (PGlite never analyzes by itself): -1 means never.
    const statistics = (await app.database.db.execute(
      sql`select reltuples::float8 as tuples from pg_class where relname = 'partners'`,
    )) as unknown as { rows: { tuples: number }[] };
    expect(statistics.rows[0]?.tuples).toBeGreaterThan(0);
    const client = await signInAs(app, 'admin@vinculo.demo', 'demo-password-for-tests');
    const session = (await client.get('/api/auth/session')).json();
    expect(session.memberships.map((m: { governmentSlug: string }) => m.governmentSlug)).toEqual([
      'medellin',
      'cdmx',
    ]);
    const [medellin, cdmx] = session.memberships;
    const base = (membership: { governmentId: string }) => `/api/governments/${membership.governmentId}`;

    // Each city has last year's report to the council queued for the serving process to generate.
    for (const membership of [medellin, cdmx]) {
      const reports = (await client.get(`${base(membership)}/reports`)).json();
      const lastYear = Number(todayIn(membership.timezone ?? 'America/Bogota').slice(0, 4)) - 1;
      expect(reports.items).toEqual([
        expect.objectContaining({ from: `${lastYear}-01-01`, to: `${lastYear}-12-31`, language: 'es' }),
      ]);
    }

    const tokens = (await client.get(`${base(medellin)}/api-tokens`)).json();
    expect(tokens).toEqual([expect.objectContaining({ role: 'viewer', status: 'active' })]);
    // Open data: public without sign-in, every dataset with rows but the cooperation projects (the demo
    // has no project with a funding profile yet).
    for (const membership of [medellin, cdmx]) {
      const openData = (await client.get(`${base(membership)}/open-data`)).json();
      expect(openData.isPublic).toBe(true);
      const empty = openData.datasets.filter(
        (dataset: { name: string; rowCount: number }) =>
          dataset.rowCount === 0 && !dataset.name.includes('proyectos'),
      );
      expect(
        empty.map((dataset: { name: string }) => dataset.name),
        membership.governmentSlug,
      ).toEqual([]);
    }
    const csv = await app.inject({
      method: 'GET',
      url: '/api/public/governments/medellin/open-data/vinculos.csv',
    });
    expect(csv.statusCode).toBe(200);
    const units = (await client.get(`${base(cdmx)}/territory-map`)).json();
    expect(units.features).toHaveLength(16);
    expect((await client.get(`${base(medellin)}/territorial-units?pageSize=50`)).json().total).toBe(21);
    expect((await client.get(`${base(medellin)}/links-expiring`)).json().items.length).toBeGreaterThanOrEqual(
      3,
    );
    const bilbao = (await client.get(`${base(medellin)}/search?q=bilbao`)).json().results;
    expect(bilbao.some((result: { type: string }) => result.type === 'partner')).toBe(true);

    for (const membership of [medellin, cdmx]) {
      // Every demo partner with a city is on the world map (coordinates from the gazetteer).
      const partners = (await client.get(`${base(membership)}/partners?pageSize=100`)).json().items;
      const withCity = partners.filter((partner: { city: string | null }) => partner.city);
      expect(withCity.filter((partner: { latitude: number | null }) => partner.latitude === null)).toEqual(
        [],
      );
      const points = (await client.get(`${base(membership)}/partners-map`)).json().points;
      expect(points).toHaveLength(withCity.length);
      // The actor map draws them all, with the links and relations of the demo.
      const actorMap = (await client.get(`${base(membership)}/actor-map`)).json();
      expect(actorMap.actors).toHaveLength(partners.length);
      expect(actorMap.links.length).toBeGreaterThan(10);
      expect(actorMap.relations.length).toBeGreaterThan(2);
    }
    // One duplicate pair is kept on purpose in Medellín, so that the merge can be shown; the check
    // on create finds it.
    const bilbaoPartners = (await client.get(`${base(medellin)}/partners?q=bilbao`)).json();
    expect(bilbaoPartners.total).toBe(2);
    const similar = (
      await client.get(`${base(medellin)}/partners/similar?name=Ayuntamiento%20de%20Bilbao&countryCode=ES`)
    ).json();
    expect(similar.items.map((item: { name: string }) => item.name).sort()).toEqual([
      'Ayuntamiento de Bilbao',
      'Bilbao City Council',
    ]);

    const stages = async (membership: { governmentId: string }) =>
      (await client.get(`${base(membership)}/initiatives?includeClosed=true`))
        .json()
        .items.map((item: { stage: string }) => item.stage);
    const all = [...(await stages(medellin)), ...(await stages(cdmx))];
    for (const stage of ['problematization', 'agenda', 'design', 'implementation', 'evaluation', 'closed']) {
      expect(all, stage).toContain(stage);
    }
    const implementing = (await client.get(`${base(medellin)}/initiatives?stage=implementation`)).json()
      .items[0];
    const detail = (await client.get(`${base(medellin)}/initiatives/${implementing.id}`)).json();
    expect(detail.history.length).toBeGreaterThanOrEqual(4);
    expect(detail.progress.purpose.own).not.toBeNull();
  });

  it('shows the agenda, the commitments, the investment pipeline and the diplomacy through the API', async () => {
    const { app } = testApp;
    if (!(await findGovernmentBySlug(app.database.db, 'medellin')))
      await seedDemo(app.database.db, { password: 'demo-password-for-tests', passwordHashCost: 10 });
    // The seed leaves planner statistics behind (PGlite never analyzes by itself): -1 means never.
    const statistics = (await app.database.db.execute(
      sql`select reltuples::float8 as tuples from pg_class where relname = 'partners'`,
    )) as unknown as { rows: { tuples: number }[] };
    expect(statistics.rows[0]?.tuples).toBeGreaterThan(0);
    const client = await signInAs(app, 'admin@vinculo.demo', 'demo-password-for-tests');
    const memberships: { governmentId: string; governmentSlug: string }[] = (
      await client.get('/api/auth/session')
    ).json().memberships;
    // In the demo governments' calendar (Medellín's; Mexico City's day is never ahead of it).
    const day = (offset: number) => addDays(todayIn('America/Bogota'), offset);
    let overdue = 0;
    for (const membership of memberships) {
      const base = `/api/governments/${membership.governmentId}`;
      const events = (await client.get(`${base}/events?from=${day(-366)}&to=${day(95)}`)).json();
      expect(events.total, membership.governmentSlug).toBeGreaterThanOrEqual(8);
      expect(events.items.some((event: { commitmentCount: number }) => event.commitmentCount >= 2)).toBe(
        true,
      );

      const late = (await client.get(`${base}/commitments?status=overdue`)).json();
      for (const item of late.items) expect(item.status).toBe('overdue');
      overdue += late.total;
      const mine = (await client.get(`${base}/commitments?mine=true`)).json();
      expect(
        mine.items.filter((item: { status: string }) => item.status !== 'fulfilled').length,
      ).toBeGreaterThanOrEqual(2);

      const established = (await client.get(`${base}/investment-leads?stage=established`)).json();
      expect(established.items.length, membership.governmentSlug).toBeGreaterThanOrEqual(1);
      expect(established.items[0].realisedAmountMinor).toBeGreaterThan(0);
      expect(established.items[0].establishedOn).not.toBeNull();

      const timeline = (await client.get(`${base}/diplomacy/timeline`)).json();
      expect(timeline.entries.length, membership.governmentSlug).toBeGreaterThanOrEqual(6);
      expect(new Set(timeline.entries.map((entry: { type: string }) => entry.type))).toEqual(
        new Set(['position', 'role']),
      );
    }
    expect(overdue).toBeGreaterThanOrEqual(3);
  });
  it('shows the whole range of social utility in both cities: productive, at risk and protocol-only', async () => {
    const { app } = testApp;
    if (!(await findGovernmentBySlug(app.database.db, 'medellin')))
      await seedDemo(app.database.db, { password: 'demo-password-for-tests', passwordHashCost: 10 });
    const client = await signInAs(app, 'admin@vinculo.demo', 'demo-password-for-tests');
    const memberships: { governmentId: string; governmentSlug: string }[] = (
      await client.get('/api/auth/session')
    ).json().memberships;
    for (const membership of memberships) {
      const base = `/api/governments/${membership.governmentId}`;
      const overview = (await client.get(`${base}/utility/overview`)).json();
      for (const verdict of ['productive', 'at_risk', 'protocol_only'])
        expect(overview.verdicts.counts[verdict], `${membership.governmentSlug} ${verdict}`).toBeGreaterThan(
          0,
        );
      expect(overview.verdicts.items.items[0].verdict).toBe('protocol_only');
      expect(overview.index.score).not.toBeNull();
      expect(overview.resources.mobilisedMinor).toBeGreaterThan(0);
      expect(overview.linksOnMap.total).toBeGreaterThan(0);
      const ledgerOfAnInitiativeLink = (
        await client.get(`${base}/utility/verdicts?kind=link&verdict=productive`)
      ).json();
      expect(ledgerOfAnInitiativeLink.total).toBeGreaterThan(0);
      const settings = (await client.get(`${base}/utility/settings`)).json();
      expect(settings.isDefault).toBe(false);
    }
    const [medellin] = memberships;
    const base = `/api/governments/${medellin!.governmentId}`;
    const protocolOnly = (
      await client.get(`${base}/utility/verdicts?kind=link&verdict=protocol_only&pageSize=50`)
    ).json();
    const chapeco = protocolOnly.items.find((item: { subject: { label: string } }) =>
      item.subject.label.includes('Chapecó'),
    );
    const verdict = (await client.get(`${base}/utility/links/${chapeco.subject.id}/verdict`)).json();
    expect(verdict.reasons.map((reason: { code: string }) => reason.code)).toContain('commitments_overdue');
    expect(verdict.remedies[0].code).toBe('fulfil_commitment');
    const ledger = (await client.get(`${base}/utility/links/${chapeco.subject.id}/ledger`)).json();
    expect(ledger.events.total).toBe(1);
    expect(ledger.initiatives.total).toBe(0);
    const overview = (await client.get(`${base}/utility/overview`)).json();
    // An advance paid before the first recorded rate is shown apart, not converted at a guess.
    expect(overview.resources.unconverted).toEqual([{ currency: 'USD', amountMinor: 4_000_000, count: 1 }]);
    const index = (await client.get(`${base}/utility/index`)).json();
    expect(
      index.components.find((component: { key: string }) => component.key === 'beneficiaries').raw,
    ).toBeGreaterThan(0);
  });

  it('shows two completed capacity editions per city and the demo association comparing both', async () => {
    const { app } = testApp;
    if (!(await findGovernmentBySlug(app.database.db, 'medellin')))
      await seedDemo(app.database.db, { password: 'demo-password-for-tests', passwordHashCost: 10 });
    const client = await signInAs(app, 'admin@vinculo.demo', 'demo-password-for-tests');
    const memberships: { governmentId: string }[] = (await client.get('/api/auth/session')).json()
      .memberships;
    for (const membership of memberships) {
      const base = `/api/governments/${membership.governmentId}`;
      const editions = (await client.get(`${base}/capacity/editions`)).json();
      expect(editions.items.map((item: { status: string }) => item.status)).toEqual([
        'completed',
        'completed',
      ]);
      expect(editions.sharing).toMatchObject({ isSharingAssessment: true, isSharingIndex: true });
      const latest = (await client.get(`${base}/capacity/editions/${editions.items[0].id}`)).json();
      expect(latest.previous).not.toBeNull();
      expect(latest.changes.some((change: { direction: string }) => change.direction === 'up')).toBe(true);
      expect(latest.suggestions.length).toBeGreaterThan(0);
    }
    const network = await signInAs(app, 'admin.red@vinculo.demo', 'demo-password-for-tests');
    const [association] = (await network.get('/api/auth/session')).json().memberships;
    expect(association).toMatchObject({ governmentSlug: 'red-oril', tenantKind: 'association' });
    const comparison = (
      await network.get(`/api/governments/${association.governmentId}/network/comparison`)
    ).json();
    expect(comparison).toMatchObject({ activeMembers: 2, sharingMembers: 2 });
    expect(comparison.ranking.every((row: { location: unknown }) => row.location !== null)).toBe(true);
    // Its own short questionnaire is stored, ready to adopt; it still compares on the instance's.
    const setting = (
      await network.get(`/api/governments/${association.governmentId}/network/questionnaire`)
    ).json();
    expect(setting).toMatchObject({ source: 'instance', version: 0 });
    expect(setting.own).toEqual([
      expect.objectContaining({ questionnaireId: 'red-oril-capacidades', version: 1, dimensions: 4 }),
    ]);
  });

  it('shows cooperation demands and offers in both cities, and demo demands an offer fits', async () => {
    const { app } = testApp;
    if (!(await findGovernmentBySlug(app.database.db, 'medellin')))
      await seedDemo(app.database.db, { password: 'demo-password-for-tests', passwordHashCost: 10 });
    const client = await signInAs(app, 'admin@vinculo.demo', 'demo-password-for-tests');
    const memberships: { governmentId: string; governmentSlug: string }[] = (
      await client.get('/api/auth/session')
    ).json().memberships;
    for (const membership of memberships) {
      const base = `/api/governments/${membership.governmentId}`;
      const slug = membership.governmentSlug;
      const demands = (await client.get(`${base}/demands?pageSize=50`)).json();
      expect(demands.total, slug).toBeGreaterThanOrEqual(4);
      const statuses = new Set(demands.items.map((demand: { status: string }) => demand.status));
      expect(statuses.has('open'), slug).toBe(true);
      expect(statuses.size, slug).toBeGreaterThanOrEqual(2);
      // Every demand names who raised it: a department, or a community.
      for (const demand of demands.items)
        expect(demand.departmentName ?? demand.communityName, demand.title).toBeTruthy();
      const offers = (await client.get(`${base}/offers?pageSize=50`)).json();
      expect(offers.total, slug).toBeGreaterThanOrEqual(4);
      // Each offer's donor was found by name among the demo's partners.
      expect(offers.items.filter((offer: { donorName: string | null }) => !offer.donorName)).toEqual([]);
      expect(new Set(offers.items.map((offer: { status: string }) => offer.status))).toEqual(
        new Set(['open', 'closed']),
      );

      // At least one open demo demand has a demo offer as an eligible, well-scored match that shares
      // its sectors, with every part of the score explained.
      const open = demands.items.filter((demand: { status: string }) => demand.status === 'open');
      const offerIds = new Set(offers.items.map((offer: { id: string }) => offer.id));
      const fitted: string[] = [];
      for (const demand of open) {
        const [best] = (await client.get(`${base}/demands/${demand.id}/matches?limit=5`)).json().items;
        if (!best || !offerIds.has(best.offerId) || !best.isEligible || best.score < 70) continue;
        const sectors = best.components.find((component: { name: string }) => component.name === 'sectors');
        expect(sectors.value, `${demand.title} · ${best.offerTitle}`).toBeGreaterThan(0);
        expect(best.components).toHaveLength(7);
        fitted.push(demand.title);
      }
      expect(fitted.length, slug).toBeGreaterThanOrEqual(1);
    }
  });

  it("fills each city's IATI catalogue with real activities of its country, through the import job", async () => {
    const { app } = testApp;
    if (!(await findGovernmentBySlug(app.database.db, 'medellin')))
      await seedDemo(app.database.db, { password: 'demo-password-for-tests', passwordHashCost: 10 });
    const client = await signInAs(app, 'admin@vinculo.demo', 'demo-password-for-tests');
    const session = (await client.get('/api/auth/session')).json();
    const memberships: { governmentId: string; governmentSlug: string }[] = session.memberships.filter(
      (membership: { governmentSlug: string }) => ['medellin', 'cdmx'].includes(membership.governmentSlug),
    );
    const countries: Record<string, string> = { medellin: 'CO', cdmx: 'MX' };
    for (const { governmentId, governmentSlug } of memberships) {
      const base = `/api/governments/${governmentId}/iati`;
      const country = countries[governmentSlug] as string;
      const catalogue = (await client.get(`${base}/catalogue?pageSize=100`)).json();
      expect(catalogue.total, governmentSlug).toBeGreaterThanOrEqual(10);
      expect(catalogue.total, governmentSlug).toBeLessThanOrEqual(100);
      for (const activity of catalogue.items)
        expect(activity.recipientCountries, activity.iatiIdentifier).toContain(country);
      // Several real publishers, not one.
      const publishers = new Set(
        catalogue.items.map((item: { reportingOrgRef: string }) => item.reportingOrgRef),
      );
      expect(publishers.size, governmentSlug).toBeGreaterThanOrEqual(3);
      const byCountry = (await client.get(`${base}/catalogue?countryCode=${country}&pageSize=1`)).json();
      expect(byCountry.total).toBe(catalogue.total);

      // One import job, completed, with every activity of the file and none left out.
      const jobs = (await client.get(`${base}/imports`)).json().items;
      expect(jobs).toEqual([
        expect.objectContaining({
          fileName: 'catalogo-iati.xml',
          status: 'completed',
          activitiesImported: catalogue.total,
          activitiesSkipped: 0,
          progress: 1,
        }),
      ]);
      // Created and imported by the demo admin: both steps are in the audit trail.
      const audit = (
        await client.get(
          `/api/governments/${governmentId}/audit?entityType=iati_import_job&entityId=${jobs[0].id}`,
        )
      ).json();
      expect(audit.items.map((entry: { action: string }) => entry.action).sort()).toEqual([
        'create',
        'import',
      ]);
      expect(new Set(audit.items.map((entry: { actorName: string | null }) => entry.actorName)).size).toBe(1);
      expect(audit.items[0].actorId).not.toBeNull();
    }
  });

  it('publishes a transparency portal for Medellín and Mexico City with real content', async () => {
    const { app } = testApp;
    if (!(await findGovernmentBySlug(app.database.db, 'medellin')))
      await seedDemo(app.database.db, { password: 'demo-password-for-tests', passwordHashCost: 10 });
    const get = async (url: string) => app.inject({ method: 'GET', url });
    const landing = (await get('/transparencia')).body;
    expect(landing).toContain('/transparencia/medellin');
    expect(landing).toContain('/transparencia/cdmx');
    for (const slug of ['medellin', 'cdmx']) {
      for (const page of ['', '/vinculos', '/agenda', '/compromisos', '/iniciativas', '/territorio']) {
        const response = await get(`/transparencia/${slug}${page}`);
        expect(response.statusCode, `${slug}${page}`).toBe(200);
        expect(response.body, `${slug}${page}`).not.toContain('No hay registros publicados que coincidan.');
      }
      expect((await get(`/transparencia/${slug}/territorio`)).body).toContain('<path');
    }
    const client = await signInAs(app, 'admin@vinculo.demo', 'demo-password-for-tests');
    const [medellin] = (await client.get('/api/auth/session')).json().memberships;
    const queue = (
      await client.get(`/api/governments/${medellin.governmentId}/publications?status=proposed`)
    ).json();
    expect(queue.total).toBeGreaterThan(0);
  });
});

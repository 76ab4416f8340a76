import { gzipSync } from 'node:zlib';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  commitments,
  diplomacyPositions,
  events,
  linkParties,
  links,
  publications,
} from '../../src/server/db/schema';
import { createLink, createPartner, createWorld } from '../factories';
import { type Client, createTestApp, type TestApp } from '../test-app';

let testApp: TestApp;
beforeAll(async () => {
  testApp = await createTestApp();
});
afterAll(async () => testApp.close());

/** Strings that only personal data or internal notes carry: none may reach a public page. */
const markers = [
  'MARCADOR-CONTACTO',
  'marcador.contacto@example.org',
  '+57 300 555 0101',
  'MARCADOR-FIRMANTE',
  'MARCADOR-RAZON-INTERNA',
  'MARCADOR-PARTICIPANTE',
  'MARCADOR-ACTA',
  'MARCADOR-COSTO-NOTA',
  'MARCADOR-RESPONSABLE',
  'marcador.responsable@example.org',
  'MARCADOR-NOTA-SOCIO',
  'MARCADOR-EVIDENCIA',
];

async function post(client: Client, url: string, body: unknown) {
  const response = await client.post(url, body);
  if (response.statusCode >= 300) throw new Error(`${url}: ${response.statusCode} ${response.body}`);
  return response.json() as { id: string; version: number };
}

/** A publishing government with one record of each kind published, one link not, and personal data everywhere. */
async function setUp() {
  const world = await createWorld(testApp.app, 'admin');
  const { client, base } = world;
  await client.put(`${base}/portal-settings`, { isPublishing: true, version: 0 });
  const department = await post(client, `${base}/departments`, {
    name: 'Agencia de Cooperación',
    acronym: 'ACI',
  });
  const partner = await createPartner(client, base, {
    name: 'Ayuntamiento de Bilbao',
    kind: 'city_government',
    countryCode: 'ES',
    city: 'Bilbao',
    email: 'marcador.contacto@example.org',
    notes: 'MARCADOR-NOTA-SOCIO',
    contacts: [
      {
        name: 'MARCADOR-CONTACTO',
        email: 'marcador.contacto@example.org',
        phone: '+57 300 555 0101',
        isPrimary: true,
      },
    ],
  });
  const link = await createLink(client, base, partner.id, {
    title: 'Hermanamiento <script>alert("x")</script> con Bilbao',
    status: 'active',
    signedOn: '2024-05-10',
    validFrom: '2024-05-10',
    description: 'Cooperación en movilidad & espacio público',
    rationale: 'MARCADOR-RAZON-INTERNA',
    signatories: [{ name: 'MARCADOR-FIRMANTE', side: 'own', position: 'Alcalde' }],
  });
  const hidden = await createLink(client, base, partner.id, { title: 'Memorando reservado con Lyon' });
  const event = await post(client, `${base}/events`, {
    title: 'Misión técnica a Bilbao',
    kind: 'mission_abroad',
    startsAt: '2025-03-02T09:00:00+01:00',
    endsAt: '2025-03-05T18:00:00+01:00',
    timezone: 'Europe/Madrid',
    city: 'Bilbao',
    countryCode: 'ES',
    objectives: 'Conocer el modelo de transporte metropolitano.',
    outcomes: 'Se acordó un plan de intercambio técnico.',
    minutes: 'MARCADOR-ACTA',
    isPublished: true,
    linkIds: [link.id],
    participants: [{ side: 'own', name: 'MARCADOR-PARTICIPANTE', departmentId: department.id }],
    costs: [
      {
        category: 'travel',
        source: 'own',
        amountMinor: 850_000_000,
        currency: 'COP',
        description: 'MARCADOR-COSTO-NOTA',
      },
    ],
  });
  const commitment = await post(client, `${base}/commitments`, {
    title: 'Enviar propuesta de intercambio técnico',
    linkId: link.id,
    ownerDepartmentId: department.id,
    ownerName: 'MARCADOR-RESPONSABLE',
    ownerEmail: 'marcador.responsable@example.org',
    dueDate: '2030-01-15',
  });
  const initiative = await post(client, `${base}/initiatives`, {
    title: 'Movilidad limpia en la comuna nororiental',
    strategyLine: 'international_cooperation',
    summary: 'Buses eléctricos y ciclorrutas.',
    linkIds: [link.id],
  });
  const position = await post(client, `${base}/diplomacy/positions`, {
    kind: 'declaration',
    title: 'Declaración de ciudades por la movilidad limpia',
    text: 'Nos comprometemos a electrificar el transporte público.',
    madeOn: '2024-10-03',
    topics: [],
    sdgGoals: [],
    coSigners: ['Bogotá'],
  });
  const publish = (entityType: string, entityId: string) =>
    post(client, `${base}/publications`, { entityType, entityId, status: 'published' });
  await publish('link', link.id);
  await publish('commitment', commitment.id);
  await publish('initiative', initiative.id);
  await publish('position', position.id);
  // The event form's box publishes directly for an admin: it is published already.
  return { ...world, link, hidden, event, commitment, initiative, position };
}

const pages = [
  '',
  '/vinculos',
  '/agenda',
  '/compromisos',
  '/iniciativas',
  '/cooperacion',
  '/posiciones',
  '/territorio',
];

async function get(url: string) {
  return testApp.app.inject({ method: 'GET', url });
}

describe('transparency portal', () => {
  it('lists the governments that publish and serves every page without an account, escaped and in Spanish', async () => {
    const { government, link, event } = await setUp();
    const landing = await get('/transparencia');
    expect(landing.statusCode).toBe(200);
    expect(landing.body).toContain(government.name);
    const root = `/transparencia/${government.slug}`;
    for (const page of [...pages, `/vinculos/${link.id}`]) {
      const response = await get(`${root}${page}`);
      expect(response.statusCode, page).toBe(200);
      expect(response.headers['content-type']).toContain('text/html');
      expect(response.body, page).toMatch(/^<!doctype html><html lang="es">/);
      expect(response.body, page).toContain('<main id="contenido"');
      expect(response.body, page).toContain('href="#contenido"');
      expect(response.body, page).not.toContain('<script>alert');
    }
    const links = (await get(`${root}/vinculos`)).body;
    expect(links).toContain('Hermanamiento &lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; con Bilbao');
    expect(links).not.toContain('Memorando reservado con Lyon');
    const detail = (await get(`${root}/vinculos/${link.id}`)).body;
    expect(detail).toContain('Movilidad limpia en la comuna nororiental');
    expect(detail).toContain('Enviar propuesta de intercambio técnico');
    expect(detail).toContain('Misión técnica a Bilbao');
    const agenda = (await get(`${root}/agenda`)).body;
    expect(agenda).toContain(`id="r-${event.id}"`);
    expect(agenda).toContain('8.500.000\u00a0COP');
    expect((await get(`${root}/compromisos`)).body).toContain('Compromisos publicados cumplidos: 0 de 1.');
    const english = await get(`${root}/vinculos?lang=en`);
    expect(english.body).toMatch(/^<!doctype html><html lang="en">/);
    expect(english.body).toContain('International links');
  });

  it('keeps unpublished records and personal data off every page', async () => {
    const { government, client, base, hidden, link } = await setUp();
    const root = `/transparencia/${government.slug}`;
    const bodies: string[] = [];
    for (const page of [...pages, `/vinculos/${link.id}`]) bodies.push((await get(`${root}${page}`)).body);
    bodies.push((await get('/transparencia')).body);
    bodies.push((await get(`/api/public/governments/${government.slug}/calendar.ics`)).body);
    for (const body of bodies) for (const marker of markers) expect(body).not.toContain(marker);
    expect((await get(`${root}/vinculos/${hidden.id}`)).statusCode).toBe(404);

    // Unpublishing takes the link off at once.
    const state = (await client.get(`${base}/publications/records/link/${link.id}`)).json();
    await client.post(`${base}/publications/${state.publication.id}/unpublish`, {
      version: state.publication.version,
    });
    expect((await get(`${root}/vinculos/${link.id}`)).statusCode).toBe(404);
    expect((await get(`${root}/vinculos`)).body).not.toContain('con Bilbao');
  });

  it('filters lists by the query string and answers 404 for unknown or non-publishing governments', async () => {
    const { government, client, base } = await setUp();
    const root = `/transparencia/${government.slug}`;
    expect((await get(`${root}/vinculos?country=ES`)).body).toContain('con Bilbao');
    expect((await get(`${root}/vinculos?country=FR`)).body).not.toContain('con Bilbao');
    expect((await get(`${root}/vinculos?year=2024`)).body).toContain('con Bilbao');
    expect((await get(`${root}/vinculos?year=2019`)).body).not.toContain('con Bilbao');
    expect((await get(`${root}/agenda?year=2025&country=ES`)).body).toContain('Misión técnica a Bilbao');
    expect((await get(`${root}/agenda?year=nonsense`)).statusCode).toBe(200);
    expect((await get(`${root}/iniciativas?strategyLine=trade_investment`)).body).not.toContain(
      'Movilidad limpia en la comuna',
    );
    const missing = await get('/transparencia/no-existe-este-gobierno');
    expect(missing.statusCode).toBe(404);
    expect(missing.body).toContain('Página no encontrada');
    const settings = (await client.get(`${base}/portal-settings`)).json();
    await client.put(`${base}/portal-settings`, { isPublishing: false, version: settings.version });
    expect((await get(root)).statusCode).toBe(404);
    expect((await get('/transparencia')).body).not.toContain(government.name);
  });

  it('needs no JavaScript: every page stays far below 100 KB of script (gzip)', async () => {
    const { government, link } = await setUp();
    const root = `/transparencia/${government.slug}`;
    for (const page of [
      '/transparencia',
      ...[...pages, `/vinculos/${link.id}`].map((page) => `${root}${page}`),
    ]) {
      const body = (await get(page)).body;
      const inline = [...body.matchAll(/<script\b[^>]*>([\s\S]*?)<\/script>/g)].map(
        (match) => match[1] ?? '',
      );
      const sources = [...body.matchAll(/<script\b[^>]*\bsrc="([^"]+)"/g)].map((match) => match[1] as string);
      let bytes = gzipSync(inline.join('')).length;
      for (const source of sources) bytes += gzipSync((await get(source)).rawPayload).length;
      expect(bytes, page).toBeLessThanOrEqual(100 * 1024);
      expect(sources, page).toEqual([]);
    }
    const css = await get('/transparencia/portal.css');
    expect(css.statusCode).toBe(200);
    expect(css.headers['content-type']).toContain('text/css');
  });

  it('pages long lists, 50 a page, with stable addresses that keep the filters, and escapes them', async () => {
    const { government } = await setUp();
    // 120 published positions of 2025, straight into the tables (the API would take a while).
    const { db } = testApp.database;
    const inserted = await db
      .insert(diplomacyPositions)
      .values(
        Array.from({ length: 120 }, (_, index) => ({
          governmentId: government.id,
          kind: 'declaration' as const,
          title: `Declaración <b>${String(index + 1).padStart(3, '0')}</b> & más`,
          text: 'Texto público.',
          madeOn: '2025-06-01',
        })),
      )
      .returning({ id: diplomacyPositions.id });
    await db.insert(publications).values(
      inserted.map((row) => ({
        governmentId: government.id,
        entityType: 'position' as const,
        entityId: row.id,
        status: 'published' as const,
        publishedAt: new Date(),
      })),
    );
    const root = `/transparencia/${government.slug}/posiciones`;
    const titlesOf = (body: string) =>
      [...body.matchAll(/Declaración &lt;b&gt;(\d{3})&lt;\/b&gt; &amp; más/g)].map((m) => m[1] as string);
    const seen: string[] = [];
    for (const page of [1, 2, 3]) {
      const response = await get(`${root}?year=2025${page > 1 ? `&pagina=${page}` : ''}`);
      expect(response.statusCode).toBe(200);
      const body = response.body;
      expect(body).not.toContain('<b>');
      expect(body).toContain(`Página ${page} de 3`);
      expect(body).toContain('120 registros');
      if (page < 3) expect(body).toContain(`href="${root}?year=2025&amp;pagina=${page + 1}" rel="next"`);
      else expect(body).not.toContain('rel="next"');
      if (page === 2) expect(body).toContain(`href="${root}?year=2025" rel="prev"`);
      if (page === 3) expect(body).toContain(`href="${root}?year=2025&amp;pagina=2" rel="prev"`);
      const titles = titlesOf(body);
      expect(titles).toHaveLength(page < 3 ? 50 : 20);
      seen.push(...titles);
    }
    expect(new Set(seen).size).toBe(120);
    // Past the end shows the last page; a malformed page the first; the language is kept.
    expect((await get(`${root}?year=2025&pagina=99`)).body).toContain('Página 3 de 3');
    expect((await get(`${root}?pagina=abc`)).body).toContain('Página 1 de 3');
    const english = (await get(`${root}?lang=en&pagina=2`)).body;
    expect(english).toContain('Page 2 of 3');
    expect(english).toContain(`href="${root}?pagina=3&amp;lang=en" rel="next"`);
  });

  it('counts the commitments fulfilled over every page, not only the 50 shown', async () => {
    const { government } = await setUp();
    const { db } = testApp.database;
    const [first] = await db
      .select({ department: commitments.ownerDepartmentId })
      .from(commitments)
      .where(eq(commitments.governmentId, government.id));
    const inserted = await db
      .insert(commitments)
      .values(
        Array.from({ length: 70 }, (_, index) => ({
          governmentId: government.id,
          title: `Compromiso cumplido ${index + 1}`,
          ownerDepartmentId: first?.department as string,
          ownerName: 'Oficina',
          dueDate: '2025-05-01',
          status: 'fulfilled' as const,
          fulfilledOn: '2025-04-20',
        })),
      )
      .returning({ id: commitments.id });
    await db.insert(publications).values(
      inserted.map((row) => ({
        governmentId: government.id,
        entityType: 'commitment' as const,
        entityId: row.id,
        status: 'published' as const,
        publishedAt: new Date(),
      })),
    );
    const body = (await get(`/transparencia/${government.slug}/compromisos`)).body;
    expect(body).toContain('Página 1 de 2');
    expect(body).toContain('Compromisos publicados cumplidos: 70 de 71.');
  });

  it('offers in its filters the years and countries of every published record, past the first 500', async () => {
    const { government, client, base } = await setUp();
    const other = await setUp();
    const { db } = testApp.database;
    const publish = async (
      governmentId: string,
      entityType: 'link' | 'event' | 'commitment' | 'position',
      ids: { id: string }[],
    ) => {
      await db.insert(publications).values(
        ids.map((row) => ({
          governmentId,
          entityType,
          entityId: row.id,
          status: 'published' as const,
          publishedAt: new Date(),
        })),
      );
    };
    // Each list: 510 recent records, then one older record with a year (and a country) of its own,
    // last in the list's order — past the first 500 rows a page reads.
    const chile = await createPartner(client, base, {
      name: 'Municipalidad de Valparaíso',
      countryCode: 'CL',
    });
    const recentLinks = await db
      .insert(links)
      .values(
        Array.from({ length: 510 }, (_, index) => ({
          governmentId: government.id,
          title: `Memorando ${index + 1}`,
          kind: 'memorandum_of_understanding' as const,
          status: 'active' as const,
          signedOn: '2024-06-01',
        })),
      )
      .returning({ id: links.id });
    const [oldLink] = await db
      .insert(links)
      .values({
        governmentId: government.id,
        title: 'Hermanamiento con Valparaíso',
        kind: 'sister_city',
        status: 'active',
        signedOn: '2009-04-15',
      })
      .returning({ id: links.id });
    await db
      .insert(linkParties)
      .values({ governmentId: government.id, linkId: oldLink!.id, partnerId: chile.id, role: 'counterpart' });
    await publish(government.id, 'link', [...recentLinks, oldLink!]);
    const eventRow = (index: number) => ({
      governmentId: government.id,
      title: `Reunión ${index + 1}`,
      kind: 'mission_abroad' as const,
      startsAt: new Date('2025-06-10T15:00:00Z'),
      endsAt: new Date('2025-06-10T17:00:00Z'),
      timezone: 'America/Bogota',
      countryCode: 'ES',
    });
    const recentEvents = await db
      .insert(events)
      .values(Array.from({ length: 510 }, (_, index) => eventRow(index)))
      .returning({ id: events.id });
    // 1 January 2012 at 03:00 UTC is still 2011 in Lima: the year of the event's own calendar.
    const [oldEvent] = await db
      .insert(events)
      .values({
        ...eventRow(999),
        title: 'Visita a Lima',
        startsAt: new Date('2012-01-01T03:00:00Z'),
        endsAt: new Date('2012-01-01T04:00:00Z'),
        timezone: 'America/Lima',
        countryCode: 'PE',
      })
      .returning({ id: events.id });
    await publish(government.id, 'event', [...recentEvents, oldEvent!]);
    const positionRow = (madeOn: string) => ({
      governmentId: government.id,
      kind: 'declaration' as const,
      title: `Declaración de ${madeOn}`,
      text: 'Texto público.',
      madeOn,
    });
    const positions = await db
      .insert(diplomacyPositions)
      .values([...Array.from({ length: 510 }, () => positionRow('2025-02-01')), positionRow('2008-09-09')])
      .returning({ id: diplomacyPositions.id });
    await publish(government.id, 'position', positions);
    const [first] = await db
      .select({ department: commitments.ownerDepartmentId })
      .from(commitments)
      .where(eq(commitments.governmentId, government.id));
    const commitmentRow = (dueDate: string) => ({
      governmentId: government.id,
      title: `Compromiso con vencimiento ${dueDate}`,
      ownerDepartmentId: first?.department as string,
      ownerName: 'Oficina',
      dueDate,
    });
    const due = await db
      .insert(commitments)
      .values([
        ...Array.from({ length: 510 }, () => commitmentRow('2031-01-01')),
        commitmentRow('2007-07-07'),
      ])
      .returning({ id: commitments.id });
    await publish(government.id, 'commitment', due);
    // Another government publishes a year and a country of its own: never offered here.
    const [foreign] = await db
      .insert(events)
      .values({
        ...eventRow(0),
        governmentId: other.government.id,
        title: 'Visita a Tokio',
        startsAt: new Date('2003-05-05T12:00:00Z'),
        countryCode: 'JP',
      })
      .returning({ id: events.id });
    await publish(other.government.id, 'event', [foreign!]);

    const root = `/transparencia/${government.slug}`;
    const option = (value: string) => `<option value="${value}">`;
    const linksPage = (await get(`${root}/vinculos`)).body;
    expect(linksPage).toContain('512 registros');
    expect(linksPage).toContain(option('2009'));
    expect(linksPage).toContain(option('2024'));
    expect(linksPage).toContain(option('CL'));
    expect(linksPage).toContain(option('ES'));
    // What the filter offers finds its records.
    expect((await get(`${root}/vinculos?year=2009&country=CL`)).body).toContain(
      'Hermanamiento con Valparaíso',
    );
    const agenda = (await get(`${root}/agenda`)).body;
    expect(agenda).toContain(option('2011'));
    expect(agenda).not.toContain(option('2012'));
    expect(agenda).toContain(option('PE'));
    expect(agenda).not.toContain(option('2003'));
    expect(agenda).not.toContain(option('JP'));
    expect((await get(`${root}/agenda?year=2011&country=PE`)).body).toContain('Visita a Lima');
    const positionsPage = (await get(`${root}/posiciones`)).body;
    expect(positionsPage).toContain(option('2008'));
    expect(positionsPage).toContain(option('2025'));
    const commitmentsPage = (await get(`${root}/compromisos`)).body;
    expect(commitmentsPage).toContain(option('2007'));
    expect(commitmentsPage).toContain(option('2031'));
    // The other government's pages offer their own values only.
    const foreignAgenda = (await get(`/transparencia/${other.government.slug}/agenda`)).body;
    expect(foreignAgenda).toContain(option('2003'));
    expect(foreignAgenda).toContain(option('JP'));
    expect(foreignAgenda).not.toContain(option('PE'));
  });
});

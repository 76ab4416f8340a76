import type { AddressInfo } from 'node:net';
import { Package } from 'datapackage';
import ExcelJS from 'exceljs';
import jsonld from 'jsonld';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { diplomacyPositions, publications } from '../../src/server/db/schema';
import { createLink, createMember, createPartner, createWorld, testPassword } from '../factories';
import { type Client, createTestApp, signInAs, type TestApp } from '../test-app';

let testApp: TestApp;
let origin = '';
beforeAll(async () => {
  testApp = await createTestApp();
  // The validator fetches the package and its files over HTTP, as a harvester would: loopback only.
  await testApp.app.listen({ port: 0, host: '127.0.0.1' });
  origin = `http://127.0.0.1:${(testApp.app.server.address() as AddressInfo).port}`;
});
afterAll(async () => testApp.close());

// What must never reach a public file: contacts, participants, signatories, the users' names and e-mails.
const personal = {
  contactEmail: 'maria.perez@bilbao.eus',
  contactPhone: '+34 944 20 42 00',
  contactName: 'María Pérez Etxeberria',
  participant: 'Directora Juliana Restrepo',
  signatory: 'Alcalde Juan Mari Aburto',
  costNote: 'Tiquetes de la directora',
};

async function post(client: Client, url: string, body: unknown, expected = 201) {
  const response = await client.post(url, body);
  if (response.statusCode !== expected) throw new Error(`${url}: ${response.statusCode} ${response.body}`);
  return response.json();
}

async function publish(client: Client, base: string, entityType: string, entityId: string) {
  return post(client, `${base}/publications`, { entityType, entityId, status: 'published' }, 200);
}

/** A government with a published link and a published mission with costs, and its portal switched on. */
async function setUp() {
  const world = await createWorld(testApp.app, 'admin');
  const { client, base } = world;
  const session = (await client.get('/api/auth/session')).json();
  const partner = await createPartner(client, base, {
    name: 'Ayuntamiento de Bilbao',
    kind: 'city_government',
    contacts: [
      {
        name: personal.contactName,
        position: 'Relaciones internacionales',
        email: personal.contactEmail,
        phone: personal.contactPhone,
        isPrimary: true,
      },
    ],
  });
  const link = await createLink(client, base, partner.id, {
    title: 'Hermanamiento Medellín–Bilbao, "ciudades que aprenden"',
    themes: ['mobility'],
    signatories: [{ name: personal.signatory, side: 'counterpart', partnerId: partner.id }],
  });
  const hidden = await createLink(client, base, partner.id, { title: 'Memorando aún no publicado' });
  const event = await post(client, `${base}/events`, {
    title: 'Misión técnica a Bilbao sobre movilidad',
    kind: 'mission_abroad',
    startsAt: '2026-03-02T09:00:00+01:00',
    endsAt: '2026-03-05T18:00:00+01:00',
    timezone: 'Europe/Madrid',
    city: 'Bilbao',
    countryCode: 'ES',
    objectives: 'Conocer el modelo de transporte público metropolitano.',
    participants: [{ side: 'own', name: personal.participant, userId: session.user.id }],
    costs: [
      {
        category: 'travel',
        source: 'own',
        amountMinor: 850_000_050,
        currency: 'COP',
        description: personal.costNote,
      },
      { category: 'per_diem', source: 'international_cooperation', amountMinor: 120_000, currency: 'EUR' },
    ],
  });
  await publish(client, base, 'link', link.id);
  await publish(client, base, 'event', event.id);
  const portal = (await client.get(`${base}/portal-settings`)).json();
  const switched = await client.put(`${base}/portal-settings`, {
    isPublishing: true,
    version: portal.version,
  });
  expect(switched.statusCode, switched.body).toBe(200);
  return {
    ...world,
    link,
    hidden,
    event,
    session,
    openData: `/api/public/governments/${world.government.slug}/open-data`,
  };
}

/** Many published positions at once, straight into the tables: the API would take minutes for 1,203. */
async function publishManyPositions(governmentId: string, count: number) {
  const { db } = testApp.database;
  const rows = Array.from({ length: count }, (_, index) => ({
    governmentId,
    kind: 'declaration' as const,
    title: `Declaración número ${index + 1}`,
    text: 'Texto público de la declaración.',
    madeOn: '2025-06-01',
  }));
  const ids: string[] = [];
  for (let start = 0; start < rows.length; start += 400) {
    const inserted = await db
      .insert(diplomacyPositions)
      .values(rows.slice(start, start + 400))
      .returning({ id: diplomacyPositions.id });
    ids.push(...inserted.map((row) => row.id));
    await db.insert(publications).values(
      inserted.map((row) => ({
        governmentId,
        entityType: 'position' as const,
        entityId: row.id,
        status: 'published' as const,
        publishedAt: new Date(),
      })),
    );
  }
  return ids;
}

/** The namespaces the assertions below name triples with. */
const ns = {
  rdf: 'http://www.w3.org/1999/02/22-rdf-syntax-ns#',
  dcat: 'http://www.w3.org/ns/dcat#',
  dct: 'http://purl.org/dc/terms/',
  xsd: 'http://www.w3.org/2001/XMLSchema#',
};

type Triple = { subject: string; predicate: string; object: string; datatype?: string; language?: string };

/**
 * A JSON-LD document as RDF triples, through jsonld.js in safe mode: a term, IRI or value that the
 * processor would drop (an unmapped prefix, a relative IRI, a malformed literal) fails the test
 * instead of vanishing. No network: the catalogue carries its context inline, and any remote
 * document it asked for would be refused by the loader.
 */
async function toTriples(document: unknown): Promise<Triple[]> {
  const documentLoader = async (url: string): Promise<never> => {
    throw new Error(`no remote JSON-LD document may be needed: ${url}`);
  };
  // `safe` is jsonld.js's own option (since 6), not in the community typings yet.
  const options: jsonld.Options.ToRdf & { safe: boolean } = { safe: true, documentLoader };
  const quads = (await jsonld.toRDF(document as jsonld.JsonLdDocument, options)) as unknown as {
    subject: { value: string };
    predicate: { value: string };
    object: { termType: string; value: string; datatype?: { value: string }; language?: string };
    graph: { termType: string };
  }[];
  return quads.map((quad) => {
    expect(quad.graph.termType).toBe('DefaultGraph');
    return {
      subject: quad.subject.value,
      predicate: quad.predicate.value,
      object: quad.object.value,
      ...(quad.object.termType === 'Literal' ? { datatype: quad.object.datatype?.value } : {}),
      ...(quad.object.language ? { language: quad.object.language } : {}),
    };
  });
}

/** Checks the DCAT-AP essentials of a catalogue as RDF; answers the datasets' IRIs. */
function expectDcatCatalog(triples: Triple[], catalogUrl: string, datasetCount: number) {
  const objects = (subject: string, predicate: string) =>
    triples.filter((triple) => triple.subject === subject && triple.predicate === predicate);
  const typed = (type: string) =>
    triples
      .filter((triple) => triple.predicate === `${ns.rdf}type` && triple.object === type)
      .map((triple) => triple.subject);
  expect(typed(`${ns.dcat}Catalog`)).toEqual([catalogUrl]);
  expect(objects(catalogUrl, `${ns.dct}title`)[0]?.language).toBe('es');
  expect(objects(catalogUrl, `${ns.dct}modified`)[0]?.datatype).toBe(`${ns.xsd}dateTime`);
  const datasets = objects(catalogUrl, `${ns.dcat}dataset`).map((triple) => triple.object);
  expect(datasets).toHaveLength(datasetCount);
  expect([...typed(`${ns.dcat}Dataset`)].sort()).toEqual([...datasets].sort());
  for (const dataset of datasets) {
    expect(objects(dataset, `${ns.dct}identifier`), dataset).toHaveLength(1);
    expect(objects(dataset, `${ns.dct}title`), dataset).toHaveLength(1);
    expect(objects(dataset, `${ns.dct}license`).map((triple) => triple.object)).toEqual([
      'https://creativecommons.org/licenses/by/4.0/',
    ]);
    expect(objects(dataset, `${ns.dct}publisher`), dataset).toHaveLength(1);
    const distributions = objects(dataset, `${ns.dcat}distribution`).map((triple) => triple.object);
    expect(distributions.length, dataset).toBeGreaterThan(0);
    for (const distribution of distributions) {
      expect(objects(distribution, `${ns.rdf}type`).map((triple) => triple.object)).toEqual([
        `${ns.dcat}Distribution`,
      ]);
      // One download address, one media type and one format per distribution: a node shared by two
      // datasets, or two distributions under one IRI, would show here as several.
      const downloads = objects(distribution, `${ns.dcat}downloadURL`);
      expect(downloads.map((triple) => triple.object)).toEqual([distribution]);
      expect(downloads[0]?.datatype).toBeUndefined();
      expect(distribution).toMatch(/^https?:\/\//);
      const media = objects(distribution, `${ns.dcat}mediaType`).map((triple) => triple.object);
      expect(media, distribution).toHaveLength(1);
      expect(media[0]).toMatch(/^https:\/\/www\.iana\.org\/assignments\/media-types\/[a-z]+\/[a-z0-9.+-]+$/);
      const formats = objects(distribution, `${ns.dct}format`).map((triple) => triple.object);
      expect(formats, distribution).toHaveLength(1);
      expect(formats[0]).toMatch(
        /^http:\/\/publications\.europa\.eu\/resource\/authority\/file-type\/[A-Z]+$/,
      );
      expect(objects(distribution, `${ns.dct}license`).map((triple) => triple.object)).toEqual([
        'https://creativecommons.org/licenses/by/4.0/',
      ]);
    }
  }
  // Publishers are agents, not the web pages that are their homepage and the datasets' landing page.
  const agents = typed('http://xmlns.com/foaf/0.1/Agent');
  expect(agents.length).toBeGreaterThan(0);
  const pages = triples
    .filter((triple) =>
      [`${ns.dcat}landingPage`, 'http://xmlns.com/foaf/0.1/homepage'].includes(triple.predicate),
    )
    .map((triple) => triple.object);
  for (const agent of agents) {
    expect(pages, agent).not.toContain(agent);
    expect(objects(agent, 'http://xmlns.com/foaf/0.1/homepage'), agent).toHaveLength(1);
  }
  for (const subject of [catalogUrl, ...datasets]) {
    const publishers = objects(subject, `${ns.dct}publisher`).map((triple) => triple.object);
    expect(publishers, subject).toHaveLength(1);
    expect(agents, subject).toContain(publishers[0]);
  }
  return datasets;
}

describe('open data', () => {
  it('downloads every published row, not the first 500, in CSV, JSON and XLSX, still a valid package', async () => {
    const world = await setUp();
    const ids = await publishManyPositions(world.government.id, 1203);
    const get = (url: string) => testApp.app.inject({ method: 'GET', url });
    const csv = (await get(`${world.openData}/posicionamientos.csv`)).body.trim().split('\r\n');
    expect(csv).toHaveLength(1 + 1203);
    const json = (await get(`${world.openData}/posicionamientos.json`)).json() as { id: string }[];
    expect(new Set(json.map((row) => row.id))).toEqual(new Set(ids));
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(
      (await get(`${world.openData}/posicionamientos.xlsx`)).rawPayload as unknown as ArrayBuffer,
    );
    expect(workbook.getWorksheet('posicionamientos')?.rowCount).toBe(1 + 1203);

    const dataPackage = await Package.load(`${origin}${world.openData}/datapackage.json`);
    expect(dataPackage.errors.map(String)).toEqual([]);
    const resource = dataPackage.getResource('posicionamientos');
    expect((resource as unknown as { descriptor: { description: string } }).descriptor.description).toContain(
      'hasta 100.000 por archivo',
    );
    const rows = (await resource?.read({ keyed: true, cast: true })) as unknown[];
    expect(rows).toHaveLength(1203);
  });

  it('describes the published datasets in a data package that the Frictionless validator accepts, cell by cell', async () => {
    const world = await setUp();
    const dataPackage = await Package.load(`${origin}${world.openData}/datapackage.json`);
    expect(dataPackage.errors.map(String)).toEqual([]);
    expect(dataPackage.valid).toBe(true);
    expect(dataPackage.descriptor).toMatchObject({
      profile: 'tabular-data-package',
      name: `vinculo-${world.government.slug}`,
      licenses: [{ name: 'CC-BY-4.0', path: 'https://creativecommons.org/licenses/by/4.0/' }],
    });
    const rowsOf: Record<string, Record<string, unknown>[]> = {};
    for (const resource of dataPackage.resources) {
      // cast: every cell is read as its Table Schema type, and one that is not throws;
      // relations: every foreign key (costs → events, indicators → initiatives…) resolves.
      try {
        rowsOf[resource.name] = (await resource.read({ keyed: true, cast: true, relations: true })) as Record<
          string,
          unknown
        >[];
      } catch (error) {
        const details = (error as { errors?: unknown[] }).errors?.map(String) ?? [String(error)];
        expect.fail(`${resource.name}: ${details.join('; ')}`);
      }
    }
    expect(Object.keys(rowsOf)).toHaveLength(9);
    expect(rowsOf.vinculos).toEqual([
      expect.objectContaining({
        id: world.link.id,
        titulo: 'Hermanamiento Medellín–Bilbao, "ciudades que aprenden"',
        aprobado_concejo: false,
        contrapartes: 'Ayuntamiento de Bilbao',
        paises_contrapartes: 'ES',
      }),
    ]);
    expect(rowsOf.eventos).toHaveLength(1);
    expect(String((rowsOf.eventos?.[0]?.inicio as Date | undefined)?.toISOString())).toBe(
      '2026-03-02T08:00:00.000Z',
    );
    const costs = rowsOf['costos-eventos']?.map((row) => [row.moneda, String(row.monto)]);
    expect(costs).toEqual(
      expect.arrayContaining([
        ['COP', '8500000.5'],
        ['EUR', '1200'],
      ]),
    );
    expect(rowsOf.compromisos).toEqual([]);
  });

  it('serves each dataset as CSV, JSON and XLSX with the same rows, and nothing personal anywhere', async () => {
    const world = await setUp();
    const get = (url: string) => testApp.app.inject({ method: 'GET', url });
    const csv = await get(`${world.openData}/vinculos.csv`);
    expect(csv.statusCode).toBe(200);
    expect(csv.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(csv.headers['content-disposition']).toBe(
      `attachment; filename="${world.government.slug}-vinculos.csv"`,
    );
    expect(csv.body.split('\r\n')[1]).toContain('"Hermanamiento Medellín–Bilbao, ""ciudades que aprenden"""');
    expect(csv.body).not.toContain('Memorando aún no publicado');
    const json = (await get(`${world.openData}/costos-eventos.json`)).json() as {
      monto: number;
      moneda: string;
    }[];
    expect(json.map((row) => row.monto).sort()).toEqual([1200, 8500000.5]);
    const xlsx = await get(`${world.openData}/vinculos.xlsx`);
    expect(xlsx.headers['content-type']).toContain('spreadsheetml');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(xlsx.rawPayload as unknown as ArrayBuffer);
    const sheet = workbook.getWorksheet('vinculos');
    expect(sheet?.rowCount).toBe(2);
    expect(sheet?.getRow(2).getCell(2).value).toBe('Hermanamiento Medellín–Bilbao, "ciudades que aprenden"');
    expect(workbook.getWorksheet('diccionario')?.getRow(2).getCell(1).value).toBe('id');

    // Every public file of the government, in every format: no contact, participant, user, note.
    const texts = [
      (await get(`${world.openData}/datapackage.json`)).body,
      (await get(`${world.openData}/catalog.jsonld`)).body,
    ];
    for (const dataset of (JSON.parse(texts[0] ?? '{}') as { resources: { name: string }[] }).resources) {
      for (const format of ['csv', 'json']) {
        const response = await get(`${world.openData}/${dataset.name}.${format}`);
        expect(response.statusCode, `${dataset.name}.${format}`).toBe(200);
        texts.push(response.body);
      }
      const book = new ExcelJS.Workbook();
      await book.xlsx.load(
        (await get(`${world.openData}/${dataset.name}.xlsx`)).rawPayload as unknown as ArrayBuffer,
      );
      book.eachSheet((sheet) => sheet.eachRow((row) => texts.push(JSON.stringify(row.values))));
    }
    const everything = texts.join('\n');
    for (const value of [...Object.values(personal), world.email, world.session.user.name])
      expect(everything, value).not.toContain(value);
  });

  it('publishes catalogues that a JSON-LD processor reads as the DCAT-AP triples they mean', async () => {
    const world = await setUp();
    const publicUrl = testApp.app.appConfig.publicUrl;
    const catalog = (
      await testApp.app.inject({ method: 'GET', url: `${world.openData}/catalog.jsonld` })
    ).json();
    const triples = await toTriples(catalog);
    const datasets = expectDcatCatalog(
      triples,
      catalog['@id'],
      (catalog['dcat:dataset'] as unknown[]).length,
    );
    expect(catalog['@id']).toBe(`${publicUrl}${world.openData}/catalog.jsonld`);
    expect(datasets).toContain(`${publicUrl}${world.openData}#vinculos`);
    // Each tabular dataset in CSV, JSON and XLSX, with their IANA media types.
    const distributionsOf = (dataset: string) =>
      triples
        .filter((triple) => triple.subject === dataset && triple.predicate === `${ns.dcat}distribution`)
        .map((triple) => triple.object);
    const mediaOf = (distribution: string) =>
      triples.find((triple) => triple.subject === distribution && triple.predicate === `${ns.dcat}mediaType`)
        ?.object;
    expect(distributionsOf(`${publicUrl}${world.openData}#vinculos`).map(mediaOf).sort()).toEqual([
      'https://www.iana.org/assignments/media-types/application/json',
      'https://www.iana.org/assignments/media-types/application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      'https://www.iana.org/assignments/media-types/text/csv',
    ]);
    // The instance's catalogue: every publishing government's datasets, each with its own IRI.
    const instance = (await testApp.app.inject({ method: 'GET', url: '/api/public/catalog.jsonld' })).json();
    const instanceDatasets = expectDcatCatalog(
      await toTriples(instance),
      instance['@id'],
      (instance['dcat:dataset'] as unknown[]).length,
    );
    expect(instanceDatasets).toContain(`${publicUrl}${world.openData}#vinculos`);
  });

  it('lists the datasets in DCAT-AP catalogues, whose every download answers', async () => {
    const world = await setUp();
    const other = await createWorld(testApp.app, 'admin');
    const catalog = (
      await testApp.app.inject({ method: 'GET', url: `${world.openData}/catalog.jsonld` })
    ).json();
    expect(catalog['@type']).toBe('dcat:Catalog');
    expect(catalog['@context'].dcat).toBe('http://www.w3.org/ns/dcat#');
    const datasets = catalog['dcat:dataset'] as {
      'dct:identifier': string;
      'dct:license': { '@id': string };
      'dcat:distribution': { 'dcat:downloadURL': { '@id': string }; 'dct:format': { '@id': string } }[];
    }[];
    expect(datasets.map((dataset) => dataset['dct:identifier'])).toContain(
      `${world.government.slug}/vinculos`,
    );
    expect(datasets.map((dataset) => dataset['dct:identifier'])).toContain(
      `${world.government.slug}/agenda-ical`,
    );
    for (const dataset of datasets) {
      expect(dataset['dct:license']['@id']).toBe('https://creativecommons.org/licenses/by/4.0/');
      for (const distribution of dataset['dcat:distribution']) {
        const url = distribution['dcat:downloadURL']['@id'].replace(testApp.app.appConfig.publicUrl, '');
        const response = await testApp.app.inject({ method: 'GET', url });
        expect(response.statusCode, url).toBe(200);
      }
    }
    const instance = (await testApp.app.inject({ method: 'GET', url: '/api/public/catalog.jsonld' })).json();
    const identifiers = (instance['dcat:dataset'] as { 'dct:identifier': string }[]).map(
      (item) => item['dct:identifier'],
    );
    expect(identifiers).toContain(`${world.government.slug}/eventos`);
    expect(identifiers.some((item) => item.startsWith(`${other.government.slug}/`))).toBe(false);
    // A government whose portal is off publishes no open data.
    const closed = `/api/public/governments/${other.government.slug}/open-data`;
    for (const file of ['datapackage.json', 'catalog.jsonld', 'vinculos.csv'])
      expect((await testApp.app.inject({ method: 'GET', url: `${closed}/${file}` })).statusCode, file).toBe(
        404,
      );
    expect((await testApp.app.inject({ method: 'GET', url: `${world.openData}/nada.csv` })).statusCode).toBe(
      404,
    );
  });

  it('follows publication: an unpublished record leaves the files', async () => {
    const world = await setUp();
    const publications = (await world.client.get(`${world.base}/publications?entityType=link`)).json();
    const publication = publications.items[0];
    await post(
      world.client,
      `${world.base}/publications/${publication.id}/unpublish`,
      { version: publication.version },
      200,
    );
    const csv = await testApp.app.inject({ method: 'GET', url: `${world.openData}/vinculos.csv` });
    expect(csv.body.trim().split('\r\n')).toHaveLength(1);
  });

  it('lets the admin choose the licence, shown in the package and the page; others may only read', async () => {
    const world = await setUp();
    const viewer = await signInAs(
      testApp.app,
      await createMember(testApp.database.db, world.government.id, 'viewer'),
      testPassword,
    );
    const overview = (await viewer.get(`${world.base}/open-data`)).json();
    expect(overview.settings).toMatchObject({ licenseId: 'CC-BY-4.0', version: 0 });
    expect(overview.datasets.find((item: { name: string }) => item.name === 'vinculos')).toMatchObject({
      rowCount: 1,
      downloads: expect.arrayContaining([
        { format: 'csv', url: `${testApp.app.appConfig.publicUrl}${world.openData}/vinculos.csv` },
      ]),
    });
    expect(
      (await viewer.put(`${world.base}/open-data/settings`, { licenseId: 'CC0-1.0', version: 0 })).statusCode,
    ).toBe(403);
    const saved = await world.client.put(`${world.base}/open-data/settings`, {
      licenseId: 'CC0-1.0',
      version: 0,
    });
    expect(saved.statusCode, saved.body).toBe(200);
    expect(saved.json()).toMatchObject({ licenseId: 'CC0-1.0', version: 1 });
    expect(
      (await world.client.put(`${world.base}/open-data/settings`, { licenseId: 'CC-BY-4.0', version: 0 }))
        .statusCode,
    ).toBe(409);
    const descriptor = (
      await testApp.app.inject({ method: 'GET', url: `${world.openData}/datapackage.json` })
    ).json();
    expect(descriptor.licenses[0].name).toBe('CC0-1.0');
    const audit = (await world.client.get(`${world.base}/audit?entityId=${world.government.id}`)).json();
    expect(audit.items.some((item: { entityType: string }) => item.entityType === 'open_data_settings')).toBe(
      true,
    );
  });
});

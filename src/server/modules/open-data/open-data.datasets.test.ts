import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Package } from 'datapackage';
import { describe, expect, it } from 'vitest';
import { toCsv } from '../../../domain/open-data/csv';
import { buildDataPackage } from '../../../domain/open-data/datapackage';
import { assertRowsMatchSchema } from '../../../domain/open-data/table-schema';
import { datasets } from './open-data.datasets';
import type { PublishedRecords } from './open-data.records';

const ids = {
  link: '11111111-1111-4111-8111-111111111111',
  event: '22222222-2222-4222-8222-222222222222',
  initiative: '33333333-3333-4333-8333-333333333333',
  project: '44444444-4444-4444-8444-444444444444',
};

/** Every dataset with rows, including the awkward values: commas, quotes, line breaks, empty cells. */
const records: PublishedRecords = {
  links: [
    {
      id: ids.link,
      title: 'Hermanamiento "Medellín–Bilbao", cultura y movilidad',
      kind: 'sister_city',
      status: 'active',
      description: 'Primera línea\nsegunda línea',
      signedOn: '2024-05-02',
      validFrom: '2024-05-02',
      validTo: null,
      isCouncilApproved: true,
      themes: ['mobility', 'culture'],
      strategyLines: ['international_cooperation'],
      sdgGoals: ['11'],
      counterparts: [
        { name: 'Ayuntamiento de Bilbao', kind: 'city_government', countryCode: 'ES', city: 'Bilbao' },
      ],
    },
  ],
  events: [
    {
      id: ids.event,
      title: 'Misión técnica',
      kind: 'mission_abroad',
      startsAt: '2026-03-02T09:00:00+01:00',
      endsAt: '2026-03-05T18:00:00.000Z',
      timezone: 'Europe/Madrid',
      city: 'Bilbao',
      countryCode: 'ES',
      strategyLine: null,
      themes: [],
      sdgGoals: [],
      objectives: null,
      outcomes: 'Acuerdo de intercambio técnico',
      costs: [
        { category: 'travel', source: 'own', currency: 'COP', amountMinor: 850_000_050 },
        { category: 'per_diem', source: 'own', currency: 'JPY', amountMinor: 12_000 },
      ],
    },
  ],
  commitments: [
    {
      id: '55555555-5555-4555-8555-555555555555',
      title: 'Enviar la propuesta de intercambio',
      dueDate: '2026-04-01',
      status: 'fulfilled',
      fulfilledOn: '2026-03-20',
      linkId: ids.link,
      eventId: ids.event,
    },
  ],
  initiatives: [
    {
      id: ids.initiative,
      title: 'Movilidad sostenible',
      summary: null,
      stage: 'implementation',
      strategyLine: 'international_cooperation',
      themes: ['mobility'],
      sdgGoals: ['11', '13'],
      objective: 'Reducir emisiones',
      affectedPopulation: 250_000,
      isWholeTerritory: false,
      territorialUnits: [{ id: '66666666-6666-4666-8666-666666666666', name: 'Comuna 13 - San Javier' }],
      indicators: [
        {
          name: 'Viajes en bicicleta',
          unit: 'viajes/día',
          baselineValue: 1000,
          targetValue: 5000.5,
          targetDate: '2027-12-31',
          latestValue: 2500,
          latestOn: '2026-06-30',
          progress: 0.375,
        },
      ],
    },
  ],
  projects: [
    {
      id: ids.project,
      title: 'Cooperación técnica en movilidad',
      summary: 'Asistencia técnica',
      strategyLine: null,
      iatiIdentifier: 'CO-NIT-890905211-1',
      activityStatus: '2',
      startPlanned: '2026-01-01',
      endPlanned: '2027-12-31',
      startActual: null,
      endActual: null,
      participants: [{ name: 'AECID', role: '1', countryCode: 'ES' }],
      budgets: [{ currency: 'EUR', amountMinor: 50_000_000 }],
      received: [{ currency: 'EUR', amountMinor: 12_345_67 }],
      territorialUnits: [],
    },
  ],
  positions: [
    {
      id: '77777777-7777-4777-8777-777777777777',
      kind: 'declaration',
      title: 'Declaración de ciudades por el clima',
      text: 'Nos comprometemos, juntas, a…',
      madeOn: '2025-11-10',
      forumName: 'C40',
      topics: ['climate'],
      sdgGoals: ['13'],
      coSigners: ['Ciudad de México', 'Quito'],
      url: 'https://www.c40.org/',
    },
  ],
};

const publisher = {
  slug: 'medellin',
  name: 'Alcaldía de Medellín',
  countryCode: 'CO',
  baseUrl: 'https://vinculo.example/api/public/governments/medellin/open-data',
  portalUrl: 'https://vinculo.example/transparencia/medellin',
  licenseId: 'CC-BY-4.0' as const,
};

describe('open datasets', () => {
  it('flatten every kind of published record into rows the Frictionless validator reads cell by cell', async () => {
    const files = new Map<string, string>();
    for (const dataset of datasets) {
      const rows = dataset.rowsOf(records);
      expect(rows.length, dataset.name).toBeGreaterThan(0);
      assertRowsMatchSchema(dataset, rows);
      files.set(`/${dataset.name}.csv`, toCsv(dataset.schema.fields, rows));
    }
    files.set('/datapackage.json', JSON.stringify(buildDataPackage(publisher, datasets, new Date())));
    // The library resolves the foreign keys' resources over HTTP as a harvester would: a loopback server.
    const server = createServer((request, response) => {
      const body = files.get(request.url ?? '');
      response.writeHead(body === undefined ? 404 : 200).end(body);
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    const dataPackage = await Package.load(`${origin}/datapackage.json`);
    expect(dataPackage.errors.map(String)).toEqual([]);
    const read: Record<string, Record<string, unknown>[]> = {};
    for (const resource of dataPackage.resources) {
      try {
        read[resource.name] = (await resource.read({ keyed: true, cast: true, relations: true })) as Record<
          string,
          unknown
        >[];
      } catch (error) {
        const details = (error as { errors?: unknown[] }).errors?.map(String) ?? [String(error)];
        expect.fail(`${resource.name}: ${details.join('; ')}`);
      }
    }
    expect(read.vinculos?.[0]).toMatchObject({
      titulo: 'Hermanamiento "Medellín–Bilbao", cultura y movilidad',
      descripcion: 'Primera línea\nsegunda línea',
      vigente_hasta: null,
      temas: 'mobility; culture',
    });
    expect(read['costos-eventos']?.map((row) => String(row.monto))).toEqual(['8500000.5', '12000']);
    expect(read['financiacion-proyectos']?.map((row) => [row.concepto, String(row.monto)])).toEqual([
      ['presupuesto', '500000'],
      ['recibido', '12345.67'],
    ]);
    expect(String(read.indicadores?.[0]?.avance)).toBe('0.375');
    server.close();
  }, 30_000);

  it('states the bound of every file, and says which datasets it truncates if one is ever hit', () => {
    const descriptor = buildDataPackage(publisher, datasets, new Date(), ['posicionamientos']);
    const descriptions = new Map(
      descriptor.resources.map((resource) => [resource.name, resource.description]),
    );
    expect(descriptions.get('posicionamientos')).toContain('INCOMPLETO');
    expect(descriptions.get('posicionamientos')).toContain('100.000');
    expect(descriptions.get('vinculos')).toContain(
      'Contiene todas las filas publicadas, hasta 100.000 por archivo.',
    );
  });

  it('refuses a row whose cell does not fit its type before anything is written', () => {
    const dataset = datasets.find((item) => item.name === 'compromisos');
    if (!dataset) throw new Error('compromisos missing');
    const rows = dataset.rowsOf({
      ...records,
      commitments: [{ ...records.commitments[0]!, dueDate: '01/04/2026' }],
    });
    expect(() => assertRowsMatchSchema(dataset, rows)).toThrow(/fecha_limite is not a date/);
  });
});

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Problem } from '../../src/contracts/common';
import { iatiActivities } from '../../src/server/db/schema';
import { mapPositionBudget } from '../../src/server/modules/territory/territory.present';
import { createWorld } from '../factories';
import { createTestApp, type TestApp } from '../test-app';

let testApp: TestApp;
beforeAll(async () => {
  testApp = await createTestApp();
});
afterAll(async () => testApp.close());

/** A closed ring of `count` positions around a centre: a boundary as detailed as asked. */
function ring(count: number, centre: [number, number] = [-75.57, 6.25], radius = 0.02): number[][] {
  const positions = Array.from({ length: count }, (_, index) => {
    const angle = (2 * Math.PI * index) / count;
    return [centre[0] + radius * Math.cos(angle), centre[1] + radius * Math.sin(angle)];
  });
  return [...positions, [...(positions[0] as number[])]];
}

function importBody(features: { name: unknown; code?: string; coordinates: unknown }[]) {
  return {
    featureCollection: {
      type: 'FeatureCollection',
      features: features.map((feature) => ({
        type: 'Feature',
        properties: { nombre: feature.name, codigo: feature.code ?? null },
        geometry: { type: 'Polygon', coordinates: feature.coordinates },
      })),
    },
    nameProperty: 'nombre',
    codeProperty: 'codigo',
    kind: 'comuna',
  };
}

describe('GeoJSON import is bounded', () => {
  it('refuses coordinates that are not numbers, or out of range, naming the field', async () => {
    const { client, base } = await createWorld(testApp.app, 'admin');
    const words = ring(4).map(([x, y]) => [String(x), String(y)]);
    const response = await client.post(
      `${base}/territorial-units/import-geojson`,
      importBody([{ name: 'Comuna 1', coordinates: [words] }]),
    );
    expect(response.statusCode).toBe(400);
    const problem = response.json() as Problem;
    expect(problem.errors?.[0]?.field).toMatch(/^featureCollection\.features\.0\.geometry/);
    expect(problem.errors?.[0]?.message).toBe(
      'Las coordenadas deben ser pares de números (longitud entre -180 y 180, latitud entre -90 y 90).',
    );
    const outOfRange = await client.post(
      `${base}/territorial-units/import-geojson`,
      importBody([{ name: 'Comuna 1', coordinates: [ring(4, [-275, 6])] }]),
    );
    expect(outOfRange.statusCode).toBe(400);
    const units = await client.get(`${base}/territorial-units`);
    expect((units.json() as { total: number }).total).toBe(0);
  });

  it('skips a feature whose name is a megabyte, and refuses a boundary of more than 100,000 points', async () => {
    const { client, base } = await createWorld(testApp.app, 'admin');
    const response = await client.post(
      `${base}/territorial-units/import-geojson`,
      importBody([
        { name: 'x'.repeat(1_000_000), coordinates: [ring(8)] },
        { name: 'Comuna 14 - El Poblado', coordinates: [ring(8)] },
      ]),
    );
    expect(response.statusCode).toBe(200);
    expect(response.json()).toEqual({
      created: 1,
      updated: 0,
      skipped: [{ index: 0, reason: 'input.nameTooLong' }],
    });
    const huge = await client.post(
      `${base}/territorial-units/import-geojson`,
      importBody([{ name: 'Comuna enorme', coordinates: [ring(100_001)] }]),
    );
    expect(huge.statusCode).toBe(400);
    expect((huge.json() as Problem).errors?.[0]?.message).toBe(
      'La geometría tiene más de 100.000 puntos. Simplifíquela antes de importarla.',
    );
  });

  it('the territory map is simplified to a bounded answer, however detailed the stored boundaries', async () => {
    const { client, base } = await createWorld(testApp.app, 'admin');
    const detailed = Array.from({ length: 3 }, (_, index) => ({
      name: `Comuna ${index + 1}`,
      code: `C${index + 1}`,
      coordinates: [ring(90_000, [-75.6 + index * 0.05, 6.25])],
    }));
    for (const feature of detailed) {
      const response = await client.post(`${base}/territorial-units/import-geojson`, importBody([feature]));
      expect(response.statusCode).toBe(200);
    }
    const map = await client.get(`${base}/territory-map`);
    expect(map.statusCode).toBe(200);
    const features = (map.json() as { features: { geometry: { coordinates: number[][][] } }[] }).features;
    expect(features).toHaveLength(3);
    const positions = features.reduce(
      (total, feature) => total + (feature.geometry.coordinates[0]?.length ?? 0),
      0,
    );
    expect(positions).toBeLessThanOrEqual(mapPositionBudget);
    expect(positions).toBeGreaterThan(3 * 16);
    // 270,000 stored positions (about 11 MB of JSON) answer in well under 3 MB.
    expect(map.body.length).toBeLessThan(3_000_000);
    // The stored geometry is untouched: the unit's own page has every position.
    const units = (await client.get(`${base}/territorial-units`)).json() as { items: { id: string }[] };
    const unit = (await client.get(`${base}/territorial-units/${units.items[0]?.id}`)).json() as {
      geometry: { coordinates: number[][][] };
    };
    expect(unit.geometry.coordinates[0]).toHaveLength(90_001);
  });
});

describe('catalogue pages are bounded', () => {
  it('cuts long titles and descriptions in the list and never sends the search vector', async () => {
    const { government, client, base } = await createWorld(testApp.app, 'admin');
    const longTitle = 'cooperación '.repeat(20_000);
    await testApp.app.database.db.insert(iatiActivities).values({
      governmentId: government.id,
      iatiIdentifier: 'XM-DAC-41114-LARGO',
      title: longTitle,
      description: 'descripción '.repeat(20_000),
    });
    const response = await client.get(`${base}/iati/catalogue?pageSize=200`);
    expect(response.statusCode).toBe(200);
    const [item] = (response.json() as { items: { title: string; description: string }[] }).items;
    expect(item?.title).toHaveLength(1000);
    expect(item?.description).toHaveLength(2000);
    expect(response.body).not.toContain('searchVector');
    expect(response.body.length).toBeLessThan(10_000);
    const tooMany = await client.get(`${base}/iati/catalogue?pageSize=201`);
    expect(tooMany.statusCode).toBe(400);
  });
});

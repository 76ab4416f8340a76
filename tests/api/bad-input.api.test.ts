import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createPartner, createWorld } from '../factories';
import { createTestApp, type TestApp } from '../test-app';

let testApp: TestApp;
beforeAll(async () => {
  testApp = await createTestApp();
});
afterAll(async () => testApp.close());

const nonsense: unknown[] = [
  {},
  { title: 12, name: ['x'], version: 'uno', status: 'nope', amountMinor: 1.5, date: '31/12/2026' },
  [],
  'texto',
];

// Hundreds of malformed requests through the whole app: seconds on an idle machine, 56 s on a loaded
// two-core one. A budget that says so, never a retry.
describe('bad input on every route', { timeout: 180_000 }, () => {
  it('never answers 5xx to malformed bodies, queries or ids, and always with a problem document', async () => {
    const { app } = testApp;
    const { government, client, base } = await createWorld(app, 'admin');
    // A real record so that routes with an id reach their service, not just the 404 of the lookup.
    const partner = await createPartner(client, base);
    const failures: string[] = [];
    for (const route of app.routeCatalogue) {
      if (!route.url.includes(':governmentId') || route.method === 'GET' || route.method === 'HEAD') continue;
      for (const id of [partner.id, 'no-es-un-id']) {
        const url = route.url.replace(':governmentId', government.id).replace(/:[A-Za-z]+/g, id);
        for (const body of nonsense) {
          const response = await client.request({
            method: route.method as 'POST',
            url,
            payload: body as object,
          });
          if (response.statusCode >= 500)
            failures.push(`${route.method} ${route.url} ${JSON.stringify(body)} → ${response.statusCode}`);
          else if (
            response.statusCode >= 400 &&
            !String(response.headers['content-type']).includes('application/problem+json')
          ) {
            failures.push(`${route.method} ${route.url} → ${response.statusCode} without a problem document`);
          }
        }
      }
    }
    for (const route of app.routeCatalogue.filter(
      (entry) => entry.method === 'GET' && entry.url.includes(':governmentId'),
    )) {
      const url = `${route.url.replace(':governmentId', government.id).replace(/:[A-Za-z]+/g, partner.id)}?page=-1&pageSize=9999&from=ayer&status=nada&days=x`;
      const response = await client.get(url);
      if (response.statusCode >= 500) failures.push(`GET ${route.url} (bad query) → ${response.statusCode}`);
    }
    expect(failures).toEqual([]);
  });
});

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLink, createPartner, createWorld } from '../factories';
import { createTestApp, type TestApp } from '../test-app';

let testApp: TestApp;
beforeAll(async () => {
  testApp = await createTestApp();
});
afterAll(async () => testApp.close());

type Queryable = { query: (...args: unknown[]) => Promise<unknown> };

/** Counts the statements the app sends to the database while `work` runs (PGlite or a pg pool). */
async function countStatements(work: () => Promise<unknown>): Promise<string[]> {
  const client = (testApp.database.db as unknown as { $client: Queryable }).$client;
  const original = client.query;
  const statements: string[] = [];
  client.query = function (this: unknown, ...args: unknown[]) {
    const first = args[0];
    statements.push(typeof first === 'string' ? first : String((first as { text?: string }).text));
    return original.apply(this, args);
  };
  try {
    await work();
  } finally {
    client.query = original;
  }
  return statements;
}

// Each round trip to the database is paid by every request: the session, the membership and the
// government's time zone are read in one query, and the link lists read their page, its total and
// the parties of its links side by side.
describe('per-request cost', () => {
  it('reads the session, membership and time zone in one query and lists in one round of queries', async () => {
    const { client, base } = await createWorld(testApp.app);
    const partner = await createPartner(client, base);
    await createLink(client, base, partner.id);

    const partnerList = await countStatements(async () => {
      expect((await client.get(`${base}/partners`)).statusCode).toBe(200);
    });
    expect(partnerList.filter((text) => /"sessions"/.test(text))).toHaveLength(1);
    expect(partnerList.filter((text) => /"memberships"/.test(text) && !/"sessions"/.test(text))).toEqual([]);
    expect(partnerList).toHaveLength(3); // session + membership, page, total

    const linkList = await countStatements(async () => {
      const response = await client.get(`${base}/links`);
      expect(response.statusCode).toBe(200);
      expect(response.json().items[0].parties).toHaveLength(1);
    });
    expect(linkList.filter((text) => /"governments"/.test(text) && !/"sessions"/.test(text))).toEqual([]);
    expect(linkList).toHaveLength(4); // session + membership + time zone, page, total, parties

    const expiring = await countStatements(async () => {
      expect((await client.get(`${base}/links-expiring?days=3650`)).statusCode).toBe(200);
    });
    expect(expiring).toHaveLength(3); // session + membership + time zone, links, parties
  });
});

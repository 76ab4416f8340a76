import { and, eq } from 'drizzle-orm';
import type { FastifyInstance, InjectOptions } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiTokenUses, auditLog } from '../../src/server/db/schema';
import { createMember, createPartner, createWorld, partnerInput, testPassword } from '../factories';
import { createTestApp, signInAs, type TestApp } from '../test-app';

let testApp: TestApp;
let now = new Date('2026-11-30T15:00:00Z');
beforeAll(async () => {
  testApp = await createTestApp({ clock: () => now });
});
afterAll(async () => testApp.close());

const fakeId = '00000000-0000-4000-8000-000000000000';

/** A client that sends only the bearer token: no cookie, no CSRF header. */
function bearerClient(app: FastifyInstance, secret: string) {
  const request = (options: InjectOptions) =>
    app.inject({ ...options, headers: { authorization: `Bearer ${secret}`, ...(options.headers ?? {}) } });
  return {
    request,
    get: (url: string) => request({ method: 'GET', url }),
    post: (url: string, body: object = {}) => request({ method: 'POST', url, payload: body }),
  };
}

async function createToken(
  world: Awaited<ReturnType<typeof createWorld>>,
  body: Record<string, unknown> = { name: 'Portal nacional de datos abiertos' },
) {
  const response = await world.client.post(`${world.base}/api-tokens`, body);
  expect(response.statusCode, response.body).toBe(201);
  return response.json() as { token: { id: string; role: string; status: string }; secret: string };
}

describe('API tokens', () => {
  it('creates a read-only token by default, shows the secret once and stores only its hash', async () => {
    const world = await createWorld(testApp.app, 'admin');
    const created = await createToken(world);
    expect(created.secret).toMatch(/^vinculo_[A-Za-z0-9_-]{43}$/);
    expect(created.token).toMatchObject({ role: 'viewer', status: 'active' });
    const list = (await world.client.get(`${world.base}/api-tokens`)).json();
    expect(list).toHaveLength(1);
    expect(JSON.stringify(list)).not.toContain(created.secret);
    expect(list[0]).toMatchObject({ id: created.token.id, lastUsedAt: null, recentRequests: 0 });
    const audit = await testApp.database.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.entityType, 'api_token'), eq(auditLog.entityId, created.token.id)));
    expect(audit).toHaveLength(1);
    expect(JSON.stringify(audit)).not.toContain(created.secret.slice(12));
    expect(JSON.stringify(audit)).not.toContain('tokenHash');
  });

  it('walks every route with a read-only token: reads answer, every write is 403', async () => {
    const { app } = testApp;
    const world = await createWorld(app, 'admin');
    const { secret } = await createToken(world);
    const token = bearerClient(app, secret);
    const checked = { reads: 0, writes: 0 };
    const failedReads: string[] = [];
    for (const route of app.routeCatalogue) {
      const url = route.url
        .replace(':governmentId', world.government.id)
        .replace(':codelist', 'countries')
        .replace(':slug', world.government.slug)
        .replace(/:[A-Za-z]+/g, fakeId)
        .concat(route.url.endsWith('/search') ? '?q=cooperacion' : '');
      const isRead = route.method === 'GET';
      const response = await token.request({
        method: route.method as 'GET',
        url,
        ...(isRead || route.method === 'DELETE' ? {} : { payload: {} }),
      });
      const label = `${route.method} ${route.url}`;
      const policy = route.policy;
      if (policy?.access === 'public') {
        // Public routes answer as they would anyone (a session route still says "no session").
        expect([403, 500], label).not.toContain(response.statusCode);
        expect(response.body, label).not.toContain('token_invalid');
        continue;
      }
      // An association's own pages do not exist for a government's token.
      if (policy?.access === 'tenant' && !(policy.tenantKinds ?? ['government']).includes('government')) {
        expect(response.statusCode, label).toBe(404);
        continue;
      }
      const isPersonal =
        (policy?.access === 'authenticated' && !policy.isOpenToTokens) ||
        (policy?.access === 'tenant' && policy.isPersonal === true);
      if (!isRead || isPersonal) {
        expect(response.statusCode, label).toBe(403);
        if (!isRead) checked.writes++;
        continue;
      }
      if (policy?.access === 'tenant' && !policy.roles.includes('viewer')) {
        expect(response.statusCode, label).toBe(403);
        continue;
      }
      // Reads succeed; an address naming a record that does not exist is a plain 404.
      // The IATI export of a government without an organisation identifier is a 422 of the rules.
      const hasRecordId = /:(?!governmentId|codelist|slug)[A-Za-z]+/.test(route.url);
      const expected = hasRecordId ? [200, 404] : route.url.includes('/iati/export') ? [200, 422] : [200];
      if (!expected.includes(response.statusCode))
        failedReads.push(`${label} → ${response.statusCode} ${response.body.slice(0, 120)}`);
      checked.reads++;
    }
    expect(failedReads).toEqual([]);
    expect(checked.reads).toBeGreaterThan(30);
    expect(checked.writes).toBeGreaterThan(30);
  });

  it('lets a coordinator token write, audited with the token and its creator', async () => {
    const world = await createWorld(testApp.app, 'admin');
    const { secret, token } = await createToken(world, { name: 'Script de carga', role: 'coordinator' });
    const client = bearerClient(testApp.app, secret);
    const created = await client.post(`${world.base}/partners`, partnerInput({ name: 'Ciudades Hermanas' }));
    expect(created.statusCode, created.body).toBe(201);
    const [entry] = await testApp.database.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.entityType, 'partner'), eq(auditLog.entityId, created.json().id)));
    expect(entry).toMatchObject({ action: 'create', apiTokenId: token.id });
    expect(entry?.actorId).toBeTruthy();
    // Managing tokens stays with a signed-in admin.
    expect((await client.post(`${world.base}/api-tokens`, { name: 'otro' })).statusCode).toBe(403);
  });

  it('refuses expired and revoked tokens, and tokens of a creator who is no longer admin', async () => {
    const world = await createWorld(testApp.app, 'admin');
    const short = await createToken(world, { name: 'Corto', expiresInDays: 1 });
    const revoked = await createToken(world, { name: 'Revocado' });
    const shortClient = bearerClient(testApp.app, short.secret);
    expect((await shortClient.get(`${world.base}/partners`)).statusCode).toBe(200);
    now = new Date(now.getTime() + 86_400_000 + 1000);
    try {
      const expired = await shortClient.get(`${world.base}/partners`);
      expect(expired.statusCode).toBe(401);
      expect(expired.json()).toMatchObject({ code: 'token_invalid' });
      const listed = (await world.client.get(`${world.base}/api-tokens`)).json() as {
        id: string;
        status: string;
      }[];
      expect(listed.find((item) => item.id === short.token.id)?.status).toBe('expired');
    } finally {
      now = new Date(now.getTime() - 86_400_000 - 1000);
    }
    const revokedClient = bearerClient(testApp.app, revoked.secret);
    expect((await revokedClient.get(`${world.base}/partners`)).statusCode).toBe(200);
    expect((await world.client.delete(`${world.base}/api-tokens/${revoked.token.id}`)).statusCode).toBe(200);
    expect((await revokedClient.get(`${world.base}/partners`)).statusCode).toBe(401);
    expect((await world.client.delete(`${world.base}/api-tokens/${revoked.token.id}`)).statusCode).toBe(404);
    const revocation = await testApp.database.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.entityId, revoked.token.id), eq(auditLog.action, 'status_change')));
    expect(revocation).toHaveLength(1);
    // A token dies with its creator's admin role.
    const otherEmail = await createMember(testApp.database.db, world.government.id, 'admin');
    const other = await signInAs(testApp.app, otherEmail, testPassword);
    const orphan = await createToken({ ...world, client: other }, { name: 'De otra persona' });
    const orphanClient = bearerClient(testApp.app, orphan.secret);
    expect((await orphanClient.get(`${world.base}/partners`)).statusCode).toBe(200);
    const members = (await world.client.get(`${world.base}/members`)).json() as {
      userId: string;
      email: string;
      version: number;
    }[];
    const member = members.find((item) => item.email === otherEmail)!;
    expect(
      (
        await world.client.put(`${world.base}/members/${member.userId}`, {
          role: 'viewer',
          version: member.version,
        })
      ).statusCode,
    ).toBe(200);
    expect((await orphanClient.get(`${world.base}/partners`)).statusCode).toBe(401);
    // Unknown and malformed tokens.
    expect((await bearerClient(testApp.app, 'vinculo_nope').get(`${world.base}/partners`)).statusCode).toBe(
      401,
    );
    const malformed = await testApp.app.inject({
      method: 'GET',
      url: `${world.base}/partners`,
      headers: { authorization: 'Bearer a b' },
    });
    expect(malformed.statusCode).toBe(401);
  });

  it('keeps a token of government A out of government B', async () => {
    const medellin = await createWorld(testApp.app, 'admin');
    const mexico = await createWorld(testApp.app, 'admin');
    const partner = await createPartner(mexico.client, mexico.base, { name: 'Socio de México' });
    const { secret } = await createToken(medellin, { name: 'Tablero', role: 'coordinator' });
    const client = bearerClient(testApp.app, secret);
    expect((await client.get(`${medellin.base}/partners`)).json().total).toBe(0);
    for (const url of [mexico.base, `${mexico.base}/partners`, `${mexico.base}/partners/${partner.id}`]) {
      expect((await client.get(url)).statusCode, url).toBe(404);
    }
    expect((await client.post(`${mexico.base}/partners`, partnerInput())).statusCode).toBe(404);
    expect((await client.get(`${medellin.base}/partners/${partner.id}`)).statusCode).toBe(404);
  });

  it('refuses a request that carries both a session cookie and a token', async () => {
    const world = await createWorld(testApp.app, 'admin');
    const { secret } = await createToken(world);
    const mixed = await world.client.request({
      method: 'GET',
      url: `${world.base}/partners`,
      headers: { authorization: `Bearer ${secret}` },
    });
    expect(mixed.statusCode).toBe(400);
    expect(mixed.json()).toMatchObject({ code: 'mixed_credentials' });
  });

  it('counts uses per token and minute, with last use, denied and write requests', async () => {
    const world = await createWorld(testApp.app, 'admin');
    const { secret, token } = await createToken(world);
    const client = bearerClient(testApp.app, secret);
    for (let index = 0; index < 5; index++) await client.get(`${world.base}/partners`);
    expect((await client.post(`${world.base}/partners`, partnerInput())).statusCode).toBe(403);
    const rows = await testApp.database.db
      .select()
      .from(apiTokenUses)
      .where(eq(apiTokenUses.tokenId, token.id));
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({
      requests: 6,
      writes: 1,
      denied: 1,
      lastRoute: 'POST /api/governments/:governmentId/partners',
    });
    const [listed] = (await world.client.get(`${world.base}/api-tokens`)).json();
    expect(listed).toMatchObject({ lastUsedAt: now.toISOString(), recentRequests: 6 });
  });

  it('declares the bearer scheme in the OpenAPI document', async () => {
    const document = (await testApp.app.inject({ method: 'GET', url: '/api/docs/json' })).json();
    expect(document.components.securitySchemes.bearer).toMatchObject({ type: 'http', scheme: 'bearer' });
    expect(document.security).toEqual([{ session: [] }, { bearer: [] }]);
    // Public routes need no credential at all.
    expect(document.paths['/api/health'].get.security).toEqual([]);
  });
});

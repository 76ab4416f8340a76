import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createGovernment, createMember, createWorld, testPassword } from '../factories';
import { createTestApp, signInAs, type TestApp } from '../test-app';

let testApp: TestApp;
beforeAll(async () => {
  testApp = await createTestApp();
});
afterAll(async () => testApp.close());

describe('platform', () => {
  it('answers health with the database kind', async () => {
    const response = await testApp.app.inject({ method: 'GET', url: '/api/health' });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toMatchObject({ status: 'ok', isDatabaseReachable: true });
  });

  it('answers unknown API routes with a problem document in the caller language', async () => {
    const response = await testApp.app.inject({
      method: 'GET',
      url: '/api/nothing-here',
      headers: { 'accept-language': 'en-US,en;q=0.9' },
    });
    expect(response.statusCode).toBe(404);
    expect(response.headers['content-type']).toContain('application/problem+json');
    expect(response.json()).toMatchObject({ status: 404, code: 'route_not_found', title: 'Not found' });
  });

  it('serves the OpenAPI document generated from the contracts', async () => {
    const response = await testApp.app.inject({ method: 'GET', url: '/api/docs/json' });
    expect(response.statusCode).toBe(200);
    const document = response.json() as { openapi: string; paths: Record<string, unknown> };
    expect(document.openapi).toBe('3.1.0');
    expect(Object.keys(document.paths)).toContain('/api/governments/{governmentId}/partners');
  });

  it('gives every API route an authorization policy, and enforces it', async () => {
    const { app } = testApp;
    const routes = app.routeCatalogue;
    expect(routes.length).toBeGreaterThan(30);
    expect(routes.filter((route) => !route.policy)).toEqual([]);
    const { government, client } = await createWorld(app, 'viewer');
    const fakeId = '00000000-0000-4000-8000-000000000000';
    for (const route of routes) {
      const url = route.url
        .replace(':governmentId', government.id)
        .replace(':codelist', 'countries')
        .replace(/:[A-Za-z]+/g, fakeId);
      const anonymous = await app.inject({
        method: route.method as 'GET',
        url,
        payload: route.method === 'GET' || route.method === 'DELETE' ? undefined : {},
      });
      if (route.policy?.access === 'public') {
        expect([403, 500], `${route.method} ${route.url}`).not.toContain(anonymous.statusCode);
        continue;
      }
      expect(anonymous.statusCode, `${route.method} ${route.url}`).toBe(401);
      if (route.policy?.access === 'tenant' && !route.policy.roles.includes('viewer')) {
        const asViewer = await client.request({
          method: route.method as 'GET',
          url,
          payload: route.method === 'DELETE' ? undefined : {},
        });
        expect(asViewer.statusCode, `${route.method} ${route.url} as viewer`).toBe(403);
      }
    }
  });
});

describe('authentication', () => {
  it('signs in, reports the session with memberships, and signs out', async () => {
    const { app } = testApp;
    const government = await createGovernment(app.database.db);
    const email = await createMember(app.database.db, government.id, 'coordinator');
    const client = await signInAs(app, email, testPassword);
    const session = await client.get('/api/auth/session');
    expect(session.statusCode).toBe(200);
    expect(session.json()).toMatchObject({
      user: { email },
      memberships: [{ governmentId: government.id, role: 'coordinator' }],
    });
    expect((await client.post('/api/auth/sign-out')).statusCode).toBe(200);
    expect((await client.get('/api/auth/session')).statusCode).toBe(401);
    expect((await client.get(`/api/governments/${government.id}/partners`)).statusCode).toBe(401);
  });

  it('answers "nobody signed in" to the web app with a 200, never a 401 bound to be logged', async () => {
    const { app } = testApp;
    const government = await createGovernment(app.database.db);
    const email = await createMember(app.database.db, government.id, 'viewer');
    const anonymous = await app.inject({ method: 'GET', url: '/api/auth/current-session' });
    expect(anonymous.statusCode).toBe(200);
    expect(anonymous.json()).toEqual({ session: null });
    const client = await signInAs(app, email, testPassword);
    const current = await client.get('/api/auth/current-session');
    expect(current.statusCode).toBe(200);
    expect(current.json().session).toMatchObject({
      user: { email },
      memberships: [{ governmentId: government.id, role: 'viewer', timezone: 'America/Bogota' }],
    });
    expect(current.json().session.csrfToken).toBe((await client.get('/api/auth/session')).json().csrfToken);
    await client.post('/api/auth/sign-out');
    expect((await client.get('/api/auth/current-session')).json()).toEqual({ session: null });
  });

  it('sets an httpOnly SameSite session cookie', async () => {
    const { app } = testApp;
    const government = await createGovernment(app.database.db);
    const email = await createMember(app.database.db, government.id, 'viewer');
    const response = await app.inject({
      method: 'POST',
      url: '/api/auth/sign-in',
      payload: { email, password: testPassword },
    });
    const cookie = response.cookies.find((item) => item.name === 'vinculo_session');
    expect(cookie).toMatchObject({ httpOnly: true, sameSite: 'Lax', path: '/' });
  });

  it('refuses wrong passwords with the same answer as unknown e-mails', async () => {
    const { app } = testApp;
    const government = await createGovernment(app.database.db);
    const email = await createMember(app.database.db, government.id, 'viewer');
    const wrong = await app.inject({
      method: 'POST',
      url: '/api/auth/sign-in',
      payload: { email, password: 'not-the-password' },
    });
    const unknown = await app.inject({
      method: 'POST',
      url: '/api/auth/sign-in',
      payload: { email: 'nobody@prueba.gov.co', password: 'not-the-password' },
    });
    expect(wrong.statusCode).toBe(401);
    expect(unknown.statusCode).toBe(401);
    expect(wrong.json().detail).toBe(unknown.json().detail);
    expect(wrong.json().detail).toBe('Correo o contraseña incorrectos.');
  });

  it('rate-limits repeated failures for one e-mail, even with the right password afterwards', async () => {
    const { app } = testApp;
    const government = await createGovernment(app.database.db);
    const email = await createMember(app.database.db, government.id, 'viewer');
    for (let attempt = 0; attempt < 5; attempt += 1) {
      const response = await app.inject({
        method: 'POST',
        url: '/api/auth/sign-in',
        payload: { email, password: `wrong-${attempt}` },
        remoteAddress: `10.0.0.${attempt}`,
      });
      expect(response.statusCode).toBe(401);
    }
    const limited = await app.inject({
      method: 'POST',
      url: '/api/auth/sign-in',
      payload: { email, password: testPassword },
    });
    expect(limited.statusCode).toBe(429);
    expect(Number(limited.headers['retry-after'])).toBeGreaterThan(0);
    expect(limited.json()).toMatchObject({ code: 'rate_limited' });
  });

  it('refuses a state-changing request without the CSRF token', async () => {
    const { app } = testApp;
    const { client, base } = await createWorld(app, 'admin');
    const response = await app.inject({
      method: 'POST',
      url: `${base}/departments`,
      payload: { name: 'Secretaría de Movilidad' },
      headers: { cookie: client.cookie },
    });
    expect(response.statusCode).toBe(403);
    expect(response.json()).toMatchObject({ code: 'csrf_token_invalid' });
    const forged = await app.inject({
      method: 'POST',
      url: `${base}/departments`,
      payload: { name: 'Secretaría de Movilidad' },
      headers: { cookie: client.cookie, 'x-csrf-token': 'forged' },
    });
    expect(forged.statusCode).toBe(403);
  });

  it('refuses form posts: only JSON bodies are accepted', async () => {
    const { app } = testApp;
    const { client, base } = await createWorld(app, 'admin');
    const response = await client.request({
      method: 'POST',
      url: `${base}/departments`,
      payload: 'name=Secretaria',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
    });
    expect(response.statusCode).toBe(415);
  });

  it('saves the preferred language', async () => {
    const { client } = await createWorld(testApp.app, 'viewer');
    const response = await client.put('/api/auth/preferences', { preferredLanguage: 'pt' });
    expect(response.statusCode).toBe(200);
    expect(response.json().user.preferredLanguage).toBe('pt');
  });
});

describe('errors', () => {
  it('reports field-level messages in Spanish by default and in English on request', async () => {
    const { client, base } = await createWorld(testApp.app, 'admin');
    const spanish = await client.post(`${base}/partners`, {
      name: '',
      kind: 'cooperation_agency',
      email: 'no-es-correo',
    });
    expect(spanish.statusCode).toBe(400);
    const fields = Object.fromEntries(
      (spanish.json().errors as { field: string; message: string }[]).map((e) => [e.field, e.message]),
    );
    expect(fields.name).toBe('Este campo es obligatorio.');
    expect(fields.email).toContain('correo electrónico válido');
    const english = await client.request({
      method: 'POST',
      url: `${base}/partners`,
      payload: { name: '', kind: 'cooperation_agency' },
      headers: { 'accept-language': 'en' },
    });
    expect(english.json().errors[0].message).toBe('This field is required.');
  });

  it('answers malformed JSON with 400, never 500', async () => {
    const { client, base } = await createWorld(testApp.app, 'admin');
    const response = await client.request({
      method: 'POST',
      url: `${base}/partners`,
      payload: '{"name": ',
      headers: { 'content-type': 'application/json' },
    });
    expect(response.statusCode).toBe(400);
    expect(response.headers['content-type']).toContain('application/problem+json');
  });

  it('answers an id that is not a UUID with 404', async () => {
    const { client, base } = await createWorld(testApp.app, 'admin');
    expect((await client.get(`${base}/partners/not-a-uuid`)).statusCode).toBe(404);
  });
});

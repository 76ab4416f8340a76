import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createGovernment, createMember, testPassword } from '../factories';
import { createTestApp, type TestApp } from '../test-app';

// A built SPA of its own: an index page, a hashed script and the source map a build could leave.
const webDistDir = mkdtempSync(path.join(tmpdir(), 'vinculo-web-'));
mkdirSync(path.join(webDistDir, 'assets'));
writeFileSync(
  path.join(webDistDir, 'index.html'),
  '<!doctype html><html lang="es"><head><script type="module" src="/assets/index-abc123.js"></script></head><body><div id="root"></div></body></html>',
);
writeFileSync(path.join(webDistDir, 'assets/index-abc123.js'), 'console.log("vínculo")\n');
writeFileSync(path.join(webDistDir, 'assets/index-abc123.js.map'), '{"version":3,"sources":["secret.ts"]}');

let plain: TestApp;
let secure: TestApp;
beforeAll(async () => {
  plain = await createTestApp({
    config: { webDistDir, publicUrl: 'http://localhost:3000', cookieSecure: 'auto' },
  });
  secure = await createTestApp({
    config: { webDistDir, publicUrl: 'https://vinculo.medellin.gov.co', cookieSecure: 'auto' },
  });
});
afterAll(async () => {
  await plain.close();
  await secure.close();
});

function directives(response: LightMyRequestResponse): Map<string, string[]> {
  const header = String(response.headers['content-security-policy'] ?? '');
  return new Map(
    header
      .split(';')
      .map((part) => part.trim().split(/\s+/))
      .filter((parts) => parts[0])
      .map(([name, ...values]) => [name as string, values]),
  );
}

function expectCommonHeaders(response: LightMyRequestResponse) {
  const csp = directives(response);
  expect(csp.get('default-src')).toEqual(["'self'"]);
  expect(csp.get('script-src')).toEqual(["'self'"]);
  expect(csp.get('script-src-attr')).toEqual(["'none'"]);
  expect(csp.get('object-src')).toEqual(["'none'"]);
  expect(csp.get('frame-ancestors')).toEqual(["'none'"]);
  expect(csp.get('base-uri')).toEqual(["'self'"]);
  expect(response.headers['x-frame-options']).toBe('DENY');
  expect(response.headers['x-content-type-options']).toBe('nosniff');
  expect(response.headers['referrer-policy']).toBe('same-origin');
}

async function signIn(app: TestApp['app']) {
  const government = await createGovernment(app.database.db);
  const email = await createMember(app.database.db, government.id, 'viewer');
  return app.inject({ method: 'POST', url: '/api/auth/sign-in', payload: { email, password: testPassword } });
}

describe('security headers', () => {
  it('the API answers with a strict CSP, no framing, nosniff, a same-origin referrer and no-store', async () => {
    const response = await plain.app.inject({ method: 'GET', url: '/api/health' });
    expect(response.statusCode).toBe(200);
    expectCommonHeaders(response);
    expect(response.headers['cache-control']).toBe('no-store');
    // Over plain http, HSTS would lock browsers out of the install, and nothing is upgraded.
    expect(response.headers['strict-transport-security']).toBeUndefined();
    expect(directives(response).has('upgrade-insecure-requests')).toBe(false);
  });

  it('errors carry the same headers: a 404, a 401 and a 400 problem document', async () => {
    for (const [method, url, payload] of [
      ['GET', '/api/no-existe', undefined],
      ['GET', '/api/auth/session', undefined],
      ['POST', '/api/auth/sign-in', { email: 12 }],
    ] as const) {
      const response = await plain.app.inject({ method, url, ...(payload ? { payload } : {}) });
      expect(response.statusCode, url).toBeGreaterThanOrEqual(400);
      expect(response.headers['content-type']).toContain('application/problem+json');
      expectCommonHeaders(response);
      expect(response.headers['cache-control'], url).toBe('no-store');
    }
  });

  it('a signed-in answer with a government’s data is never stored by a cache', async () => {
    const signIn = await signInTo(plain);
    expect(signIn.headers['cache-control']).toBe('no-store');
    const token = signIn.cookies.find((each) => each.name === 'vinculo_session')?.value;
    const session = await plain.app.inject({
      method: 'GET',
      url: '/api/auth/session',
      headers: { cookie: `vinculo_session=${token}` },
    });
    expect(session.statusCode).toBe(200);
    expect(session.headers['cache-control']).toBe('no-store');
    expectCommonHeaders(session);
  });

  it('the web app is served under the same policy, and source maps are never served', async () => {
    const page = await plain.app.inject({ method: 'GET', url: '/partners' });
    expect(page.statusCode).toBe(200);
    expect(page.headers['content-type']).toContain('text/html');
    expectCommonHeaders(page);
    const script = await plain.app.inject({ method: 'GET', url: '/assets/index-abc123.js' });
    expect(script.statusCode).toBe(200);
    expectCommonHeaders(script);
    const map = await plain.app.inject({ method: 'GET', url: '/assets/index-abc123.js.map' });
    expect(map.statusCode).toBe(404);
    expect(map.body).not.toContain('secret.ts');
  });

  it('over https: HSTS for a year, insecure requests upgraded, and a Secure session cookie', async () => {
    const response = await secure.app.inject({ method: 'GET', url: '/api/health' });
    expectCommonHeaders(response);
    expect(response.headers['strict-transport-security']).toBe('max-age=31536000; includeSubDomains');
    expect(directives(response).has('upgrade-insecure-requests')).toBe(true);
    // The proxy terminates TLS and TRUST_PROXY is off: the request looks like http, the cookie is Secure.
    const signIn = await signInTo(secure);
    expect(signIn.statusCode).toBe(200);
    const cookie = signIn.cookies.find((each) => each.name === 'vinculo_session');
    expect(cookie?.secure).toBe(true);
    expect(cookie?.httpOnly).toBe(true);
    expect(cookie?.sameSite).toBe('Lax');
  });

  it('over plain http the session cookie is not Secure (the browser would drop it)', async () => {
    const signIn = await signInTo(plain);
    expect(signIn.statusCode).toBe(200);
    const cookie = signIn.cookies.find((each) => each.name === 'vinculo_session');
    expect(cookie?.secure).toBeFalsy();
  });

  it('Swagger UI still works, under a policy of its own that runs no inline script', async () => {
    const page = await plain.app.inject({ method: 'GET', url: '/api/docs' });
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain('swagger-ui-bundle.js');
    // Every script of the page has a src: nothing inline for CSP to block.
    expect(page.body.match(/<script(?![^>]*\ssrc=)[^>]*>/g) ?? []).toEqual([]);
    const csp = directives(page);
    expect(csp.get('script-src')).toEqual(["'self'"]);
    expect(csp.get('frame-ancestors')).toEqual(["'none'"]);
    const initializer = await plain.app.inject({
      method: 'GET',
      url: '/api/docs/static/swagger-initializer.js',
    });
    expect(initializer.statusCode).toBe(200);
    const document = await plain.app.inject({ method: 'GET', url: '/api/docs/json' });
    expect(document.statusCode).toBe(200);
    expect((document.json() as { openapi: string }).openapi).toBe('3.1.0');
  });
});

async function signInTo(testApp: TestApp) {
  return signIn(testApp.app);
}

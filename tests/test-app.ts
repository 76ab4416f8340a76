import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { FastifyInstance, InjectOptions, LightMyRequestResponse } from 'fastify';
import { buildApp } from '../src/server/main';
import { type AppConfig, loadConfig } from '../src/server/platform/config';
import { type DatabaseHandle, openDatabase } from '../src/server/platform/db';
import type { Mailer } from '../src/server/platform/mailer';

export type TestApp = { app: FastifyInstance; database: DatabaseHandle; close: () => Promise<void> };

/**
 * The real app on a real database: PGlite in memory by default, or PostgreSQL when the suite runs with
 * VINCULO_TEST_DB=postgres and TEST_DATABASE_URL. Tests never truncate: each creates its own government.
 */
export async function createTestApp(
  options: {
    mailer?: Mailer;
    clock?: () => Date;
    config?: Partial<AppConfig>;
    /** Lets the app pick up this government's import jobs (off otherwise: tests share one database). */
    workerScope?: { governmentId: string };
  } = {},
): Promise<TestApp> {
  const isPostgres = process.env.VINCULO_TEST_DB === 'postgres';
  if (isPostgres && !process.env.TEST_DATABASE_URL)
    throw new Error('VINCULO_TEST_DB=postgres needs TEST_DATABASE_URL');
  const config = loadConfig(
    {
      NODE_ENV: 'test',
      LOG_LEVEL: process.env.VINCULO_TEST_LOG === 'true' ? 'error' : 'silent',
      SESSION_SECRET: 'test-secret-test-secret-test-secret-0123',
    },
    // Uploads and other files of the tests go to a folder of their own, never to ./data.
    {
      passwordHashCost: 10,
      webDistDir: '/nonexistent',
      dataDir: mkdtempSync(path.join(tmpdir(), 'vinculo-test-')),
      ...options.config,
    },
  );
  const database = await openDatabase(
    isPostgres ? { databaseUrl: process.env.TEST_DATABASE_URL } : { isInMemory: true },
  );
  await database.migrate();
  const app = await buildApp({
    config,
    database,
    isLogging: process.env.VINCULO_TEST_LOG === 'true',
    ...(options.mailer ? { mailer: options.mailer } : {}),
    ...(options.clock ? { clock: options.clock } : {}),
    ...(options.workerScope ? { workerScope: options.workerScope } : {}),
  });
  await app.ready();
  return {
    app,
    database,
    async close() {
      await app.close();
      await database.close();
    },
  };
}

export type Client = {
  request: (options: InjectOptions) => Promise<LightMyRequestResponse>;
  get: (url: string) => Promise<LightMyRequestResponse>;
  post: (url: string, body?: unknown) => Promise<LightMyRequestResponse>;
  put: (url: string, body?: unknown) => Promise<LightMyRequestResponse>;
  delete: (url: string) => Promise<LightMyRequestResponse>;
  csrfToken: string;
  cookie: string;
};

/** A signed-in HTTP client: the session cookie and the CSRF header on every request. */
export async function signInAs(
  app: FastifyInstance,
  email: string,
  password: string,
  language = 'es',
): Promise<Client> {
  const response = await app.inject({
    method: 'POST',
    url: '/api/auth/sign-in',
    payload: { email, password },
  });
  if (response.statusCode !== 200) throw new Error(`sign-in failed: ${response.statusCode} ${response.body}`);
  const setCookie = response.cookies.find((cookie) => cookie.name === 'vinculo_session');
  if (!setCookie) throw new Error('no session cookie');
  const cookie = `vinculo_session=${setCookie.value}`;
  const csrfToken = (response.json() as { csrfToken: string }).csrfToken;
  const request = (options: InjectOptions) =>
    app.inject({
      ...options,
      headers: { cookie, 'x-csrf-token': csrfToken, 'accept-language': language, ...(options.headers ?? {}) },
    });
  return {
    request,
    get: (url) => request({ method: 'GET', url }),
    post: (url, body) =>
      request({ method: 'POST', url, ...(body === undefined ? {} : { payload: body as object }) }),
    put: (url, body) => request({ method: 'PUT', url, payload: body as object }),
    delete: (url) => request({ method: 'DELETE', url }),
    csrfToken,
    cookie,
  };
}

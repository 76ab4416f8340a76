// `npm run bench -- request-cost`: the price of the application layer per request, as throughput of
// the partners list over real HTTP on loopback (autocannon in its own process, 10 connections): the
// app as production runs it (NODE_ENV=production, LOG_LEVEL=info, helmet, cookie session, membership,
// zod, presenter, serializer) against a bare Fastify route that replays the app's own list statements
// (captured at the driver) on a pool of the same size. Rounds alternate app and bare so that a noisy
// neighbour weighs on both alike. BENCH_PROFILE=app runs only the app's load (for `node --cpu-prof`).
import { randomUUID } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import { sql } from 'drizzle-orm';
import Fastify from 'fastify';
import pg from 'pg';
import { buildApp } from '../src/server/main';
import { addMember } from '../src/server/modules/members/members.service';
import { loadConfig } from '../src/server/platform/config';
import { openDatabase } from '../src/server/platform/db';
import { signInAs } from '../tests/test-app';
import { captureStatements, replay } from './captured-sql';
import { generateDataset } from './dataset';
import { measureThroughput, type Throughput } from './throughput';

const partners = Number(process.env.BENCH_PARTNERS ?? 10_000);
const rounds = Number(process.env.BENCH_ROUNDS ?? 3);
const loadSeconds = Number(process.env.BENCH_LOAD_SECONDS ?? 10);
const profileOnly = process.env.BENCH_PROFILE === 'app';
const adminUrl = process.env.BENCH_ADMIN_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const databaseName = `vinculo_rbench_${process.pid}`;

const admin = new pg.Client({ connectionString: adminUrl });
await admin.connect();
await admin.query(`create database ${databaseName}`);
const databaseUrl = adminUrl.replace(/\/[^/]*$/, `/${databaseName}`);
const database = await openDatabase({ databaseUrl });
try {
  await database.migrate();
  await generateDataset(database.db, {
    governments: 1,
    partnersPerGovernment: partners,
    linksPerGovernment: 1000,
    hasContacts: false,
  });
  const [government] = (
    (await database.db.execute(sql`select id from governments where slug = 'bench-1'`)) as unknown as {
      rows: { id: string }[];
    }
  ).rows;
  const governmentId = government!.id;
  const email = `bench-${randomUUID()}@prueba.gov.co`;
  await database.db.transaction((tx) =>
    addMember(
      tx,
      { governmentId, userId: null },
      { email, name: 'Bench', role: 'viewer', password: 'bench-password-long' },
      10,
    ),
  );
  // As production runs: logger on at info (requests themselves are logged at debug), helmet, no test mode.
  const config = loadConfig(
    {
      NODE_ENV: 'production',
      LOG_LEVEL: process.env.LOG_LEVEL ?? 'info',
      SESSION_SECRET: 'bench-secret-bench-secret-bench-secret',
      PASSWORD_HASH_COST: '10',
    },
    { webDistDir: '/nonexistent' },
  );
  const app = await buildApp({ config, database });
  await app.ready();
  // The same app with its logger off: what logging costs per request.
  const unlogged = await buildApp({ config, database, isLogging: false });
  await unlogged.ready();
  const unloggedAddress = await unlogged.listen({ host: '127.0.0.1', port: 0 });
  const client = await signInAs(app, email, 'bench-password-long');
  const url = `/api/governments/${governmentId}/partners`;
  const statements = await captureStatements(() => client.get(url));
  const address = await app.listen({ host: '127.0.0.1', port: 0 });
  const load = { seconds: loadSeconds, connections: 10 };

  const bare = Fastify();
  const barePool = new pg.Pool({ connectionString: databaseUrl, max: 10 });
  barePool.on('error', () => undefined);
  // The statements of the list itself (page and total); the session lookup is the app's own cost.
  const listStatements = statements.filter((statement) => !/"memberships"|"users"/.test(statement.text));
  bare.get('/partners', async () => {
    const [items, total] = await replay(barePool, listStatements);
    return { items: items?.rows, total: total?.rows[0] };
  });
  await bare.listen({ host: '127.0.0.1', port: 0 });
  const bareUrl = `http://127.0.0.1:${(bare.server.address() as AddressInfo).port}/partners`;

  const rows: string[] = [];
  const appRuns: number[] = [];
  const unloggedRuns: number[] = [];
  const bareRuns: number[] = [];
  const check = (run: Throughput | null) => {
    if (run && run.non2xx + run.errors > 0) throw new Error(`throughput run failed: ${JSON.stringify(run)}`);
    return run;
  };
  for (let round = 0; round < rounds; round += 1) {
    const headers = { cookie: client.cookie };
    const appRun = check(await measureThroughput(`${address}${url}`, { ...load, headers })) as Throughput;
    const unloggedRun = profileOnly
      ? null
      : check(await measureThroughput(`${unloggedAddress}${url}`, { ...load, headers }));
    const bareRun = profileOnly ? null : check(await measureThroughput(bareUrl, load));
    appRuns.push(appRun.requestsPerSecond);
    if (unloggedRun) unloggedRuns.push(unloggedRun.requestsPerSecond);
    if (bareRun) bareRuns.push(bareRun.requestsPerSecond);
    const ratio = (run: Throughput | null) =>
      bareRun && run ? `${(run.requestsPerSecond / bareRun.requestsPerSecond).toFixed(2)}×` : '—';
    rows.push(
      `| ${round + 1} | ${appRun.requestsPerSecond.toFixed(0)} | ${appRun.latencyMedianMs} | ${unloggedRun?.requestsPerSecond.toFixed(0) ?? '—'} | ${bareRun?.requestsPerSecond.toFixed(0) ?? '—'} | ${bareRun?.latencyMedianMs ?? '—'} | ${ratio(appRun)} | ${ratio(unloggedRun)} |`,
    );
    console.error(`  done: round ${round + 1}`);
  }
  const mean = (values: number[]) =>
    values.reduce((sum, value) => sum + value, 0) / Math.max(1, values.length);
  console.log(
    `\nPartners list (25 of ${partners}, by name, with total) of one government; ${statements.length} statements per app request besides the session lookup (${listStatements.length} replayed by the bare route); ${rounds} rounds of ${loadSeconds} s, 10 connections, the three servers alternated. Node ${process.version}.\n`,
  );
  console.log(
    '| round | app req/s | app median ms | app, logger off, req/s | bare Fastify + same SQL req/s | bare median ms | app / bare | app with logger off / bare |',
  );
  console.log('|---|---|---|---|---|---|---|---|');
  for (const row of rows) console.log(row);
  console.log(
    `| mean | ${mean(appRuns).toFixed(0)} | | ${mean(unloggedRuns).toFixed(0)} | ${mean(bareRuns).toFixed(0)} | | ${(mean(appRuns) / mean(bareRuns)).toFixed(2)}× | ${(mean(unloggedRuns) / mean(bareRuns)).toFixed(2)}× |`,
  );
  await bare.close();
  await barePool.end();
  await app.close();
  await unlogged.close();
} catch (error) {
  console.error(error);
  process.exitCode = 1;
} finally {
  await database.close();
  await admin.query(`drop database if exists ${databaseName} with (force)`);
  await admin.end();
}

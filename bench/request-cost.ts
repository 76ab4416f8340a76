// `npm run bench -- request-cost`: the price of the application layer per request, as throughput of
// the partners list over real HTTP on loopback (autocannon in its own process, 10 connections): the
// app as production runs it (NODE_ENV=production, LOG_LEVEL=info, helmet, cookie session, membership,
// zod, presenter, serializer) against a bare Fastify route that replays the app's own list statements
// (captured at the driver) on a pool of the same size. Each server is warmed up first (the first
// seconds of a cold process are spent compiling), then rounds alternate app and bare so that a noisy
// neighbour weighs on both alike. Beside throughput, the CPU each request costs: the Node process
// (process.cpuUsage) and the PostgreSQL backends of each side's pool (/proc/<pid>/stat, found by
// application_name): on a shared machine these are steadier than requests per second.
// BENCH_PROFILE=app runs only the app's load (for `node --cpu-prof`).
import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
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
const database = await openDatabase({ databaseUrl: `${databaseUrl}?application_name=bench-app` });
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
  const barePool = new pg.Pool({ connectionString: `${databaseUrl}?application_name=bench-bare`, max: 10 });
  barePool.on('error', () => undefined);
  // The statements of the list itself (page and total); the session lookup is the app's own cost.
  const listStatements = statements.filter((statement) => !/"memberships"|"users"/.test(statement.text));
  bare.get('/partners', async () => {
    const [items, total] = await replay(barePool, listStatements);
    return { items: items?.rows, total: total?.rows[0] };
  });
  await bare.listen({ host: '127.0.0.1', port: 0 });
  const bareUrl = `http://127.0.0.1:${(bare.server.address() as AddressInfo).port}/partners`;

  // CPU time (ms) of each PostgreSQL backend serving one side, read from /proc (same machine). Per
  // backend, because the pool closes idle connections and opens new ones between runs.
  const postgresCpuMs = async (applicationName: string) => {
    const { rows: backends } = await admin.query<{ pid: number }>(
      'select pid from pg_stat_activity where application_name = $1',
      [applicationName],
    );
    const byBackend = new Map<number, number>();
    for (const { pid } of backends) {
      try {
        const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]?.split(' ') ?? [];
        byBackend.set(pid, (Number(fields[11]) + Number(fields[12])) * 10); // utime + stime, USER_HZ 100
      } catch {
        // The backend ended between the two reads: it did no work of the run.
      }
    }
    return byBackend;
  };
  const postgresCpuSince = (before: Map<number, number>, after: Map<number, number>) =>
    [...after].reduce((sum, [pid, ms]) => sum + ms - (before.get(pid) ?? 0), 0);
  type Measured = Throughput & { nodeMsPerRequest: number; postgresMsPerRequest: number };
  const measure = async (target: string, applicationName: string, headers?: Record<string, string>) => {
    const postgresBefore = await postgresCpuMs(applicationName);
    const nodeBefore = process.cpuUsage();
    const run = await measureThroughput(target, { ...load, ...(headers ? { headers } : {}) });
    const node = process.cpuUsage(nodeBefore);
    const postgres = postgresCpuSince(postgresBefore, await postgresCpuMs(applicationName));
    if (run.non2xx + run.errors > 0) throw new Error(`throughput run failed: ${JSON.stringify(run)}`);
    const requests = Math.max(1, run.requestsPerSecond * loadSeconds);
    return {
      ...run,
      nodeMsPerRequest: (node.user + node.system) / 1000 / requests,
      postgresMsPerRequest: postgres / requests,
    } satisfies Measured;
  };
  const headers = { cookie: client.cookie };
  // Warm-up, not measured: the first seconds of each server compile its code.
  const warmUp = { seconds: Math.min(3, loadSeconds), connections: 10 };
  await measureThroughput(`${address}${url}`, { ...warmUp, headers });
  if (!profileOnly) {
    await measureThroughput(`${unloggedAddress}${url}`, { ...warmUp, headers });
    await measureThroughput(bareUrl, warmUp);
  }

  const rows: string[] = [];
  const appRuns: number[] = [];
  const unloggedRuns: number[] = [];
  const bareRuns: number[] = [];
  const appCpu: number[][] = [];
  const bareCpu: number[][] = [];
  for (let round = 0; round < rounds; round += 1) {
    const appRun = await measure(`${address}${url}`, 'bench-app', headers);
    const unloggedRun = profileOnly ? null : await measure(`${unloggedAddress}${url}`, 'bench-app', headers);
    const bareRun = profileOnly ? null : await measure(bareUrl, 'bench-bare');
    appRuns.push(appRun.requestsPerSecond);
    appCpu.push([appRun.nodeMsPerRequest, appRun.postgresMsPerRequest]);
    if (unloggedRun) unloggedRuns.push(unloggedRun.requestsPerSecond);
    if (bareRun) {
      bareRuns.push(bareRun.requestsPerSecond);
      bareCpu.push([bareRun.nodeMsPerRequest, bareRun.postgresMsPerRequest]);
    }
    const ratio = (run: Throughput | null) =>
      bareRun && run ? `${(run.requestsPerSecond / bareRun.requestsPerSecond).toFixed(2)}×` : '—';
    const cpu = (run: Measured | null) =>
      run ? `${run.nodeMsPerRequest.toFixed(2)} + ${run.postgresMsPerRequest.toFixed(2)}` : '—';
    rows.push(
      `| ${round + 1} | ${appRun.requestsPerSecond.toFixed(0)} | ${appRun.latencyMedianMs} | ${unloggedRun?.requestsPerSecond.toFixed(0) ?? '—'} | ${bareRun?.requestsPerSecond.toFixed(0) ?? '—'} | ${bareRun?.latencyMedianMs ?? '—'} | ${ratio(appRun)} | ${ratio(unloggedRun)} | ${cpu(appRun)} | ${cpu(bareRun)} |`,
    );
    console.error(`  done: round ${round + 1}`);
  }
  const mean = (values: number[]) =>
    values.reduce((sum, value) => sum + value, 0) / Math.max(1, values.length);
  console.log(
    `\nPartners list (25 of ${partners}, by name, with total) of one government; ${statements.length} statements per app request besides the session lookup (${listStatements.length} replayed by the bare route); ${rounds} rounds of ${loadSeconds} s, 10 connections, the three servers alternated. Node ${process.version}.\n`,
  );
  console.log(
    '| round | app req/s | app median ms | app, logger off, req/s | bare Fastify + same SQL req/s | bare median ms | app / bare | app with logger off / bare | app CPU ms/request: Node + PostgreSQL | bare CPU ms/request: Node + PostgreSQL |',
  );
  console.log('|---|---|---|---|---|---|---|---|---|---|');
  for (const row of rows) console.log(row);
  const meanCpu = (runs: number[][]) =>
    runs.length === 0
      ? '—'
      : `${mean(runs.map((run) => run[0] ?? 0)).toFixed(2)} + ${mean(runs.map((run) => run[1] ?? 0)).toFixed(2)}`;
  console.log(
    `| mean | ${mean(appRuns).toFixed(0)} | | ${mean(unloggedRuns).toFixed(0)} | ${mean(bareRuns).toFixed(0)} | | ${(mean(appRuns) / mean(bareRuns)).toFixed(2)}× | ${(mean(unloggedRuns) / mean(bareRuns)).toFixed(2)}× | ${meanCpu(appCpu)} | ${meanCpu(bareCpu)} |`,
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

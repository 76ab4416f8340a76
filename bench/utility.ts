// `npm run bench utility`: the social-utility home page (GET /utility/overview) for one government
// with 20,000 links, 50,000 commitments, 100,000 transactions and 10,000 measurements, through the
// real app (in-process HTTP: routing, auth, validation, the verdict rule over grouped facts,
// serialization) against the very SQL statements it sends, replayed raw on the same database in the
// same run, first with BENCH_GOVERNMENTS (10) governments of that size, then again after adding
// governments up to BENCH_SCALE_GOVERNMENTS (100): the instance-size case. Bounded iterations.
import { randomUUID } from 'node:crypto';
import { loadavg } from 'node:os';
import { sql } from 'drizzle-orm';
import pg from 'pg';
import { buildApp } from '../src/server/main';
import { addMember } from '../src/server/modules/members/members.service';
import { loadConfig } from '../src/server/platform/config';
import { openDatabase } from '../src/server/platform/db';
import { signInAs } from '../tests/test-app';
import { generateUtilityDataset } from './utility-dataset';

const iterations = Number(process.env.BENCH_ITERATIONS ?? 5);
const size = {
  governments: Number(process.env.BENCH_GOVERNMENTS ?? 10),
  links: Number(process.env.BENCH_LINKS ?? 20_000),
  commitments: Number(process.env.BENCH_COMMITMENTS ?? 50_000),
  transactions: Number(process.env.BENCH_TRANSACTIONS ?? 100_000),
  measurements: Number(process.env.BENCH_MEASUREMENTS ?? 10_000),
};
// The instance-size case: the same calls again after adding governments up to this number (0: skip),
// each of the sizes below (a quarter of the measured one by default, to keep the run within minutes).
const scaleGovernments = Number(process.env.BENCH_SCALE_GOVERNMENTS ?? 100);
const scaleSize = {
  governments: Math.max(0, scaleGovernments - size.governments),
  links: Number(process.env.BENCH_SCALE_LINKS ?? size.links / 4),
  commitments: Number(process.env.BENCH_SCALE_COMMITMENTS ?? size.commitments / 4),
  transactions: Number(process.env.BENCH_SCALE_TRANSACTIONS ?? size.transactions / 4),
  measurements: Number(process.env.BENCH_SCALE_MEASUREMENTS ?? size.measurements / 4),
};
const adminUrl = process.env.BENCH_ADMIN_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const databaseName = `vinculo_ubench_${process.pid}`;

function percentile(values: number[], fraction: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(fraction * sorted.length))] as number;
}

/** Warm-up, then API and raw alternated call by call, so that the machine's load weighs on both alike. */
async function timeSideBySide(api: () => Promise<unknown>, raw: () => Promise<unknown>) {
  for (let warmup = 0; warmup < 2; warmup += 1) {
    await api();
    await raw();
  }
  const apiSamples: number[] = [];
  const rawSamples: number[] = [];
  for (let index = 0; index < iterations; index += 1) {
    let start = performance.now();
    await api();
    apiSamples.push(performance.now() - start);
    start = performance.now();
    await raw();
    rawSamples.push(performance.now() - start);
  }
  return {
    api: percentile(apiSamples, 0.5),
    apiP95: percentile(apiSamples, 0.95),
    raw: percentile(rawSamples, 0.5),
  };
}

// Every statement the app's pool sends while `recording` is set, to replay it raw.
type Statement = { text: string; values: unknown[] };
let recording: Statement[] | null = null;
const originalQuery = pg.Pool.prototype.query;
pg.Pool.prototype.query = function patchedQuery(this: pg.Pool, ...args: unknown[]) {
  if (recording) {
    const [first, second] = args as [string | { text: string; values?: unknown[] }, unknown[] | undefined];
    recording.push(
      typeof first === 'string'
        ? { text: first, values: second ?? [] }
        : { text: first.text, values: first.values ?? second ?? [] },
    );
  }
  return (originalQuery as (...rest: unknown[]) => unknown).apply(this, args);
} as typeof pg.Pool.prototype.query;

const admin = new pg.Client({ connectionString: adminUrl });
await admin.connect();
await admin.query(`create database ${databaseName}`);
const databaseUrl = adminUrl.replace(/\/[^/]*$/, `/${databaseName}`);
const database = await openDatabase({ databaseUrl });
try {
  await database.migrate();
  const generationStart = performance.now();
  await generateUtilityDataset(database.db, size);
  const generationSeconds = (performance.now() - generationStart) / 1000;
  const [government] = (
    (await database.db.execute(sql`select id from governments where slug = 'ubench-1'`)) as unknown as {
      rows: { id: string }[];
    }
  ).rows;
  const governmentId = government!.id;
  const email = `bench-${randomUUID()}@prueba.gov.co`;
  await database.db.transaction((tx) =>
    addMember(
      tx,
      { governmentId, userId: null },
      { email, name: 'Bench', role: 'admin', password: 'bench-password-long' },
      10,
    ),
  );
  const config = loadConfig(
    { NODE_ENV: 'test', LOG_LEVEL: 'silent', SESSION_SECRET: 'bench-secret-bench-secret-bench-secret' },
    { webDistDir: '/nonexistent' },
  );
  const app = await buildApp({ config, database, isLogging: false });
  await app.ready();
  const client = await signInAs(app, email, 'bench-password-long');
  const base = `/api/governments/${governmentId}`;
  // The app's session settings (platform/db.ts), so that the replay runs the same plans.
  const raw = new pg.Pool({ connectionString: databaseUrl, max: 2, options: '-c jit=off' });
  raw.on('error', () => undefined);
  const [someLink] = (
    await raw.query(`select id from links where government_id = $1 and status = 'active' limit 1`, [
      governmentId,
    ])
  ).rows as { id: string }[];

  const cases = [
    {
      name: 'home overview (index, verdicts of 20k links, money, investment, reach, map)',
      url: `${base}/utility/overview`,
    },
    { name: 'links by verdict, first page, with counts', url: `${base}/utility/verdicts?kind=link` },
    { name: 'ledger of one link ("Qué ha producido")', url: `${base}/utility/links/${someLink!.id}/ledger` },
    { name: 'index of the government with its components', url: `${base}/utility/index` },
  ];
  type Measure = { statements: number; api: number; apiP95: number; raw: number };
  // The machine's load while each instance is measured, printed with the results.
  const loads: string[] = [];
  const loadNow = () =>
    loadavg()
      .map((value) => value.toFixed(1))
      .join(' / ');
  const measureAll = async () => {
    const measures: Measure[] = [];
    const loadBefore = loadNow();
    for (const benchCase of cases) {
      // Record the statements of one call, excluding the session lookup of authentication.
      recording = [];
      const response = await client.get(benchCase.url);
      if (response.statusCode !== 200)
        throw new Error(`${benchCase.url}: ${response.statusCode} ${response.body}`);
      const statements = recording.filter(
        (statement) => !/from "sessions"|from "memberships"|from "users"/.test(statement.text),
      );
      recording = null;
      const timed = await timeSideBySide(
        () => client.get(benchCase.url),
        async () => {
          for (const statement of statements) await raw.query(statement.text, statement.values);
        },
      );
      measures.push({ statements: statements.length, ...timed });
      console.error(`  done: ${benchCase.name}`);
    }
    loads.push(`${loadBefore} before, ${loadNow()} after`);
    return measures;
  };
  const countRows = async () =>
    (
      await raw.query(`select (select count(*) from governments)::int governments, (select count(*) from links)::int links,
        (select count(*) from commitments)::int commitments, (select count(*) from project_transactions)::int transactions,
        (select count(*) from measurements)::int measurements`)
    ).rows[0] as {
      governments: number;
      links: number;
      commitments: number;
      transactions: number;
      measurements: number;
    };
  const describeInstance = (counts: Awaited<ReturnType<typeof countRows>>) =>
    `${counts.governments} governments, ${counts.links} links, ${counts.commitments} commitments, ${counts.transactions} transactions, ${counts.measurements} measurements in all`;

  const small = await measureAll();
  const smallCounts = await countRows();
  let large: Measure[] | null = null;
  let largeCounts: typeof smallCounts | null = null;
  let scaleSeconds = 0;
  if (scaleSize.governments > 0) {
    const scaleStart = performance.now();
    await generateUtilityDataset(database.db, scaleSize, size.governments + 1);
    scaleSeconds = (performance.now() - scaleStart) / 1000;
    large = await measureAll();
    largeCounts = await countRows();
  }

  console.log(
    `\nMeasured government: ${size.links} links, ${size.commitments} commitments, ${size.transactions} transactions, ${size.measurements} measurements. ${iterations} iterations per case after 2 warm-up, API and raw alternated.`,
  );
  console.log(
    `Instance A: ${describeInstance(smallCounts)} (generated in ${generationSeconds.toFixed(0)} s).`,
  );
  if (largeCounts)
    console.log(
      `Instance B: ${describeInstance(largeCounts)} (the ${scaleSize.governments} added governments with ${scaleSize.links} links, ${scaleSize.commitments} commitments, ${scaleSize.transactions} transactions, ${scaleSize.measurements} measurements each, generated in ${scaleSeconds.toFixed(0)} s).`,
    );
  console.log(
    `Load average (1 / 5 / 15 min) while measuring A: ${loads[0]}${loads[1] ? `; B: ${loads[1]}` : ''}.`,
  );
  console.log(
    `PostgreSQL ${((await raw.query('show server_version')).rows[0] as { server_version: string }).server_version}, Node ${process.version}\n`,
  );
  console.log(
    '| case | SQL statements | A: API median ms | A: API p95 ms | A: same SQL raw ms | A: API / raw | B: API median ms | B: same SQL raw ms | B: API / raw | API B / A | raw B / A |',
  );
  console.log('|---|---|---|---|---|---|---|---|---|---|---|');
  cases.forEach((benchCase, index) => {
    const a = small[index] as Measure;
    const b = large?.[index];
    const cells = [
      benchCase.name,
      String(a.statements),
      a.api.toFixed(1),
      a.apiP95.toFixed(1),
      a.raw.toFixed(1),
      `${(a.api / a.raw).toFixed(2)}×`,
      b ? b.api.toFixed(1) : '—',
      b ? b.raw.toFixed(1) : '—',
      b ? `${(b.api / b.raw).toFixed(2)}×` : '—',
      b ? `${(b.api / a.api).toFixed(2)}×` : '—',
      b ? `${(b.raw / a.raw).toFixed(2)}×` : '—',
    ];
    console.log(`| ${cells.join(' | ')} |`);
  });
  await raw.end();
  await app.close();
} catch (error) {
  console.error(error);
  process.exitCode = 1;
} finally {
  await database.close();
  await admin.query(`drop database if exists ${databaseName} with (force)`);
  await admin.end();
}

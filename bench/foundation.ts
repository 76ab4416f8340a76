// `npm run bench`: the foundation slice on a generated large dataset, through the real app
// (in-process HTTP with routing, auth, validation and serialization) against the same query run
// raw on the same database, in the same run. Bounded: a fixed number of iterations per case.
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
import { captureStatements, replay, replayInSequence, type Statement } from './captured-sql';
import { generateDataset } from './dataset';
import { measureThroughput } from './throughput';

const iterations = Number(process.env.BENCH_ITERATIONS ?? 200);
const size = {
  governments: Number(process.env.BENCH_GOVERNMENTS ?? 10),
  partnersPerGovernment: Number(process.env.BENCH_PARTNERS ?? 10_000),
  linksPerGovernment: Number(process.env.BENCH_LINKS ?? 20_000),
};
// The scale case adds governments (partners and links, no contacts) up to this many.
const scaleGovernments = Number(process.env.BENCH_SCALE_GOVERNMENTS ?? 100);
const scaleLinks = Number(process.env.BENCH_SCALE_LINKS ?? 5_000);
const scaleIterations = Number(process.env.BENCH_SCALE_ITERATIONS ?? 50);
const loadSeconds = Number(process.env.BENCH_LOAD_SECONDS ?? 10);
const adminUrl = process.env.BENCH_ADMIN_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const databaseName = `vinculo_bench_${process.pid}`;

function percentile(values: number[], fraction: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(fraction * sorted.length))] as number;
}

async function time(work: () => Promise<unknown>, count = iterations): Promise<number[]> {
  for (let warmup = 0; warmup < 10; warmup += 1) await work();
  const samples: number[] = [];
  for (let index = 0; index < count; index += 1) {
    const start = performance.now();
    await work();
    samples.push(performance.now() - start);
  }
  return samples;
}

const admin = new pg.Client({ connectionString: adminUrl });
await admin.connect();
await admin.query(`create database ${databaseName}`);
const databaseUrl = adminUrl.replace(/\/[^/]*$/, `/${databaseName}`);
const database = await openDatabase({ databaseUrl });
try {
  await database.migrate();
  const generationStart = performance.now();
  await generateDataset(database.db, size);
  const generationSeconds = (performance.now() - generationStart) / 1000;
  const counts =
    (await database.db.execute(sql`select (select count(*) from partners)::int partners, (select count(*) from links)::int links,
    (select count(*) from link_parties)::int parties, (select count(*) from partner_contacts)::int contacts`)) as unknown as {
      rows: { partners: number; links: number; parties: number; contacts: number }[];
    };
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
  const raw = new pg.Pool({ connectionString: databaseUrl, max: 10 });
  // Dropping the database at the end ends idle connections: not an error of the benchmark.
  raw.on('error', () => undefined);
  const [somePartner] = (
    await raw.query('select id from partners where government_id = $1 limit 1', [governmentId])
  ).rows;

  // The raw side of each case replays the statements the API sent for it (captured at the driver),
  // side by side on a pool: the database work alone, with nothing of the application around it.
  const apiCases: { name: string; url: string }[] = [
    { name: 'partners: first page by name (25 of 10k) + total', url: `${base}/partners` },
    {
      name: 'partners: unaccented search "cooperacion bilbao"',
      url: `${base}/partners?q=cooperacion%20bilbao`,
    },
    { name: 'global search "medelin" (partners + links, misspelt, ranked)', url: `${base}/search?q=medelin` },
    {
      name: 'links: active, by end of validity (25 of 20k) + total + parties',
      url: `${base}/links?status=active&sort=validTo&direction=asc`,
    },
    { name: 'links expiring within 90 days (with parties)', url: `${base}/links-expiring?days=90` },
    { name: 'partner detail (contacts, relations, links)', url: `${base}/partners/${somePartner.id}` },
  ];
  const captured = new Map<string, Statement[]>();
  for (const apiCase of apiCases)
    captured.set(apiCase.url, await captureStatements(() => client.get(apiCase.url)));
  const cases = apiCases.map((apiCase) => {
    const statements = captured.get(apiCase.url) as Statement[];
    return {
      name: `${apiCase.name} [${statements.length} statements]`,
      api: () => client.get(apiCase.url),
      raw: () => replay(raw, statements),
    };
  });

  const rows: string[] = [];
  for (const benchCase of cases) {
    const apiSamples = await time(benchCase.api);
    const rawSamples = await time(benchCase.raw);
    const apiMedian = percentile(apiSamples, 0.5);
    const rawMedian = percentile(rawSamples, 0.5);
    rows.push(
      `| ${benchCase.name} | ${apiMedian.toFixed(2)} | ${percentile(apiSamples, 0.95).toFixed(2)} | ${rawMedian.toFixed(2)} | ${(apiMedian / rawMedian).toFixed(2)}× |`,
    );
    console.error(`  done: ${benchCase.name}`);
  }

  // A write: update a partner with its contacts, audit record and optimistic lock, versus a raw update.
  let version = 1;
  const writeApi = await time(async () => {
    const response = await client.put(`${base}/partners/${somePartner.id}`, {
      name: 'Agencia de Cooperación Bilbao (editada)',
      kind: 'cooperation_agency',
      countryCode: 'ES',
      tags: ['editada'],
      contacts: [{ name: 'Contacto', isPrimary: true }],
      version,
    });
    version = (response.json() as { version: number }).version;
  });
  const writeRaw = await time(() =>
    raw.query('update partners set name = $1, version = version + 1, updated_at = now() where id = $2', [
      'Agencia de Cooperación Bilbao (editada)',
      somePartner.id,
    ]),
  );
  rows.push(
    `| partner update with contacts + audit (transaction) vs bare UPDATE | ${percentile(writeApi, 0.5).toFixed(2)} | ${percentile(writeApi, 0.95).toFixed(2)} | ${percentile(writeRaw, 0.5).toFixed(2)} | ${(percentile(writeApi, 0.5) / percentile(writeRaw, 0.5)).toFixed(2)}× |`,
  );

  // Throughput over real HTTP on loopback: the app (cookie session, membership, zod, presenter,
  // serializer) against a bare Fastify route that runs the app's own partner-list statements.
  const partnerListStatements = captured.get(`${base}/partners`) as Statement[];
  const address = await app.listen({ host: '127.0.0.1', port: 0 });
  const bare = Fastify();
  const barePool = new pg.Pool({ connectionString: databaseUrl, max: 10 });
  barePool.on('error', () => undefined);
  bare.get('/partners', async () => {
    const [items, total] = await replay(barePool, partnerListStatements);
    return { items: items?.rows, total: total?.rows[0] };
  });
  await bare.listen({ host: '127.0.0.1', port: 0 });
  const bareUrl = `http://127.0.0.1:${(bare.server.address() as AddressInfo).port}/partners`;
  const load = { seconds: loadSeconds, connections: 10 };
  const throughputRows: string[] = [];
  const appRuns: number[] = [];
  const bareRuns: number[] = [];
  // Alternated, twice, so that a noisy neighbour on the machine colours both sides alike.
  for (let round = 0; round < 2; round += 1) {
    const appRun = await measureThroughput(`${address}${base}/partners`, {
      ...load,
      headers: { cookie: client.cookie },
    });
    const bareRun = await measureThroughput(bareUrl, load);
    if (appRun.non2xx + appRun.errors + bareRun.non2xx + bareRun.errors > 0)
      throw new Error(`throughput run failed: ${JSON.stringify({ appRun, bareRun })}`);
    appRuns.push(appRun.requestsPerSecond);
    bareRuns.push(bareRun.requestsPerSecond);
    throughputRows.push(
      `| ${round + 1} | ${appRun.requestsPerSecond.toFixed(0)} | ${appRun.latencyMedianMs} | ${bareRun.requestsPerSecond.toFixed(0)} | ${bareRun.latencyMedianMs} | ${(appRun.requestsPerSecond / bareRun.requestsPerSecond).toFixed(2)}× |`,
    );
    console.error(`  done: throughput round ${round + 1}`);
  }
  const mean = (values: number[]) => values.reduce((sum, value) => sum + value, 0) / values.length;
  await bare.close();
  await barePool.end();

  // Search as the instance grows: the same tenant's searches with 10 governments, then with 100.
  // The raw side also runs with the indexes as they were before (GIN over every government),
  // built and dropped inside a transaction that is rolled back.
  const searchCases = [
    { name: 'partners: search "cooperacion bilbao"', url: `${base}/partners?q=cooperacion%20bilbao` },
    { name: 'global search "medelin"', url: `${base}/search?q=medelin` },
  ];
  const globalIndexes = `
    create index bench_partners_search_global on partners using gin (search_vector);
    create index bench_partners_trgm_global on partners using gin (f_unaccent(lower(name)) gin_trgm_ops);
    create index bench_links_search_global on links using gin (search_vector);
    create index bench_links_trgm_global on links using gin (f_unaccent(lower(title)) gin_trgm_ops);
    drop index partners_government_search_idx, partners_government_name_trgm_idx,
      links_government_search_idx, links_government_title_trgm_idx;`;
  async function measureSearches() {
    const statements = [];
    const api: number[] = [];
    const rawMedians: number[] = [];
    const rawGlobal: number[] = [];
    for (const searchCase of searchCases) {
      statements.push(await captureStatements(() => client.get(searchCase.url)));
      api.push(percentile(await time(() => client.get(searchCase.url), scaleIterations), 0.5));
    }
    const connection = await raw.connect();
    try {
      for (const caseStatements of statements)
        rawMedians.push(
          percentile(await time(() => replayInSequence(connection, caseStatements), scaleIterations), 0.5),
        );
      await connection.query('begin');
      await connection.query(globalIndexes);
      for (const caseStatements of statements)
        rawGlobal.push(
          percentile(await time(() => replayInSequence(connection, caseStatements), scaleIterations), 0.5),
        );
      await connection.query('rollback');
    } finally {
      connection.release();
    }
    return searchCases.map((_, index) => ({
      api: api[index] as number,
      raw: rawMedians[index] as number,
      rawGlobal: rawGlobal[index] as number,
    }));
  }
  const atTen = await measureSearches();
  console.error(`  done: searches with ${size.governments} governments`);
  const scaleStart = performance.now();
  if (scaleGovernments > size.governments) {
    await generateDataset(database.db, {
      governments: scaleGovernments - size.governments,
      firstGovernment: size.governments + 1,
      partnersPerGovernment: size.partnersPerGovernment,
      linksPerGovernment: scaleLinks,
      hasContacts: false,
    });
  }
  const scaleSeconds = (performance.now() - scaleStart) / 1000;
  const atHundred = await measureSearches();
  console.error(`  done: searches with ${scaleGovernments} governments`);

  const count = counts.rows[0]!;
  console.log(
    `\nDataset: ${count.partners} partners, ${count.contacts} contacts, ${count.links} links, ${count.parties} link parties in ${size.governments} governments (generated in ${generationSeconds.toFixed(1)} s); ${iterations} iterations per case after 10 warm-up.`,
  );
  console.log(
    `PostgreSQL ${((await raw.query('show server_version')).rows[0] as { server_version: string }).server_version}, Node ${process.version}\n`,
  );
  console.log("| case | API median ms | API p95 ms | raw SQL median ms (the API's statements) | API / raw |");
  console.log('|---|---|---|---|---|');
  for (const row of rows) console.log(row);

  console.log(
    `\nThroughput of the partners list over HTTP on loopback (autocannon, ${load.connections} connections, ${load.seconds} s per run):\n`,
  );
  console.log(
    '| round | app req/s | app median ms | bare Fastify + same SQL req/s | bare median ms | app / bare |',
  );
  console.log('|---|---|---|---|---|---|');
  for (const row of throughputRows) console.log(row);
  console.log(
    `| mean | ${mean(appRuns).toFixed(0)} | | ${mean(bareRuns).toFixed(0)} | | ${(mean(appRuns) / mean(bareRuns)).toFixed(2)}× |`,
  );

  console.log(
    `\nSearch with ${size.governments} and with ${scaleGovernments} governments (the other ${scaleGovernments - size.governments}: ${size.partnersPerGovernment} partners and ${scaleLinks} links each, added in ${scaleSeconds.toFixed(1)} s); raw = the API's statements in sequence on one connection:\n`,
  );
  console.log(
    `| case | API ms (${size.governments} gov.) | API ms (${scaleGovernments}) | API ${scaleGovernments}/${size.governments} | raw, indexes led by government (${size.governments} / ${scaleGovernments}) | ratio | raw, GIN over all governments as before (${size.governments} / ${scaleGovernments}) | ratio |`,
  );
  console.log('|---|---|---|---|---|---|---|---|');
  searchCases.forEach((searchCase, index) => {
    const ten = atTen[index]!;
    const hundred = atHundred[index]!;
    console.log(
      `| ${searchCase.name} | ${ten.api.toFixed(2)} | ${hundred.api.toFixed(2)} | ${(hundred.api / ten.api).toFixed(2)}× | ${ten.raw.toFixed(2)} / ${hundred.raw.toFixed(2)} | ${(hundred.raw / ten.raw).toFixed(2)}× | ${ten.rawGlobal.toFixed(2)} / ${hundred.rawGlobal.toFixed(2)} | ${(hundred.rawGlobal / ten.rawGlobal).toFixed(2)}× |`,
    );
  });
  await raw.end();
  await app.close();
} finally {
  await database.close();
  await admin.query(`drop database if exists ${databaseName} with (force)`);
  await admin.end();
}

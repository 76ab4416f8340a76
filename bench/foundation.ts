// `npm run bench`: the foundation slice on a generated large dataset, through the real app
// (in-process HTTP with routing, auth, validation and serialization) against the same query run
// raw on the same database, in the same run. Bounded: a fixed number of iterations per case.
import { randomUUID } from 'node:crypto';
import { sql } from 'drizzle-orm';
import pg from 'pg';
import { buildApp } from '../src/server/main';
import { addMember } from '../src/server/modules/members/members.service';
import { loadConfig } from '../src/server/platform/config';
import { openDatabase } from '../src/server/platform/db';
import { signInAs } from '../tests/test-app';
import { generateDataset } from './dataset';

const iterations = Number(process.env.BENCH_ITERATIONS ?? 200);
const size = {
  governments: Number(process.env.BENCH_GOVERNMENTS ?? 10),
  partnersPerGovernment: Number(process.env.BENCH_PARTNERS ?? 10_000),
  linksPerGovernment: Number(process.env.BENCH_LINKS ?? 20_000),
};
const adminUrl = process.env.BENCH_ADMIN_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const databaseName = `vinculo_bench_${process.pid}`;

/** The match predicate the app uses (full text, word similarity, substring), for a like-for-like raw query. */
function rawMatch(column: string): string {
  return `(search_vector @@ websearch_to_tsquery('es_unaccent', $2) or f_unaccent(lower($2)) <% f_unaccent(lower(${column}))
    or f_unaccent(lower(${column})) like '%' || f_unaccent(lower($2)) || '%')`;
}

function percentile(values: number[], fraction: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(fraction * sorted.length))] as number;
}

async function time(work: () => Promise<unknown>): Promise<number[]> {
  for (let warmup = 0; warmup < 10; warmup += 1) await work();
  const samples: number[] = [];
  for (let index = 0; index < iterations; index += 1) {
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
  const raw = new pg.Pool({ connectionString: databaseUrl, max: 2 });
  const [somePartner] = (
    await raw.query('select id from partners where government_id = $1 limit 1', [governmentId])
  ).rows;

  const cases: { name: string; api: () => Promise<unknown>; raw: () => Promise<unknown> }[] = [
    {
      name: 'partners: first page by name (25 of 10k) + total',
      api: () => client.get(`${base}/partners`),
      raw: () =>
        Promise.all([
          raw.query(
            `select p.*, (select count(distinct lp.link_id) from link_parties lp join links l on l.id = lp.link_id and l.archived_at is null where lp.partner_id = p.id) link_count
             from partners p where government_id = $1 and archived_at is null order by lower(name), id limit 25`,
            [governmentId],
          ),
          raw.query('select count(*) from partners where government_id = $1 and archived_at is null', [
            governmentId,
          ]),
        ]),
    },
    {
      name: 'partners: unaccented search "cooperacion bilbao" (same predicate as the app)',
      api: () => client.get(`${base}/partners?q=cooperacion%20bilbao`),
      raw: () =>
        Promise.all([
          raw.query(
            `select * from partners where government_id = $1 and archived_at is null and ${rawMatch('name')} order by lower(name), id limit 25`,
            [governmentId, 'cooperacion bilbao'],
          ),
          raw.query(
            `select count(*) from partners where government_id = $1 and archived_at is null and ${rawMatch('name')}`,
            [governmentId, 'cooperacion bilbao'],
          ),
        ]),
    },
    {
      name: 'global search "medelin" (partners + links, misspelt)',
      api: () => client.get(`${base}/search?q=medelin`),
      raw: () =>
        Promise.all([
          raw.query(
            `select id, name from partners where government_id = $1 and archived_at is null and ${rawMatch('name')} limit 10`,
            [governmentId, 'medelin'],
          ),
          raw.query(
            `select id, title from links where government_id = $1 and archived_at is null and ${rawMatch('title')} limit 10`,
            [governmentId, 'medelin'],
          ),
        ]),
    },
    {
      name: 'links: active, by end of validity (25 of 20k) + total',
      api: () => client.get(`${base}/links?status=active&sort=validTo&direction=asc`),
      raw: () =>
        Promise.all([
          raw.query(
            `select * from links where government_id = $1 and archived_at is null and status = 'active' order by valid_to asc nulls last, id limit 25`,
            [governmentId],
          ),
          raw.query(
            `select count(*) from links where government_id = $1 and archived_at is null and status = 'active'`,
            [governmentId],
          ),
        ]),
    },
    {
      name: 'links expiring within 90 days',
      api: () => client.get(`${base}/links-expiring?days=90`),
      raw: () =>
        raw.query(
          `select * from links where government_id = $1 and archived_at is null and status in ('signed','active','dormant')
           and valid_to between current_date and current_date + 90 order by valid_to, title`,
          [governmentId],
        ),
    },
    {
      name: 'partner detail (contacts, relations, links)',
      api: () => client.get(`${base}/partners/${somePartner.id}`),
      raw: () =>
        Promise.all([
          raw.query('select * from partners where id = $1 and government_id = $2', [
            somePartner.id,
            governmentId,
          ]),
          raw.query('select * from partner_contacts where partner_id = $1', [somePartner.id]),
          raw.query(
            'select l.id, l.title from link_parties lp join links l on l.id = lp.link_id where lp.partner_id = $1',
            [somePartner.id],
          ),
        ]),
    },
  ];

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

  const count = counts.rows[0]!;
  console.log(
    `\nDataset: ${count.partners} partners, ${count.contacts} contacts, ${count.links} links, ${count.parties} link parties in ${size.governments} governments (generated in ${generationSeconds.toFixed(1)} s); ${iterations} iterations per case after 10 warm-up.`,
  );
  console.log(
    `PostgreSQL ${((await raw.query('show server_version')).rows[0] as { server_version: string }).server_version}, Node ${process.version}\n`,
  );
  console.log('| case | API median ms | API p95 ms | raw SQL median ms | API / raw |');
  console.log('|---|---|---|---|---|');
  for (const row of rows) console.log(row);
  await raw.end();
  await app.close();
} finally {
  await database.close();
  await admin.query(`drop database if exists ${databaseName} with (force)`);
  await admin.end();
}

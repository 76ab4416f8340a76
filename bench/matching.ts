// Matching benchmark (issue 4): time to rank 10,000 offers for one demand, through the API and as the
// raw candidate query, on PostgreSQL. Bounded: a fixed number of iterations.
import { randomUUID } from 'node:crypto';
import { sql } from 'drizzle-orm';
import pg from 'pg';
import { buildApp } from '../src/server/main';
import { addMember } from '../src/server/modules/members/members.service';
import { loadConfig } from '../src/server/platform/config';
import { openDatabase } from '../src/server/platform/db';
import { signInAs } from '../tests/test-app';

const offerCount = Number(process.env.BENCH_OFFERS ?? 10_000);
const iterations = Number(process.env.BENCH_ITERATIONS ?? 100);
const adminUrl = process.env.BENCH_ADMIN_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const databaseName = `vinculo_bench_matching_${process.pid}`;

const median = (values: number[]) =>
  [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] as number;
const p95 = (values: number[]) =>
  [...values].sort((a, b) => a - b)[Math.floor(values.length * 0.95)] as number;

async function time(work: () => Promise<unknown>) {
  for (let warmup = 0; warmup < 5; warmup += 1) await work();
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
  const { db } = database;
  const [government] = (
    (await db.execute(sql`insert into governments (slug, name, kind, country_code, reporting_currency, timezone)
      values ('bench-matching', 'Medellín (banco de pruebas)', 'municipality', 'CO', 'COP', 'America/Bogota') returning id`)) as unknown as {
      rows: { id: string }[];
    }
  ).rows;
  const governmentId = government!.id;
  const [donor] = (
    (await db.execute(
      sql`insert into partners (government_id, name, kind) values (${governmentId}, 'Banco de desarrollo', 'multilateral') returning id`,
    )) as unknown as { rows: { id: string }[] }
  ).rows;
  const generationStart = performance.now();
  // A varied catalogue: sectors, targets, modalities, amounts and deadlines cycle with different
  // periods, so that offers differ as real calls do instead of repeating five templates.
  await db.execute(sql`
    insert into cooperation_offers (government_id, kind, title, description, donor_partner_id, currency, amount_min_minor, amount_max_minor,
      modalities, sectors, sdg_targets, eligible_countries, eligible_government_kinds, deadline, status)
    select ${governmentId}, 'call',
      (array['Convocatoria de movilidad', 'Programa de agua potable', 'Fondo de cultura', 'Cooperación técnica en seguridad', 'Energía renovable urbana', 'Innovación y empleo joven', 'Gestión del riesgo'])[1 + o % 7] || ' ' || o,
      (array['Cable aéreo y buses eléctricos para barrios de ladera', 'Acueductos veredales y saneamiento', 'Festivales, bibliotecas y artes escénicas', 'Prevención de la violencia juvenil con deporte', 'Paneles solares en colegios públicos', 'Formación digital y emprendimiento', 'Alertas tempranas de inundación'])[1 + o % 7]
        || ' ' || (array['en ciudades de ladera', 'para gobiernos locales', 'con enfoque de género', 'en zonas rurales', 'para áreas metropolitanas'])[1 + o % 5],
      ${donor!.id}, 'USD', (o % 97) * 1000000, 200000000 + (o % 89) * 10000000,
      array[(array['financial','technical','in_kind','south_south','decentralised'])[1 + o % 5]],
      array[(array['21020','14030','16061','15220','23210','21050','14031','16062','15210','23230','25010','32130','43030'])[1 + o % 13],
            (array['21020','14030','16061','15220','23210','21050','14031','16062','15210','23230','25010','32130','43030'])[1 + (o / 13) % 13]],
      array[(array['11.2','6.1','11.4','16.1','7.2','8.3','11.5','13.1','9.1','4.4','5.5'])[1 + o % 11]],
      case when o % 7 = 0 then array['PE','EC'] else array['CO','MX','PE'] end,
      case when o % 17 = 0 then array['state'] else array['municipality','city'] end,
      current_date + (o % 400) - 30, 'open'
    from generate_series(1, ${offerCount}) o`);
  await db.execute(sql`analyze cooperation_offers`);
  const generationSeconds = (performance.now() - generationStart) / 1000;
  const email = `bench-${randomUUID()}@prueba.gov.co`;
  await db.transaction((tx) =>
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
  const demand = (
    await client.post(`${base}/demands`, {
      title: 'Cable aéreo para las laderas de Manrique',
      description: 'Movilidad sostenible por cable para barrios de ladera; buses eléctricos alimentadores.',
      sectors: ['21020', '21050'],
      sdgTargets: ['11.2'],
      modalities: ['financial'],
      amountSoughtMinor: 300_000_000,
      currency: 'USD',
    })
  ).json() as { id: string };
  const raw = new pg.Pool({ connectionString: databaseUrl, max: 2 });
  // The naive alternative: read every offer and rank every text against the demand in SQL.
  const rawQuery = `select o.*, coalesce(ts_rank_cd(o.search_vector, (select to_tsquery('es_unaccent', array_to_string(array(
      select quote_literal(l) from unnest(tsvector_to_array(d.search_vector)) l), ' | ')) from cooperation_demands d where d.id = $2), 32), 0) similarity
    from cooperation_offers o where o.government_id = $1 and o.archived_at is null and o.kind <> 'own_good_practice'`;
  const apiSamples = await time(async () => {
    const response = await client.get(`${base}/demands/${demand.id}/matches?limit=20`);
    if (response.statusCode !== 200) throw new Error(response.body);
  });
  const rawSamples = await time(() => raw.query(rawQuery, [governmentId, demand.id]));
  const check = (await client.get(`${base}/demands/${demand.id}/matches?limit=3`)).json() as {
    evaluated: number;
    items: { score: number }[];
  };
  console.log(
    `\nMatching: ${check.evaluated} offers evaluated for one demand (generated in ${generationSeconds.toFixed(1)} s), ${iterations} iterations after 5 warm-up; best scores ${check.items.map((item) => item.score).join(', ')}.`,
  );
  console.log('| case | median ms | p95 ms |');
  console.log('|---|---|---|');
  console.log(
    `| rank ${offerCount} offers for a demand through the API (score every offer, sort, explain top 20) | ${median(apiSamples).toFixed(2)} | ${p95(apiSamples).toFixed(2)} |`,
  );
  console.log(
    `| raw SQL: every offer read with its text similarity ranked in the database (no scoring) | ${median(rawSamples).toFixed(2)} | ${p95(rawSamples).toFixed(2)} |`,
  );
  console.log(`| API / raw | ${(median(apiSamples) / median(rawSamples)).toFixed(2)}× | |`);
  await raw.end();
  await app.close();
} finally {
  await database.close();
  await admin.query(`drop database if exists ${databaseName} with (force)`);
  await admin.end();
}

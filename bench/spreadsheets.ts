// `npm run bench -- spreadsheets`: importing partners with contacts from XLSX (preview, then apply
// in one transaction) and exporting links to XLSX, each case in a fresh process on a throwaway
// PostgreSQL database, with time, throughput and peak memory (RSS and heap sampled every 20 ms);
// the file to import is written beforehand by a process of its own.
// Import: 10,000 and 50,000 partners; export: 10,000 and 100,000 links. Memory should not grow
// with the file. Settings: BENCH_ADMIN_URL, BENCH_SHEETS_IMPORT (e.g. "10000,50000"),
// BENCH_SHEETS_EXPORT (e.g. "10000,100000"; empty: none), BENCH_SHEETS_LIVE_HEAP=1 (the heap in use
// after a full collection every 500 ms: what the import holds, without V8's uncollected garbage).

import { spawnSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { createWriteStream, mkdtempSync, rmSync, statSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { count as countRows, sql } from 'drizzle-orm';
import pg from 'pg';
import { partnerKinds } from '../src/contracts/partners';
import { partners } from '../src/server/db/schema';
import { linksSheet } from '../src/server/modules/spreadsheets/registries/links.sheet';
import { partnersSheet } from '../src/server/modules/spreadsheets/registries/partners.sheet';
import { exportCell } from '../src/server/modules/spreadsheets/sheet-columns';
import { createSheetWriter } from '../src/server/modules/spreadsheets/sheet-writer';
import { sheetLayout, writeExport } from '../src/server/modules/spreadsheets/spreadsheets.export';
import { applyImport, previewImport } from '../src/server/modules/spreadsheets/spreadsheets.import';
import { insertGovernment } from '../src/server/modules/territory/territory.queries';
import { openDatabase } from '../src/server/platform/db';
import type { TenantContext } from '../src/server/platform/tenancy';

const benchFile = fileURLToPath(import.meta.url);
const adminUrl = process.env.BENCH_ADMIN_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const mb = 1024 * 1024;

type Peak = { rss: number; heap: number; live: number | null };
/** With BENCH_SHEETS_LIVE_HEAP=1: a full collection every 500 ms, then the heap still in use. */
const measuresLiveHeap = process.env.BENCH_SHEETS_LIVE_HEAP === '1';
function sampleMemory() {
  const peak: Peak = { rss: 0, heap: 0, live: null };
  const sample = () => {
    const usage = process.memoryUsage();
    peak.rss = Math.max(peak.rss, usage.rss);
    peak.heap = Math.max(peak.heap, usage.heapUsed);
  };
  // Peak RSS and heap include garbage V8 has not collected yet (it collects later as a run lasts
  // longer); the live heap is what the import really holds.
  const sampleLive = () => {
    global.gc?.();
    peak.live = Math.max(peak.live ?? 0, process.memoryUsage().heapUsed);
  };
  sample();
  const timer = setInterval(sample, 20);
  const liveTimer = measuresLiveHeap ? setInterval(sampleLive, 500) : null;
  return {
    stop() {
      clearInterval(timer);
      if (liveTimer) clearInterval(liveTimer);
      sample();
      return peak;
    },
  };
}

async function withDatabase<T>(
  run: (db: Awaited<ReturnType<typeof openDatabase>>['db'], context: TenantContext) => Promise<T>,
) {
  const name = `vinculo_sheets_bench_${process.pid}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`create database ${name}`);
  const database = await openDatabase({ databaseUrl: adminUrl.replace(/\/[^/]*$/, `/${name}`) });
  try {
    await database.migrate();
    const government = await insertGovernment(database.db, {
      slug: 'bench-sheets',
      name: 'Bench Sheets',
      kind: 'municipality',
      countryCode: 'CO',
      population: 1,
      languages: ['es'],
      reportingCurrency: 'COP',
      timezone: 'America/Bogota',
    });
    return await run(database.db, { governmentId: government.id, userId: randomUUID(), role: 'admin' });
  } finally {
    await database.close();
    await admin.query(`drop database if exists ${name} with (force)`).catch(() => undefined);
    await admin.end();
  }
}

const countries = ['ES', 'FR', 'DE', 'IT', 'PT', 'MX', 'AR', 'CL', 'PE', 'US', 'CA', 'JP', 'KR', 'BR', 'CO'];

/** An XLSX of `count` partners, each with one contact, written with the export's own streaming writer. */
async function writePartnersFile(file: string, count: number) {
  const output = createWriteStream(file);
  const writer = createSheetWriter('xlsx', output, sheetLayout(partnersSheet, 'es'), 'es');
  for (let index = 0; index < count; index += 1) {
    const values: Record<string, unknown> = {
      name: `Contraparte de prueba ${index}`,
      kind: partnerKinds[index % partnerKinds.length],
      countryCode: countries[index % countries.length],
      city: `Ciudad ${index % 500}`,
      latitude: (index % 170) - 85 + 0.5,
      longitude: (index % 350) - 175 + 0.25,
      website: `https://socio-${index}.example.org`,
      tags: ['bench'],
      notes: 'Registrada por el banco de pruebas de hojas de cálculo.',
      'contact.name': `Persona ${index}`,
      'contact.position': 'Coordinación internacional',
      'contact.email': `persona${index}@socio-${index}.example.org`,
      'contact.channel': 'email',
      'contact.isPrimary': true,
    };
    await writer.addRow(
      partnersSheet.columns.map((column) =>
        exportCell(column, (values[column.field] ?? null) as Parameters<typeof exportCell>[1], 'es'),
      ),
    );
  }
  await writer.finish();
  await new Promise<void>((resolve) => output.on('close', () => resolve()));
}

async function importCase(count: number) {
  const directory = mkdtempSync(path.join(tmpdir(), 'vinculo-sheets-bench-'));
  try {
    const file = path.join(directory, 'partners.xlsx');
    // Written by another process: the writer's own memory (its shared-strings table) is not the
    // import's, and this process's RSS would keep it.
    const writing = spawnSync(
      process.execPath,
      ['--import', 'tsx', benchFile, '--write', String(count), file],
      {
        encoding: 'utf8',
        env: process.env,
      },
    );
    if (writing.status !== 0) throw new Error(`writing ${count} partners failed: ${writing.stderr}`);
    const bytes = statSync(file).size;
    return await withDatabase(async (db, context) => {
      global.gc?.();
      const previewMemory = sampleMemory();
      let start = performance.now();
      const preview = await previewImport(db, context, partnersSheet, { path: file, format: 'xlsx' }, 'es');
      const previewSeconds = (performance.now() - start) / 1000;
      const previewPeak = previewMemory.stop();
      if (preview.counts.add !== count || preview.counts.errors !== 0)
        throw new Error(
          `unexpected preview: ${JSON.stringify(preview.counts)} ${JSON.stringify(preview.preview.errors.slice(0, 5))}`,
        );
      global.gc?.();
      const applyMemory = sampleMemory();
      start = performance.now();
      const result = await db.transaction((tx) =>
        applyImport(tx, context, partnersSheet, { path: file, format: 'xlsx' }, 'es', 'add', () => undefined),
      );
      const applySeconds = (performance.now() - start) / 1000;
      const applyPeak = applyMemory.stop();
      const [written] = await db.select({ n: countRows() }).from(partners);
      if (result.added !== count || written?.n !== count) throw new Error('not every partner was written');
      return { count, bytes, previewSeconds, previewPeak, applySeconds, applyPeak };
    });
  } finally {
    rmSync(directory, { recursive: true, force: true });
  }
}

async function exportCase(count: number) {
  const directory = mkdtempSync(path.join(tmpdir(), 'vinculo-sheets-bench-'));
  try {
    return await withDatabase(async (db, context) => {
      // Seeded in SQL: 1,000 partners and `count` links, each with one party.
      await db.execute(sql`insert into partners (government_id, name, kind, country_code)
        select ${context.governmentId}, 'Socio ' || n, 'city_government', 'ES' from generate_series(1, 1000) n`);
      await db.execute(sql`insert into links (government_id, title, kind, status, signed_on, valid_from, valid_to, themes)
        select ${context.governmentId}, 'Vínculo de prueba ' || n, 'memorandum_of_understanding', 'active',
          date '2024-01-01' + (n % 365), date '2024-01-01' + (n % 365), date '2028-01-01' + (n % 365), '{cultural}'
        from generate_series(1, ${count}) n`);
      await db.execute(sql`insert into link_parties (government_id, link_id, partner_id, role)
        select l.government_id, l.id, p.id, 'counterpart' from links l
        join lateral (select id from partners where government_id = l.government_id order by id offset (abs(hashtext(l.id::text)) % 1000) limit 1) p on true`);
      await db.execute(sql`analyze`);
      const file = path.join(directory, 'links.xlsx');
      global.gc?.();
      const memory = sampleMemory();
      const start = performance.now();
      const output = createWriteStream(file);
      const closed = new Promise<void>((resolve) => output.on('close', () => resolve()));
      const rows = await writeExport(db, context, linksSheet, {}, 'xlsx', 'es', output);
      await closed;
      const seconds = (performance.now() - start) / 1000;
      const peak = memory.stop();
      if (rows !== count) throw new Error(`exported ${rows} rows, expected ${count}`);
      return { count, bytes: statSync(file).size, seconds, peak };
    });
  } finally {
    rmSync(directory, { recursive: true, force: true });
  }
}

const mode = process.argv[2];
if (mode === '--write') {
  await writePartnersFile(String(process.argv[4]), Number(process.argv[3]));
  process.exit(0);
}
if (mode === '--import' || mode === '--export') {
  const count = Number(process.argv[3]);
  const result = mode === '--import' ? await importCase(count) : await exportCase(count);
  process.stdout.write(JSON.stringify(result));
  process.exit(0);
}

function child(flag: string, count: number) {
  const run = spawnSync(
    process.execPath,
    ['--expose-gc', '--import', 'tsx', benchFile, flag, String(count)],
    {
      encoding: 'utf8',
      env: process.env,
      maxBuffer: 16 * mb,
    },
  );
  if (run.status !== 0) throw new Error(`${flag} ${count} failed: ${run.stderr}`);
  return JSON.parse(run.stdout.trim().split('\n').pop() ?? '{}');
}

const megabytes = (bytes: number) => (bytes / mb).toFixed(0);
const importCounts = (process.env.BENCH_SHEETS_IMPORT ?? '10000,50000')
  .split(',')
  .filter(Boolean)
  .map(Number);
const exportCounts = (process.env.BENCH_SHEETS_EXPORT ?? '10000,100000')
  .split(',')
  .filter(Boolean)
  .map(Number);
console.log(`load average at start: ${loadavg()[0]?.toFixed(1)}\n`);
console.log(
  `| import (partners + 1 contact each, XLSX) | file MB | phase | seconds | rows/s | peak RSS MB | peak heap MB |${measuresLiveHeap ? ' peak live heap MB |' : ''}`,
);
console.log(`|---|---|---|---|---|---|---|${measuresLiveHeap ? '---|' : ''}`);
for (const count of importCounts) {
  const result = child('--import', count);
  for (const phase of ['preview', 'apply'] as const) {
    const seconds = result[`${phase}Seconds`] as number;
    const peak = result[`${phase}Peak`] as Peak;
    console.log(
      `| ${count.toLocaleString('en')} | ${(result.bytes / mb).toFixed(1)} | ${phase} | ${seconds.toFixed(1)} | ${Math.round(count / seconds)} | ${megabytes(peak.rss)} | ${megabytes(peak.heap)} |${peak.live === null ? '' : ` ${megabytes(peak.live)} |`}`,
    );
  }
}
console.log(
  '\n| export (links + 1 party each, XLSX) | file MB | seconds | rows/s | peak RSS MB | peak heap MB |',
);
console.log('|---|---|---|---|---|---|');
for (const count of exportCounts) {
  const result = child('--export', count);
  console.log(
    `| ${count.toLocaleString('en')} | ${(result.bytes / mb).toFixed(1)} | ${result.seconds.toFixed(1)} | ${Math.round(count / result.seconds)} | ${megabytes(result.peak.rss)} | ${megabytes(result.peak.heap)} |`,
  );
}

// Where the embedded server's memory goes: `npx tsx bench/pglite-memory.ts [data-dir]`. Opens PGlite
// as the app does (in a fresh folder, loading the demo, unless one is given), then prints the
// process's resident memory split into the V8 heap, the WebAssembly memory of PostgreSQL and the rest,
// with the PostgreSQL memory settings. Not part of `npm test`.
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { sql } from 'drizzle-orm';
import { seedDemo } from '../src/cli/seed-demo';
import { openDatabase } from '../src/server/platform/db';

const megabytes = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(0)} MB`;
const dataDir = process.argv[2] ?? mkdtempSync(path.join(tmpdir(), 'vinculo-memory-'));
const database = await openDatabase({ dataDir });
await database.migrate();
await seedDemo(database.db, { password: 'demo-password-for-memory', passwordHashCost: 10 });
global.gc?.();
const usage = process.memoryUsage();
const settings = (await database.db.execute(
  sql`select name, setting, unit from pg_settings where name in ('shared_buffers', 'work_mem', 'maintenance_work_mem', 'wal_buffers', 'temp_buffers', 'effective_cache_size') order by name`,
)) as unknown as { rows: { name: string; setting: string; unit: string | null }[] };
// PGlite keeps its Emscripten module as `mod`; its heap is the WebAssembly memory of PostgreSQL.
const client = (database.db as unknown as { $client: { mod?: { HEAPU8?: Uint8Array } } }).$client;
const wasmBytes = client.mod?.HEAPU8?.byteLength ?? Number.NaN;
console.log(`| measure | value |\n|---|---|`);
console.log(`| resident set (RSS) | ${megabytes(usage.rss)} |`);
console.log(`| V8 heap used / total | ${megabytes(usage.heapUsed)} / ${megabytes(usage.heapTotal)} |`);
console.log(`| ArrayBuffers (WebAssembly memory included) | ${megabytes(usage.arrayBuffers)} |`);
console.log(`| PostgreSQL WebAssembly memory | ${megabytes(wasmBytes)} |`);
for (const row of settings.rows)
  console.log(`| ${row.name} | ${row.setting}${row.unit ? ` × ${row.unit}` : ''} |`);

// Resident memory by mapping (/proc/self/smaps): the WebAssembly memory is an anonymous reservation
// of several GiB (guard pages included) of which only the touched pages are resident.
const groups = new Map<string, number>();
let current = '';
for (const line of readFileSync('/proc/self/smaps', 'utf8').split('\n')) {
  const header = /^([0-9a-f]+)-([0-9a-f]+) \S+ \S+ \S+ \S+\s*(.*)$/.exec(line);
  if (header) {
    const size = Number.parseInt(header[2] as string, 16) - Number.parseInt(header[1] as string, 16);
    const name = header[3] ?? '';
    current =
      name === '' || name === '[anon]'
        ? size >= 4 * 1024 ** 3
          ? 'anonymous reservation ≥ 4 GiB (WebAssembly memory)'
          : 'other anonymous memory (V8 heap and code, malloc, buffers)'
        : name.startsWith('/')
          ? name.includes('node_modules')
            ? `file: ${name.replace(/.*node_modules\//, '')}`
            : `file: ${path.basename(name)}`
          : name;
    continue;
  }
  const rss = /^Rss:\s+(\d+) kB/.exec(line);
  if (rss) groups.set(current, (groups.get(current) ?? 0) + Number(rss[1]) * 1024);
}
console.log('\n| resident memory by mapping | MB |\n|---|---|');
for (const [name, bytes] of [...groups].sort((a, b) => b[1] - a[1]).slice(0, 8))
  console.log(`| ${name} | ${(bytes / 1024 / 1024).toFixed(0)} |`);
await database.close();

import { closeSync, mkdirSync, openSync, readFileSync, rmSync, writeSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import v8 from 'node:v8';
import { PGlite } from '@electric-sql/pglite';
import { btree_gin } from '@electric-sql/pglite/contrib/btree_gin';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import { unaccent } from '@electric-sql/pglite/contrib/unaccent';
import { sql } from 'drizzle-orm';
import { drizzle as drizzleNodePg } from 'drizzle-orm/node-postgres';
import { migrate as migrateNodePg } from 'drizzle-orm/node-postgres/migrator';
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import pg from 'pg';
import * as schema from '../db/schema';

export type Schema = typeof schema;
/** A database or a transaction: services accept either, so that callers choose the transaction. */
export type Database = PgDatabase<PgQueryResultHKT, Schema>;

export type DatabaseHandle = {
  db: Database;
  kind: 'pglite' | 'postgres';
  /** Applies pending migrations; safe to call from several processes at once on PostgreSQL. */
  migrate: () => Promise<void>;
  close: () => Promise<void>;
};

const migrationsFolder = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../db/migrations');
// Any 64-bit number unique to this application serialises concurrent migrators.
const migrationLockKey = 7_410_202_611;

export type DatabaseOptions = { databaseUrl?: string | undefined; dataDir?: string; isInMemory?: boolean };

/** Opens PostgreSQL when a URL is given, otherwise the embedded PGlite in its data folder. */
export async function openDatabase(options: DatabaseOptions): Promise<DatabaseHandle> {
  if (options.databaseUrl) return openPostgres(options.databaseUrl);
  return openPglite(options.isInMemory ? undefined : options.dataDir);
}

async function openPostgres(databaseUrl: string): Promise<DatabaseHandle> {
  // No JIT compilation: the planner's cost of the utility aggregates grows with the instance (not
  // with the government asked about), and past its thresholds compiling took longer than running
  // them (9.5 s of a 12 s statement on an instance of 100 governments). `options` in the URL wins.
  const pool = new pg.Pool({ connectionString: databaseUrl, max: 10, options: '-c jit=off' });
  // An idle connection dropped by the server must not crash the process; the pool replaces it.
  pool.on('error', (error) => console.error('PostgreSQL pool error:', error.message));
  // Numeric and bigint columns stay exact: drizzle maps them per column, the driver must not guess.
  const db = drizzleNodePg(pool, { schema }) as unknown as Database;
  await pool.query('select 1');
  return {
    db,
    kind: 'postgres',
    async migrate() {
      const client = await pool.connect();
      try {
        await client.query('select pg_advisory_lock($1)', [migrationLockKey]);
        const lockedDb = drizzleNodePg(client, { schema });
        await migrateNodePg(lockedDb, { migrationsFolder });
      } finally {
        await client.query('select pg_advisory_unlock($1)', [migrationLockKey]).catch(() => undefined);
        client.release();
      }
    },
    close: () => pool.end(),
  };
}

/**
 * PostgreSQL in WebAssembly is one large module: by default V8 compiles it twice, a baseline
 * (Liftoff) and, for hot functions, an optimised (TurboFan) version, and keeps both. Baseline code
 * alone takes ≈ 70 MB less resident memory, starts faster and, measured on the shared machine,
 * answered as fast (BENCHMARKS.md, "Memory of the embedded server"). Process-wide, so set before the
 * module is compiled; PGLITE_WASM_TIER_UP=true keeps V8's default.
 */
function keepBaselineWasmCodeOnly() {
  if (process.env.PGLITE_WASM_TIER_UP !== 'true') v8.setFlagsFromString('--liftoff-only');
}

async function openPglite(dataDir: string | undefined): Promise<DatabaseHandle> {
  keepBaselineWasmCodeOnly();
  const releaseLock = dataDir ? acquireDataDirLock(dataDir) : () => undefined;
  let client: PGlite;
  try {
    // PGlite wants a folder of its own: the lock file and the demo credentials live beside it.
    const pgliteDir = dataDir ? path.join(dataDir, 'pglite') : undefined;
    client = await PGlite.create({ dataDir: pgliteDir, extensions: { unaccent, pg_trgm, btree_gin } });
  } catch (error) {
    releaseLock();
    throw error;
  }
  const db = drizzlePglite(client, { schema }) as unknown as Database;
  return {
    db,
    kind: 'pglite',
    async migrate() {
      await migratePglite(drizzlePglite(client, { schema }), { migrationsFolder });
    },
    async close() {
      await client.close();
      releaseLock();
    },
  };
}

export class DataDirLockedError extends Error {
  constructor(
    readonly dataDir: string,
    readonly ownerPid: number,
  ) {
    super(
      `The data folder ${dataDir} is in use by another Vínculo process (pid ${ownerPid}). ` +
        'Stop that process first, or set DATA_DIR to another folder, or DATABASE_URL to use PostgreSQL.',
    );
  }
}

/**
 * PGlite does not lock its folder, and two processes writing to it corrupt it. A lock file with the
 * owner's pid is created exclusively; a lock left by a dead process is taken over.
 */
export function acquireDataDirLock(dataDir: string): () => void {
  mkdirSync(dataDir, { recursive: true });
  const lockPath = path.join(dataDir, 'vinculo.lock');
  for (let attempt = 0; attempt < 2; attempt += 1) {
    try {
      const fd = openSync(lockPath, 'wx');
      writeSync(fd, String(process.pid));
      closeSync(fd);
      let isReleased = false;
      const release = () => {
        if (isReleased) return;
        isReleased = true;
        rmSync(lockPath, { force: true });
      };
      process.once('exit', release);
      return release;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const ownerPid = Number.parseInt(readFileSync(lockPath, 'utf8'), 10);
      if (Number.isFinite(ownerPid) && ownerPid !== process.pid && isProcessAlive(ownerPid)) {
        throw new DataDirLockedError(dataDir, ownerPid);
      }
      rmSync(lockPath, { force: true });
    }
  }
  throw new Error(`Could not lock ${dataDir}`);
}

function isProcessAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** A cheap round trip, for the health check. */
export async function pingDatabase(db: Database): Promise<boolean> {
  await db.execute(sql`select 1`);
  return true;
}

/**
 * Fresh planner statistics after a bulk load (demo seed, imports): PGlite has no autovacuum at all,
 * and PostgreSQL's comes minutes later; until then the planner takes the new tables for empty.
 */
export async function analyzeTables(db: Database, tables: readonly string[] = []) {
  for (const table of tables) if (!/^[a-z_]+$/.test(table)) throw new Error(`Not a table name: ${table}`);
  await db.execute(sql.raw(tables.length > 0 ? `analyze ${tables.join(', ')}` : 'analyze'));
}

import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { btree_gin } from '@electric-sql/pglite/contrib/btree_gin';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import { unaccent } from '@electric-sql/pglite/contrib/unaccent';
import { acquireDataDirLock } from './db';

const extensions = { unaccent, pg_trgm, btree_gin };

/**
 * Backs up the embedded database to one gzip'd tarball (PGlite's own dump of its data folder). The
 * folder is locked while it is read, so a running server must be stopped first: a backup is then
 * consistent. PostgreSQL is backed up with pg_dump (README).
 */
export async function backupEmbeddedDatabase(dataDir: string, file: string): Promise<number> {
  const pgliteDir = path.join(dataDir, 'pglite');
  if (!existsSync(pgliteDir)) throw new Error(`No hay una base de datos embebida en ${dataDir}.`);
  const release = acquireDataDirLock(dataDir);
  try {
    const client = await PGlite.create({ dataDir: pgliteDir, extensions });
    try {
      const dump = await client.dumpDataDir('gzip');
      const bytes = Buffer.from(await dump.arrayBuffer());
      writeFileSync(file, bytes);
      return bytes.length;
    } finally {
      await client.close();
    }
  } finally {
    release();
  }
}

/**
 * Restores a backup into an empty data folder (never over existing data: the caller chooses a new
 * folder, or removes the old one knowingly). The restored database opens with migrations applied as
 * they were at backup time; the app applies newer ones at its next start.
 */
export async function restoreEmbeddedDatabase(file: string, dataDir: string): Promise<void> {
  const pgliteDir = path.join(dataDir, 'pglite');
  if (existsSync(pgliteDir) && readdirSync(pgliteDir).length > 0) {
    throw new Error(`La carpeta ${pgliteDir} ya tiene datos: restaure en una carpeta vacía.`);
  }
  const release = acquireDataDirLock(dataDir);
  try {
    const blob = new Blob([readFileSync(file)], { type: 'application/x-gzip' });
    const client = await PGlite.create({ dataDir: pgliteDir, loadDataDir: blob, extensions });
    await client.query('select 1');
    await client.close();
  } finally {
    release();
  }
}

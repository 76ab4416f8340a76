import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { sql } from 'drizzle-orm';
import { afterAll, describe, expect, it } from 'vitest';
import { insertGovernment } from '../../src/server/modules/territory/territory.queries';
import { backupEmbeddedDatabase, restoreEmbeddedDatabase } from '../../src/server/platform/backup';
import { type Database, openDatabase } from '../../src/server/platform/db';

const folders: string[] = [];
const newFolder = () => {
  const folder = mkdtempSync(path.join(tmpdir(), 'vinculo-backup-'));
  folders.push(folder);
  return folder;
};
afterAll(() => {
  for (const folder of folders) rmSync(folder, { recursive: true, force: true });
});

/** Every row of the tables a backup must keep, in a stable order, as text. */
async function snapshot(db: Database) {
  const tables = ['governments', 'strategy_terms', '__drizzle_migrations'];
  const out: Record<string, unknown[]> = {};
  for (const table of tables) {
    const schema = table === '__drizzle_migrations' ? 'drizzle' : 'public';
    const result = await db.execute(
      sql.raw(`select to_jsonb(t) as row from ${schema}.${table} t order by 1::text, to_jsonb(t)::text`),
    );
    out[table] = (result as unknown as { rows: { row: unknown }[] }).rows.map((row) => row.row);
  }
  return out;
}

// The embedded database only: PostgreSQL is backed up with pg_dump (README). PGlite creates and
// migrates two data folders here, which takes some seconds on a loaded machine.
describe('backup and restore of the embedded database', { timeout: 120_000 }, () => {
  it('gives back identical data, and never restores over existing data', async () => {
    const source = newFolder();
    const original = await openDatabase({ dataDir: source });
    await original.migrate();
    await insertGovernment(original.db, {
      slug: 'copia-de-seguridad',
      name: 'Municipio de la Copia',
      kind: 'municipality',
      countryCode: 'CO',
      population: 120_000,
      languages: ['es'],
      reportingCurrency: 'COP',
      timezone: 'America/Bogota',
    });
    const before = await snapshot(original.db);
    expect(before.governments).toHaveLength(1);
    expect(before.strategy_terms?.length).toBeGreaterThan(5);
    await original.close();

    const file = path.join(newFolder(), 'vinculo.tar.gz');
    const bytes = await backupEmbeddedDatabase(source, file);
    expect(bytes).toBe(statSync(file).size);

    const target = newFolder();
    await restoreEmbeddedDatabase(file, target);
    const restored = await openDatabase({ dataDir: target });
    expect(await snapshot(restored.db)).toEqual(before);
    await restored.close();

    await expect(restoreEmbeddedDatabase(file, target)).rejects.toThrow(/ya tiene datos/);
  });
});

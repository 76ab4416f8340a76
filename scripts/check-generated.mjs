// Fails when the schema changed without a migration, or the API changed without regenerating
// docs/openapi.json: generated artefacts are reviewed like code.
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const migrations = path.join(root, 'src/server/db/migrations');
const before = readdirSync(migrations).sort().join('\n');
const generate = spawnSync(
  path.join(root, 'node_modules/.bin/drizzle-kit'),
  ['generate', '--name=drift-check'],
  {
    cwd: root,
    encoding: 'utf8',
  },
);
const after = readdirSync(migrations).sort().join('\n');
if (generate.status !== 0 || before !== after) {
  console.error(generate.stdout, generate.stderr);
  console.error(
    'The Drizzle schema and the migrations differ: run `npm run db:generate` and commit the migration.',
  );
  spawnSync('git', ['checkout', '--', migrations], { cwd: root });
  spawnSync('git', ['clean', '-fdq', migrations], { cwd: root });
  process.exit(1);
}

// The document is large (every schema inline): allow well beyond spawnSync's 1 MiB default.
const openapi = spawnSync(process.execPath, [path.join(root, 'bin/vinculo-openapi.mjs'), '--stdout'], {
  cwd: root,
  encoding: 'utf8',
  maxBuffer: 256 * 1024 * 1024,
});
if (openapi.status !== 0) {
  console.error('Could not generate the OpenAPI document:', openapi.error?.message ?? '', openapi.stderr);
  process.exit(1);
}
const committed = readFileSync(path.join(root, 'docs/openapi.json'), 'utf8');
if (openapi.stdout.trim() !== committed.trim()) {
  console.error('docs/openapi.json is out of date: run `npm run openapi` and commit it.');
  process.exit(1);
}
console.log('Migrations and OpenAPI document match the code.');

// `npm start`: build the web app if it is missing or older than its sources, then serve API + web
// on the embedded database with the demo data (set VINCULO_DEMO=false to start empty).
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const builtIndex = path.join(root, 'dist/web/index.html');

function newestModification(directory) {
  let newest = 0;
  for (const entry of readdirSync(directory, { withFileTypes: true })) {
    const full = path.join(directory, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestModification(full) : statSync(full).mtimeMs);
  }
  return newest;
}

const sourcesChanged = () =>
  Math.max(
    newestModification(path.join(root, 'src/web')),
    newestModification(path.join(root, 'src/contracts')),
  ) > statSync(builtIndex).mtimeMs;

if (!existsSync(builtIndex) || sourcesChanged()) {
  console.log('Construyendo la aplicación web (solo la primera vez o tras cambios)…');
  const build = spawnSync(
    process.execPath,
    [path.join(root, 'node_modules/vite/bin/vite.js'), 'build', '--logLevel', 'warn'],
    {
      cwd: root,
      stdio: 'inherit',
    },
  );
  if (build.status !== 0) process.exit(build.status ?? 1);
}

const args = [path.join(root, 'bin/vinculo.mjs'), 'serve'];
if (process.env.VINCULO_DEMO !== 'false') args.push('--demo');
const server = spawnSync(process.execPath, args, { cwd: root, stdio: 'inherit', env: process.env });
process.exit(server.status ?? 0);

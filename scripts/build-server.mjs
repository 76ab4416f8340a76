// Bundles the server and the command line (src/cli/main.ts) into one JavaScript file,
// dist/server/vinculo.mjs, so that `vinculo serve` runs without compiling TypeScript at run time:
// tsx's loader runs in a thread of its own with its own JavaScript heap, tens of MB kept for the
// life of the server (BENCHMARKS.md, "Memory of the embedded server"). The dependencies stay in
// node_modules. Run by `npm start` and by `bin/vinculo.mjs` when the bundle is missing or older
// than the sources; `node scripts/build-server.mjs` builds it by hand.
import { mkdirSync, readdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

export const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const serverBundle = path.join(root, 'dist/server/vinculo.mjs');
/** The folders the bundle is built from: a newer file in any of them makes it stale. */
export const serverSourceFolders = ['src/cli', 'src/server', 'src/contracts', 'src/domain'].map((folder) =>
  path.join(root, folder),
);

/**
 * Modules find their data files (codelists, gazetteer, migrations, fonts) from their own address,
 * `import.meta.url`; inside the bundle every module would share the bundle's address. Each source
 * file's `import.meta.url` is rewritten to its own file's address, relative to the bundle, so that
 * the checkout may move.
 */
const ownAddressOfEachModule = {
  name: 'own-address-of-each-module',
  setup(builder) {
    builder.onLoad({ filter: /\.ts$/ }, (args) => {
      const source = readFileSync(args.path, 'utf8');
      if (!source.includes('import.meta.url')) return undefined;
      const fromBundle = path.relative(path.dirname(serverBundle), args.path).split(path.sep).join('/');
      return {
        contents: source.replaceAll(
          'import.meta.url',
          `new URL(${JSON.stringify(fromBundle)}, import.meta.url).href`,
        ),
        loader: 'ts',
      };
    });
  },
};

/** Builds the bundle; written beside and renamed, so that a process starting meanwhile never reads half a file. */
export async function buildServer() {
  // Loaded only to build: a server started from a fresh bundle does not keep esbuild in memory.
  const { build } = await import('esbuild');
  const result = await build({
    entryPoints: [path.join(root, 'src/cli/main.ts')],
    outfile: serverBundle,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20.19',
    packages: 'external',
    sourcemap: true,
    logLevel: 'warning',
    plugins: [ownAddressOfEachModule],
    write: false,
  });
  mkdirSync(path.dirname(serverBundle), { recursive: true });
  for (const file of result.outputFiles) {
    const partial = `${file.path}.${process.pid}.partial`;
    writeFileSync(partial, file.contents);
    renameSync(partial, file.path);
  }
}

function newestModification(folder) {
  let newest = 0;
  for (const entry of readdirSync(folder, { withFileTypes: true })) {
    const full = path.join(folder, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestModification(full) : statSync(full).mtimeMs);
  }
  return newest;
}

function isBundleFresh() {
  try {
    const built = statSync(serverBundle).mtimeMs;
    // This file too: a change in how the bundle is built makes the old one stale.
    if (statSync(fileURLToPath(import.meta.url)).mtimeMs > built) return false;
    return serverSourceFolders.every((folder) => newestModification(folder) <= built);
  } catch {
    return false;
  }
}

/**
 * The address of an up-to-date bundle, building it first when it is missing or older than the
 * sources; null when it cannot be built (the caller then runs the sources through tsx).
 */
export async function ensureServerBundle() {
  if (!isBundleFresh()) {
    try {
      await buildServer();
    } catch (error) {
      console.error(`No se pudo construir el servidor (${error.message}); se ejecutan las fuentes.`);
      return null;
    }
  }
  return pathToFileURL(serverBundle).href;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) await buildServer();

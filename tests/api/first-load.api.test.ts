import { existsSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { build } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { immutableCacheControl } from '../../src/server/main';
import { createTestApp, type TestApp } from '../test-app';

const repositoryRoot = fileURLToPath(new URL('../..', import.meta.url));
const budgetBytes = 200 * 1024;
const languages = ['es', 'en', 'pt'] as const;

type ManifestChunk = { file: string; isEntry?: boolean; imports?: string[]; dynamicImports?: string[] };
type Manifest = Record<string, ManifestChunk>;

let outDir = '';
let manifest: Manifest = {};
let testApp: TestApp;

/** A chunk and every chunk it imports statically: what the browser must download before it runs. */
function closure(keys: string[]): Set<string> {
  const seen = new Set<string>();
  const pending = [...keys];
  while (pending.length > 0) {
    const key = pending.pop() as string;
    if (seen.has(key)) continue;
    seen.add(key);
    pending.push(...(manifest[key]?.imports ?? []));
  }
  return seen;
}

/** Bytes on the wire with gzip: the .gz the build wrote (small files are sent as they are). */
function gzipBytes(keys: Iterable<string>): number {
  let total = 0;
  for (const key of keys) {
    const file = path.join(outDir, (manifest[key] as ManifestChunk).file);
    total += existsSync(`${file}.gz`) ? statSync(`${file}.gz`).size : statSync(file).size;
  }
  return total;
}

function chunkKey(ending: string): string {
  const key = Object.keys(manifest).find((name) => name.endsWith(ending));
  if (!key) throw new Error(`no chunk for ${ending} in the build`);
  return key;
}

const entryKey = () => Object.keys(manifest).find((key) => manifest[key]?.isEntry) as string;

// The production build of the SPA (Vite, the same configuration as `npm run build`) into a folder of
// the test's own: a few seconds alone, more on a loaded two-core machine, hence the budget.
beforeAll(async () => {
  outDir = mkdtempSync(path.join(tmpdir(), 'vinculo-web-'));
  // Vitest sets NODE_ENV=test, with which Vite would bundle React's development build.
  const nodeEnv = process.env.NODE_ENV;
  process.env.NODE_ENV = 'production';
  try {
    await build({
      configFile: path.join(repositoryRoot, 'vite.config.ts'),
      mode: 'production',
      logLevel: 'silent',
      build: { outDir, emptyOutDir: true },
    });
  } finally {
    process.env.NODE_ENV = nodeEnv;
  }
  manifest = JSON.parse(readFileSync(path.join(outDir, '.vite/manifest.json'), 'utf8')) as Manifest;
  testApp = await createTestApp({ config: { webDistDir: outDir } });
}, 180_000);

afterAll(async () => {
  await testApp?.close();
  if (outDir) rmSync(outDir, { recursive: true, force: true });
});

describe('first load', () => {
  it('the sign-in page needs at most 200 KB of gzip JavaScript, in each language', () => {
    const entry = closure([entryKey()]);
    for (const language of languages) {
      const page = closure([
        ...entry,
        chunkKey('features/auth/sign-in.page.tsx'),
        chunkKey(`virtual:sign-in-messages/${language}`),
      ]);
      expect(gzipBytes(page), `sign-in page in ${language}`).toBeLessThanOrEqual(budgetBytes);
    }
  });

  it('the app shell needs at most 200 KB of gzip JavaScript, and the strings of one language at most 35 KB more', () => {
    // The shell's code and the strings of the signed-in app are measured apart: the code is what the
    // budget of the issue names; the strings grow with every feature, so they get a bound of their own
    // and the largest features (social utility, home page) load theirs with their pages.
    const stringsBudgetBytes = 35 * 1024;
    for (const language of languages) {
      const code = closure([entryKey(), chunkKey('features/shell/app-shell.tsx')]);
      expect(gzipBytes(code), `app shell in ${language}`).toBeLessThanOrEqual(budgetBytes);
      const strings = new Set([chunkKey(`lib/messages/${language}.ts`)]);
      expect(gzipBytes(strings), `strings of ${language}`).toBeLessThanOrEqual(stringsBudgetBytes);
    }
  });

  it('keeps charts, pages and the other languages out of the entry', () => {
    const entryFiles = [...closure([entryKey()])].map((key) => (manifest[key] as ManifestChunk).file);
    const echarts = manifest[chunkKey('ui/echarts-setup.ts')] as ManifestChunk;
    expect(entryFiles).not.toContain(echarts.file);
    for (const language of languages) {
      expect(entryFiles).not.toContain(
        (manifest[chunkKey(`lib/messages/${language}.ts`)] as ManifestChunk).file,
      );
    }
    // Every page is its own lazy chunk, reached only through a dynamic import.
    const entryKeys = closure([entryKey()]);
    const pages = Object.keys(manifest).filter((key) => /\.pages?\.tsx$/.test(key));
    expect(pages.length).toBeGreaterThan(30);
    for (const pageKey of pages) expect(entryKeys.has(pageKey), pageKey).toBe(false);
    // The index.html preloads nothing but the entry's own chunks.
    const html = readFileSync(path.join(outDir, 'index.html'), 'utf8');
    expect(html).not.toContain(echarts.file);
  });

  it('the router imports no page statically (pages are lazy routes)', () => {
    const router = readFileSync(path.join(repositoryRoot, 'src/web/router.tsx'), 'utf8');
    const staticImports = [...router.matchAll(/^import [^;]*? from '([^']+)';/gms)].map((match) => match[1]);
    const pageImports = staticImports.filter((source) => /\.pages?$|app-shell$/.test(source ?? ''));
    expect(pageImports).toEqual([]);
  });
});

describe('serving the built app', () => {
  const entryFile = () => `/${(manifest[entryKey()] as ManifestChunk).file}`;

  it('sends hashed assets compressed (brotli, else gzip) and cacheable for a year', async () => {
    const original = readFileSync(path.join(outDir, entryFile()));
    const brotli = await testApp.app.inject({
      method: 'GET',
      url: entryFile(),
      headers: { 'accept-encoding': 'gzip, deflate, br' },
    });
    expect(brotli.statusCode).toBe(200);
    expect(brotli.headers['content-encoding']).toBe('br');
    expect(brotli.headers['content-type']).toMatch(/javascript/);
    expect(brotli.headers['cache-control']).toBe(immutableCacheControl);
    expect(brotli.headers.vary).toMatch(/accept-encoding/i);
    expect(brotliDecompressSync(brotli.rawPayload).equals(original)).toBe(true);
    expect(brotli.rawPayload.length).toBeLessThan(original.length / 2);

    const gzip = await testApp.app.inject({
      method: 'GET',
      url: entryFile(),
      headers: { 'accept-encoding': 'gzip' },
    });
    expect(gzip.headers['content-encoding']).toBe('gzip');
    expect(gzip.headers['cache-control']).toBe(immutableCacheControl);
    expect(gunzipSync(gzip.rawPayload).equals(original)).toBe(true);

    const identity = await testApp.app.inject({ method: 'GET', url: entryFile() });
    expect(identity.headers['content-encoding']).toBeUndefined();
    expect(identity.rawPayload.equals(original)).toBe(true);
  });

  it('revalidates index.html on every visit, for any client-side route', async () => {
    for (const url of ['/sign-in', '/partners', '/index.html']) {
      const response = await testApp.app.inject({
        method: 'GET',
        url,
        headers: { 'accept-encoding': 'br' },
      });
      expect(response.statusCode, url).toBe(200);
      expect(response.headers['cache-control'], url).toBe('no-cache');
      expect(response.headers['content-encoding'], url).toBe('br');
      expect(brotliDecompressSync(response.rawPayload).toString('utf8')).toContain('<div id="root">');
    }
  });
});

import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';
import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';
import { signInMessages } from './src/web/lib/messages/sign-in-messages.plugin';

const webRoot = fileURLToPath(new URL('./src/web', import.meta.url));
const srcRoot = fileURLToPath(new URL('./src', import.meta.url));
const outDir = fileURLToPath(new URL('./dist/web', import.meta.url));
const brotli = promisify(brotliCompress);
const gzipAsync = promisify(gzip);

/**
 * Writes file.br and file.gz beside every text file of the build, compressed once at the highest
 * levels, so that the server (@fastify/static preCompressed) sends them without compressing per request.
 */
function precompress(): Plugin {
  return {
    name: 'vinculo-precompress',
    apply: 'build',
    async writeBundle(options, bundle) {
      const directory = options.dir ?? outDir;
      const files = Object.keys(bundle).filter(
        (file) => /\.(js|css|html|svg|json)$/.test(file) && !file.startsWith('.vite/'),
      );
      await Promise.all(
        files.map(async (file) => {
          const target = path.join(directory, file);
          const content = await readFile(target);
          if (content.length < 1024) return;
          const [br, gz] = await Promise.all([
            brotli(content, {
              params: {
                [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY,
                [constants.BROTLI_PARAM_SIZE_HINT]: content.length,
              },
            }),
            gzipAsync(content, { level: constants.Z_BEST_COMPRESSION }),
          ]);
          await Promise.all([writeFile(`${target}.br`, br), writeFile(`${target}.gz`, gz)]);
        }),
      );
    },
  };
}

// The SPA lives in src/web and is served by the Fastify process from dist/web;
// in development Vite proxies the API to the local server.
export default defineConfig({
  root: webRoot,
  base: '/',
  plugins: [react(), signInMessages(srcRoot), precompress()],
  build: {
    outDir,
    emptyOutDir: true,
    // No source maps in the served build: they would publish the source (and the server never serves .map).
    sourcemap: false,
    // .vite/manifest.json: which chunks each entry and route needs (the first-load test reads it).
    manifest: true,
    chunkSizeWarningLimit: 1500,
  },
  server: {
    host: '127.0.0.1',
    port: 5173,
    proxy: {
      '/api': { target: 'http://127.0.0.1:3000', changeOrigin: false },
    },
  },
  preview: { host: '127.0.0.1' },
});

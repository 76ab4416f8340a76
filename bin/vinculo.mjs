#!/usr/bin/env node
// The CLI runs the bundled server (dist/server/vinculo.mjs), built from the TypeScript sources when it
// is missing or older than them (scripts/build-server.mjs, about two seconds): compiling TypeScript at
// run time through tsx's loader kept a second JavaScript heap alive for the life of the server.
// VINCULO_RUN_SOURCES=true runs the sources through tsx instead, as before.
import { ensureServerBundle } from '../scripts/build-server.mjs';

const bundle = process.env.VINCULO_RUN_SOURCES === 'true' ? null : await ensureServerBundle();
if (bundle) await import(bundle);
else {
  const { register } = await import('tsx/esm/api');
  register();
  await import('../src/cli/main.ts');
}

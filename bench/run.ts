// `npm run bench`: every benchmark in turn, each in its own process (so that one's memory and pools
// do not colour the next), printing its Markdown tables. Not part of `npm test`.
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const only = process.argv[2];
const benches = [
  'foundation',
  'matching',
  'iati',
  'utility',
  'report',
  'sign-in-memory',
  'request-cost',
  'spreadsheets',
].filter((name) => !only || name === only);

let failed = 0;
for (const name of benches) {
  console.log(`\n## ${name}\n`);
  const result = spawnSync(process.execPath, ['--import', 'tsx', path.join(here, `${name}.ts`)], {
    stdio: 'inherit',
    env: process.env,
  });
  if (result.status !== 0) {
    failed += 1;
    console.error(`benchmark ${name} failed (exit ${result.status})`);
  }
}
process.exit(failed === 0 ? 0 : 1);

// `npm test`: everything CI checks, in the order that fails fastest. With TEST_DATABASE_URL set, the
// API suite runs a second time against PostgreSQL. Ends with one summary line of all tests run.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const reports = path.join(root, '.tmp/reports');
rmSync(reports, { recursive: true, force: true });
mkdirSync(reports, { recursive: true });
const bin = (name) => path.join(root, 'node_modules/.bin', name);

function run(title, command, args, env = {}) {
  console.log(`\n▶ ${title}`);
  const started = Date.now();
  const result = spawnSync(command, args, { cwd: root, stdio: 'inherit', env: { ...process.env, ...env } });
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  if (result.status !== 0) {
    console.error(`✖ ${title} failed (${seconds} s)`);
    summarize();
    process.exit(result.status ?? 1);
  }
  console.log(`✔ ${title} (${seconds} s)`);
}

function vitest(project, name, env = {}) {
  const output = path.join(reports, `vitest-${name}.json`);
  run(
    `vitest ${name}`,
    bin('vitest'),
    ['run', '--project', project, '--reporter=default', '--reporter=json', `--outputFile=${output}`],
    env,
  );
}

function summarize() {
  let passed = 0;
  let failed = 0;
  let skipped = 0;
  for (const name of ['unit', 'api-pglite', 'api-postgres']) {
    const file = path.join(reports, `vitest-${name}.json`);
    if (!existsSync(file)) continue;
    const report = JSON.parse(readFileSync(file, 'utf8'));
    passed += report.numPassedTests;
    failed += report.numFailedTests;
    skipped += report.numPendingTests + (report.numTodoTests ?? 0);
  }
  const e2e = path.join(reports, 'playwright.json');
  if (existsSync(e2e)) {
    const stats = JSON.parse(readFileSync(e2e, 'utf8')).stats;
    passed += stats.expected + stats.flaky;
    failed += stats.unexpected;
    skipped += stats.skipped;
  }
  console.log(`\nTests: ${passed} passed, ${failed} failed, ${skipped} skipped`);
}

run('typecheck', bin('tsc'), ['--noEmit', '-p', 'tsconfig.json']);
run('lint', bin('biome'), ['check', '.']);
run('generated files are up to date', process.execPath, [path.join(root, 'scripts/check-generated.mjs')]);
vitest('unit', 'unit');
vitest('api', 'api-pglite');
if (process.env.TEST_DATABASE_URL) {
  vitest('api', 'api-postgres', { VINCULO_TEST_DB: 'postgres' });
} else {
  console.log('\n(TEST_DATABASE_URL not set: the API suite ran on PGlite only)');
}
run('web build', process.execPath, [
  path.join(root, 'node_modules/vite/bin/vite.js'),
  'build',
  '--logLevel',
  'warn',
]);
// A free port of the loopback for the browser tests' server, so that a running app never collides.
const e2ePort = await new Promise((resolve) => {
  const probe = createServer().listen(0, '127.0.0.1', () => {
    const { port } = probe.address();
    probe.close(() => resolve(port));
  });
});
run('browser tests', bin('playwright'), ['test'], {
  PLAYWRIGHT_JSON_OUTPUT_NAME: path.join(reports, 'playwright.json'),
  E2E_PORT: String(process.env.E2E_PORT ?? e2ePort),
});
summarize();

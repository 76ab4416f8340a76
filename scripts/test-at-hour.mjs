// `node scripts/test-at-hour.mjs 01:00 [unit] [api] [e2e]`: runs the suites with the clock of every
// process (vitest, the app server, Playwright and Chromium) set to that UTC hour of today, through
// libfaketime (Debian: `apt-get install faketime`). Between 00:00 and 05:00 UTC it is still yesterday
// in Medellín and Mexico City, so a test or a screen that counts days in UTC instead of the
// government's calendar fails at 01:00 and passes at 23:00. The clock keeps running from that
// instant; timers and monotonic clocks are left alone. Chromium does not run on libfaketime: the
// browser tests' fixtures set its clock with Playwright's page.clock. Extra arguments after the
// suites go to Playwright (a spec file). No suite named: all three. Without the faketime command it
// says how to get it and exits 2.
import { spawnSync } from 'node:child_process';
import { createServer } from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const [hour, ...named] = process.argv.slice(2);
if (!hour || !/^([01]\d|2[0-3]):[0-5]\d$/.test(hour)) {
  console.error('usage: node scripts/test-at-hour.mjs HH:MM [unit] [api] [e2e]   (a UTC hour, e.g. 01:00)');
  process.exit(2);
}
if (spawnSync('faketime', ['-f', '+0', 'true']).status !== 0) {
  console.error('faketime is missing: sudo apt-get install faketime');
  process.exit(2);
}
const suiteNames = new Set(['unit', 'api', 'e2e']);
const chosen = named.filter((name) => suiteNames.has(name));
const suites = chosen.length ? chosen : [...suiteNames];
const playwrightArgs = named.filter((name) => !suiteNames.has(name));
const instant = `${new Date().toISOString().slice(0, 10)} ${hour}:00`;
// One offset from the real clock for every process (an absolute "@" start would restart the clock in
// each process as it starts, and the app, the runner and the tests would disagree by minutes).
const offsetSeconds = Math.round((Date.parse(`${instant.replace(' ', 'T')}Z`) - Date.now()) / 1000);
const fakeTime = `${offsetSeconds >= 0 ? '+' : ''}${offsetSeconds}`;
const bin = (name) => path.join(root, 'node_modules/.bin', name);
const env = { ...process.env, TZ: 'UTC', FAKETIME_DONT_FAKE_MONOTONIC: '1' };

function runAt(title, command, args, extraEnv = {}) {
  console.log(`\n▶ ${title} at ${instant} UTC`);
  const result = spawnSync('faketime', ['-f', fakeTime, command, ...args], {
    cwd: root,
    stdio: 'inherit',
    env: { ...env, ...extraEnv },
  });
  if (result.status !== 0) {
    console.error(`✖ ${title} failed at ${instant} UTC`);
    process.exit(result.status ?? 1);
  }
  console.log(`✔ ${title} at ${instant} UTC`);
}

for (const suite of suites) {
  if (suite === 'unit' || suite === 'api') {
    runAt(`vitest ${suite}`, bin('vitest'), ['run', '--project', suite]);
  } else if (suite === 'e2e') {
    // The web build does not depend on the clock; the browser tests do, on both sides.
    const build = spawnSync(
      process.execPath,
      [path.join(root, 'node_modules/vite/bin/vite.js'), 'build', '--logLevel', 'warn'],
      {
        cwd: root,
        stdio: 'inherit',
      },
    );
    if (build.status !== 0) process.exit(build.status ?? 1);
    const port = await new Promise((resolve) => {
      const probe = createServer().listen(0, '127.0.0.1', () => {
        const { port: free } = probe.address();
        probe.close(() => resolve(free));
      });
    });
    runAt('browser tests', bin('playwright'), ['test', ...playwrightArgs], { E2E_PORT: String(port) });
  }
}

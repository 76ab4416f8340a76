import { defineConfig } from '@playwright/test';

const port = Number(process.env.E2E_PORT ?? 3999);
export const e2eDemoPassword = 'demo-e2e-clave-segura';

/**
 * Browser tests drive Debian's Chromium against the real app on a fresh embedded database with the
 * demo data. One worker: the journeys share that database, and two cores are better spent on the app.
 */
export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: false,
  workers: 1,
  retries: 0,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: process.env.PLAYWRIGHT_JSON_OUTPUT_NAME ? [['list'], ['json']] : [['list']],
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    locale: 'es-CO',
    timezoneId: 'America/Bogota',
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      // Under scripts/test-at-hour.mjs the Node processes run on libfaketime; Chromium does not load
      // it (its pages never finish loading under it): the fixtures set the page's clock instead.
      env: Object.fromEntries(
        Object.entries(process.env).filter(([name]) => name !== 'LD_PRELOAD' && !name.startsWith('FAKETIME')),
      ),
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-dev-shm-usage',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
      ],
    },
  },
  webServer: {
    command: `rm -rf .tmp/e2e-db-${port} && node bin/vinculo.mjs serve --demo`,
    url: `http://127.0.0.1:${port}/api/health`,
    reuseExistingServer: false,
    timeout: 180_000,
    stdout: 'ignore',
    stderr: 'pipe',
    env: {
      PORT: String(port),
      HOST: '127.0.0.1',
      DATA_DIR: `.tmp/e2e-db-${port}`,
      DEMO_PASSWORD: e2eDemoPassword,
      SESSION_SECRET: 'e2e-session-secret-e2e-session-secret-0123',
      LOG_LEVEL: 'warn',
      REMINDER_INTERVAL_SECONDS: '0',
      PASSWORD_HASH_COST: '14',
    },
  },
});

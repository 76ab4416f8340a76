import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          include: ['src/**/*.test.ts', 'tests/unit/**/*.test.ts'],
          exclude: ['src/**/*.api.test.ts', 'node_modules/**'],
          environment: 'node',
          sequence: { groupOrder: 0 },
        },
      },
      {
        test: {
          name: 'api',
          include: ['src/**/*.api.test.ts', 'tests/**/*.api.test.ts'],
          environment: 'node',
          testTimeout: 30_000,
          // Each file's beforeAll starts PGlite (WebAssembly) and applies every migration: seconds on
          // an idle machine, past 60 s on a two-core one shared with other builds (measured at a load
          // average of 50). A budget for the load, not a retry: a hang still fails.
          hookTimeout: 180_000,
          // Each file builds its own app on its own database; two cores, two workers.
          maxWorkers: 2,
          sequence: { groupOrder: 1 },
        },
      },
    ],
  },
});

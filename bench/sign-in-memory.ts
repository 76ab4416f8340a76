// Peak memory of ten concurrent sign-ins at the production scrypt cost (N = 2^17, 128 MB per run),
// with hashing bounded to PASSWORD_HASH_CONCURRENCY runs per process (2 by default) and unbounded (64).
// Each case runs in a fresh process, so that one's freed memory does not hide the next one's peak.
// `npm run bench -- sign-in-memory`; not part of `npm test`.
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const concurrentSignIns = 10;

async function measureOnce() {
  const { buildApp } = await import('../src/server/main');
  const { loadConfig } = await import('../src/server/platform/config');
  const { openDatabase } = await import('../src/server/platform/db');
  const { addMember } = await import('../src/server/modules/members/members.service');
  const { insertGovernment } = await import('../src/server/modules/territory/territory.queries');
  const { hashingCounters } = await import('../src/server/platform/passwords');
  const config = loadConfig(
    { ...process.env, NODE_ENV: 'test', LOG_LEVEL: 'silent' },
    { webDistDir: '/nonexistent' },
  );
  const database = await openDatabase({ isInMemory: true });
  await database.migrate();
  const app = await buildApp({ config, database, isLogging: false });
  await app.ready();
  const government = await insertGovernment(database.db, {
    slug: 'memoria',
    name: 'Municipio de Medición',
    kind: 'municipality',
    countryCode: 'CO',
    population: 1,
    languages: ['es'],
    reportingCurrency: 'COP',
    timezone: 'America/Bogota',
  });
  const password = 'el río Medellín suena de noche';
  const emails = Array.from({ length: concurrentSignIns }, (_, index) => `persona${index}@medicion.gov.co`);
  for (const email of emails) {
    await database.db.transaction((tx) =>
      addMember(
        tx,
        { governmentId: government.id, userId: null },
        { email, name: email, role: 'viewer', password },
        17,
      ),
    );
  }
  global.gc?.();
  const baseline = process.memoryUsage().rss;
  let peak = baseline;
  // Sampled every 5 ms while the sign-ins run; bounded by their end.
  const sampler = setInterval(() => {
    peak = Math.max(peak, process.memoryUsage().rss);
  }, 5);
  const started = performance.now();
  const statuses = await Promise.all(
    emails.map(
      async (email, index) =>
        (
          await app.inject({
            method: 'POST',
            url: '/api/auth/sign-in',
            payload: { email, password },
            remoteAddress: `10.0.0.${index}`,
          })
        ).statusCode,
    ),
  );
  const seconds = (performance.now() - started) / 1000;
  clearInterval(sampler);
  peak = Math.max(peak, process.memoryUsage().rss);
  await app.close();
  await database.close();
  console.log(
    JSON.stringify({
      slots: config.passwordHashConcurrency,
      isAllOk: statuses.every((status) => status === 200),
      baselineMb: Math.round(baseline / 2 ** 20),
      peakMb: Math.round(peak / 2 ** 20),
      growthMb: Math.round((peak - baseline) / 2 ** 20),
      seconds: Number(seconds.toFixed(2)),
      peakConcurrency: hashingCounters().peakConcurrency,
    }),
  );
}

if (process.env.SIGN_IN_MEMORY_CHILD === '1') {
  await measureOnce();
} else {
  const rows: string[] = [];
  for (const slots of ['64', '2']) {
    const result = spawnSync(
      process.execPath,
      ['--expose-gc', '--import', 'tsx', fileURLToPath(import.meta.url)],
      {
        env: { ...process.env, SIGN_IN_MEMORY_CHILD: '1', PASSWORD_HASH_CONCURRENCY: slots },
        encoding: 'utf8',
      },
    );
    if (result.status !== 0) throw new Error(result.stderr);
    const line = result.stdout.trim().split('\n').at(-1) as string;
    const measured = JSON.parse(line) as Record<string, number | boolean>;
    rows.push(
      `| ${slots === '64' ? 'unbounded (64)' : slots} | ${measured.peakConcurrency} | ${measured.baselineMb} | ${measured.peakMb} | ${measured.growthMb} | ${measured.seconds} | ${measured.isAllOk ? 'all 200' : 'FAILED'} |`,
    );
  }
  console.log(`${concurrentSignIns} concurrent sign-ins, scrypt N = 2^17, r = 8 (128 MB per run)\n`);
  console.log(
    '| hashing slots | scrypt runs at once | RSS before MB | peak RSS MB | growth MB | seconds | result |',
  );
  console.log('|---|---|---|---|---|---|---|');
  for (const row of rows) console.log(row);
}

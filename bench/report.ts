// `npm run bench -- report`: the report to the council for one government with 20,000 links (the
// social-utility dataset: 50,000 commitments, 100,000 transactions, 2,000 events and initiatives,
// 10,000 measurements), through the real app — POST, the background job, polling until ready — and
// step by step (figures, charts, PDF, workbook), with the size of each file. Bounded iterations.
import { randomUUID } from 'node:crypto';
import { sql } from 'drizzle-orm';
import pg from 'pg';
import { addDays, todayIn } from '../src/domain/calendar';
import { buildApp } from '../src/server/main';
import { addMember } from '../src/server/modules/members/members.service';
import { renderReportCharts } from '../src/server/modules/reports/reports.charts';
import { gatherReportFigures } from '../src/server/modules/reports/reports.figures';
import { renderReportPdf } from '../src/server/modules/reports/reports.pdf';
import { reportText } from '../src/server/modules/reports/reports.text';
import { renderReportXlsx } from '../src/server/modules/reports/reports.xlsx';
import { loadConfig } from '../src/server/platform/config';
import { openDatabase } from '../src/server/platform/db';
import { signInAs } from '../tests/test-app';
import { generateUtilityDataset } from './utility-dataset';

const iterations = Number(process.env.BENCH_ITERATIONS ?? 3);
const size = {
  governments: Number(process.env.BENCH_GOVERNMENTS ?? 1),
  links: Number(process.env.BENCH_LINKS ?? 20_000),
  commitments: Number(process.env.BENCH_COMMITMENTS ?? 50_000),
  transactions: Number(process.env.BENCH_TRANSACTIONS ?? 100_000),
  measurements: Number(process.env.BENCH_MEASUREMENTS ?? 10_000),
};
const adminUrl = process.env.BENCH_ADMIN_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const databaseName = `vinculo_rbench_${process.pid}`;

// Resident memory, sampled every 10 ms (and at each lap): the peak of each step says what it holds.
let sampledPeak = 0;
const sampleMemory = () => {
  sampledPeak = Math.max(sampledPeak, process.memoryUsage.rss());
};
const sampler = setInterval(sampleMemory, 10);
const mebibytes = (bytes: number) => (bytes / 1024 / 1024).toFixed(0);

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] as number;
}

const admin = new pg.Client({ connectionString: adminUrl });
await admin.connect();
await admin.query(`create database ${databaseName}`);
const databaseUrl = adminUrl.replace(/\/[^/]*$/, `/${databaseName}`);
const database = await openDatabase({ databaseUrl });
try {
  await database.migrate();
  const generationStart = performance.now();
  await generateUtilityDataset(database.db, size);
  const generationSeconds = (performance.now() - generationStart) / 1000;
  const [government] = (
    (await database.db.execute(sql`select id from governments where slug = 'ubench-1'`)) as unknown as {
      rows: { id: string }[];
    }
  ).rows;
  const governmentId = government!.id;
  const email = `bench-${randomUUID()}@prueba.gov.co`;
  await database.db.transaction((tx) =>
    addMember(
      tx,
      { governmentId, userId: null },
      { email, name: 'Bench', role: 'admin', password: 'bench-password-long' },
      10,
    ),
  );
  const config = loadConfig(
    { NODE_ENV: 'test', LOG_LEVEL: 'silent', SESSION_SECRET: 'bench-secret-bench-secret-bench-secret' },
    { webDistDir: '/nonexistent' },
  );
  const app = await buildApp({ config, database, isLogging: false });
  await app.ready();
  const client = await signInAs(app, email, 'bench-password-long');
  const base = `/api/governments/${governmentId}`;
  const today = todayIn('America/Bogota');
  const period = { from: addDays(today, -364), to: today };

  // Through the app: asked for, generated in the background, polled until ready.
  const endToEnd: number[] = [];
  let sizes = { pdf: 0, xlsx: 0 };
  for (let index = 0; index < iterations; index += 1) {
    const start = performance.now();
    const queued = await client.post(`${base}/reports`, { ...period, language: 'es' });
    if (queued.statusCode !== 202) throw new Error(`${queued.statusCode} ${queued.body}`);
    const id = (queued.json() as { id: string }).id;
    for (;;) {
      const report = (await client.get(`${base}/reports/${id}`)).json() as {
        status: string;
        pdfBytes: number;
        xlsxBytes: number;
      };
      if (report.status === 'failed') throw new Error('the report failed');
      if (report.status === 'completed') {
        sizes = { pdf: report.pdfBytes, xlsx: report.xlsxBytes };
        break;
      }
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    endToEnd.push(performance.now() - start);
    console.error(`  done: report ${index + 1}`);
  }

  // Step by step, outside HTTP: where the time goes.
  const steps = {
    figures: [] as number[],
    charts: [] as number[],
    pdf: [] as number[],
    xlsx: [] as number[],
  };
  const peaks: Record<keyof typeof steps, number[]> = { figures: [], charts: [], pdf: [], xlsx: [] };
  const text = reportText('es');
  for (let index = 0; index < iterations; index += 1) {
    let mark = performance.now();
    sampleMemory();
    sampledPeak = process.memoryUsage.rss();
    const lap = (step: keyof typeof steps) => {
      const now = performance.now();
      steps[step].push(now - mark);
      sampleMemory();
      peaks[step].push(sampledPeak);
      sampledPeak = process.memoryUsage.rss();
      mark = now;
    };
    const figures = await gatherReportFigures(
      database.db,
      { governmentId },
      { period, language: 'es' },
      new Date(),
      async () => undefined,
    );
    lap('figures');
    const charts = renderReportCharts(figures, text);
    lap('charts');
    await renderReportPdf(figures, text, charts);
    lap('pdf');
    await renderReportXlsx(figures, text);
    lap('xlsx');
  }

  const raw = new pg.Pool({ connectionString: databaseUrl, max: 1 });
  // Dropping the database at the end ends its connections: not an error of the bench.
  raw.on('error', () => undefined);
  const serverVersion = ((await raw.query('show server_version')).rows[0] as { server_version: string })
    .server_version;
  await raw.end();
  console.log(
    `\nDataset: ${size.governments} government(s) of ${size.links} links, ${size.commitments} commitments, ${size.transactions} transactions, ${size.measurements} measurements each (generated in ${generationSeconds.toFixed(0)} s). Period: ${period.from} to ${period.to}. ${iterations} iterations, no warm-up (a report is asked for once).`,
  );
  console.log(`PostgreSQL ${serverVersion}, Node ${process.version}\n`);
  console.log('| case | median ms | max ms | peak RSS MiB |');
  console.log('|---|---|---|---|');
  console.log(
    `| whole report through the API (POST, background job, polling until ready) | ${median(endToEnd).toFixed(0)} | ${Math.max(...endToEnd).toFixed(0)} | |`,
  );
  for (const [name, samples] of Object.entries(steps)) {
    const peak = Math.max(...peaks[name as keyof typeof steps]);
    console.log(
      `| step: ${name} | ${median(samples).toFixed(0)} | ${Math.max(...samples).toFixed(0)} | ${mebibytes(peak)} |`,
    );
  }
  console.log(`\nPeak RSS of the whole process: ${mebibytes(process.resourceUsage().maxRSS * 1024)} MiB.`);
  console.log(
    `\nFiles: PDF ${(sizes.pdf / 1024).toFixed(0)} KiB, XLSX ${(sizes.xlsx / 1024).toFixed(0)} KiB.`,
  );
  await app.close();
} catch (error) {
  console.error(error);
  process.exitCode = 1;
} finally {
  clearInterval(sampler);
  await database.close();
  await admin.query(`drop database if exists ${databaseName} with (force)`);
  await admin.end();
}

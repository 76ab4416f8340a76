// `npx tsx bench/report-statements.ts`: where the council report's figures step spends its time, by
// SQL statement. One government of the report bench's size (20,000 links…), in a throwaway database:
// every statement the step sends is timed at the driver, the slowest are printed and then run again
// under EXPLAIN (ANALYZE, BUFFERS); then the reasons, PDF and workbook are timed on the same figures.
// Not part of `npm run bench` (it reads plans, not a benchmark's figures).
import { sql } from 'drizzle-orm';
import pg from 'pg';
import { addDays, todayIn } from '../src/domain/calendar';
import { renderReportCharts } from '../src/server/modules/reports/reports.charts';
import { gatherReportFigures } from '../src/server/modules/reports/reports.figures';
import { renderReportPdf } from '../src/server/modules/reports/reports.pdf';
import { reportText } from '../src/server/modules/reports/reports.text';
import { renderReportXlsx } from '../src/server/modules/reports/reports.xlsx';
import { openDatabase } from '../src/server/platform/db';
import { generateUtilityDataset } from './utility-dataset';

type Timed = { text: string; values: unknown[]; ms: number };
const top = Number(process.env.BENCH_TOP ?? 8);
const explained = Number(process.env.BENCH_EXPLAIN ?? 4);
const adminUrl = process.env.BENCH_ADMIN_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const databaseName = `vinculo_rstatements_${process.pid}`;

// The app's pool answers through callbacks: each statement is timed from its send to its callback.
let timed: Timed[] | null = null;
const originalQuery = pg.Client.prototype.query;
pg.Client.prototype.query = function (this: pg.Client, ...args: unknown[]) {
  const [first, second] = args;
  const last = args[args.length - 1];
  if (timed && typeof last === 'function' && first) {
    const isText = typeof first === 'string';
    const config = first as { text: string; values?: unknown[] };
    const statement: Timed = {
      text: isText ? (first as string) : config.text,
      values: (isText ? second : (config.values ?? second)) as unknown[],
      ms: 0,
    };
    const start = performance.now();
    const log = timed;
    args[args.length - 1] = (...results: unknown[]) => {
      statement.ms = performance.now() - start;
      log.push(statement);
      return (last as (...inner: unknown[]) => unknown)(...results);
    };
  }
  return (originalQuery as (...inner: unknown[]) => unknown).apply(this, args);
} as typeof pg.Client.prototype.query;

const oneLine = (text: string, length: number) => text.replace(/\s+/g, ' ').slice(0, length);
const admin = new pg.Client({ connectionString: adminUrl });
await admin.connect();
await admin.query(`create database ${databaseName}`);
const databaseUrl = adminUrl.replace(/\/[^/]*$/, `/${databaseName}`);
const database = await openDatabase({ databaseUrl });
try {
  await database.migrate();
  await generateUtilityDataset(database.db, {
    governments: 1,
    links: Number(process.env.BENCH_LINKS ?? 20_000),
    commitments: 50_000,
    transactions: 100_000,
    measurements: 10_000,
  });
  const rows = (await database.db.execute(
    sql`select id from governments where slug = 'ubench-1'`,
  )) as unknown as {
    rows: { id: string }[];
  };
  const governmentId = rows.rows[0]!.id;
  const today = todayIn('America/Bogota');
  const statements: Timed[] = [];
  timed = statements;
  let mark = performance.now();
  const figures = await gatherReportFigures(
    database.db,
    { governmentId },
    { period: { from: addDays(today, -364), to: today }, language: 'es' },
    new Date(),
    async () => undefined,
  );
  const figuresMs = performance.now() - mark;
  timed = null;
  const total = statements.reduce((sum, statement) => sum + statement.ms, 0);
  console.log(
    `Figures step: ${figuresMs.toFixed(0)} ms, ${statements.length} statements, ${total.toFixed(0)} ms summed.\n`,
  );
  const slowest = [...statements].sort((a, b) => b.ms - a.ms).slice(0, top);
  console.log('| ms | statement |\n|---|---|');
  for (const statement of slowest)
    console.log(`| ${statement.ms.toFixed(0)} | ${oneLine(statement.text, 160)} |`);
  const raw = new pg.Pool({ connectionString: databaseUrl, max: 1 });
  raw.on('error', () => undefined);
  for (const statement of slowest.slice(0, explained)) {
    const plan = await raw.query(`explain (analyze, buffers) ${statement.text}`, statement.values);
    console.log(`\n${oneLine(statement.text, 300)}\n`);
    console.log(plan.rows.map((row: Record<string, string>) => row['QUERY PLAN']).join('\n'));
  }
  await raw.end();

  const text = reportText('es');
  mark = performance.now();
  let reasons = 0;
  for (const group of figures.links.groups.values())
    for (const link of group)
      for (const reason of link.reasons) {
        text.reason(reason);
        reasons += 1;
      }
  const reasonsMs = performance.now() - mark;
  mark = performance.now();
  const pdf = await renderReportPdf(figures, reportText('es'), renderReportCharts(figures, reportText('es')));
  const pdfMs = performance.now() - mark;
  mark = performance.now();
  const xlsx = await renderReportXlsx(figures, reportText('es'));
  const xlsxMs = performance.now() - mark;
  console.log(
    `\nReasons: ${reasons} written in ${reasonsMs.toFixed(0)} ms (one report's words, kept once written).`,
  );
  console.log(`Charts and PDF: ${pdfMs.toFixed(0)} ms, ${(pdf.length / 1024).toFixed(0)} KiB.`);
  console.log(`XLSX: ${xlsxMs.toFixed(0)} ms, ${(xlsx.length / 1024).toFixed(0)} KiB.`);
  console.log(`Resident memory at the end: ${(process.memoryUsage.rss() / 1024 / 1024).toFixed(0)} MiB.`);
} catch (error) {
  console.error(error);
  process.exitCode = 1;
} finally {
  await database.close();
  await admin.query(`drop database if exists ${databaseName} with (force)`);
  await admin.end();
}

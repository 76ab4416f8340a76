// Generates reports in the background of the app process, one after another, following the IATI
// import runner: a report is a row claimed with FOR UPDATE SKIP LOCKED and kept alive by a
// heartbeat, so any process (this one after a restart, or another behind the load balancer) can
// take it up, and the finished files live in the database, not in one process's memory or disk.
import { randomUUID } from 'node:crypto';
import { hostname } from 'node:os';
import type { ReportStep } from '../../../contracts/reports';
import { recordAudit } from '../../platform/audit';
import type { Database } from '../../platform/db';
import { renderReportCharts } from './reports.charts';
import { gatherReportFigures } from './reports.figures';
import { renderReportPdf } from './reports.pdf';
import * as queries from './reports.queries';
import { reportText } from './reports.text';
import { renderReportXlsx } from './reports.xlsx';

/**
 * A running report whose heartbeat is older than this lost its process and may be claimed again.
 * Generous: composing the PDF of a government with 20,000 links is one long step without a beat.
 */
export const reportStaleAfterMs = 10 * 60_000;

type Logger = { error: (object: unknown, message: string) => void };

export type ReportRunner = {
  enqueue: (reportId: string) => void;
  /** Queued reports and reports whose process died (stale heartbeat) are taken up. */
  pickUpPending: () => Promise<void>;
  /** Stops after the current report. */
  stop: () => Promise<void>;
  /** Resolves when the reports enqueued so far are finished (tests, CLI, demo). */
  idle: () => Promise<void>;
};

/**
 * Claims and generates one report. Returns the finished row, or null when another worker has it.
 * A failure marks the report failed (with a message key, so each reader gets their language).
 */
export async function runReportJob(
  db: Database,
  reportId: string,
  options: { workerId: string; now?: () => Date },
) {
  const claimed = await queries.claimReport(
    db,
    reportId,
    options.workerId,
    new Date(Date.now() - reportStaleAfterMs),
  );
  if (!claimed) return null;
  const context = { governmentId: claimed.governmentId, userId: claimed.createdBy };
  const beat = async (progress: number, step: ReportStep) => {
    await queries.updateReport(db, reportId, { progress, step, heartbeatAt: new Date() });
  };
  try {
    const text = reportText(claimed.language);
    const figures = await gatherReportFigures(
      db,
      context,
      { period: { from: claimed.periodFrom, to: claimed.periodTo }, language: claimed.language },
      options.now?.() ?? new Date(),
      (progress) => beat(progress, 'figures'),
    );
    await beat(0.65, 'charts');
    const charts = renderReportCharts(figures, text);
    await beat(0.7, 'pdf');
    const pdf = await renderReportPdf(figures, text, charts);
    await beat(0.85, 'xlsx');
    const xlsx = await renderReportXlsx(figures, text);
    return await db.transaction(async (tx) => {
      const finished = await queries.updateReport(tx, reportId, {
        status: 'completed',
        progress: 1,
        step: 'done',
        pdf,
        xlsx,
        pdfBytes: pdf.length,
        xlsxBytes: xlsx.length,
        heartbeatAt: new Date(),
        finishedAt: new Date(),
      });
      await recordAudit(tx, context, {
        entityType: 'council_report',
        entityId: reportId,
        action: 'status_change',
        before: { status: 'running' },
        after: { status: 'completed', pdfBytes: pdf.length, xlsxBytes: xlsx.length },
      });
      return finished ?? null;
    });
  } catch (error) {
    await db.transaction(async (tx) => {
      await queries.updateReport(tx, reportId, {
        status: 'failed',
        error: 'validation.reportFailed',
        finishedAt: new Date(),
      });
      await recordAudit(tx, context, {
        entityType: 'council_report',
        entityId: reportId,
        action: 'status_change',
        before: { status: 'running' },
        after: { status: 'failed', error: error instanceof Error ? error.message : String(error) },
      });
    });
    throw error;
  }
}

export function createReportRunner(options: { db: Database; log: Logger; now?: () => Date }): ReportRunner {
  const workerId = `${hostname()}:${process.pid}:${randomUUID().slice(0, 8)}`;
  let chain: Promise<void> = Promise.resolve();
  let isStopping = false;
  const queued = new Set<string>();

  const enqueue = (reportId: string) => {
    if (isStopping || queued.has(reportId)) return;
    queued.add(reportId);
    chain = chain
      .then(() =>
        isStopping
          ? null
          : runReportJob(options.db, reportId, { workerId, ...(options.now ? { now: options.now } : {}) }),
      )
      .then(
        () => undefined,
        (error: unknown) => options.log.error({ err: error, reportId }, 'Council report failed'),
      )
      .finally(() => queued.delete(reportId));
  };

  return {
    enqueue,
    async pickUpPending() {
      const ids = await queries.findClaimableReportIds(options.db, new Date(Date.now() - reportStaleAfterMs));
      for (const id of ids) enqueue(id);
    },
    async stop() {
      isStopping = true;
      await chain;
    },
    idle: () => chain,
  };
}

import { and, eq, inArray, notInArray, sql } from 'drizzle-orm';
import { type ReportRequest, reportListSize } from '../../../contracts/reports';
import { councilReports } from '../../db/schema';
import { recordAudit } from '../../platform/audit';
import type { Database } from '../../platform/db';
import { AppError, fieldError, NotFoundError } from '../../platform/errors';
import type { TenantContext } from '../../platform/tenancy';
import * as queries from './reports.queries';

/** A government waits for at most this many reports at once: each one reads everything it has. */
export const maxPendingReports = 3;
/** Older reports (and their files) than the latest this many are removed when a new one is asked. */
export const keptReports = reportListSize;

/**
 * Queues a report for the period; the runner generates it. Audited. Refused (422) while the
 * government already waits for `maxPendingReports`. The oldest reports beyond `keptReports` go.
 */
export async function requestReport(db: Database, context: TenantContext, input: ReportRequest) {
  const [pending] = await db
    .select({ value: sql<number>`count(*)::int` })
    .from(councilReports)
    .where(
      and(
        eq(councilReports.governmentId, context.governmentId),
        inArray(councilReports.status, ['queued', 'running']),
      ),
    );
  if ((pending?.value ?? 0) >= maxPendingReports)
    throw fieldError('from', 'validation.tooManyPendingReports');
  const created = await queries.insertReport(db, {
    governmentId: context.governmentId,
    periodFrom: input.from,
    periodTo: input.to,
    language: input.language,
    createdBy: context.userId,
  });
  await recordAudit(db, context, {
    entityType: 'council_report',
    entityId: created.id,
    action: 'create',
    after: created,
  });
  await pruneReports(db, context);
  return created;
}

async function pruneReports(db: Database, context: TenantContext) {
  const kept = db
    .select({ id: councilReports.id })
    .from(councilReports)
    .where(eq(councilReports.governmentId, context.governmentId))
    .orderBy(sql`${councilReports.createdAt} desc`, sql`${councilReports.id} desc`)
    .limit(keptReports);
  const removed = await db
    .delete(councilReports)
    .where(
      and(
        eq(councilReports.governmentId, context.governmentId),
        notInArray(councilReports.id, kept),
        inArray(councilReports.status, ['completed', 'failed']),
      ),
    )
    .returning({
      id: councilReports.id,
      periodFrom: councilReports.periodFrom,
      periodTo: councilReports.periodTo,
    });
  for (const row of removed) {
    await recordAudit(db, context, {
      entityType: 'council_report',
      entityId: row.id,
      action: 'delete',
      before: row,
    });
  }
}

export async function listReports(db: Database, context: TenantContext) {
  return queries.findReports(db, context, reportListSize);
}

export async function getReport(db: Database, context: TenantContext, id: string) {
  const report = await queries.findReport(db, context, id);
  if (!report) throw new NotFoundError();
  return report;
}

/** The bytes of a completed report's PDF or workbook; 404 outside the tenant, 409 until ready. */
export async function getReportFile(db: Database, context: TenantContext, id: string, kind: 'pdf' | 'xlsx') {
  const found = await queries.findReportFile(db, context, id, kind);
  if (!found) throw new NotFoundError();
  if (found.status !== 'completed' || !found.file) {
    throw new AppError(409, 'report_not_ready', 'problems.reportNotReady', 'validation.reportNotReady');
  }
  const report = await getReport(db, context, id);
  return { bytes: Buffer.from(found.file), report };
}

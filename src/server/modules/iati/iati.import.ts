// The import of one IATI file into the government's catalogue: streamed, mapped one activity at a
// time, written in batches of 500 inside transactions. A job interrupted by a crash is read again
// from the start by whoever claims it next; upserts by (government, identifier) make that idempotent.
import { rm } from 'node:fs/promises';
import path from 'node:path';
import {
  type ImportProblem,
  type MappedActivity,
  mapActivity,
  partnerKindOfOrganisationType,
} from '../../../domain/iati-activity';
import { recordAudit } from '../../platform/audit';
import { analyzeTables, type Database } from '../../platform/db';
import * as queries from './iati.queries';
import { type ReadSummary, readIatiFile } from './iati.reader';

export const batchSize = 500;
const progressIntervalMs = 1000;
/** A running job whose heartbeat is older than this lost its process and may be claimed again. */
export const staleAfterMs = 60_000;
/** The skip report is kept whole up to this many entries; the counts are always exact. */
const maxSkippedEntries = 5000;

type SkippedEntry = { index: number; identifier: string | null; reason: string };
type JobContext = { governmentId: string; userId: string | null };

export type RunImportOptions = {
  workerId: string;
  /** Uploaded files live here and are removed once imported; files elsewhere (CLI) are left alone. */
  uploadsDir?: string;
  onProgress?: (job: queries.ImportJobRow) => void;
  /** Asked between chunks: a stopping process leaves the job for another one to resume. */
  shouldStop?: () => boolean;
};

/** Finds or creates the partner of each publisher, by IATI organisation identifier; audited. */
async function ensurePublishers(db: Database, context: JobContext, activities: MappedActivity[]) {
  const publishers = new Map<string, MappedActivity>();
  for (const activity of activities)
    if (activity.reportingOrgRef && !publishers.has(activity.reportingOrgRef))
      publishers.set(activity.reportingOrgRef, activity);
  const existing = await queries.findPartnersByOrgIds(db, context, [...publishers.keys()]);
  const partnerIds = new Map(existing.map((row) => [row.iatiOrgId as string, row.id]));
  for (const [orgId, activity] of publishers) {
    if (partnerIds.has(orgId)) continue;
    const partner = await queries.insertPartner(db, {
      governmentId: context.governmentId,
      name: activity.reportingOrgName ?? orgId,
      kind: partnerKindOfOrganisationType(activity.reportingOrgType),
      iatiOrgId: orgId,
      iatiOrgType: activity.reportingOrgType,
      tags: ['iati'],
      createdBy: context.userId,
      updatedBy: context.userId,
    });
    await recordAudit(db, context, {
      entityType: 'partner',
      entityId: partner.id,
      action: 'create',
      after: partner,
    });
    partnerIds.set(orgId, partner.id);
  }
  return partnerIds;
}

function skippedEntry(problem: ImportProblem): SkippedEntry {
  return { index: problem.index, identifier: problem.identifier, reason: problem.reason };
}

/** Writes one batch: publishers, activities (the last one wins when a file repeats an identifier). */
async function writeBatch(db: Database, context: JobContext, jobId: string, activities: MappedActivity[]) {
  const unique = [...new Map(activities.map((activity) => [activity.iatiIdentifier, activity])).values()];
  const partnerIds = await ensurePublishers(db, context, unique);
  const importedAt = new Date();
  await queries.upsertActivities(
    db,
    unique.map(({ reportingOrgType: _type, ...activity }) => ({
      ...activity,
      governmentId: context.governmentId,
      partnerId: activity.reportingOrgRef ? (partnerIds.get(activity.reportingOrgRef) ?? null) : null,
      importJobId: jobId,
      importedAt,
    })),
  );
}

/**
 * Claims and runs one import job. Returns the finished job, or null when another worker has it.
 * Errors of the file (not IATI, unreadable) fail the job; they are not thrown.
 */
export async function runImportJob(db: Database, jobId: string, options: RunImportOptions) {
  const claimed = await queries.claimJob(db, jobId, options.workerId, new Date(Date.now() - staleAfterMs));
  if (!claimed) return null;
  const context: JobContext = { governmentId: claimed.governmentId, userId: claimed.createdBy };
  const counts = { activitiesSeen: 0, activitiesImported: 0, activitiesSkipped: 0 };
  const skipped: SkippedEntry[] = [];
  let pending: MappedActivity[] = [];
  let bytesRead = 0;
  let lastProgressAt = Date.now();

  const saveProgress = async (write?: (tx: Database) => Promise<void>) => {
    const values = { ...counts, bytesRead, skipped, heartbeatAt: new Date() };
    const job = await db.transaction(async (tx) => {
      if (write) await write(tx);
      return queries.updateJob(tx, jobId, values);
    });
    lastProgressAt = Date.now();
    if (job) options.onProgress?.(job);
  };
  const flush = async () => {
    const batch = pending;
    pending = [];
    await saveProgress(batch.length > 0 ? (tx) => writeBatch(tx, context, jobId, batch) : undefined);
  };

  try {
    if (!claimed.storagePath) throw new Error('validation.emptyUpload');
    const summary: ReadSummary = { rootName: null, fileErrors: [] };
    for await (const step of readIatiFile(claimed.storagePath, { summary })) {
      bytesRead = step.bytesRead;
      for (const raw of step.activities) {
        counts.activitiesSeen += 1;
        const { activity, problems } = mapActivity(raw);
        for (const problem of problems)
          if (skipped.length < maxSkippedEntries) skipped.push(skippedEntry(problem));
        if (!activity) {
          counts.activitiesSkipped += 1;
          continue;
        }
        counts.activitiesImported += 1;
        pending.push(activity);
        if (pending.length >= batchSize) await flush();
      }
      if (Date.now() - lastProgressAt >= progressIntervalMs) await flush();
      if (options.shouldStop?.()) {
        await flush();
        await queries.releaseJob(db, jobId, options.workerId);
        return null;
      }
    }
    if (summary.rootName !== 'iati-activities') throw new Error('validation.notXml');
    for (const message of summary.fileErrors)
      if (skipped.length < maxSkippedEntries)
        skipped.push({ index: -1, identifier: null, reason: `malformed XML: ${message}` });
    await flush();
    const finished = await db.transaction(async (tx) => {
      const job = await queries.updateJob(tx, jobId, {
        status: 'completed',
        finishedAt: new Date(),
        heartbeatAt: new Date(),
      });
      await recordAudit(tx, context, {
        entityType: 'iati_import_job',
        entityId: jobId,
        action: 'import',
        after: { fileName: claimed.fileName, ...counts },
      });
      return job;
    });
    await removeUpload(claimed.storagePath, options.uploadsDir);
    // Thousands of new catalogue rows: the catalogue search plans with their statistics.
    await analyzeTables(db, ['iati_activities', 'partners']);
    if (finished) options.onProgress?.(finished);
    return finished;
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const failed = await queries.updateJob(db, jobId, {
      status: 'failed',
      error: message,
      finishedAt: new Date(),
    });
    if (failed) options.onProgress?.(failed);
    return failed;
  }
}

async function removeUpload(storagePath: string, uploadsDir: string | undefined) {
  if (!uploadsDir) return;
  const relative = path.relative(uploadsDir, storagePath);
  if (relative.startsWith('..') || path.isAbsolute(relative)) return;
  await rm(storagePath, { force: true });
}

/** Registers a file already on disk as an import job (the CLI path): queued, audited. */
export async function createFileJob(
  db: Database,
  context: JobContext,
  file: { fileName: string; storagePath: string; sizeBytes: number },
) {
  const job = await queries.insertJob(db, {
    governmentId: context.governmentId,
    fileName: file.fileName,
    storagePath: file.storagePath,
    sizeBytes: file.sizeBytes,
    status: 'queued',
    createdBy: context.userId,
  });
  await recordAudit(db, context, {
    entityType: 'iati_import_job',
    entityId: job.id,
    action: 'create',
    after: job,
  });
  return job;
}

// Spreadsheet imports as jobs: the upload is stored and previewed at once; applying it is a job
// claimed with FOR UPDATE SKIP LOCKED and kept alive by a heartbeat (like the IATI imports), so
// whichever process is alive runs it. The whole file is written in one transaction: all or nothing.
import { randomUUID } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import { mkdir, rm } from 'node:fs/promises';
import { hostname } from 'node:os';
import path from 'node:path';
import { type Readable, Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { Language } from '../../../contracts/common';
import type { ImportMode, SheetRegistry } from '../../../contracts/spreadsheets';
import { recordAudit } from '../../platform/audit';
import { analyzeTables, type Database } from '../../platform/db';
import { fieldError, NotFoundError } from '../../platform/errors';
import type { TenantContext } from '../../platform/tenancy';
import { detectFormat, SheetFileError, sheetLimits } from './sheet-reader';
import { applyImport, ImportChangedError, previewImport } from './spreadsheets.import';
import * as queries from './spreadsheets.queries';
import { sheetRegistryDefinitions } from './spreadsheets.registries';

/** A running job whose heartbeat is older than this lost its process and may be claimed again. */
export const staleAfterMs = 60_000;
const progressIntervalMs = 1000;

export function registryOf(name: SheetRegistry) {
  const registry = sheetRegistryDefinitions[name];
  if (!registry) throw new NotFoundError();
  return registry;
}

/** Stores the body on disk (bounded), previews it and records the job; a refused file leaves nothing. */
export async function receiveSheet(
  db: Database,
  context: TenantContext,
  upload: {
    registry: SheetRegistry;
    body: Readable;
    fileName: string;
    uploadsDir: string;
    language: Language;
  },
) {
  const registry = registryOf(upload.registry);
  await mkdir(upload.uploadsDir, { recursive: true });
  const storagePath = path.join(upload.uploadsDir, `sheet-${randomUUID()}`);
  let received = 0;
  const counter = new Transform({
    transform(chunk: Buffer, _encoding, callback) {
      received += chunk.length;
      if (received > sheetLimits.maxBytes)
        callback(
          new SheetFileError(
            'validation.fileTooLarge',
            { limit: `${sheetLimits.maxBytes / 1024 ** 2} MiB` },
            413,
          ),
        );
      else callback(null, chunk);
    },
  });
  try {
    await pipeline(upload.body, counter, createWriteStream(storagePath));
    if (received === 0) throw fieldError('file', 'validation.emptyUpload');
    const format = await detectFormat(storagePath);
    const { counts, preview } = await previewImport(
      db,
      context,
      registry,
      { path: storagePath, format },
      upload.language,
    );
    return await db.transaction(async (tx) => {
      const job = await queries.insertJob(tx, {
        governmentId: context.governmentId,
        registry: upload.registry,
        fileName: upload.fileName,
        format,
        storagePath,
        language: upload.language,
        status: 'previewed',
        counts,
        preview,
        createdBy: context.userId,
      });
      await recordAudit(tx, context, {
        entityType: 'sheet_import_job',
        entityId: job.id,
        action: 'create',
        after: { registry: job.registry, fileName: job.fileName, counts },
      });
      return job;
    });
  } catch (error) {
    await rm(storagePath, { force: true });
    throw error;
  }
}

export async function getJob(db: Database, context: TenantContext, registry: SheetRegistry, id: string) {
  const job = await queries.findJob(db, context, registry, id);
  if (!job) throw new NotFoundError();
  return job;
}

/**
 * Queues a previewed import with the mode the user chose. Refused while the preview has errors (the
 * file is corrected and uploaded again), or once the job has been applied.
 */
export async function queueApply(
  db: Database,
  context: TenantContext,
  registry: SheetRegistry,
  id: string,
  mode: ImportMode,
) {
  const job = await getJob(db, context, registry, id);
  const counts = job.counts as { add: number; update: number; errors: number };
  if (job.status !== 'previewed' && job.status !== 'failed')
    throw fieldError('status', 'validation.importNotResumable');
  if (counts.errors > 0) throw fieldError('file', 'validation.sheetHasErrors', { count: counts.errors });
  if (!job.storagePath) throw fieldError('file', 'validation.importNotResumable');
  const toWrite = counts.add + (mode === 'add_and_update' ? counts.update : 0);
  const queued = await queries.updateJob(db, id, {
    status: 'queued',
    mode,
    toWrite,
    written: 0,
    error: null,
    finishedAt: null,
  });
  await recordAudit(db, context, {
    entityType: 'sheet_import_job',
    entityId: id,
    action: 'status_change',
    before: { status: job.status },
    after: { status: 'queued', mode },
  });
  return queued ?? job;
}

type RunOptions = { workerId: string; shouldStop?: () => boolean };

/** Claims and applies one import job; returns the finished job, or null when another worker has it. */
export async function runSheetJob(db: Database, jobId: string, options: RunOptions) {
  const claimed = await queries.claimJob(db, jobId, options.workerId, new Date(Date.now() - staleAfterMs));
  if (!claimed) return null;
  // The person who uploaded the file is the author of every change.
  const context: TenantContext = {
    governmentId: claimed.governmentId,
    userId: claimed.createdBy ?? '',
    role: 'admin',
  };
  const language = claimed.language as Language;
  // Progress and heartbeat go through their own connection: the import's transaction is not theirs.
  // (On the embedded database there is one connection, and they land when the transaction ends.)
  let report: Promise<unknown> = Promise.resolve();
  let lastReportAt = 0;
  const reportProgress = (written: number) => {
    if (Date.now() - lastReportAt < progressIntervalMs) return;
    lastReportAt = Date.now();
    report = report
      .then(() => queries.updateJob(db, jobId, { written, heartbeatAt: new Date() }))
      .catch(() => undefined);
  };
  try {
    const registry = registryOf(claimed.registry as SheetRegistry);
    if (!claimed.storagePath) throw new Error('validation.importNotResumable');
    const file = { path: claimed.storagePath, format: claimed.format };
    const result = await db.transaction((tx) =>
      applyImport(tx, context, registry, file, language, claimed.mode ?? 'add', reportProgress),
    );
    await report;
    const finished = await db.transaction(async (tx) => {
      const job = await queries.updateJob(tx, jobId, {
        status: 'completed',
        added: result.added,
        updated: result.updated,
        written: result.added + result.updated,
        finishedAt: new Date(),
        heartbeatAt: new Date(),
      });
      await recordAudit(tx, context, {
        entityType: 'sheet_import_job',
        entityId: jobId,
        action: 'import',
        after: { registry: claimed.registry, fileName: claimed.fileName, mode: claimed.mode, ...result },
      });
      return job;
    });
    await rm(claimed.storagePath, { force: true });
    await analyzeTables(db, ['partners', 'partner_contacts']).catch(() => undefined);
    return finished;
  } catch (error) {
    await report;
    const message =
      error instanceof ImportChangedError
        ? error.firstError
          ? `${error.firstError.row} · ${error.firstError.column}: ${error.firstError.message}`
          : error.message
        : error instanceof Error
          ? error.message
          : String(error);
    return queries.updateJob(db, jobId, {
      status: 'failed',
      written: 0,
      error: message,
      finishedAt: new Date(),
    });
  }
}

type Logger = { error: (object: unknown, message: string) => void };

export type SheetRunner = {
  enqueue: (jobId: string) => void;
  pickUpPending: () => Promise<void>;
  stop: () => Promise<void>;
  idle: () => Promise<void>;
};

/** Runs this process's import jobs one after another (see the IATI runner: same contract). */
export function createSheetRunner(options: { db: Database; log: Logger }): SheetRunner {
  const workerId = `${hostname()}:${process.pid}:${randomUUID().slice(0, 8)}`;
  let chain: Promise<void> = Promise.resolve();
  let isStopping = false;
  const queued = new Set<string>();
  const enqueue = (jobId: string) => {
    if (isStopping || queued.has(jobId)) return;
    queued.add(jobId);
    chain = chain
      .then(() =>
        isStopping ? null : runSheetJob(options.db, jobId, { workerId, shouldStop: () => isStopping }),
      )
      .then(
        () => undefined,
        (error: unknown) => options.log.error({ err: error, jobId }, 'spreadsheet import job failed to run'),
      )
      .finally(() => queued.delete(jobId));
  };
  return {
    enqueue,
    async pickUpPending() {
      const ids = await queries.findClaimableJobIds(options.db, new Date(Date.now() - staleAfterMs));
      for (const id of ids) enqueue(id);
    },
    async stop() {
      isStopping = true;
      await chain;
    },
    idle: () => chain,
  };
}

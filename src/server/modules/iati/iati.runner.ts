// Runs import jobs in the background of the app process, one after another. Nothing is held only in
// memory: a job is a row claimed with FOR UPDATE SKIP LOCKED and kept alive by a heartbeat, so any
// process (this one after a restart, or another one behind the load balancer) can pick it up.
import { randomUUID } from 'node:crypto';
import { hostname } from 'node:os';
import { recordAudit } from '../../platform/audit';
import type { Database } from '../../platform/db';
import { fieldError, NotFoundError } from '../../platform/errors';
import type { TenantContext } from '../../platform/tenancy';
import { runImportJob, staleAfterMs } from './iati.import';
import * as queries from './iati.queries';

type Logger = { error: (object: unknown, message: string) => void };

export type ImportRunner = {
  enqueue: (jobId: string) => void;
  /** Queued jobs and jobs whose process died (stale heartbeat) are taken up. */
  pickUpPending: () => Promise<void>;
  /** Stops after the current chunk; the unfinished job stays claimable for a later run. */
  stop: () => Promise<void>;
  /** Resolves when the jobs enqueued so far have finished (tests, CLI). */
  idle: () => Promise<void>;
};

export function createImportRunner(options: { db: Database; uploadsDir: string; log: Logger }): ImportRunner {
  const workerId = `${hostname()}:${process.pid}:${randomUUID().slice(0, 8)}`;
  let chain: Promise<void> = Promise.resolve();
  let isStopping = false;
  const queued = new Set<string>();

  const enqueue = (jobId: string) => {
    if (isStopping || queued.has(jobId)) return;
    queued.add(jobId);
    chain = chain
      .then(() =>
        isStopping
          ? null
          : runImportJob(options.db, jobId, {
              workerId,
              uploadsDir: options.uploadsDir,
              shouldStop: () => isStopping,
            }),
      )
      .then(
        () => undefined,
        (error: unknown) => options.log.error({ err: error, jobId }, 'IATI import job failed to run'),
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

/**
 * Puts a failed or interrupted job back in the queue; a completed one, or one being uploaded or
 * run by a live process, cannot be resumed (422).
 */
export async function requeueJob(db: Database, context: TenantContext, jobId: string) {
  const job = await queries.findJob(db, context, jobId);
  if (!job) throw new NotFoundError();
  const row = await queries.requeueJob(db, jobId, new Date(Date.now() - staleAfterMs));
  if (!row) throw fieldError('status', 'validation.importNotResumable');
  await recordAudit(db, context, {
    entityType: 'iati_import_job',
    entityId: jobId,
    action: 'status_change',
    before: { status: job.status },
    after: { status: row.status },
  });
  return row;
}

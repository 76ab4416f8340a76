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

/** Jobs taken up per look: they run one after another, so more would only wait in memory. */
const pickupBatch = 10;

export type ImportRunner = {
  enqueue: (jobId: string) => void;
  /**
   * Queued jobs and jobs whose process died (stale heartbeat) are taken up, a bounded number per
   * call; `governmentId` limits the look to one government (tests sharing one database).
   */
  pickUpPending: (scope?: { governmentId?: string | undefined }) => Promise<void>;
  /**
   * Looks for such jobs every `intervalMs` (a killed CLI import or a crashed server is finished by any
   * live process, not only after a restart); looks never overlap. Returns the function that stops it.
   */
  startPeriodicPickup: (intervalMs: number, scope?: { governmentId?: string | undefined }) => () => void;
  /** Stops after the current chunk; the unfinished job stays claimable for a later run. */
  stop: () => Promise<void>;
  /** Resolves when the jobs enqueued so far have finished (tests, CLI). */
  idle: () => Promise<void>;
};

/** The name this process claims jobs under: host, pid and a random part (two apps in one process differ). */
export function newWorkerId() {
  return `${hostname()}:${process.pid}:${randomUUID().slice(0, 8)}`;
}

export function createImportRunner(options: {
  db: Database;
  uploadsDir: string;
  log: Logger;
  workerId: string;
}): ImportRunner {
  const { workerId } = options;
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

  const pickUpPending: ImportRunner['pickUpPending'] = async (scope) => {
    if (isStopping || queued.size >= pickupBatch) return;
    const ids = await queries.findClaimableJobIds(options.db, new Date(Date.now() - staleAfterMs), {
      limit: pickupBatch,
      governmentId: scope?.governmentId,
    });
    for (const id of ids) enqueue(id);
  };

  return {
    enqueue,
    pickUpPending,
    startPeriodicPickup(intervalMs, scope) {
      let isLooking = false;
      const look = async () => {
        if (isLooking) return;
        isLooking = true;
        try {
          await pickUpPending(scope);
        } catch (error) {
          options.log.error({ err: error }, 'looking for IATI import jobs failed');
        } finally {
          isLooking = false;
        }
      };
      const timer = setInterval(() => void look(), intervalMs);
      timer.unref();
      return () => clearInterval(timer);
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

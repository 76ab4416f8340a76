// Receives an IATI file as the raw request body, straight to disk: a 500 MB publisher file never
// sits in memory. bytes_read follows the upload so that the progress bar moves while it arrives.
import { createWriteStream } from 'node:fs';
import { mkdir, rm } from 'node:fs/promises';
import path from 'node:path';
import { type Readable, Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { recordAudit } from '../../platform/audit';
import type { Database } from '../../platform/db';
import { AppError, fieldError } from '../../platform/errors';
import type { TenantContext } from '../../platform/tenancy';
import * as queries from './iati.queries';

export const uploadLimitBytes = 1024 ** 3;
const progressIntervalMs = 1000;

export class UploadTooLargeError extends AppError {
  constructor(limitBytes: number) {
    super(413, 'payload_too_large', 'problems.payloadTooLarge', 'validation.fileTooLarge', {
      limit: `${Math.round(limitBytes / 1024 ** 2)} MiB`,
    });
  }
}

/** A file name fit for display: the last path segment, decoded when the client percent-encoded it. */
export function cleanFileName(header: string | string[] | undefined): string {
  const raw = Array.isArray(header) ? header[0] : header;
  let name = raw ?? '';
  try {
    name = decodeURIComponent(name);
  } catch {
    // not percent-encoded: keep it as sent
  }
  const base = path.basename(name.replaceAll('\\', '/')).trim().slice(0, 255);
  return base || 'iati-activities.xml';
}

/**
 * Creates the job (status uploading, audited), streams the body to `<uploadsDir>/<jobId>.xml` and
 * leaves the job queued with its real size. A refused upload leaves a failed job and no file.
 */
export async function receiveUpload(
  db: Database,
  context: TenantContext,
  upload: {
    body: Readable;
    fileName: string;
    declaredSize: number | null;
    uploadsDir: string;
    limitBytes?: number;
  },
) {
  const limit = upload.limitBytes ?? uploadLimitBytes;
  if (upload.declaredSize !== null && upload.declaredSize > limit) throw new UploadTooLargeError(limit);
  const job = await db.transaction(async (tx) => {
    const created = await queries.insertJob(tx, {
      governmentId: context.governmentId,
      fileName: upload.fileName,
      sizeBytes: upload.declaredSize ?? 0,
      status: 'uploading',
      createdBy: context.userId,
    });
    await recordAudit(tx, context, {
      entityType: 'iati_import_job',
      entityId: created.id,
      action: 'create',
      after: created,
    });
    return created;
  });
  await mkdir(upload.uploadsDir, { recursive: true });
  const storagePath = path.join(upload.uploadsDir, `${job.id}.xml`);
  let received = 0;
  let lastReportAt = Date.now();
  let report: Promise<unknown> = Promise.resolve();
  const counter = new Transform({
    transform(chunk: Buffer, _encoding, callback) {
      received += chunk.length;
      if (received > limit) {
        callback(new UploadTooLargeError(limit));
        return;
      }
      if (Date.now() - lastReportAt >= progressIntervalMs) {
        lastReportAt = Date.now();
        // One report at a time: a slow database must not pile up updates.
        report = report.then(() => queries.updateJob(db, job.id, { bytesRead: received }));
      }
      callback(null, chunk);
    },
  });
  try {
    await pipeline(upload.body, counter, createWriteStream(storagePath));
    await report;
    if (received === 0) throw fieldError('file', 'validation.emptyUpload');
  } catch (error) {
    await report.catch(() => undefined);
    await rm(storagePath, { force: true });
    const message = error instanceof AppError ? (error.detailKey ?? error.code) : 'upload interrupted';
    await queries.updateJob(db, job.id, {
      status: 'failed',
      error: message,
      bytesRead: received,
      finishedAt: new Date(),
    });
    throw error;
  }
  // From here bytes_read counts what the parser has read of the stored file.
  const queued = await queries.updateJob(db, job.id, {
    status: 'queued',
    storagePath,
    sizeBytes: received,
    bytesRead: 0,
  });
  return queued ?? job;
}

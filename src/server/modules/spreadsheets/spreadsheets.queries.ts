import { and, asc, desc, eq, lt, or, type SQL } from 'drizzle-orm';
import { sheetImportJobs } from '../../db/schema';
import type { Database } from '../../platform/db';
import { inTenant, type TenantContext } from '../../platform/tenancy';

export type SheetImportJobRow = typeof sheetImportJobs.$inferSelect;
type TenantOnly = Pick<TenantContext, 'governmentId'>;

export async function insertJob(db: Database, values: typeof sheetImportJobs.$inferInsert) {
  const [row] = await db.insert(sheetImportJobs).values(values).returning();
  return row as SheetImportJobRow;
}

export async function updateJob(
  db: Database,
  jobId: string,
  values: Partial<typeof sheetImportJobs.$inferInsert>,
) {
  const [row] = await db.update(sheetImportJobs).set(values).where(eq(sheetImportJobs.id, jobId)).returning();
  return row ?? null;
}

export async function findJob(db: Database, context: TenantOnly, registry: string, id: string) {
  const [row] = await db
    .select()
    .from(sheetImportJobs)
    .where(
      and(
        eq(sheetImportJobs.id, id),
        eq(sheetImportJobs.registry, registry),
        inTenant(sheetImportJobs, context),
      ),
    );
  return row ?? null;
}

export async function findJobs(db: Database, context: TenantOnly, registry: string, limit: number) {
  return db
    .select()
    .from(sheetImportJobs)
    .where(and(inTenant(sheetImportJobs, context), eq(sheetImportJobs.registry, registry)))
    .orderBy(desc(sheetImportJobs.createdAt), desc(sheetImportJobs.id))
    .limit(limit);
}

function claimableCondition(staleBefore: Date): SQL {
  return or(
    eq(sheetImportJobs.status, 'queued'),
    and(eq(sheetImportJobs.status, 'running'), lt(sheetImportJobs.heartbeatAt, staleBefore)),
  ) as SQL;
}

/** Claims a job for this worker (queued, or running without a recent heartbeat); SKIP LOCKED. */
export async function claimJob(db: Database, jobId: string, workerId: string, staleBefore: Date) {
  return db.transaction(async (tx) => {
    const [row] = await tx
      .select({ id: sheetImportJobs.id })
      .from(sheetImportJobs)
      .where(and(eq(sheetImportJobs.id, jobId), claimableCondition(staleBefore)))
      .for('update', { skipLocked: true });
    if (!row) return null;
    const now = new Date();
    // The import is one transaction: a job taken over starts again from nothing written.
    return updateJob(tx, jobId, {
      status: 'running',
      claimedBy: workerId,
      heartbeatAt: now,
      startedAt: now,
      written: 0,
      error: null,
    });
  });
}

/** Jobs another process could have left behind: queued, or running without a recent heartbeat. */
export async function findClaimableJobIds(db: Database, staleBefore: Date) {
  const rows = await db
    .select({ id: sheetImportJobs.id })
    .from(sheetImportJobs)
    .where(claimableCondition(staleBefore))
    .orderBy(asc(sheetImportJobs.createdAt));
  return rows.map((row) => row.id);
}

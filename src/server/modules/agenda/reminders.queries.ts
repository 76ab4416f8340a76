import { and, eq, inArray, lte, or, type SQL, sql } from 'drizzle-orm';
import {
  commitments,
  departments,
  governments,
  memberships,
  notifications,
  scheduledNotifications,
  users,
} from '../../db/schema';
import type { Database } from '../../platform/db';

export type ScheduledRow = typeof scheduledNotifications.$inferSelect;

/** Plans a reminder once: a key already planned stays as it is, a cancelled one comes back. */
export async function upsertScheduled(db: Database, values: typeof scheduledNotifications.$inferInsert) {
  await db
    .insert(scheduledNotifications)
    .values(values)
    .onConflictDoUpdate({
      target: scheduledNotifications.dedupeKey,
      set: {
        status: 'pending',
        sendAt: values.sendAt,
        recipientUserId: values.recipientUserId,
        recipientEmail: values.recipientEmail,
      },
      setWhere: sql`${scheduledNotifications.status} = 'cancelled'`,
    });
}

export async function cancelPendingForCommitment(db: Database, commitmentId: string) {
  await db
    .update(scheduledNotifications)
    .set({ status: 'cancelled' })
    .where(
      and(
        eq(scheduledNotifications.commitmentId, commitmentId),
        eq(scheduledNotifications.status, 'pending'),
      ),
    );
}

/**
 * Claims up to `limit` reminders that are due, so that no other worker takes them: pending ones, and
 * claims abandoned for more than ten minutes by a worker that died. SKIP LOCKED lets concurrent
 * workers take different rows instead of waiting for each other.
 */
export async function claimDue(
  db: Database,
  workerId: string,
  now: Date,
  limit: number,
  governmentId?: string,
): Promise<ScheduledRow[]> {
  const staleClaim = new Date(now.getTime() - 10 * 60_000);
  const scope = governmentId ? sql`and government_id = ${governmentId}::uuid` : sql``;
  const result = await db.execute(sql`
    update scheduled_notifications set status = 'claimed', claimed_by = ${workerId}, claimed_at = ${now.toISOString()}::timestamptz,
      attempts = attempts + 1
    where id in (
      select id from scheduled_notifications
      where send_at <= ${now.toISOString()}::timestamptz
        and (status = 'pending' or (status = 'claimed' and claimed_at < ${staleClaim.toISOString()}::timestamptz))
        ${scope}
      order by send_at
      limit ${limit}
      for update skip locked)
    returning id`);
  const ids = (result as unknown as { rows: { id: string }[] }).rows.map((row) => row.id);
  if (ids.length === 0) return [];
  return db.select().from(scheduledNotifications).where(inArray(scheduledNotifications.id, ids));
}

export async function finishScheduled(
  db: Database,
  id: string,
  workerId: string,
  outcome: { status: 'sent' | 'failed' | 'cancelled' | 'pending'; lastError?: string | null },
) {
  await db
    .update(scheduledNotifications)
    .set({
      status: outcome.status,
      lastError: outcome.lastError ?? null,
      sentAt: outcome.status === 'sent' ? new Date() : null,
    })
    .where(and(eq(scheduledNotifications.id, id), eq(scheduledNotifications.claimedBy, workerId)));
}

export async function findCommitmentForReminder(db: Database, commitmentId: string) {
  const [row] = await db
    .select({
      commitment: commitments,
      departmentName: departments.name,
      governmentName: governments.name,
      timezone: governments.timezone,
    })
    .from(commitments)
    .innerJoin(departments, eq(departments.id, commitments.ownerDepartmentId))
    .innerJoin(governments, eq(governments.id, commitments.governmentId))
    .where(eq(commitments.id, commitmentId));
  return row ?? null;
}

export async function findUser(db: Database, userId: string) {
  const [row] = await db
    .select({ id: users.id, email: users.email, name: users.name, language: users.preferredLanguage })
    .from(users)
    .where(eq(users.id, userId));
  return row ?? null;
}

export async function insertNotification(db: Database, values: typeof notifications.$inferInsert) {
  await db.insert(notifications).values(values);
}

export async function findGovernments(db: Database) {
  return db
    .select({ id: governments.id, name: governments.name, timezone: governments.timezone })
    .from(governments);
}

/** Who receives the weekly digest: the government's admins and coordinators. */
export async function findDigestRecipients(db: Database, governmentId: string) {
  return db
    .select({ id: users.id, email: users.email, name: users.name, language: users.preferredLanguage })
    .from(memberships)
    .innerJoin(users, eq(users.id, memberships.userId))
    .where(
      and(
        eq(memberships.governmentId, governmentId),
        or(eq(memberships.role, 'admin'), eq(memberships.role, 'coordinator')) as SQL,
        eq(users.isDisabled, false),
      ),
    );
}

export async function findDigestCommitments(
  db: Database,
  governmentId: string,
  today: string,
  horizon: string,
) {
  return db
    .select({ title: commitments.title, dueDate: commitments.dueDate, departmentName: departments.name })
    .from(commitments)
    .innerJoin(departments, eq(departments.id, commitments.ownerDepartmentId))
    .where(
      and(
        eq(commitments.governmentId, governmentId),
        sql`${commitments.status} in ('pending', 'in_progress')`,
        lte(commitments.dueDate, horizon),
      ),
    )
    .orderBy(commitments.dueDate)
    .then((rows) => rows.map((row) => ({ ...row, isOverdue: row.dueDate < today })));
}

import { and, count, eq, gt, lt, sql } from 'drizzle-orm';
import { governments, loginAttempts, memberships, sessions, users } from '../../db/schema';
import type { Database } from '../../platform/db';

export async function findUserByEmail(db: Database, email: string) {
  const [row] = await db.select().from(users).where(sql`lower(${users.email}) = ${email.toLowerCase()}`);
  return row ?? null;
}

export async function findMembershipsOfUser(db: Database, userId: string) {
  return db
    .select({
      governmentId: governments.id,
      governmentName: governments.name,
      governmentSlug: governments.slug,
      role: memberships.role,
      departmentId: memberships.departmentId,
      timezone: governments.timezone,
    })
    .from(memberships)
    .innerJoin(governments, eq(governments.id, memberships.governmentId))
    .where(eq(memberships.userId, userId))
    .orderBy(memberships.createdAt, governments.name);
}

export async function countRecentFailures(
  db: Database,
  since: Date,
  by: { email?: string; ipAddress?: string },
) {
  const conditions = [eq(loginAttempts.isSuccess, false), gt(loginAttempts.attemptedAt, since)];
  if (by.email) conditions.push(eq(loginAttempts.email, by.email));
  if (by.ipAddress) conditions.push(eq(loginAttempts.ipAddress, by.ipAddress));
  const [row] = await db
    .select({ total: count(), oldest: sql<string | null>`min(${loginAttempts.attemptedAt})` })
    .from(loginAttempts)
    .where(and(...conditions));
  return { total: row?.total ?? 0, oldest: row?.oldest ? new Date(row.oldest) : null };
}

export async function insertLoginAttempt(
  db: Database,
  attempt: { email: string; ipAddress: string; isSuccess: boolean },
) {
  await db.insert(loginAttempts).values(attempt);
}

export async function deleteOldLoginAttempts(db: Database, before: Date) {
  await db.delete(loginAttempts).where(lt(loginAttempts.attemptedAt, before));
}

export async function insertSession(
  db: Database,
  session: { id: string; userId: string; expiresAt: Date; userAgent: string | null },
) {
  await db.insert(sessions).values(session);
}

export async function deleteSession(db: Database, sessionId: string) {
  await db.delete(sessions).where(eq(sessions.id, sessionId));
}

export async function deleteExpiredSessions(db: Database, now: Date) {
  await db.delete(sessions).where(lt(sessions.expiresAt, now));
}

export async function updatePreferredLanguage(db: Database, userId: string, language: string) {
  await db
    .update(users)
    .set({
      preferredLanguage: language,
      updatedAt: new Date(),
      updatedBy: userId,
      version: sql`${users.version} + 1`,
    })
    .where(eq(users.id, userId));
}

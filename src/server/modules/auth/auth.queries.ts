import { and, asc, eq, gt, inArray, isNull, lt, ne, sql } from 'drizzle-orm';
import {
  governments,
  loginAttempts,
  memberships,
  passwordResets,
  sessions,
  signInThrottles,
  users,
} from '../../db/schema';
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
      tenantKind: governments.tenantKind,
    })
    .from(memberships)
    .innerJoin(governments, eq(governments.id, memberships.governmentId))
    .where(eq(memberships.userId, userId))
    .orderBy(memberships.createdAt, governments.name);
}

export type ThrottleRow = typeof signInThrottles.$inferSelect;

/**
 * Locks the limiter rows of these keys (creating them when new) until the transaction ends: attempts
 * on the same account or address, from any process, are counted one after the other.
 */
export async function lockThrottles(db: Database, keys: string[]): Promise<ThrottleRow[]> {
  const sorted = [...new Set(keys)].sort();
  await db
    .insert(signInThrottles)
    .values(sorted.map((key) => ({ key })))
    .onConflictDoNothing();
  return db
    .select()
    .from(signInThrottles)
    .where(inArray(signInThrottles.key, sorted))
    .orderBy(asc(signInThrottles.key))
    .for('update');
}

export async function saveThrottle(
  db: Database,
  key: string,
  state: { failures: number; lastFailureAt: Date | null; nextAttemptAt: Date | null },
) {
  await db.update(signInThrottles).set(state).where(eq(signInThrottles.key, key));
}

/** Rows of keys that have been quiet for long enough carry no information: the table stays small. */
export async function deleteQuietThrottles(db: Database, before: Date) {
  await db
    .delete(signInThrottles)
    .where(
      and(
        lt(signInThrottles.lastFailureAt, before),
        sql`coalesce(${signInThrottles.nextAttemptAt}, ${signInThrottles.lastFailureAt}) < ${before}`,
      ),
    );
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

/** Ends every session of a user, or every one but the session in use. */
export async function deleteSessionsOfUser(db: Database, userId: string, exceptSessionId?: string) {
  const conditions = [eq(sessions.userId, userId)];
  if (exceptSessionId) conditions.push(ne(sessions.id, exceptSessionId));
  const rows = await db
    .delete(sessions)
    .where(and(...conditions))
    .returning({ id: sessions.id });
  return rows.length;
}

export async function findUserById(db: Database, userId: string) {
  const [row] = await db.select().from(users).where(eq(users.id, userId));
  return row ?? null;
}

export async function updatePasswordHash(
  db: Database,
  userId: string,
  passwordHash: string,
  actorId: string,
) {
  await db
    .update(users)
    .set({ passwordHash, updatedAt: new Date(), updatedBy: actorId, version: sql`${users.version} + 1` })
    .where(eq(users.id, userId));
}

export async function insertPasswordReset(db: Database, values: typeof passwordResets.$inferInsert) {
  const [row] = await db.insert(passwordResets).values(values).returning();
  return row!;
}

/** A reset link that can still be used. */
export async function findPasswordResetByToken(db: Database, tokenHash: string, now: Date) {
  const [row] = await db
    .select()
    .from(passwordResets)
    .where(
      and(
        eq(passwordResets.tokenHash, tokenHash),
        isNull(passwordResets.usedAt),
        gt(passwordResets.expiresAt, now),
      ),
    );
  return row ?? null;
}

/** Spends a reset token: only one request can, and only before it expires. */
export async function consumePasswordReset(db: Database, tokenHash: string, now: Date) {
  const [row] = await db
    .update(passwordResets)
    .set({ usedAt: now })
    .where(
      and(
        eq(passwordResets.tokenHash, tokenHash),
        isNull(passwordResets.usedAt),
        gt(passwordResets.expiresAt, now),
      ),
    )
    .returning();
  return row ?? null;
}

/** Once a password changes, links sent before stop working. */
export async function voidPasswordResetsOfUser(db: Database, userId: string, now: Date) {
  await db
    .update(passwordResets)
    .set({ usedAt: now })
    .where(and(eq(passwordResets.userId, userId), isNull(passwordResets.usedAt)));
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

import { and, asc, eq, gt, lte, sql } from 'drizzle-orm';
import type { Role } from '../../../contracts/common';
import { governments, invitations, memberships, users } from '../../db/schema';
import type { Database } from '../../platform/db';
import { inTenant, type TenantContext } from '../../platform/tenancy';

export async function findMembers(db: Database, context: Pick<TenantContext, 'governmentId'>) {
  return db
    .select({
      userId: users.id,
      email: users.email,
      name: users.name,
      role: memberships.role,
      departmentId: memberships.departmentId,
      isDisabled: users.isDisabled,
      version: memberships.version,
    })
    .from(memberships)
    .innerJoin(users, eq(users.id, memberships.userId))
    .where(inTenant(memberships, context))
    .orderBy(asc(users.name));
}

export async function findUserByEmail(db: Database, email: string) {
  const [row] = await db.select().from(users).where(sql`lower(${users.email}) = ${email.toLowerCase()}`);
  return row ?? null;
}

export async function insertUser(db: Database, values: typeof users.$inferInsert) {
  const [row] = await db.insert(users).values(values).returning();
  return row!;
}

export async function findMembership(
  db: Database,
  context: Pick<TenantContext, 'governmentId'>,
  userId: string,
) {
  const [row] = await db
    .select()
    .from(memberships)
    .where(and(eq(memberships.userId, userId), inTenant(memberships, context)));
  return row ?? null;
}

export async function insertMembership(db: Database, values: typeof memberships.$inferInsert) {
  const [row] = await db.insert(memberships).values(values).returning();
  return row!;
}

export async function updateMembership(
  db: Database,
  context: Pick<TenantContext, 'governmentId' | 'userId'>,
  userId: string,
  expectedVersion: number,
  values: { role: Role; departmentId: string | null },
) {
  const [row] = await db
    .update(memberships)
    .set({
      ...values,
      version: sql`${memberships.version} + 1`,
      updatedAt: new Date(),
      updatedBy: context.userId,
    })
    .where(
      and(
        eq(memberships.userId, userId),
        inTenant(memberships, context),
        eq(memberships.version, expectedVersion),
      ),
    )
    .returning();
  return row ?? null;
}

export async function deleteMembership(
  db: Database,
  context: Pick<TenantContext, 'governmentId'>,
  userId: string,
) {
  const [row] = await db
    .delete(memberships)
    .where(and(eq(memberships.userId, userId), inTenant(memberships, context)))
    .returning();
  return row ?? null;
}

export async function countAdmins(db: Database, context: Pick<TenantContext, 'governmentId'>) {
  const rows = await db
    .select({ userId: memberships.userId })
    .from(memberships)
    .where(and(inTenant(memberships, context), eq(memberships.role, 'admin')));
  return rows.length;
}

export async function findGovernmentSummary(db: Database, governmentId: string) {
  const [row] = await db
    .select({ name: governments.name, timezone: governments.timezone })
    .from(governments)
    .where(eq(governments.id, governmentId));
  return row ?? { name: '', timezone: 'UTC' };
}

export async function findUserName(db: Database, userId: string | null) {
  if (!userId) return null;
  const [row] = await db.select({ name: users.name }).from(users).where(eq(users.id, userId));
  return row?.name ?? null;
}

/** Pending invitations of the government, newest first (expired ones too, flagged by the caller). */
export async function findPendingInvitations(db: Database, context: Pick<TenantContext, 'governmentId'>) {
  return db
    .select()
    .from(invitations)
    .where(and(inTenant(invitations, context), eq(invitations.status, 'pending')))
    .orderBy(sql`${invitations.createdAt} desc`);
}

/** An expired pending invitation stops blocking a new one for the same address. */
export async function replaceExpiredInvitations(
  db: Database,
  context: Pick<TenantContext, 'governmentId' | 'userId'>,
  email: string,
  now: Date,
) {
  await db
    .update(invitations)
    .set({
      status: 'replaced',
      updatedAt: now,
      updatedBy: context.userId,
      version: sql`${invitations.version} + 1`,
    })
    .where(
      and(
        inTenant(invitations, context),
        eq(invitations.email, email),
        eq(invitations.status, 'pending'),
        lte(invitations.expiresAt, now),
      ),
    );
}

export async function insertInvitation(db: Database, values: typeof invitations.$inferInsert) {
  const [row] = await db.insert(invitations).values(values).returning();
  return row!;
}

export async function revokeInvitation(
  db: Database,
  context: Pick<TenantContext, 'governmentId' | 'userId'>,
  invitationId: string,
) {
  const [row] = await db
    .update(invitations)
    .set({
      status: 'revoked',
      updatedAt: new Date(),
      updatedBy: context.userId,
      version: sql`${invitations.version} + 1`,
    })
    .where(
      and(
        eq(invitations.id, invitationId),
        inTenant(invitations, context),
        eq(invitations.status, 'pending'),
      ),
    )
    .returning();
  return row ?? null;
}

/** A live invitation by the hash of its token, locked so that it is accepted once. */
export async function lockLiveInvitation(db: Database, tokenHash: string, now: Date) {
  const [row] = await db
    .select({ invitation: invitations, governmentName: governments.name })
    .from(invitations)
    .innerJoin(governments, eq(governments.id, invitations.governmentId))
    .where(
      and(
        eq(invitations.tokenHash, tokenHash),
        eq(invitations.status, 'pending'),
        gt(invitations.expiresAt, now),
      ),
    )
    .for('update', { of: invitations });
  return row ?? null;
}

export async function markInvitationAccepted(db: Database, invitationId: string, userId: string, now: Date) {
  const [row] = await db
    .update(invitations)
    .set({
      status: 'accepted',
      acceptedAt: now,
      acceptedBy: userId,
      updatedAt: now,
      updatedBy: userId,
      version: sql`${invitations.version} + 1`,
    })
    .where(and(eq(invitations.id, invitationId), eq(invitations.status, 'pending')))
    .returning();
  return row ?? null;
}

export async function findUserById(db: Database, userId: string) {
  const [row] = await db.select().from(users).where(eq(users.id, userId));
  return row ?? null;
}

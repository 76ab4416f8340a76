import type { Role } from '../../../contracts/common';
import { departments } from '../../db/schema';
import { recordAudit } from '../../platform/audit';
import type { Database } from '../../platform/db';
import { AppError, fieldError, NotFoundError, VersionConflictError } from '../../platform/errors';
import { assertAcceptablePassword, hashPassword } from '../../platform/passwords';
import { findIdsInTenant, type TenantContext } from '../../platform/tenancy';
import * as queries from './members.queries';

type MemberInput = {
  email: string;
  name: string;
  role: Role;
  password: string;
  departmentId?: string | null | undefined;
};

type Actor = { governmentId: string; userId: string | null };

/**
 * Gives a person a role in a government directly, with a password: how the CLI creates the first
 * admin (and the demo its accounts). A new e-mail becomes a new user whose password must pass the
 * password policy; an existing user keeps their password. The API invites instead (the person accepts).
 */
export async function addMember(db: Database, actor: Actor, input: MemberInput, passwordHashCost: number) {
  const email = input.email.trim().toLowerCase();
  // The department is a body id like any other: it must be one of this government's.
  if (
    input.departmentId &&
    !(await findIdsInTenant(db, departments, actor, [input.departmentId])).has(input.departmentId)
  )
    throw fieldError('departmentId', 'validation.unknownDepartment');
  let user = await queries.findUserByEmail(db, email);
  if (user && (await queries.findMembership(db, actor, user.id)))
    throw fieldError('email', 'validation.emailTaken');
  if (!user) {
    assertAcceptablePassword(input.password, { email, name: input.name });
    user = await queries.insertUser(db, {
      email,
      name: input.name,
      passwordHash: await hashPassword(input.password, passwordHashCost),
      createdBy: actor.userId,
      updatedBy: actor.userId,
    });
    await recordAudit(db, actor, {
      entityType: 'user',
      entityId: user.id,
      action: 'create',
      after: { id: user.id, email: user.email, name: user.name },
    });
  }
  const membership = await queries.insertMembership(db, {
    userId: user.id,
    governmentId: actor.governmentId,
    role: input.role,
    departmentId: input.departmentId ?? null,
    createdBy: actor.userId,
    updatedBy: actor.userId,
  });
  await recordAudit(db, actor, {
    entityType: 'membership',
    entityId: user.id,
    action: 'create',
    after: membership,
  });
  return { user, membership };
}

/** A liaison's department must be one of this government's; the other roles have none. */
export async function departmentForRole(
  db: Database,
  context: Pick<TenantContext, 'governmentId'>,
  role: Role,
  departmentId: string | null | undefined,
) {
  if (role !== 'liaison' || !departmentId) return null;
  const found = await findIdsInTenant(db, departments, context, [departmentId]);
  if (!found.has(departmentId)) throw fieldError('departmentId', 'validation.unknownDepartment');
  return departmentId;
}

/**
 * Changes a member's role (and a liaison's department), with optimistic locking. An admin cannot change
 * their own access, so that a government never loses its last admin by mistake.
 */
export async function updateMember(
  db: Database,
  context: TenantContext,
  userId: string,
  input: { role: Role; departmentId?: string | null | undefined; version: number },
) {
  if (userId === context.userId)
    throw new AppError(422, 'own_access', 'problems.validation', 'access.cannotChangeOwnAccess');
  const before = await queries.findMembership(db, context, userId);
  if (!before) throw new NotFoundError();
  const departmentId = await departmentForRole(db, context, input.role, input.departmentId);
  const after = await queries.updateMembership(db, context, userId, input.version, {
    role: input.role,
    departmentId,
  });
  if (!after) throw new VersionConflictError(before.version, input.version);
  await recordAudit(db, context, {
    entityType: 'membership',
    entityId: userId,
    action: 'update',
    before,
    after,
  });
  return after;
}

/** Takes a person's access to this government away (their account and other governments stay). */
export async function removeMember(db: Database, context: TenantContext, userId: string) {
  if (userId === context.userId)
    throw new AppError(422, 'own_access', 'problems.validation', 'access.cannotChangeOwnAccess');
  const removed = await queries.deleteMembership(db, context, userId);
  if (!removed) throw new NotFoundError();
  await recordAudit(db, context, {
    entityType: 'membership',
    entityId: userId,
    action: 'delete',
    before: removed,
  });
}

export { findMembers } from './members.queries';

import type { Role } from '../../../contracts/common';
import { departments } from '../../db/schema';
import { recordAudit } from '../../platform/audit';
import type { Database } from '../../platform/db';
import { fieldError } from '../../platform/errors';
import { hashPassword } from '../../platform/passwords';
import { findIdsInTenant } from '../../platform/tenancy';
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
 * Gives a person a role in a government. A new e-mail becomes a new user with that password; an
 * existing user keeps their password and gains the membership. Used by the API and by the CLI.
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

export { findMembers } from './members.queries';

import type { Language, Role } from '../../../contracts/common';
import { recordAudit } from '../../platform/audit';
import { createSessionToken, hashSessionToken } from '../../platform/auth';
import type { Database } from '../../platform/db';
import { isUniqueViolation } from '../../platform/db-errors';
import {
  AppError,
  fieldError,
  NotFoundError,
  UnauthorizedError,
  ValidationError,
} from '../../platform/errors';
import { translate } from '../../platform/i18n';
import type { Mailer } from '../../platform/mailer';
import { assertAcceptablePassword, hashPassword } from '../../platform/passwords';
import type { TenantContext } from '../../platform/tenancy';
import * as queries from './members.queries';
import { departmentForRole } from './members.service';

export class InvitationPendingError extends AppError {
  constructor() {
    super(409, 'invitation_pending', 'access.invitationPendingTitle', 'access.invitationPending');
  }
}

export class InvitationInvalidError extends AppError {
  constructor() {
    super(404, 'invitation_invalid', 'access.invitationInvalidTitle', 'access.invitationInvalid');
  }
}

type InvitationRow = Awaited<ReturnType<typeof queries.insertInvitation>>;

export function presentInvitation(row: InvitationRow, now: Date) {
  return {
    id: row.id,
    email: row.email,
    role: row.role,
    departmentId: row.departmentId,
    expiresAt: row.expiresAt.toISOString(),
    isExpired: row.expiresAt.getTime() <= now.getTime(),
    createdAt: row.createdAt.toISOString(),
  };
}

export async function findInvitations(db: Database, context: TenantContext, now: Date) {
  const rows = await queries.findPendingInvitations(db, context);
  return rows.map((row) => presentInvitation(row, now));
}

type InviteInput = { email: string; role: Role; departmentId?: string | null | undefined };

/**
 * Records an invitation to this government. Whether the address has an account anywhere is never said:
 * the answer is the same either way. An address that is already a member here is refused (the admin
 * sees the members anyway); a second pending invitation for one address is a 409, also when ten
 * arrive at once (a unique index decides, and the losers' violation becomes the 409).
 */
export async function createInvitation(
  db: Database,
  context: TenantContext,
  input: InviteInput,
  options: { ttlDays: number; now: Date },
) {
  const email = input.email.trim().toLowerCase();
  const token = createSessionToken();
  try {
    const invitation = await db.transaction(async (tx) => {
      const departmentId = await departmentForRole(tx, context, input.role, input.departmentId);
      const existing = await queries.findUserByEmail(tx, email);
      if (existing && (await queries.findMembership(tx, context, existing.id)))
        throw fieldError('email', 'access.alreadyMember');
      await queries.replaceExpiredInvitations(tx, context, email, options.now);
      const row = await queries.insertInvitation(tx, {
        governmentId: context.governmentId,
        email,
        role: input.role,
        departmentId,
        tokenHash: hashSessionToken(token),
        expiresAt: new Date(options.now.getTime() + options.ttlDays * 86_400_000),
        createdBy: context.userId,
        updatedBy: context.userId,
      });
      await recordAudit(tx, context, {
        entityType: 'invitation',
        entityId: row.id,
        action: 'create',
        after: { ...row, tokenHash: undefined },
      });
      return row;
    });
    return { invitation, token, recipientLanguage: await languageOf(db, email) };
  } catch (error) {
    if (isUniqueViolation(error)) throw new InvitationPendingError();
    throw error;
  }
}

async function languageOf(db: Database, email: string): Promise<Language | null> {
  const user = await queries.findUserByEmail(db, email);
  return (user?.preferredLanguage as Language | undefined) ?? null;
}

/**
 * Sends the invitation e-mail, in the invited person's language when they already use Vínculo and in
 * the inviter's otherwise. False when there is no SMTP server or it refused: the admin is then given
 * the link to hand over.
 */
export async function sendInvitationEmail(
  db: Database,
  mailer: Mailer,
  message: {
    invitation: InvitationRow;
    acceptUrl: string;
    language: Language;
    inviterId: string;
  },
  log: { error: (object: unknown, text: string) => void },
): Promise<boolean> {
  if (!mailer.isEnabled) return false;
  const { invitation, language } = message;
  const government = await queries.findGovernmentSummary(db, invitation.governmentId);
  const params = {
    government: government.name,
    inviter: (await queries.findUserName(db, message.inviterId)) ?? '',
    role: translate(language, `access.role_${invitation.role}`),
    expires: formatDateTime(invitation.expiresAt, language, government.timezone),
    url: message.acceptUrl,
  };
  try {
    await mailer.send({
      to: invitation.email,
      subject: translate(language, 'access.invitationSubject', params),
      text: translate(language, 'access.invitationBody', params),
    });
    return true;
  } catch (error) {
    log.error({ err: error, invitationId: invitation.id }, 'invitation e-mail not sent');
    return false;
  }
}

export function formatDateTime(date: Date, language: Language, timezone: string) {
  const locale = { es: 'es-CO', en: 'en-GB', pt: 'pt-BR' }[language];
  return new Intl.DateTimeFormat(locale, {
    dateStyle: 'long',
    timeStyle: 'short',
    timeZone: timezone,
  }).format(date);
}

export async function revokeInvitation(db: Database, context: TenantContext, invitationId: string) {
  const row = await queries.revokeInvitation(db, context, invitationId);
  if (!row) throw new NotFoundError();
  await recordAudit(db, context, {
    entityType: 'invitation',
    entityId: row.id,
    action: 'status_change',
    after: { status: row.status },
  });
}

/** What the holder of an invitation link may see: the address, the government, the role. */
export async function previewInvitation(db: Database, token: string, now: Date) {
  const found = await queries.lockLiveInvitation(db, hashSessionToken(token), now);
  if (!found) throw new InvitationInvalidError();
  const user = await queries.findUserByEmail(db, found.invitation.email);
  return {
    email: found.invitation.email,
    governmentName: found.governmentName,
    role: found.invitation.role,
    expiresAt: found.invitation.expiresAt.toISOString(),
    hasAccount: Boolean(user),
  };
}

type AcceptInput = { token: string; name?: string | undefined; password?: string | undefined };

/**
 * Accepts an invitation: the person with an account must be signed in as the invited address; a new
 * person chooses their name and password here. Only now do they become a member. The link works once.
 */
export async function acceptInvitation(
  db: Database,
  signedInUserId: string | null,
  input: AcceptInput,
  options: { passwordHashCost: number; now: Date },
) {
  const tokenHash = hashSessionToken(input.token);
  const preview = await queries.lockLiveInvitation(db, tokenHash, options.now);
  if (!preview) throw new InvitationInvalidError();
  const email = preview.invitation.email;
  const existing = await queries.findUserByEmail(db, email);
  let passwordHash: string | null = null;
  if (!existing) {
    const issues: { field: string; key: string }[] = [];
    if (!input.name) issues.push({ field: 'name', key: 'validation.required' });
    if (!input.password) issues.push({ field: 'password', key: 'validation.required' });
    if (issues.length > 0) throw new ValidationError(issues);
    assertAcceptablePassword(input.password as string, { email, name: input.name ?? null });
    passwordHash = await hashPassword(input.password as string, options.passwordHashCost);
  } else if (!signedInUserId) {
    throw new UnauthorizedError('access.signInToAccept', 'sign_in_to_accept');
  } else if (signedInUserId !== existing.id) {
    throw new AppError(403, 'invitation_other_account', 'access.otherAccountTitle', 'access.otherAccount');
  }
  try {
    return await db.transaction(async (tx) => {
      const locked = await queries.lockLiveInvitation(tx, tokenHash, options.now);
      if (!locked) throw new InvitationInvalidError();
      const invitation = locked.invitation;
      const actor = { governmentId: invitation.governmentId, userId: existing?.id ?? null };
      let user = existing;
      if (!user) {
        user = await queries.insertUser(tx, {
          email,
          name: (input.name as string).trim(),
          passwordHash: passwordHash as string,
        });
        await recordAudit(
          tx,
          { ...actor, userId: user.id },
          {
            entityType: 'user',
            entityId: user.id,
            action: 'create',
            after: { id: user.id, email: user.email, name: user.name, invitationId: invitation.id },
          },
        );
      }
      const context = { governmentId: invitation.governmentId, userId: user.id };
      if (!(await queries.findMembership(tx, context, user.id))) {
        const membership = await queries.insertMembership(tx, {
          userId: user.id,
          governmentId: invitation.governmentId,
          role: invitation.role,
          departmentId: invitation.departmentId,
          createdBy: invitation.createdBy,
          updatedBy: user.id,
        });
        await recordAudit(tx, context, {
          entityType: 'membership',
          entityId: user.id,
          action: 'create',
          after: { ...membership, invitationId: invitation.id },
        });
      }
      const accepted = await queries.markInvitationAccepted(tx, invitation.id, user.id, options.now);
      if (!accepted) throw new InvitationInvalidError();
      await recordAudit(tx, context, {
        entityType: 'invitation',
        entityId: invitation.id,
        action: 'status_change',
        after: { status: 'accepted', acceptedBy: user.id },
      });
      return { user, isNewUser: !existing };
    });
  } catch (error) {
    // Someone created an account with this address between the check and the insert.
    if (isUniqueViolation(error)) throw new InvitationInvalidError();
    throw error;
  }
}

import type { Language } from '../../../contracts/common';
import { recordAudit } from '../../platform/audit';
import { createSessionToken, hashSessionToken } from '../../platform/auth';
import type { Database } from '../../platform/db';
import { AppError, NotFoundError } from '../../platform/errors';
import { translate } from '../../platform/i18n';
import type { Mailer } from '../../platform/mailer';
import type { TenantContext } from '../../platform/tenancy';
import { insertPasswordReset, voidPasswordResetsOfUser } from '../auth/auth.queries';
import { formatDateTime } from './invitations.service';
import * as queries from './members.queries';

export class MailNotConfiguredError extends AppError {
  constructor() {
    super(422, 'mail_not_configured', 'access.mailNotConfiguredTitle', 'access.mailNotConfigured');
  }
}

/**
 * An admin sends a member a link to choose a new password. The link goes only to the member's own
 * address (never to the admin, who could otherwise take over an account that other governments share);
 * it works once, expires, and only a hash of it is stored. Earlier links stop working.
 */
export async function sendPasswordReset(
  db: Database,
  mailer: Mailer,
  context: TenantContext,
  userId: string,
  options: { ttlHours: number; publicUrl: string; now: Date },
) {
  const membership = await queries.findMembership(db, context, userId);
  if (!membership) throw new NotFoundError();
  if (!mailer.isEnabled) throw new MailNotConfiguredError();
  const token = createSessionToken();
  const expiresAt = new Date(options.now.getTime() + options.ttlHours * 3_600_000);
  const user = await db.transaction(async (tx) => {
    const member = await queries.findUserById(tx, userId);
    if (!member) throw new NotFoundError();
    await voidPasswordResetsOfUser(tx, userId, options.now);
    const reset = await insertPasswordReset(tx, {
      userId,
      tokenHash: hashSessionToken(token),
      expiresAt,
      governmentId: context.governmentId,
      createdBy: context.userId,
    });
    await recordAudit(tx, context, {
      entityType: 'password_reset',
      entityId: reset.id,
      action: 'create',
      after: { userId, expiresAt: expiresAt.toISOString() },
    });
    return member;
  });
  const language = user.preferredLanguage as Language;
  const government = await queries.findGovernmentSummary(db, context.governmentId);
  const params = {
    name: user.name,
    government: government.name,
    expires: formatDateTime(expiresAt, language, government.timezone),
    url: `${options.publicUrl}/reset-password#${token}`,
  };
  await mailer.send({
    to: user.email,
    subject: translate(language, 'access.resetSubject', params),
    text: translate(language, 'access.resetBody', params),
  });
  return { expiresAt: expiresAt.toISOString() };
}

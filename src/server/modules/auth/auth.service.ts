import type { Language } from '../../../contracts/common';
import { recordAudit } from '../../platform/audit';
import { createSessionToken, csrfTokenFor, hashSessionToken } from '../../platform/auth';
import type { AppConfig } from '../../platform/config';
import type { Database } from '../../platform/db';
import { RateLimitedError, UnauthorizedError } from '../../platform/errors';
import { hashPassword, verifyPassword } from '../../platform/passwords';
import * as queries from './auth.queries';

// Compared against when the e-mail is unknown, so that both cases take the same time.
const decoyHashes = new Map<number, Promise<string>>();
function decoyHashFor(cost: number): Promise<string> {
  let hash = decoyHashes.get(cost);
  if (!hash) {
    hash = hashPassword(createSessionToken(), cost);
    decoyHashes.set(cost, hash);
  }
  return hash;
}

type SignInInput = { email: string; password: string; ipAddress: string; userAgent: string | null };

/**
 * Checks the credentials and opens a session. Not run inside a caller's transaction: a failed attempt
 * must be recorded even though the request fails. Failures are counted per e-mail and per address
 * in the database (so the limit holds across app processes); past the limit, 429 until the window passes.
 */
export async function signIn(db: Database, config: AppConfig, input: SignInInput) {
  const email = input.email.trim().toLowerCase();
  const windowStart = new Date(Date.now() - config.loginWindowMinutes * 60_000);
  const [byEmail, byAddress] = await Promise.all([
    queries.countRecentFailures(db, windowStart, { email }),
    queries.countRecentFailures(db, windowStart, { ipAddress: input.ipAddress }),
  ]);
  const limited = [
    byEmail.total >= config.loginMaxFailures ? byEmail : null,
    byAddress.total >= config.loginMaxFailures * 4 ? byAddress : null,
  ].filter((item) => item !== null);
  if (limited.length > 0) {
    const oldest = Math.min(...limited.map((item) => item.oldest?.getTime() ?? Date.now()));
    const retryAfterSeconds = Math.max(
      1,
      Math.ceil((oldest + config.loginWindowMinutes * 60_000 - Date.now()) / 1000),
    );
    throw new RateLimitedError(retryAfterSeconds);
  }
  const user = await queries.findUserByEmail(db, email);
  const isValid = await verifyPassword(
    input.password,
    user?.passwordHash ?? (await decoyHashFor(config.passwordHashCost)),
  );
  const isSuccess = Boolean(user && isValid && !user.isDisabled);
  await queries.insertLoginAttempt(db, { email, ipAddress: input.ipAddress, isSuccess });
  if (!user || !isSuccess) throw new UnauthorizedError('problems.invalidCredentials', 'invalid_credentials');

  const token = createSessionToken();
  const expiresAt = new Date(Date.now() + config.sessionTtlHours * 3_600_000);
  await db.transaction(async (tx) => {
    await queries.insertSession(tx, {
      id: hashSessionToken(token),
      userId: user.id,
      expiresAt,
      userAgent: input.userAgent,
    });
    await queries.deleteExpiredSessions(tx, new Date());
    await queries.deleteOldLoginAttempts(tx, new Date(Date.now() - 7 * 24 * 3_600_000));
  });
  return { token, expiresAt, session: await describeSession(db, config, token, user) };
}

type SessionUser = { id: string; email: string; name: string; preferredLanguage: string };

/** The session as the web app sees it: the user, the governments they belong to, and the CSRF token. */
export async function describeSession(db: Database, config: AppConfig, token: string, user: SessionUser) {
  return {
    user: {
      id: user.id,
      email: user.email,
      name: user.name,
      preferredLanguage: user.preferredLanguage as Language,
    },
    memberships: await queries.findMembershipsOfUser(db, user.id),
    csrfToken: csrfTokenFor(token, config.sessionSecret),
  };
}

export async function signOut(db: Database, sessionId: string) {
  await queries.deleteSession(db, sessionId);
}

export async function setPreferredLanguage(db: Database, userId: string, language: Language) {
  await queries.updatePreferredLanguage(db, userId, language);
  await recordAudit(
    db,
    { governmentId: null, userId },
    {
      entityType: 'user',
      entityId: userId,
      action: 'update',
      after: { preferredLanguage: language },
    },
  );
}

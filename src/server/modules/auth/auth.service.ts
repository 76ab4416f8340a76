import type { Language } from '../../../contracts/common';
import {
  decideAttempt,
  stateAfterSuccess,
  type ThrottlePolicy,
  type ThrottleState,
} from '../../../domain/sign-in-throttle';
import { recordAudit } from '../../platform/audit';
import { createSessionToken, csrfTokenFor, hashSessionToken } from '../../platform/auth';
import type { AppConfig } from '../../platform/config';
import type { Database } from '../../platform/db';
import { fieldError, RateLimitedError, UnauthorizedError } from '../../platform/errors';
import { assertAcceptablePassword, hashPassword, verifyPassword } from '../../platform/passwords';
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

type ThrottleScope = 'account' | 'address';

/** An account gets LOGIN_MAX_FAILURES free failures, an address (an office behind one NAT) four times as many. */
export function throttlePolicies(config: AppConfig): Record<ThrottleScope, ThrottlePolicy> {
  const common = {
    baseDelaySeconds: 5,
    maxDelaySeconds: config.loginMaxDelaySeconds,
    forgetAfterSeconds: config.loginWindowMinutes * 60,
  };
  return {
    account: { ...common, freeFailures: config.loginMaxFailures },
    address: { ...common, freeFailures: config.loginMaxFailures * 4 },
  };
}

type ThrottleKeys = { account: string; address?: string };

function keysOf(keys: ThrottleKeys): { key: string; scope: ThrottleScope }[] {
  const list: { key: string; scope: ThrottleScope }[] = [
    { key: `account:${keys.account}`, scope: 'account' },
  ];
  if (keys.address) list.push({ key: `address:${keys.address}`, scope: 'address' });
  return list;
}

function stateOf(row: queries.ThrottleRow): ThrottleState {
  return { failures: row.failures, lastFailureAt: row.lastFailureAt, nextAttemptAt: row.nextAttemptAt };
}

/**
 * Reserves one password check for an account (and an address): counted as a failure before the check,
 * in one transaction that locks the limiter rows, so that thirty concurrent guesses get the allowed
 * number of checks and no more, whichever process they reach. 429 while a key must still wait.
 */
async function reserveAttempt(db: Database, config: AppConfig, keys: ThrottleKeys, now: Date) {
  const policies = throttlePolicies(config);
  const scoped = keysOf(keys);
  const refusal = await db.transaction(async (tx) => {
    const rows = await queries.lockThrottles(
      tx,
      scoped.map((item) => item.key),
    );
    const decisions = scoped.map((item) => {
      const row = rows.find((candidate) => candidate.key === item.key);
      const state = row ? stateOf(row) : { failures: 0, lastFailureAt: null, nextAttemptAt: null };
      return { ...item, decision: decideAttempt(state, now, policies[item.scope]) };
    });
    const waits = decisions.flatMap((item) =>
      item.decision.isAllowed ? [] : [item.decision.retryAfterSeconds],
    );
    if (waits.length > 0) return Math.max(...waits);
    for (const item of decisions)
      if (item.decision.isAllowed) await queries.saveThrottle(tx, item.key, item.decision.next);
    return null;
  });
  if (refusal !== null) throw new RateLimitedError(refusal);
}

/** A correct password takes back its up-front failure. */
async function releaseAttempt(db: Database, config: AppConfig, keys: ThrottleKeys) {
  const policies = throttlePolicies(config);
  const scoped = keysOf(keys);
  await db.transaction(async (tx) => {
    const rows = await queries.lockThrottles(
      tx,
      scoped.map((item) => item.key),
    );
    for (const item of scoped) {
      const row = rows.find((candidate) => candidate.key === item.key);
      if (row)
        await queries.saveThrottle(
          tx,
          item.key,
          stateAfterSuccess(stateOf(row), item.scope, policies[item.scope]),
        );
    }
  });
}

type SignInInput = { email: string; password: string; ipAddress: string; userAgent: string | null };

/**
 * Checks the credentials and opens a session. Not run inside a caller's transaction: a failed attempt
 * must stay counted even though the request fails. Repeated failures per e-mail and per address make
 * the next attempt wait (progressive delay, in the database so that it holds across processes); a
 * correct password after the wait always works.
 */
export async function signIn(db: Database, config: AppConfig, input: SignInInput, now = new Date()) {
  const email = input.email.trim().toLowerCase();
  const keys = { account: email, address: input.ipAddress };
  await reserveAttempt(db, config, keys, now);
  const user = await queries.findUserByEmail(db, email);
  const isValid = await verifyPassword(
    input.password,
    user?.passwordHash ?? (await decoyHashFor(config.passwordHashCost)),
  );
  const isSuccess = Boolean(user && isValid && !user.isDisabled);
  await queries.insertLoginAttempt(db, { email, ipAddress: input.ipAddress, isSuccess });
  if (!user || !isSuccess) throw new UnauthorizedError('problems.invalidCredentials', 'invalid_credentials');
  await releaseAttempt(db, config, keys);
  const opened = await openSession(db, config, user, input.userAgent, now);
  await queries.deleteQuietThrottles(db, new Date(now.getTime() - 24 * 3_600_000));
  return opened;
}

type SessionUser = { id: string; email: string; name: string; preferredLanguage: string };

/** A new session for a user whose identity is proven (a password, an accepted invitation). */
export async function openSession(
  db: Database,
  config: AppConfig,
  user: SessionUser,
  userAgent: string | null,
  now = new Date(),
) {
  const token = createSessionToken();
  const expiresAt = new Date(now.getTime() + config.sessionTtlHours * 3_600_000);
  await db.transaction(async (tx) => {
    await queries.insertSession(tx, { id: hashSessionToken(token), userId: user.id, expiresAt, userAgent });
    await queries.deleteExpiredSessions(tx, now);
    await queries.deleteOldLoginAttempts(tx, new Date(now.getTime() - 7 * 24 * 3_600_000));
  });
  return { token, expiresAt, session: await describeSession(db, config, token, user) };
}

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

/** "Sign out everywhere": every session of the user ends, this one included. */
export async function signOutEverywhere(db: Database, userId: string) {
  const ended = await queries.deleteSessionsOfUser(db, userId);
  await recordAudit(
    db,
    { governmentId: null, userId },
    { entityType: 'user', entityId: userId, action: 'update', after: { sessionsEnded: ended } },
  );
  return ended;
}

type ChangePasswordInput = { currentPassword: string; newPassword: string };

/**
 * Changes the password of the signed-in user after checking the current one (through the same limiter
 * as sign-in: a stolen session cannot guess it quickly). The other sessions end; reset links die.
 */
export async function changePassword(
  db: Database,
  config: AppConfig,
  auth: { sessionId: string; userId: string },
  input: ChangePasswordInput,
  now = new Date(),
) {
  const user = await queries.findUserById(db, auth.userId);
  if (!user) throw new UnauthorizedError();
  const keys = { account: user.email.toLowerCase() };
  await reserveAttempt(db, config, keys, now);
  if (!(await verifyPassword(input.currentPassword, user.passwordHash)))
    throw fieldError('currentPassword', 'access.currentPasswordWrong');
  await releaseAttempt(db, config, keys);
  assertAcceptablePassword(input.newPassword, user, 'newPassword');
  if (await verifyPassword(input.newPassword, user.passwordHash))
    throw fieldError('newPassword', 'access.passwordUnchanged');
  const passwordHash = await hashPassword(input.newPassword, config.passwordHashCost);
  return db.transaction(async (tx) => {
    await queries.updatePasswordHash(tx, user.id, passwordHash, user.id);
    const ended = await queries.deleteSessionsOfUser(tx, user.id, auth.sessionId);
    await queries.voidPasswordResetsOfUser(tx, user.id, now);
    await recordAudit(
      tx,
      { governmentId: null, userId: user.id },
      {
        entityType: 'user',
        entityId: user.id,
        action: 'update',
        after: { passwordChangedAt: now.toISOString(), otherSessionsEnded: ended },
      },
    );
    return { otherSessionsEnded: ended };
  });
}

/**
 * Sets a new password with the token of a reset e-mail: the token works once and before it expires;
 * every session of the user ends (whoever had the old password is out).
 */
export async function resetPassword(
  db: Database,
  config: AppConfig,
  input: { token: string; password: string },
  now = new Date(),
) {
  const tokenHash = hashSessionToken(input.token);
  const pending = await queries.findPasswordResetByToken(db, tokenHash, now);
  if (!pending) throw fieldError('token', 'access.resetLinkInvalid');
  const user = await queries.findUserById(db, pending.userId);
  if (!user) throw fieldError('token', 'access.resetLinkInvalid');
  assertAcceptablePassword(input.password, user);
  const passwordHash = await hashPassword(input.password, config.passwordHashCost);
  await db.transaction(async (tx) => {
    // Spent inside the transaction: two requests with one link, and only one changes the password.
    const spent = await queries.consumePasswordReset(tx, tokenHash, now);
    if (!spent) throw fieldError('token', 'access.resetLinkInvalid');
    await queries.updatePasswordHash(tx, user.id, passwordHash, user.id);
    await queries.deleteSessionsOfUser(tx, user.id);
    await queries.voidPasswordResetsOfUser(tx, user.id, now);
    await recordAudit(
      tx,
      { governmentId: spent.governmentId, userId: user.id },
      {
        entityType: 'user',
        entityId: user.id,
        action: 'update',
        after: { passwordResetAt: now.toISOString(), resetId: spent.id },
      },
    );
  });
  return { email: user.email };
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

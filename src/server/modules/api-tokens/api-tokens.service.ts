import type { ApiTokenRole } from '../../../contracts/api-tokens';
import { createApiTokenSecret, hashApiToken } from '../../platform/api-token-auth';
import { recordAudit } from '../../platform/audit';
import type { Database } from '../../platform/db';
import { AppError, NotFoundError } from '../../platform/errors';
import type { TenantContext } from '../../platform/tenancy';
import { presentApiToken } from './api-tokens.present';
import * as queries from './api-tokens.queries';

/** A government holds at most this many live tokens: each is a door, and doors are counted. */
export const maxLiveTokens = 50;

export class TooManyTokensError extends AppError {
  constructor() {
    super(409, 'too_many_tokens', 'problems.conflict', 'access.tooManyTokens', { max: maxLiveTokens });
  }
}

/**
 * Creates a token and returns its secret, which is never stored nor shown again: only its sha-256
 * is kept. The creating admin vouches for it; the audit record has no secret nor hash.
 */
export async function createApiToken(
  db: Database,
  context: TenantContext,
  input: { name: string; role: ApiTokenRole; expiresInDays: number },
  now: Date,
) {
  if ((await queries.countLiveApiTokens(db, context, now)) >= maxLiveTokens) throw new TooManyTokensError();
  const secret = createApiTokenSecret();
  const row = await queries.insertApiToken(db, {
    governmentId: context.governmentId,
    name: input.name,
    role: input.role,
    tokenHash: hashApiToken(secret),
    displayPrefix: secret.slice(0, 12),
    expiresAt: new Date(now.getTime() + input.expiresInDays * 86_400_000),
    createdAt: now,
    createdBy: context.userId,
    updatedAt: now,
    updatedBy: context.userId,
  });
  await recordAudit(db, context, {
    entityType: 'api_token',
    entityId: row.id,
    action: 'create',
    after: { ...row, tokenHash: undefined },
  });
  return {
    token: presentApiToken(row, { createdByName: null, lastUsedAt: null, recentRequests: 0 }, now),
    secret,
  };
}

/** The government's tokens with their last use and the requests of the last 30 days. */
export async function findApiTokens(db: Database, context: TenantContext, now: Date) {
  const rows = await queries.findApiTokens(db, context, new Date(now.getTime() - 30 * 86_400_000));
  return rows.map((row) => presentApiToken(row.token, row, now));
}

/** Revokes a token at once: its next request is a 401. Revoking twice is a 404 (nothing to revoke). */
export async function revokeApiToken(db: Database, context: TenantContext, tokenId: string, now: Date) {
  const row = await queries.revokeApiToken(db, context, tokenId, now);
  if (!row) throw new NotFoundError();
  await recordAudit(db, context, {
    entityType: 'api_token',
    entityId: row.id,
    action: 'status_change',
    after: { status: 'revoked', revokedAt: row.revokedAt },
  });
}

import { createHash, randomBytes } from 'node:crypto';
import { and, eq, gt, isNull, sql } from 'drizzle-orm';
import type { Role } from '../../contracts/common';
import { apiTokens, apiTokenUses, governments, memberships, users } from '../db/schema';
import type { Database } from './db';

/** Every token starts with this, so that secret scanners and people recognise a leaked one. */
export const apiTokenPrefix = 'vinculo_';
const bearerPattern = /^Bearer ([A-Za-z0-9_-]{1,200})$/;

/** A new secret: 32 random bytes (256 bits) after the recognisable prefix. */
export function createApiTokenSecret(): string {
  return `${apiTokenPrefix}${randomBytes(32).toString('base64url')}`;
}

/** The stored form of a secret: its sha-256. High entropy makes a slow hash unnecessary. */
export function hashApiToken(secret: string): string {
  return createHash('sha256').update(secret).digest('hex');
}

/** The token of an `Authorization: Bearer …` header; undefined without one, null when malformed. */
export function bearerTokenOf(header: string | undefined): string | null | undefined {
  if (header === undefined) return undefined;
  const match = bearerPattern.exec(header);
  return match?.[1] ?? null;
}

export type ApiTokenIdentity = {
  tokenId: string;
  governmentId: string;
  role: Role;
  /** The admin who created the token: requests act for them. */
  actorId: string;
  timezone: string;
};

/**
 * The live token with this secret: not expired, not revoked, and its creator still an enabled admin
 * of the token's government (a token never outlives the power of the person who vouched for it).
 */
export async function findLiveApiToken(
  db: Database,
  secret: string,
  now: Date,
): Promise<ApiTokenIdentity | null> {
  if (!secret.startsWith(apiTokenPrefix)) return null;
  const [row] = await db
    .select({
      tokenId: apiTokens.id,
      governmentId: apiTokens.governmentId,
      role: apiTokens.role,
      actorId: apiTokens.createdBy,
      timezone: governments.timezone,
    })
    .from(apiTokens)
    .innerJoin(governments, eq(governments.id, apiTokens.governmentId))
    .innerJoin(
      memberships,
      and(
        eq(memberships.governmentId, apiTokens.governmentId),
        eq(memberships.userId, apiTokens.createdBy),
        eq(memberships.role, 'admin'),
      ),
    )
    .innerJoin(users, and(eq(users.id, memberships.userId), eq(users.isDisabled, false)))
    .where(
      and(
        eq(apiTokens.tokenHash, hashApiToken(secret)),
        gt(apiTokens.expiresAt, now),
        isNull(apiTokens.revokedAt),
      ),
    );
  if (!row?.actorId) return null;
  return { ...row, actorId: row.actorId, role: row.role as Role };
}

/** Counts one request of a token in its minute's row (one upsert; see apiTokenUses). */
export async function recordApiTokenUse(
  db: Database,
  identity: Pick<ApiTokenIdentity, 'tokenId' | 'governmentId'>,
  use: { now: Date; route: string; isWrite: boolean; isDenied: boolean },
): Promise<void> {
  const minute = new Date(Math.floor(use.now.getTime() / 60_000) * 60_000);
  await db
    .insert(apiTokenUses)
    .values({
      tokenId: identity.tokenId,
      governmentId: identity.governmentId,
      minute,
      requests: 1,
      writes: use.isWrite ? 1 : 0,
      denied: use.isDenied ? 1 : 0,
      lastUsedAt: use.now,
      lastRoute: use.route.slice(0, 300),
    })
    .onConflictDoUpdate({
      target: [apiTokenUses.tokenId, apiTokenUses.minute],
      set: {
        requests: sql`${apiTokenUses.requests} + 1`,
        writes: sql`${apiTokenUses.writes} + excluded.writes`,
        denied: sql`${apiTokenUses.denied} + excluded.denied`,
        lastUsedAt: sql`greatest(${apiTokenUses.lastUsedAt}, excluded.last_used_at)`,
        lastRoute: sql`excluded.last_route`,
      },
    });
}

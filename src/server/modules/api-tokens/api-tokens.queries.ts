import { and, desc, eq, gt, isNull, sql } from 'drizzle-orm';
import { apiTokens, apiTokenUses, users } from '../../db/schema';
import type { Database } from '../../platform/db';
import { inTenant, type TenantContext } from '../../platform/tenancy';

export async function insertApiToken(db: Database, values: typeof apiTokens.$inferInsert) {
  const [row] = await db.insert(apiTokens).values(values).returning();
  return row!;
}

/** Listing bound: an office has a handful of integrations; the newest 200 are more than enough. */
const listLimit = 200;

/** The government's tokens, newest first, with their last use and recent volume. */
export async function findApiTokens(db: Database, context: Pick<TenantContext, 'governmentId'>, since: Date) {
  const usage = db
    .select({
      tokenId: apiTokenUses.tokenId,
      lastUsedAt: sql<Date | string | null>`max(${apiTokenUses.lastUsedAt})`.as('last_used_at'),
      recentRequests:
        sql<number>`coalesce(sum(${apiTokenUses.requests}) filter (where ${apiTokenUses.minute} >= ${since.toISOString()}), 0)::int`.as(
          'recent_requests',
        ),
    })
    .from(apiTokenUses)
    .where(inTenant(apiTokenUses, context))
    .groupBy(apiTokenUses.tokenId)
    .as('usage');
  return db
    .select({
      token: apiTokens,
      createdByName: users.name,
      lastUsedAt: usage.lastUsedAt,
      recentRequests: usage.recentRequests,
    })
    .from(apiTokens)
    .leftJoin(users, eq(users.id, apiTokens.createdBy))
    .leftJoin(usage, eq(usage.tokenId, apiTokens.id))
    .where(inTenant(apiTokens, context))
    .orderBy(desc(apiTokens.createdAt), desc(apiTokens.id))
    .limit(listLimit);
}

/** Marks a token revoked; null when it is not this government's or was already revoked. */
export async function revokeApiToken(db: Database, context: TenantContext, tokenId: string, now: Date) {
  const [row] = await db
    .update(apiTokens)
    .set({
      revokedAt: now,
      revokedBy: context.userId,
      updatedAt: now,
      updatedBy: context.userId,
      version: sql`${apiTokens.version} + 1`,
    })
    .where(and(eq(apiTokens.id, tokenId), inTenant(apiTokens, context), isNull(apiTokens.revokedAt)))
    .returning();
  return row ?? null;
}

export async function findApiToken(
  db: Database,
  context: Pick<TenantContext, 'governmentId'>,
  tokenId: string,
) {
  const [row] = await db
    .select()
    .from(apiTokens)
    .where(and(eq(apiTokens.id, tokenId), inTenant(apiTokens, context)));
  return row ?? null;
}

/** How many tokens of the government are live: creation is bounded. */
export async function countLiveApiTokens(
  db: Database,
  context: Pick<TenantContext, 'governmentId'>,
  now: Date,
) {
  const [row] = await db
    .select({ total: sql<number>`count(*)::int` })
    .from(apiTokens)
    .where(and(inTenant(apiTokens, context), isNull(apiTokens.revokedAt), gt(apiTokens.expiresAt, now)));
  return row?.total ?? 0;
}

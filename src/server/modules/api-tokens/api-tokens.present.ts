import type { ApiToken } from '../../../contracts/api-tokens';
import type { apiTokens } from '../../db/schema';

type TokenRow = typeof apiTokens.$inferSelect;

function isoOf(value: Date | string | null | undefined): string | null {
  if (value === null || value === undefined) return null;
  return (value instanceof Date ? value : new Date(value)).toISOString();
}

/** What an admin sees of a token: never its hash. */
export function presentApiToken(
  row: TokenRow,
  extra: { createdByName: string | null; lastUsedAt: Date | string | null; recentRequests: number | null },
  now: Date,
): ApiToken {
  const status = row.revokedAt ? 'revoked' : row.expiresAt.getTime() <= now.getTime() ? 'expired' : 'active';
  return {
    id: row.id,
    name: row.name,
    role: row.role,
    displayPrefix: row.displayPrefix,
    status,
    expiresAt: row.expiresAt.toISOString(),
    createdAt: row.createdAt.toISOString(),
    createdByName: extra.createdByName,
    revokedAt: isoOf(row.revokedAt),
    lastUsedAt: isoOf(extra.lastUsedAt),
    recentRequests: extra.recentRequests ?? 0,
  };
}

import type { AuditEntityType } from '../../contracts/audit';
import { auditLog } from '../db/schema';
import type { Database } from './db';
import type { TenantContext } from './tenancy';

export type AuditAction =
  | 'create'
  | 'update'
  | 'archive'
  | 'restore'
  | 'delete'
  | 'status_change'
  | 'import'
  | 'merge';

/**
 * Writes one audit record. Services call it explicitly after each write, inside the same
 * transaction, so that a change and its record are saved together or not at all.
 */
export async function recordAudit(
  db: Database,
  context:
    | Pick<TenantContext, 'governmentId' | 'userId' | 'apiTokenId'>
    | { governmentId: string | null; userId: string | null; apiTokenId?: string },
  entry: {
    entityType: AuditEntityType;
    entityId: string;
    action: AuditAction;
    before?: unknown;
    after?: unknown;
  },
): Promise<void> {
  await db.insert(auditLog).values({
    governmentId: context.governmentId,
    actorId: context.userId,
    apiTokenId: context.apiTokenId ?? null,
    entityType: entry.entityType,
    entityId: entry.entityId,
    action: entry.action,
    before: toJson(entry.before),
    after: toJson(entry.after),
  });
}

function toJson(value: unknown): unknown {
  if (value === undefined || value === null) return null;
  // Dates and nested rows become plain JSON; the generated search vector is noise in an audit trail.
  return JSON.parse(JSON.stringify(value, (key, item) => (key === 'searchVector' ? undefined : item)));
}

/** Writes one audit record per entry in one statement: bulk changes (imports) are audited alike. */
export async function recordAudits(
  db: Database,
  context: Pick<TenantContext, 'governmentId' | 'userId'>,
  entries: {
    entityType: AuditEntityType;
    entityId: string;
    action: AuditAction;
    before?: unknown;
    after?: unknown;
  }[],
): Promise<void> {
  if (entries.length === 0) return;
  await db.insert(auditLog).values(
    entries.map((entry) => ({
      governmentId: context.governmentId,
      actorId: context.userId,
      entityType: entry.entityType,
      entityId: entry.entityId,
      action: entry.action,
      before: toJson(entry.before),
      after: toJson(entry.after),
    })),
  );
}

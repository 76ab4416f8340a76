import { and, eq, inArray, isNull, type SQL, sql } from 'drizzle-orm';
import type { PgColumn, PgTable, PgUpdateSetSource } from 'drizzle-orm/pg-core';
import type { AuditEntityType } from '../../contracts/audit';
import type { Role, TenantKind } from '../../contracts/common';
import { recordAudit } from './audit';
import type { Database } from './db';
import { NotFoundError, VersionConflictError } from './errors';

/** Who is acting, and in which government: every query of tenant data takes one. */
export type TenantContext = {
  governmentId: string;
  userId: string;
  role: Role;
  departmentId?: string | null;
  /** The government's IANA time zone, read with the membership (requests only; "today" is its date). */
  timezone?: string;
  /** A government, or an association of governments (requests only). */
  tenantKind?: TenantKind;
  /** Set when the request came with an API token: audit records name it beside the actor. */
  apiTokenId?: string;
};

type TenantTable = PgTable & { governmentId: PgColumn };
type VersionedTable = TenantTable & {
  id: PgColumn;
  version: PgColumn;
  updatedAt: PgColumn;
  updatedBy: PgColumn;
};

/** The one place where tenant scoping is written: a condition on the row's government. */
export function inTenant(table: TenantTable, context: Pick<TenantContext, 'governmentId'>): SQL {
  return eq(table.governmentId, context.governmentId);
}

/** Scope to the tenant and, unless asked, hide archived rows. */
export function visibleInTenant(
  table: TenantTable & { archivedAt: PgColumn },
  context: Pick<TenantContext, 'governmentId'>,
  options: { includeArchived?: boolean; isArchived?: boolean } = {},
): SQL {
  if (options.isArchived) return and(inTenant(table, context), sql`${table.archivedAt} is not null`) as SQL;
  if (options.includeArchived) return inTenant(table, context);
  return and(inTenant(table, context), isNull(table.archivedAt)) as SQL;
}

/**
 * Optimistic locking: the update applies only if the row still has the version the caller read.
 * Otherwise 404 when the row is not in this tenant, 409 with both versions when someone else won.
 */
export async function updateVersioned<T extends VersionedTable>(
  db: Database,
  table: T,
  context: TenantContext,
  id: string,
  expectedVersion: number,
  values: Record<string, unknown>,
): Promise<T['$inferSelect']> {
  const set = {
    ...values,
    version: sql`${table.version} + 1`,
    updatedAt: new Date(),
    updatedBy: context.userId,
  } as PgUpdateSetSource<T>;
  const updated = (await db
    .update(table)
    .set(set)
    .where(and(eq(table.id, id), inTenant(table, context), eq(table.version, expectedVersion)))
    .returning()) as T['$inferSelect'][];
  if (updated[0]) return updated[0];
  const [current] = (await db
    .select({ version: table.version })
    .from(table as PgTable)
    .where(and(eq(table.id, id), inTenant(table, context)))) as { version: number }[];
  if (!current) throw new NotFoundError();
  throw new VersionConflictError(current.version, expectedVersion);
}

/** Reads one row of the tenant for update; 404 when it belongs to another government or none. */
export async function findInTenantForUpdate<T extends VersionedTable>(
  db: Database,
  table: T,
  context: TenantContext,
  id: string,
): Promise<T['$inferSelect']> {
  const rows = (await db
    .select()
    .from(table as PgTable)
    .where(and(eq(table.id, id), inTenant(table, context)))
    .for('update')) as T['$inferSelect'][];
  if (!rows[0]) throw new NotFoundError();
  return rows[0];
}

/**
 * Archive (soft delete) or restore a versioned record and write its audit record: the row stays for
 * the audit trail and can come back. `before` is the row as the service read it.
 */
export async function setArchived<T extends VersionedTable & { archivedAt: PgColumn }>(
  db: Database,
  table: T,
  context: TenantContext,
  entity: { type: AuditEntityType; id: string; before: unknown },
  version: number,
  isArchived: boolean,
): Promise<T['$inferSelect']> {
  const after = await updateVersioned(db, table, context, entity.id, version, {
    archivedAt: isArchived ? new Date() : null,
  });
  await recordAudit(db, context, {
    entityType: entity.type,
    entityId: entity.id,
    action: isArchived ? 'archive' : 'restore',
    before: entity.before,
    after,
  });
  return after;
}

/** The ids among `ids` that are rows of `table` in this government: how every reference is checked. */
export async function findIdsInTenant(
  db: Database,
  table: TenantTable & { id: PgColumn },
  context: Pick<TenantContext, 'governmentId'>,
  ids: string[],
): Promise<Set<string>> {
  if (ids.length === 0) return new Set<string>();
  const rows = (await db
    .select({ id: table.id })
    .from(table as PgTable)
    .where(and(inArray(table.id, ids), inTenant(table, context)))) as { id: string }[];
  return new Set(rows.map((row) => row.id));
}

import { and, count, desc, eq, type SQL } from 'drizzle-orm';
import { auditLog, users } from '../../db/schema';
import type { Database } from '../../platform/db';
import { inTenant, type TenantContext } from '../../platform/tenancy';

export async function findAuditEntries(
  db: Database,
  context: TenantContext,
  options: { entityType?: string | undefined; entityId?: string | undefined; page: number; pageSize: number },
) {
  const conditions: SQL[] = [inTenant(auditLog, context)];
  if (options.entityType) conditions.push(eq(auditLog.entityType, options.entityType));
  if (options.entityId) conditions.push(eq(auditLog.entityId, options.entityId));
  const where = and(...conditions);
  const [items, [totals]] = await Promise.all([
    db
      .select({ entry: auditLog, actorName: users.name })
      .from(auditLog)
      .leftJoin(users, eq(users.id, auditLog.actorId))
      .where(where)
      .orderBy(desc(auditLog.occurredAt), desc(auditLog.id))
      .limit(options.pageSize)
      .offset((options.page - 1) * options.pageSize),
    db.select({ total: count() }).from(auditLog).where(where),
  ]);
  return { items, total: totals?.total ?? 0 };
}

import { and, asc, count, desc, eq, isNotNull, type SQL, sql } from 'drizzle-orm';
import type { AuditListQuery } from '../../../contracts/audit';
import { auditLog, users } from '../../db/schema';
import type { Database } from '../../platform/db';
import { inTenant, type TenantContext } from '../../platform/tenancy';

type AuditFilters = Omit<AuditListQuery, 'page' | 'pageSize'>;

/** The trail's conditions; calendar days are the government's, so "from" starts at its midnight. */
export function auditConditions(
  context: Pick<TenantContext, 'governmentId' | 'timezone'>,
  filters: AuditFilters,
) {
  const timezone = context.timezone ?? 'UTC';
  const conditions: SQL[] = [inTenant(auditLog, context)];
  if (filters.entityType) conditions.push(eq(auditLog.entityType, filters.entityType));
  if (filters.entityId) conditions.push(eq(auditLog.entityId, filters.entityId));
  if (filters.actorId) conditions.push(eq(auditLog.actorId, filters.actorId));
  if (filters.action) conditions.push(eq(auditLog.action, filters.action));
  if (filters.from) {
    conditions.push(
      sql`${auditLog.occurredAt} >= ((${filters.from})::date::timestamp at time zone ${timezone})`,
    );
  }
  if (filters.to) {
    conditions.push(
      sql`${auditLog.occurredAt} < (((${filters.to})::date + 1)::timestamp at time zone ${timezone})`,
    );
  }
  return and(...conditions);
}

export async function findAuditEntries(
  db: Database,
  context: Pick<TenantContext, 'governmentId' | 'timezone'>,
  options: AuditFilters & { page: number; pageSize: number },
) {
  const where = auditConditions(context, options);
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

/** The people who acted in this government, by name: whoever left a row in its trail. */
export async function findAuditActors(db: Database, context: Pick<TenantContext, 'governmentId'>) {
  return db
    .selectDistinct({ id: users.id, name: users.name })
    .from(auditLog)
    .innerJoin(users, eq(users.id, auditLog.actorId))
    .where(and(inTenant(auditLog, context), isNotNull(auditLog.actorId)))
    .orderBy(asc(users.name), asc(users.id))
    .limit(500);
}

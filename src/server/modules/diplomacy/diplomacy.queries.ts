import { and, asc, count, desc, eq, type SQL, sql } from 'drizzle-orm';
import { diplomacyPositions, events, networkRoles, partners } from '../../db/schema';
import type { Database } from '../../platform/db';
import { inTenant, type TenantContext, visibleInTenant } from '../../platform/tenancy';

type Tenant = Pick<TenantContext, 'governmentId'>;

export type PositionRow = typeof diplomacyPositions.$inferSelect;
export type NetworkRoleRow = typeof networkRoles.$inferSelect;
export type PositionWithNetwork = { position: PositionRow; networkName: string | null };
export type RoleWithNetwork = { role: NetworkRoleRow; networkName: string };

export type PositionFilter = {
  networkPartnerId?: string | undefined;
  topic?: string | undefined;
  kind?: PositionRow['kind'] | undefined;
};

export type RoleFilter = {
  networkPartnerId?: string | undefined;
  kind?: NetworkRoleRow['kind'] | undefined;
  /** Only roles held on this calendar day. */
  currentOn?: string | undefined;
};

type Page = { page: number; pageSize: number };

function positionConditions(context: Tenant, filter: PositionFilter): SQL | undefined {
  const conditions: SQL[] = [visibleInTenant(diplomacyPositions, context)];
  if (filter.networkPartnerId)
    conditions.push(eq(diplomacyPositions.networkPartnerId, filter.networkPartnerId));
  if (filter.topic) conditions.push(sql`${filter.topic} = any(${diplomacyPositions.topics})`);
  if (filter.kind) conditions.push(eq(diplomacyPositions.kind, filter.kind));
  return and(...conditions);
}

function roleConditions(context: Tenant, filter: RoleFilter): SQL | undefined {
  const conditions: SQL[] = [visibleInTenant(networkRoles, context)];
  if (filter.networkPartnerId) conditions.push(eq(networkRoles.networkPartnerId, filter.networkPartnerId));
  if (filter.kind) conditions.push(eq(networkRoles.kind, filter.kind));
  if (filter.currentOn) {
    conditions.push(
      sql`${networkRoles.startsOn} <= ${filter.currentOn}::date and (${networkRoles.endsOn} is null or ${networkRoles.endsOn} >= ${filter.currentOn}::date)`,
    );
  }
  return and(...conditions);
}

function selectPositions(db: Database) {
  return db
    .select({ position: diplomacyPositions, networkName: partners.name })
    .from(diplomacyPositions)
    .leftJoin(partners, eq(partners.id, diplomacyPositions.networkPartnerId));
}

function selectRoles(db: Database) {
  return db
    .select({ role: networkRoles, networkName: partners.name })
    .from(networkRoles)
    .innerJoin(partners, eq(partners.id, networkRoles.networkPartnerId));
}

/** Positions, declarations and pledges, most recent first. */
export async function findPositions(db: Database, context: Tenant, filter: PositionFilter, page?: Page) {
  const where = positionConditions(context, filter);
  const query = selectPositions(db)
    .where(where)
    .orderBy(desc(diplomacyPositions.madeOn), asc(diplomacyPositions.title), asc(diplomacyPositions.id))
    .$dynamic();
  const paged = page ? query.limit(page.pageSize).offset((page.page - 1) * page.pageSize) : query;
  const [items, [totals]] = await Promise.all([
    paged,
    db.select({ total: count() }).from(diplomacyPositions).where(where),
  ]);
  return { items: items as PositionWithNetwork[], total: totals?.total ?? 0 };
}

export async function findPosition(db: Database, context: Tenant, id: string) {
  const [row] = await selectPositions(db).where(
    and(eq(diplomacyPositions.id, id), inTenant(diplomacyPositions, context)),
  );
  return (row as PositionWithNetwork | undefined) ?? null;
}

/** Roles held in networks, the most recently started first. */
export async function findRoles(db: Database, context: Tenant, filter: RoleFilter, page?: Page) {
  const where = roleConditions(context, filter);
  const query = selectRoles(db)
    .where(where)
    .orderBy(desc(networkRoles.startsOn), asc(networkRoles.title), asc(networkRoles.id))
    .$dynamic();
  const paged = page ? query.limit(page.pageSize).offset((page.page - 1) * page.pageSize) : query;
  const [items, [totals]] = await Promise.all([
    paged,
    db.select({ total: count() }).from(networkRoles).where(where),
  ]);
  return { items: items as RoleWithNetwork[], total: totals?.total ?? 0 };
}

export async function findRole(db: Database, context: Tenant, id: string) {
  const [row] = await selectRoles(db).where(and(eq(networkRoles.id, id), inTenant(networkRoles, context)));
  return (row as RoleWithNetwork | undefined) ?? null;
}

export async function insertPosition(db: Database, values: typeof diplomacyPositions.$inferInsert) {
  const [row] = await db.insert(diplomacyPositions).values(values).returning();
  return row as PositionRow;
}

export async function insertRole(db: Database, values: typeof networkRoles.$inferInsert) {
  const [row] = await db.insert(networkRoles).values(values).returning();
  return row as NetworkRoleRow;
}

/** The kind of a partner of this government, or null when it has none by that id. */
export async function findPartnerKind(db: Database, context: Tenant, partnerId: string) {
  const [row] = await db
    .select({ kind: partners.kind })
    .from(partners)
    .where(and(eq(partners.id, partnerId), inTenant(partners, context)));
  return row?.kind ?? null;
}

export async function eventExists(db: Database, context: Tenant, eventId: string) {
  const [row] = await db
    .select({ id: events.id })
    .from(events)
    .where(and(eq(events.id, eventId), inTenant(events, context)));
  return Boolean(row);
}

import { and, asc, count, desc, eq, inArray, type SQL, sql } from 'drizzle-orm';
import {
  activities,
  departments,
  indicators,
  initiativeBudgetLines,
  initiativeDepartments,
  initiativeLinks,
  initiativePartners,
  initiativeStageChanges,
  initiatives,
  initiativeTerritorialUnits,
  links,
  measurements,
  mirRows,
  partners,
  territorialUnits,
  users,
} from '../../db/schema';
import type { Database } from '../../platform/db';
import { inTenant, type TenantContext } from '../../platform/tenancy';

export type InitiativeRow = typeof initiatives.$inferSelect;
export type MirRowRow = typeof mirRows.$inferSelect;
export type IndicatorRow = typeof indicators.$inferSelect;
export type MeasurementRow = typeof measurements.$inferSelect;
export type ActivityRow = typeof activities.$inferSelect;

type Tenant = Pick<TenantContext, 'governmentId'>;

export type InitiativeListFilter = {
  q?: string | undefined;
  stage?: InitiativeRow['stage'] | undefined;
  strategyLine?: string | undefined;
  departmentId?: string | undefined;
  partnerId?: string | undefined;
  linkId?: string | undefined;
  includeClosed: boolean;
  page: number;
  pageSize: number;
};

export async function findInitiatives(db: Database, context: Tenant, filter: InitiativeListFilter) {
  const conditions: SQL[] = [inTenant(initiatives, context)];
  if (filter.q) {
    conditions.push(sql`(${initiatives.searchVector} @@ websearch_to_tsquery('es_unaccent', ${filter.q})
      or f_unaccent(lower(${initiatives.title})) like '%' || f_unaccent(lower(${filter.q})) || '%')`);
  }
  if (filter.stage) conditions.push(eq(initiatives.stage, filter.stage));
  else if (!filter.includeClosed) conditions.push(sql`${initiatives.stage} not in ('closed', 'cancelled')`);
  if (filter.strategyLine) conditions.push(eq(initiatives.strategyLine, filter.strategyLine));
  if (filter.departmentId) {
    conditions.push(
      sql`exists (select 1 from ${initiativeDepartments} d where d.initiative_id = ${initiatives.id} and d.department_id = ${filter.departmentId})`,
    );
  }
  if (filter.partnerId) {
    conditions.push(
      sql`exists (select 1 from ${initiativePartners} p where p.initiative_id = ${initiatives.id} and p.partner_id = ${filter.partnerId})`,
    );
  }
  if (filter.linkId) {
    conditions.push(
      sql`exists (select 1 from ${initiativeLinks} l where l.initiative_id = ${initiatives.id} and l.link_id = ${filter.linkId})`,
    );
  }
  const where = and(...conditions);
  const [items, [totals]] = await Promise.all([
    db
      .select()
      .from(initiatives)
      .where(where)
      .orderBy(desc(initiatives.updatedAt), asc(initiatives.id))
      .limit(filter.pageSize)
      .offset((filter.page - 1) * filter.pageSize),
    db.select({ total: count() }).from(initiatives).where(where),
  ]);
  return { items, total: totals?.total ?? 0 };
}

export async function findInitiative(db: Database, context: Tenant, id: string) {
  const [row] = await db
    .select()
    .from(initiatives)
    .where(and(eq(initiatives.id, id), inTenant(initiatives, context)));
  return row ?? null;
}

export async function insertInitiative(db: Database, values: typeof initiatives.$inferInsert) {
  const [row] = await db.insert(initiatives).values(values).returning();
  return row as InitiativeRow;
}

/** The people, places and instruments of a set of initiatives, for lists and detail pages. */
export async function findRelations(db: Database, context: Tenant, initiativeIds: string[]) {
  if (initiativeIds.length === 0) {
    return { units: [], departmentRows: [], partnerRows: [], linkRows: [], budget: [] };
  }
  const [units, departmentRows, partnerRows, linkRows, budget] = await Promise.all([
    db
      .select({
        initiativeId: initiativeTerritorialUnits.initiativeId,
        id: territorialUnits.id,
        name: territorialUnits.name,
      })
      .from(initiativeTerritorialUnits)
      .innerJoin(territorialUnits, eq(territorialUnits.id, initiativeTerritorialUnits.territorialUnitId))
      .where(
        and(
          inArray(initiativeTerritorialUnits.initiativeId, initiativeIds),
          inTenant(initiativeTerritorialUnits, context),
        ),
      )
      .orderBy(asc(territorialUnits.name)),
    db
      .select({
        initiativeId: initiativeDepartments.initiativeId,
        departmentId: departments.id,
        name: departments.name,
        role: initiativeDepartments.role,
      })
      .from(initiativeDepartments)
      .innerJoin(departments, eq(departments.id, initiativeDepartments.departmentId))
      .where(
        and(
          inArray(initiativeDepartments.initiativeId, initiativeIds),
          inTenant(initiativeDepartments, context),
        ),
      )
      .orderBy(asc(initiativeDepartments.role), asc(departments.name)),
    db
      .select({
        initiativeId: initiativePartners.initiativeId,
        partnerId: partners.id,
        name: partners.name,
        role: initiativePartners.role,
      })
      .from(initiativePartners)
      .innerJoin(partners, eq(partners.id, initiativePartners.partnerId))
      .where(
        and(inArray(initiativePartners.initiativeId, initiativeIds), inTenant(initiativePartners, context)),
      )
      .orderBy(asc(partners.name)),
    db
      .select({
        initiativeId: initiativeLinks.initiativeId,
        linkId: links.id,
        title: links.title,
        status: links.status,
      })
      .from(initiativeLinks)
      .innerJoin(links, eq(links.id, initiativeLinks.linkId))
      .where(and(inArray(initiativeLinks.initiativeId, initiativeIds), inTenant(initiativeLinks, context)))
      .orderBy(asc(links.title)),
    db
      .select()
      .from(initiativeBudgetLines)
      .where(
        and(
          inArray(initiativeBudgetLines.initiativeId, initiativeIds),
          inTenant(initiativeBudgetLines, context),
        ),
      )
      .orderBy(asc(initiativeBudgetLines.position)),
  ]);
  return { units, departmentRows, partnerRows, linkRows, budget };
}

type Relations = {
  territorialUnitIds: string[];
  departments: { departmentId: string; role: 'lead' | 'participant' }[];
  partners: { partnerId: string; role: (typeof initiativePartners.$inferInsert)['role'] }[];
  linkIds: string[];
  budget: Omit<typeof initiativeBudgetLines.$inferInsert, 'governmentId' | 'initiativeId' | 'position'>[];
};

/** Replaces the related rows of an initiative inside the caller's transaction. */
export async function replaceRelations(
  db: Database,
  context: Tenant,
  initiativeId: string,
  relations: Relations,
) {
  const scope = { governmentId: context.governmentId, initiativeId };
  for (const table of [
    initiativeTerritorialUnits,
    initiativeDepartments,
    initiativePartners,
    initiativeLinks,
    initiativeBudgetLines,
  ]) {
    await db.delete(table).where(and(eq(table.initiativeId, initiativeId), inTenant(table, context)));
  }
  if (relations.territorialUnitIds.length > 0) {
    await db
      .insert(initiativeTerritorialUnits)
      .values(relations.territorialUnitIds.map((territorialUnitId) => ({ ...scope, territorialUnitId })));
  }
  if (relations.departments.length > 0) {
    await db
      .insert(initiativeDepartments)
      .values(relations.departments.map((item) => ({ ...scope, ...item })));
  }
  if (relations.partners.length > 0)
    await db.insert(initiativePartners).values(relations.partners.map((item) => ({ ...scope, ...item })));
  if (relations.linkIds.length > 0)
    await db.insert(initiativeLinks).values(relations.linkIds.map((linkId) => ({ ...scope, linkId })));
  if (relations.budget.length > 0) {
    await db
      .insert(initiativeBudgetLines)
      .values(relations.budget.map((line, position) => ({ ...scope, ...line, position })));
  }
}

export async function insertStageChange(db: Database, values: typeof initiativeStageChanges.$inferInsert) {
  await db.insert(initiativeStageChanges).values(values);
}

export async function findStageChanges(db: Database, context: Tenant, initiativeId: string) {
  return db
    .select({
      id: initiativeStageChanges.id,
      fromStage: initiativeStageChanges.fromStage,
      toStage: initiativeStageChanges.toStage,
      reason: initiativeStageChanges.reason,
      actorName: users.name,
      occurredAt: initiativeStageChanges.occurredAt,
    })
    .from(initiativeStageChanges)
    .leftJoin(users, eq(users.id, initiativeStageChanges.actorId))
    .where(
      and(eq(initiativeStageChanges.initiativeId, initiativeId), inTenant(initiativeStageChanges, context)),
    )
    .orderBy(desc(initiativeStageChanges.occurredAt), desc(initiativeStageChanges.id));
}

/** MIR rows, indicators, measurement summaries and activities of a set of initiatives. */
export async function findDesign(db: Database, context: Tenant, initiativeIds: string[]) {
  if (initiativeIds.length === 0)
    return { rows: [], indicatorRows: [], measurementRows: [], activityRows: [] };
  const [rows, indicatorRows, measurementRows, activityRows] = await Promise.all([
    db
      .select()
      .from(mirRows)
      .where(and(inArray(mirRows.initiativeId, initiativeIds), inTenant(mirRows, context)))
      .orderBy(asc(mirRows.position), asc(mirRows.createdAt)),
    db
      .select()
      .from(indicators)
      .where(and(inArray(indicators.initiativeId, initiativeIds), inTenant(indicators, context)))
      .orderBy(asc(indicators.createdAt)),
    db
      .select({
        indicatorId: measurements.indicatorId,
        measuredOn: measurements.measuredOn,
        value: measurements.value,
      })
      .from(measurements)
      .where(and(inArray(measurements.initiativeId, initiativeIds), inTenant(measurements, context)))
      .orderBy(asc(measurements.measuredOn)),
    db
      .select({ activity: activities, ownerDepartmentName: departments.name })
      .from(activities)
      .leftJoin(departments, eq(departments.id, activities.ownerDepartmentId))
      .where(and(inArray(activities.initiativeId, initiativeIds), inTenant(activities, context)))
      .orderBy(asc(activities.startDate), asc(activities.createdAt)),
  ]);
  return { rows, indicatorRows, measurementRows, activityRows };
}

export async function findMirRow(db: Database, context: Tenant, initiativeId: string, id: string) {
  const [row] = await db
    .select()
    .from(mirRows)
    .where(and(eq(mirRows.id, id), eq(mirRows.initiativeId, initiativeId), inTenant(mirRows, context)));
  return row ?? null;
}

export async function insertMirRow(db: Database, values: typeof mirRows.$inferInsert) {
  const [row] = await db.insert(mirRows).values(values).returning();
  return row as MirRowRow;
}

export async function countChildRows(db: Database, context: Tenant, parentId: string) {
  const [row] = await db
    .select({ total: count() })
    .from(mirRows)
    .where(and(eq(mirRows.parentId, parentId), inTenant(mirRows, context)));
  return row?.total ?? 0;
}

export async function deleteMirRow(db: Database, context: Tenant, id: string) {
  await db.delete(indicators).where(and(eq(indicators.mirRowId, id), inTenant(indicators, context)));
  await db.delete(mirRows).where(and(eq(mirRows.id, id), inTenant(mirRows, context)));
}

export async function findIndicator(db: Database, context: Tenant, initiativeId: string, id: string) {
  const [row] = await db
    .select()
    .from(indicators)
    .where(
      and(eq(indicators.id, id), eq(indicators.initiativeId, initiativeId), inTenant(indicators, context)),
    );
  return row ?? null;
}

export async function insertIndicator(db: Database, values: typeof indicators.$inferInsert) {
  const [row] = await db.insert(indicators).values(values).returning();
  return row as IndicatorRow;
}

export async function deleteIndicator(db: Database, context: Tenant, id: string) {
  await db.delete(indicators).where(and(eq(indicators.id, id), inTenant(indicators, context)));
}

export async function countMeasurements(
  db: Database,
  context: Tenant,
  by: { indicatorId?: string; mirRowId?: string },
) {
  const conditions: SQL[] = [inTenant(measurements, context)];
  if (by.indicatorId) conditions.push(eq(measurements.indicatorId, by.indicatorId));
  if (by.mirRowId) {
    conditions.push(
      sql`${measurements.indicatorId} in (select id from ${indicators} where mir_row_id = ${by.mirRowId})`,
    );
  }
  const [row] = await db
    .select({ total: count() })
    .from(measurements)
    .where(and(...conditions));
  return row?.total ?? 0;
}

export async function findMeasurements(db: Database, context: Tenant, indicatorId: string) {
  return db
    .select({ measurement: measurements, reportedByName: users.name })
    .from(measurements)
    .leftJoin(users, eq(users.id, measurements.reportedBy))
    .where(and(eq(measurements.indicatorId, indicatorId), inTenant(measurements, context)))
    .orderBy(asc(measurements.measuredOn), asc(measurements.createdAt));
}

export async function insertMeasurement(db: Database, values: typeof measurements.$inferInsert) {
  const [row] = await db.insert(measurements).values(values).returning();
  return row as MeasurementRow;
}

export async function findTerritorialUnitNames(db: Database, context: Tenant, ids: string[]) {
  if (ids.length === 0) return new Map<string, string>();
  const rows = await db
    .select({ id: territorialUnits.id, name: territorialUnits.name })
    .from(territorialUnits)
    .where(and(inArray(territorialUnits.id, ids), inTenant(territorialUnits, context)));
  return new Map(rows.map((row) => [row.id, row.name]));
}

export async function findActivity(db: Database, context: Tenant, initiativeId: string, id: string) {
  const [row] = await db
    .select()
    .from(activities)
    .where(
      and(eq(activities.id, id), eq(activities.initiativeId, initiativeId), inTenant(activities, context)),
    );
  return row ?? null;
}

export async function insertActivity(db: Database, values: typeof activities.$inferInsert) {
  const [row] = await db.insert(activities).values(values).returning();
  return row as ActivityRow;
}

export async function deleteActivity(db: Database, context: Tenant, id: string) {
  await db.delete(activities).where(and(eq(activities.id, id), inTenant(activities, context)));
}

import { and, asc, count, desc, eq, ilike, isNotNull, or, type SQL, sql } from 'drizzle-orm';
import type { PgColumn } from 'drizzle-orm/pg-core';
import { departments, governments, territorialUnits } from '../../db/schema';
import type { Database } from '../../platform/db';
import { inTenant, type TenantContext, visibleInTenant } from '../../platform/tenancy';
import { insertBuiltInTerms } from '../strategy/strategy.queries';

export type GovernmentRow = typeof governments.$inferSelect;
export type TerritorialUnitRow = typeof territorialUnits.$inferSelect;
export type DepartmentRow = typeof departments.$inferSelect;

export async function findGovernment(db: Database, context: Pick<TenantContext, 'governmentId'>) {
  const [row] = await db.select().from(governments).where(eq(governments.id, context.governmentId));
  return row ?? null;
}

export async function findGovernmentBySlug(db: Database, slug: string) {
  const [row] = await db.select().from(governments).where(eq(governments.slug, slug));
  return row ?? null;
}

/** A new government starts with the built-in strategy lines and themes of DESIGN.md. */
export async function insertGovernment(db: Database, values: typeof governments.$inferInsert) {
  const [row] = await db.insert(governments).values(values).returning();
  const government = row as GovernmentRow;
  await insertBuiltInTerms(db, government.id);
  return government;
}

function accentInsensitiveMatch(column: SQL | PgColumn, query: string): SQL {
  return sql`f_unaccent(lower(${column})) like '%' || f_unaccent(lower(${query})) || '%'`;
}

type UnitListOptions = {
  q?: string | undefined;
  kind?: TerritorialUnitRow['kind'] | undefined;
  includeArchived: boolean;
  sort: 'name' | 'code' | 'population';
  direction: 'asc' | 'desc';
  page: number;
  pageSize: number;
};

export async function findTerritorialUnits(db: Database, context: TenantContext, options: UnitListOptions) {
  const conditions: SQL[] = [
    visibleInTenant(territorialUnits, context, { includeArchived: options.includeArchived }),
  ];
  if (options.q) {
    conditions.push(
      or(
        accentInsensitiveMatch(territorialUnits.name, options.q),
        ilike(territorialUnits.code, `%${options.q}%`),
      ) as SQL,
    );
  }
  if (options.kind) conditions.push(eq(territorialUnits.kind, options.kind));
  const where = and(...conditions);
  const sortColumn = {
    name: territorialUnits.name,
    code: territorialUnits.code,
    population: territorialUnits.population,
  }[options.sort];
  const order = options.direction === 'desc' ? desc(sortColumn) : asc(sortColumn);
  const [items, [totals]] = await Promise.all([
    db
      .select()
      .from(territorialUnits)
      .where(where)
      .orderBy(order, asc(territorialUnits.id))
      .limit(options.pageSize)
      .offset((options.page - 1) * options.pageSize),
    db.select({ total: count() }).from(territorialUnits).where(where),
  ]);
  return { items, total: totals?.total ?? 0 };
}

export async function findTerritorialUnit(db: Database, context: TenantContext, id: string) {
  const [row] = await db
    .select()
    .from(territorialUnits)
    .where(and(eq(territorialUnits.id, id), inTenant(territorialUnits, context)));
  return row ?? null;
}

export async function findTerritorialUnitByCode(db: Database, context: TenantContext, code: string) {
  const [row] = await db
    .select()
    .from(territorialUnits)
    .where(and(eq(territorialUnits.code, code), inTenant(territorialUnits, context)));
  return row ?? null;
}

export async function insertTerritorialUnit(db: Database, values: typeof territorialUnits.$inferInsert) {
  const [row] = await db.insert(territorialUnits).values(values).returning();
  return row as TerritorialUnitRow;
}

/** The most units drawn on one map. */
export const maxMappedUnits = 2000;

export async function findMappedUnits(db: Database, context: TenantContext) {
  return (
    db
      .select()
      .from(territorialUnits)
      .where(and(visibleInTenant(territorialUnits, context), isNotNull(territorialUnits.geometry)))
      .orderBy(asc(territorialUnits.name))
      // A map of more units than this is unreadable anyway; the list pages through all of them.
      .limit(maxMappedUnits)
  );
}

/** The department list's filters as one condition: the list and its spreadsheet export agree. */
export function departmentListCondition(
  context: Pick<TenantContext, 'governmentId'>,
  options: { q?: string | undefined; includeArchived: boolean },
) {
  const conditions: SQL[] = [
    visibleInTenant(departments, context, { includeArchived: options.includeArchived }),
  ];
  if (options.q) {
    conditions.push(
      or(
        accentInsensitiveMatch(departments.name, options.q),
        ilike(departments.acronym, `%${options.q}%`),
      ) as SQL,
    );
  }
  return and(...conditions) as SQL;
}

export async function findDepartments(
  db: Database,
  context: TenantContext,
  options: { q?: string | undefined; includeArchived: boolean; page: number; pageSize: number },
) {
  const where = departmentListCondition(context, options);
  const [items, [totals]] = await Promise.all([
    db
      .select()
      .from(departments)
      .where(where)
      .orderBy(asc(departments.name), asc(departments.id))
      .limit(options.pageSize)
      .offset((options.page - 1) * options.pageSize),
    db.select({ total: count() }).from(departments).where(where),
  ]);
  return { items, total: totals?.total ?? 0 };
}

export async function findDepartment(db: Database, context: Pick<TenantContext, 'governmentId'>, id: string) {
  const [row] = await db
    .select()
    .from(departments)
    .where(and(eq(departments.id, id), inTenant(departments, context)));
  return row ?? null;
}

export async function insertDepartment(db: Database, values: typeof departments.$inferInsert) {
  const [row] = await db.insert(departments).values(values).returning();
  return row as DepartmentRow;
}

/** The government row is its own tenant: optimistic update on its id and version. */
export async function updateGovernmentVersioned(
  db: Database,
  context: TenantContext,
  expectedVersion: number,
  values: Partial<typeof governments.$inferInsert>,
) {
  const [row] = await db
    .update(governments)
    .set({
      ...values,
      version: sql`${governments.version} + 1`,
      updatedAt: new Date(),
      updatedBy: context.userId,
    })
    .where(and(eq(governments.id, context.governmentId), eq(governments.version, expectedVersion)))
    .returning();
  return row ?? null;
}

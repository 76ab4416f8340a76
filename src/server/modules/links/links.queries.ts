import { and, asc, count, desc, eq, inArray, type SQL, type SQLWrapper, sql } from 'drizzle-orm';
import type { LinkListQuery } from '../../../contracts/links';
import {
  departments,
  governments,
  linkDocuments,
  linkParties,
  linkSignatories,
  links,
  partners,
} from '../../db/schema';
import type { Database } from '../../platform/db';
import { inTenant, type TenantContext, visibleInTenant } from '../../platform/tenancy';

export type LinkRow = typeof links.$inferSelect;

export function linkMatches(query: string): SQL {
  return sql`(${links.searchVector} @@ websearch_to_tsquery('es_unaccent', ${query})
    or f_unaccent(lower(${query})) <% f_unaccent(lower(${links.title}))
    or f_unaccent(lower(${links.title})) like '%' || f_unaccent(lower(${query})) || '%')`;
}

const inForce = sql`${links.status} in ('signed', 'active', 'dormant')`;

/** Links in force whose validity ends between `today` and `today + days`. */
export function expiringCondition(today: string, days: number): SQL {
  return sql`(${inForce} and ${links.validTo} between ${today}::date and ${today}::date + ${days}::int)`;
}

/** The list's filters as one condition: the list and its spreadsheet export select the same links. */
export function linkListCondition(
  context: Pick<TenantContext, 'governmentId'>,
  query: Omit<LinkListQuery, 'page' | 'pageSize' | 'sort' | 'direction'>,
  today: string,
) {
  const conditions: SQL[] = [
    visibleInTenant(links, context, { includeArchived: query.includeArchived, isArchived: query.isArchived }),
  ];
  if (query.q) conditions.push(linkMatches(query.q));
  if (query.kind) conditions.push(eq(links.kind, query.kind));
  if (query.status) conditions.push(eq(links.status, query.status));
  if (query.theme) conditions.push(sql`${query.theme} = any(${links.themes})`);
  if (query.strategyLine) conditions.push(sql`${query.strategyLine} = any(${links.strategyLines})`);
  if (query.expiringWithinDays !== undefined)
    conditions.push(expiringCondition(today, query.expiringWithinDays));
  if (query.partnerId) {
    conditions.push(
      sql`exists (select 1 from ${linkParties} where ${linkParties.linkId} = ${links.id} and ${linkParties.partnerId} = ${query.partnerId})`,
    );
  }
  return and(...conditions) as SQL;
}

export async function findLinks(db: Database, context: TenantContext, query: LinkListQuery, today: string) {
  const where = linkListCondition(context, query, today);
  const sortColumn = {
    title: sql`lower(${links.title})`,
    signedOn: links.signedOn,
    validTo: links.validTo,
    status: links.status,
    updatedAt: links.updatedAt,
  }[query.sort];
  const order =
    query.direction === 'desc' ? sql`${sortColumn} desc nulls last` : sql`${sortColumn} asc nulls last`;
  const page = <T extends { orderBy: (...order: SQL[]) => T }>(select: T) =>
    select.orderBy(order, asc(links.id));
  const offset = (query.page - 1) * query.pageSize;
  // The page, its total and the parties of the page's links in one round trip, not three in a row.
  const [items, [totals], parties] = await Promise.all([
    page(db.select().from(links).where(where).$dynamic()).limit(query.pageSize).offset(offset),
    db.select({ total: count() }).from(links).where(where),
    findPartiesOfLinks(
      db,
      context,
      page(db.select({ id: links.id }).from(links).where(where).$dynamic())
        .limit(query.pageSize)
        .offset(offset),
    ),
  ]);
  return { items, total: totals?.total ?? 0, parties };
}

export async function findExpiringLinks(db: Database, context: TenantContext, today: string, days: number) {
  const where = and(visibleInTenant(links, context), expiringCondition(today, days));
  const [items, parties] = await Promise.all([
    db.select().from(links).where(where).orderBy(asc(links.validTo), asc(links.title)),
    findPartiesOfLinks(db, context, db.select({ id: links.id }).from(links).where(where)),
  ]);
  return { items, parties };
}

/** The parties of the given links, or of the links a subquery selects (read alongside the links). */
export async function findPartiesOfLinks(
  db: Database,
  context: TenantContext,
  linkIds: string[] | SQLWrapper,
) {
  if (Array.isArray(linkIds) && linkIds.length === 0) return [];
  return db
    .select({
      linkId: linkParties.linkId,
      partnerId: partners.id,
      partnerName: partners.name,
      partnerKind: partners.kind,
      countryCode: partners.countryCode,
      city: partners.city,
      role: linkParties.role,
    })
    .from(linkParties)
    .innerJoin(partners, eq(partners.id, linkParties.partnerId))
    .where(and(inArray(linkParties.linkId, linkIds), inTenant(linkParties, context)))
    .orderBy(asc(partners.name));
}

export async function findLink(db: Database, context: Pick<TenantContext, 'governmentId'>, id: string) {
  const [row] = await db
    .select()
    .from(links)
    .where(and(eq(links.id, id), inTenant(links, context)));
  return row ?? null;
}

export async function findLinkExtras(db: Database, context: TenantContext, id: string) {
  const [signatories, documents] = await Promise.all([
    db
      .select()
      .from(linkSignatories)
      .where(and(eq(linkSignatories.linkId, id), inTenant(linkSignatories, context)))
      .orderBy(asc(linkSignatories.side), asc(linkSignatories.name)),
    db
      .select()
      .from(linkDocuments)
      .where(and(eq(linkDocuments.linkId, id), inTenant(linkDocuments, context)))
      .orderBy(desc(linkDocuments.issuedOn), asc(linkDocuments.title)),
  ]);
  return { signatories, documents };
}

export async function findDepartmentName(db: Database, context: TenantContext, departmentId: string | null) {
  if (!departmentId) return null;
  const [row] = await db
    .select({ name: departments.name })
    .from(departments)
    .where(and(eq(departments.id, departmentId), inTenant(departments, context)));
  return row?.name ?? null;
}

export async function departmentExists(db: Database, context: TenantContext, departmentId: string) {
  return (await findDepartmentName(db, context, departmentId)) !== null;
}

export async function findGovernmentTimezone(db: Database, context: Pick<TenantContext, 'governmentId'>) {
  const [row] = await db
    .select({ timezone: governments.timezone })
    .from(governments)
    .where(eq(governments.id, context.governmentId));
  return row?.timezone ?? 'America/Bogota';
}

export async function insertLink(db: Database, values: typeof links.$inferInsert) {
  const [row] = await db.insert(links).values(values).returning();
  return row as LinkRow;
}

type Children = {
  parties: { partnerId: string; role: (typeof linkParties.$inferInsert)['role'] }[];
  signatories: Omit<typeof linkSignatories.$inferInsert, 'governmentId' | 'linkId'>[];
  documents: Omit<typeof linkDocuments.$inferInsert, 'governmentId' | 'linkId'>[];
};

/** Replaces the parties, signatories and documents of a link (inside the caller's transaction). */
export async function replaceLinkChildren(
  db: Database,
  context: TenantContext,
  linkId: string,
  children: Children,
) {
  const scope = { governmentId: context.governmentId, linkId };
  await db.delete(linkParties).where(and(eq(linkParties.linkId, linkId), inTenant(linkParties, context)));
  await db
    .delete(linkSignatories)
    .where(and(eq(linkSignatories.linkId, linkId), inTenant(linkSignatories, context)));
  await db
    .delete(linkDocuments)
    .where(and(eq(linkDocuments.linkId, linkId), inTenant(linkDocuments, context)));
  if (children.parties.length > 0)
    await db.insert(linkParties).values(children.parties.map((item) => ({ ...item, ...scope })));
  if (children.signatories.length > 0) {
    await db.insert(linkSignatories).values(children.signatories.map((item) => ({ ...item, ...scope })));
  }
  if (children.documents.length > 0)
    await db.insert(linkDocuments).values(children.documents.map((item) => ({ ...item, ...scope })));
}

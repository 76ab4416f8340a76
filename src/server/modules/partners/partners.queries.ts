import { and, asc, count, desc, eq, inArray, isNotNull, isNull, or, type SQL, sql } from 'drizzle-orm';
import type { PartnerListQuery } from '../../../contracts/partners';
import { linkParties, links, partnerContacts, partnerRelations, partners } from '../../db/schema';
import type { Database } from '../../platform/db';
import { inTenant, type TenantContext, visibleInTenant } from '../../platform/tenancy';

export type PartnerRow = typeof partners.$inferSelect;
export type PartnerContactRow = typeof partnerContacts.$inferSelect;

/** Accent- and case-insensitive: full-text in Spanish, trigram similarity, or a plain substring. */
export function partnerMatches(query: string): SQL {
  return sql`(${partners.searchVector} @@ websearch_to_tsquery('es_unaccent', ${query})
    or f_unaccent(lower(${query})) <% f_unaccent(lower(${partners.name}))
    or f_unaccent(lower(${partners.name})) like '%' || f_unaccent(lower(${query})) || '%')`;
}

// Written with explicit aliases: drizzle leaves columns unqualified in a single-table select list.
const linkCountSql = sql<number>`(
  select count(distinct lp.link_id)::int from link_parties lp
  inner join links l on l.id = lp.link_id and l.archived_at is null
  where lp.partner_id = "partners"."id")`;

/** The list's filters as one condition: the list and its spreadsheet export select the same partners. */
export function partnerListCondition(
  context: Pick<TenantContext, 'governmentId'>,
  query: Omit<PartnerListQuery, 'page' | 'pageSize' | 'sort' | 'direction'>,
) {
  const conditions: SQL[] = [
    visibleInTenant(partners, context, {
      includeArchived: query.includeArchived,
      isArchived: query.isArchived,
    }),
  ];
  if (query.q) conditions.push(partnerMatches(query.q));
  if (query.kind) conditions.push(eq(partners.kind, query.kind));
  if (query.countryCode) conditions.push(eq(partners.countryCode, query.countryCode));
  if (query.tag) conditions.push(sql`${query.tag} = any(${partners.tags})`);
  return and(...conditions) as SQL;
}

/** What the list shows of each partner (the summary): not its notes, contacts nor search vector. */
const partnerSummaryColumns = {
  id: partners.id,
  name: partners.name,
  acronym: partners.acronym,
  kind: partners.kind,
  countryCode: partners.countryCode,
  city: partners.city,
  latitude: partners.latitude,
  longitude: partners.longitude,
  tags: partners.tags,
  archivedAt: partners.archivedAt,
  version: partners.version,
  updatedAt: partners.updatedAt,
};
export type PartnerSummaryRow = { [K in keyof typeof partnerSummaryColumns]: PartnerRow[K] };

/** The parts of a list query that change its SQL text; the values are bound at execution. */
type PartnerListShape = Pick<PartnerListQuery, 'includeArchived' | 'isArchived' | 'sort' | 'direction'> & {
  hasText: boolean;
  hasKind: boolean;
  hasCountry: boolean;
  hasTag: boolean;
};

// A placeholder stands where a value goes in the built statement (drizzle binds it at execution).
const bound = (name: string) => sql.placeholder(name) as unknown as string;

function buildPartnerListQueries(db: Database, shape: PartnerListShape) {
  const where = partnerListCondition(
    { governmentId: bound('governmentId') },
    {
      includeArchived: shape.includeArchived,
      isArchived: shape.isArchived,
      q: shape.hasText ? bound('q') : undefined,
      kind: shape.hasKind ? (bound('kind') as PartnerListQuery['kind']) : undefined,
      countryCode: shape.hasCountry ? bound('countryCode') : undefined,
      tag: shape.hasTag ? bound('tag') : undefined,
    },
  );
  const sortColumn = {
    name: sql`lower(${partners.name})`,
    country: partners.countryCode,
    kind: partners.kind,
    updatedAt: partners.updatedAt,
  }[shape.sort];
  const order = shape.direction === 'desc' ? desc(sortColumn) : asc(sortColumn);
  return {
    page: db
      .select({ partner: partnerSummaryColumns, linkCount: linkCountSql })
      .from(partners)
      .where(where)
      .orderBy(order, asc(partners.id))
      .limit(sql.placeholder('limit'))
      .offset(sql.placeholder('offset'))
      .prepare(''),
    total: db.select({ total: count() }).from(partners).where(where).prepare(''),
  };
}

// Every list request used to build its two statements anew: more CPU than the rest of the request's
// own work. They are built once per shape (at most a few hundred) and database handle, and sent as
// unnamed statements, exactly as before, with the values bound.
const partnerListQueries = new WeakMap<Database, Map<string, ReturnType<typeof buildPartnerListQueries>>>();

export async function findPartners(db: Database, context: TenantContext, query: PartnerListQuery) {
  const shape: PartnerListShape = {
    includeArchived: query.includeArchived,
    isArchived: query.isArchived,
    sort: query.sort,
    direction: query.direction,
    hasText: Boolean(query.q),
    hasKind: Boolean(query.kind),
    hasCountry: Boolean(query.countryCode),
    hasTag: Boolean(query.tag),
  };
  let ofDatabase = partnerListQueries.get(db);
  if (!ofDatabase) {
    ofDatabase = new Map();
    partnerListQueries.set(db, ofDatabase);
  }
  const key = JSON.stringify(shape);
  let queries = ofDatabase.get(key);
  if (!queries) {
    queries = buildPartnerListQueries(db, shape);
    ofDatabase.set(key, queries);
  }
  const values = {
    governmentId: context.governmentId,
    q: query.q,
    kind: query.kind,
    countryCode: query.countryCode,
    tag: query.tag,
  };
  const [items, [totals]] = await Promise.all([
    queries.page.execute({ ...values, limit: query.pageSize, offset: (query.page - 1) * query.pageSize }),
    queries.total.execute(values),
  ]);
  return { items, total: totals?.total ?? 0 };
}

export async function findPartner(db: Database, context: Pick<TenantContext, 'governmentId'>, id: string) {
  const [row] = await db
    .select()
    .from(partners)
    .where(and(eq(partners.id, id), inTenant(partners, context)));
  return row ?? null;
}

export async function findContacts(db: Database, context: TenantContext, partnerId: string) {
  return db
    .select()
    .from(partnerContacts)
    .where(and(eq(partnerContacts.partnerId, partnerId), inTenant(partnerContacts, context)))
    .orderBy(desc(partnerContacts.isPrimary), asc(partnerContacts.name));
}

export async function findRelations(db: Database, context: TenantContext, partnerId: string) {
  const outgoing = db
    .select({
      id: partnerRelations.id,
      kind: partnerRelations.kind,
      notes: partnerRelations.notes,
      otherPartnerId: partners.id,
      otherPartnerName: partners.name,
      direction: sql<'outgoing' | 'incoming'>`'outgoing'`,
    })
    .from(partnerRelations)
    .innerJoin(partners, eq(partners.id, partnerRelations.toPartnerId))
    .where(and(eq(partnerRelations.fromPartnerId, partnerId), inTenant(partnerRelations, context)));
  const incoming = db
    .select({
      id: partnerRelations.id,
      kind: partnerRelations.kind,
      notes: partnerRelations.notes,
      otherPartnerId: partners.id,
      otherPartnerName: partners.name,
      direction: sql<'outgoing' | 'incoming'>`'incoming'`,
    })
    .from(partnerRelations)
    .innerJoin(partners, eq(partners.id, partnerRelations.fromPartnerId))
    .where(and(eq(partnerRelations.toPartnerId, partnerId), inTenant(partnerRelations, context)));
  const [out, inc] = await Promise.all([outgoing, incoming]);
  return [...out, ...inc];
}

export async function findLinksOfPartner(db: Database, context: TenantContext, partnerId: string) {
  return db
    .select({
      id: links.id,
      title: links.title,
      kind: links.kind,
      status: links.status,
      role: linkParties.role,
    })
    .from(linkParties)
    .innerJoin(links, eq(links.id, linkParties.linkId))
    .where(
      and(eq(linkParties.partnerId, partnerId), inTenant(linkParties, context), isNull(links.archivedAt)),
    )
    .orderBy(asc(links.title));
}

export async function insertPartner(db: Database, values: typeof partners.$inferInsert) {
  const [row] = await db.insert(partners).values(values).returning();
  return row as PartnerRow;
}

/** Many partners in one statement, returned in the order given. */
export async function insertPartners(db: Database, values: (typeof partners.$inferInsert)[]) {
  return (await db.insert(partners).values(values).returning()) as PartnerRow[];
}

export async function insertContacts(db: Database, values: (typeof partnerContacts.$inferInsert)[]) {
  if (values.length === 0) return [];
  return db.insert(partnerContacts).values(values).returning();
}

type ContactValues = Omit<typeof partnerContacts.$inferInsert, 'governmentId' | 'partnerId' | 'id'>;

/**
 * Brings a partner's contacts to the given list without changing the ids of those that stay: a
 * contact with an id (one of this partner's) is updated in place, one without is inserted, and the
 * partner's contacts missing from the list are deleted (event participants that named one keep
 * their name and partner; their contact becomes empty, by the foreign key's ON DELETE SET NULL).
 */
export async function syncContacts(
  db: Database,
  context: TenantContext,
  partnerId: string,
  contacts: (ContactValues & { id?: string | undefined })[],
) {
  const ofPartner = and(eq(partnerContacts.partnerId, partnerId), inTenant(partnerContacts, context));
  const keptIds = contacts.map((contact) => contact.id).filter((id): id is string => Boolean(id));
  await db
    .delete(partnerContacts)
    .where(
      keptIds.length > 0 ? and(ofPartner, sql`not (${inArray(partnerContacts.id, keptIds)})`) : ofPartner,
    );
  const rows: PartnerContactRow[] = [];
  for (const { id, ...values } of contacts) {
    if (id) {
      const [row] = await db
        .update(partnerContacts)
        .set(values)
        .where(and(ofPartner, eq(partnerContacts.id, id)))
        .returning();
      if (row) rows.push(row);
    } else {
      const [row] = await db
        .insert(partnerContacts)
        .values({ ...values, partnerId, governmentId: context.governmentId })
        .returning();
      if (row) rows.push(row);
    }
  }
  return rows;
}

export async function insertRelation(db: Database, values: typeof partnerRelations.$inferInsert) {
  const [row] = await db.insert(partnerRelations).values(values).returning();
  return row;
}

export async function findRelation(
  db: Database,
  context: TenantContext,
  partnerId: string,
  relationId: string,
) {
  const [row] = await db
    .select()
    .from(partnerRelations)
    .where(
      and(
        eq(partnerRelations.id, relationId),
        inTenant(partnerRelations, context),
        or(eq(partnerRelations.fromPartnerId, partnerId), eq(partnerRelations.toPartnerId, partnerId)),
      ),
    );
  return row ?? null;
}

export async function deleteRelation(db: Database, context: TenantContext, relationId: string) {
  await db
    .delete(partnerRelations)
    .where(and(eq(partnerRelations.id, relationId), inTenant(partnerRelations, context)));
}

export async function findMapPoints(db: Database, context: TenantContext) {
  return db
    .select({
      id: partners.id,
      name: partners.name,
      kind: partners.kind,
      countryCode: partners.countryCode,
      city: partners.city,
      latitude: partners.latitude,
      longitude: partners.longitude,
      linkCount: linkCountSql,
    })
    .from(partners)
    .where(
      and(visibleInTenant(partners, context), isNotNull(partners.latitude), isNotNull(partners.longitude)),
    )
    .orderBy(asc(partners.name));
}

import { and, asc, count, desc, eq, inArray, type SQL, sql } from 'drizzle-orm';
import {
  cooperationDemands,
  cooperationOffers,
  departments,
  governments,
  iatiActivities,
  initiativePartners,
  initiatives,
  matchDecisions,
  partners,
} from '../../db/schema';
import type { Database } from '../../platform/db';
import { inTenant, type TenantContext, visibleInTenant } from '../../platform/tenancy';

type Tenant = Pick<TenantContext, 'governmentId'>;
export type DemandRow = typeof cooperationDemands.$inferSelect;
export type OfferRow = typeof cooperationOffers.$inferSelect;

export type DemandFilter = {
  q?: string | undefined;
  status?: DemandRow['status'] | undefined;
  departmentId?: string | undefined;
  sector?: string | undefined;
  urgency?: DemandRow['urgency'] | undefined;
  includeArchived: boolean;
  page: number;
  pageSize: number;
};

const demandColumns = {
  demand: cooperationDemands,
  departmentName: departments.name,
  initiativeTitle: initiatives.title,
};

/** The demand list's filters as one condition: the list and its spreadsheet export share it. */
export function demandListCondition(context: Tenant, filter: Omit<DemandFilter, 'page' | 'pageSize'>) {
  const conditions: SQL[] = [
    visibleInTenant(cooperationDemands, context, { includeArchived: filter.includeArchived }),
  ];
  if (filter.q) {
    conditions.push(sql`(${cooperationDemands.searchVector} @@ websearch_to_tsquery('es_unaccent', ${filter.q})
      or f_unaccent(lower(${cooperationDemands.title})) like '%' || f_unaccent(lower(${filter.q})) || '%')`);
  }
  if (filter.status) conditions.push(eq(cooperationDemands.status, filter.status));
  if (filter.departmentId) conditions.push(eq(cooperationDemands.departmentId, filter.departmentId));
  if (filter.sector) conditions.push(sql`${filter.sector} = any(${cooperationDemands.sectors})`);
  if (filter.urgency) conditions.push(eq(cooperationDemands.urgency, filter.urgency));
  return and(...conditions);
}

export async function findDemands(db: Database, context: Tenant, filter: DemandFilter) {
  const where = demandListCondition(context, filter);
  const urgencyOrder = sql`case ${cooperationDemands.urgency} when 'critical' then 0 when 'high' then 1 when 'medium' then 2 else 3 end`;
  const [items, [totals]] = await Promise.all([
    db
      .select(demandColumns)
      .from(cooperationDemands)
      .leftJoin(departments, eq(departments.id, cooperationDemands.departmentId))
      .leftJoin(initiatives, eq(initiatives.id, cooperationDemands.initiativeId))
      .where(where)
      .orderBy(urgencyOrder, desc(cooperationDemands.updatedAt), asc(cooperationDemands.id))
      .limit(filter.pageSize)
      .offset((filter.page - 1) * filter.pageSize),
    db.select({ total: count() }).from(cooperationDemands).where(where),
  ]);
  return { items, total: totals?.total ?? 0 };
}

export async function findDemand(db: Database, context: Tenant, id: string) {
  const [row] = await db
    .select(demandColumns)
    .from(cooperationDemands)
    .leftJoin(departments, eq(departments.id, cooperationDemands.departmentId))
    .leftJoin(initiatives, eq(initiatives.id, cooperationDemands.initiativeId))
    .where(and(eq(cooperationDemands.id, id), inTenant(cooperationDemands, context)));
  return row ?? null;
}

export async function insertDemand(db: Database, values: typeof cooperationDemands.$inferInsert) {
  const [row] = await db.insert(cooperationDemands).values(values).returning();
  return row as DemandRow;
}

export type OfferFilter = {
  q?: string | undefined;
  kind?: OfferRow['kind'] | undefined;
  status?: OfferRow['status'] | undefined;
  donorPartnerId?: string | undefined;
  sector?: string | undefined;
  includeArchived: boolean;
  page: number;
  pageSize: number;
};

const offerColumns = { offer: cooperationOffers, donorName: partners.name };

/** The offer list's filters as one condition: the list and its spreadsheet export share it. */
export function offerListCondition(context: Tenant, filter: Omit<OfferFilter, 'page' | 'pageSize'>) {
  const conditions: SQL[] = [
    visibleInTenant(cooperationOffers, context, { includeArchived: filter.includeArchived }),
  ];
  if (filter.q) {
    conditions.push(sql`(${cooperationOffers.searchVector} @@ websearch_to_tsquery('es_unaccent', ${filter.q})
      or f_unaccent(lower(${cooperationOffers.title})) like '%' || f_unaccent(lower(${filter.q})) || '%')`);
  }
  if (filter.kind) conditions.push(eq(cooperationOffers.kind, filter.kind));
  if (filter.status) conditions.push(eq(cooperationOffers.status, filter.status));
  if (filter.donorPartnerId) conditions.push(eq(cooperationOffers.donorPartnerId, filter.donorPartnerId));
  if (filter.sector) conditions.push(sql`${filter.sector} = any(${cooperationOffers.sectors})`);
  return and(...conditions);
}

export async function findOffers(db: Database, context: Tenant, filter: OfferFilter) {
  const where = offerListCondition(context, filter);
  const [items, [totals]] = await Promise.all([
    db
      .select(offerColumns)
      .from(cooperationOffers)
      .leftJoin(partners, eq(partners.id, cooperationOffers.donorPartnerId))
      .where(where)
      .orderBy(sql`${cooperationOffers.deadline} asc nulls last`, asc(cooperationOffers.id))
      .limit(filter.pageSize)
      .offset((filter.page - 1) * filter.pageSize),
    db.select({ total: count() }).from(cooperationOffers).where(where),
  ]);
  return { items, total: totals?.total ?? 0 };
}

export async function findOffer(db: Database, context: Tenant, id: string) {
  const [row] = await db
    .select(offerColumns)
    .from(cooperationOffers)
    .leftJoin(partners, eq(partners.id, cooperationOffers.donorPartnerId))
    .where(and(eq(cooperationOffers.id, id), inTenant(cooperationOffers, context)));
  return row ?? null;
}

export async function insertOffer(db: Database, values: typeof cooperationOffers.$inferInsert) {
  const [row] = await db.insert(cooperationOffers).values(values).returning();
  return row as OfferRow;
}

/** The columns the score needs; descriptions and vectors stay in the database. */
const candidateColumns = {
  id: cooperationOffers.id,
  kind: cooperationOffers.kind,
  donorPartnerId: cooperationOffers.donorPartnerId,
  currency: cooperationOffers.currency,
  amountMinMinor: cooperationOffers.amountMinMinor,
  amountMaxMinor: cooperationOffers.amountMaxMinor,
  modalities: cooperationOffers.modalities,
  sectors: cooperationOffers.sectors,
  sdgTargets: cooperationOffers.sdgTargets,
  eligibleCountries: cooperationOffers.eligibleCountries,
  eligibleGovernmentKinds: cooperationOffers.eligibleGovernmentKinds,
  deadline: cooperationOffers.deadline,
  status: cooperationOffers.status,
};
export type OfferCandidate = { [K in keyof typeof candidateColumns]: OfferRow[K] };

const fieldSeparator = '\u001f';
const recordSeparator = '\u001e';
const splitCodes = (value: string | undefined) => (value ? value.split(',') : []);
const orNull = (value: string | undefined) => (value === undefined || value === '' ? null : value);

/**
 * Every candidate offer of the tenant with only the fields the score needs, packed by PostgreSQL into
 * one delimited string (unit and record separators; the codes never contain commas). Parsing ten
 * thousand rows of text arrays through the driver, or as JSON objects, costs four times as much; the
 * titles of the few offers shown are read afterwards.
 */
export async function findOfferCandidates(
  db: Database,
  context: Tenant,
  eligibleOnly: { today: string; countryCode: string; governmentKind: string } | null,
): Promise<OfferCandidate[]> {
  // The same eligibility as src/domain/matching, applied in SQL when ineligible offers are not wanted:
  // the score would mark them ineligible anyway, so reading them is wasted work.
  const eligibility = eligibleOnly
    ? sql`and o.status = 'open' and (o.deadline is null or o.deadline >= ${eligibleOnly.today}::date)
        and (cardinality(o.eligible_countries) = 0 or ${eligibleOnly.countryCode} = any(o.eligible_countries))
        and (cardinality(o.eligible_government_kinds) = 0 or ${eligibleOnly.governmentKind} = any(o.eligible_government_kinds))`
    : sql``;
  const result = await db.execute(sql`
    select string_agg(concat_ws(${fieldSeparator}, o.id, o.kind, coalesce(o.donor_partner_id::text, ''), coalesce(o.currency, ''),
        coalesce(o.amount_min_minor::text, ''), coalesce(o.amount_max_minor::text, ''),
        array_to_string(o.modalities, ','), array_to_string(o.sectors, ','), array_to_string(o.sdg_targets, ','),
        array_to_string(o.eligible_countries, ','), array_to_string(o.eligible_government_kinds, ','),
        coalesce(o.deadline::text, ''), o.status), ${recordSeparator}) as packed
    from cooperation_offers o
    where o.government_id = ${context.governmentId} and o.archived_at is null and o.kind <> 'own_good_practice' ${eligibility}`);
  const [row] = (result as unknown as { rows: { packed: string | null }[] }).rows;
  if (!row?.packed) return [];
  return row.packed.split(recordSeparator).map((record) => {
    const [
      id,
      kind,
      donor,
      currency,
      min,
      max,
      modalities,
      sectors,
      sdg,
      countries,
      kinds,
      deadline,
      status,
    ] = record.split(fieldSeparator);
    return {
      id: id as string,
      kind: kind as OfferRow['kind'],
      donorPartnerId: orNull(donor),
      currency: orNull(currency),
      amountMinMinor: min ? Number(min) : null,
      amountMaxMinor: max ? Number(max) : null,
      modalities: splitCodes(modalities),
      sectors: splitCodes(sectors),
      sdgTargets: splitCodes(sdg),
      eligibleCountries: splitCodes(countries),
      eligibleGovernmentKinds: splitCodes(kinds),
      deadline: orNull(deadline),
      status: status as OfferRow['status'],
    };
  });
}

/** Titles and donors of the offers a ranking shows. */
export async function findOfferTitles(db: Database, context: Tenant, ids: string[]) {
  if (ids.length === 0) return new Map<string, { title: string; donorName: string | null }>();
  const rows = await db
    .select({ id: cooperationOffers.id, title: cooperationOffers.title, donorName: partners.name })
    .from(cooperationOffers)
    .leftJoin(partners, eq(partners.id, cooperationOffers.donorPartnerId))
    .where(and(inArray(cooperationOffers.id, ids), inTenant(cooperationOffers, context)));
  return new Map(rows.map((row) => [row.id, { title: row.title, donorName: row.donorName }]));
}

/** How many offers a demand is weighed against (all of the tenant's calls and programmes). */
export async function countOfferCandidates(db: Database, context: Tenant) {
  const [row] = await db
    .select({ total: count() })
    .from(cooperationOffers)
    .where(
      and(visibleInTenant(cooperationOffers, context), sql`${cooperationOffers.kind} <> 'own_good_practice'`),
    );
  return row?.total ?? 0;
}

/**
 * The Spanish full-text similarity (0..1) of a demand's text to the given offers: the demand's own
 * lexemes OR-ed, found through the GIN index and ranked only for the offers asked about.
 */
export async function findTextSimilarity(
  db: Database,
  context: Tenant,
  demandId: string,
  offerIds: string[],
) {
  if (offerIds.length === 0) return new Map<string, number>();
  const result =
    await db.execute(sql`select o.id, ts_rank_cd(o.search_vector, q.query, 32)::float8 as similarity
    from cooperation_offers o, ${lexemeQuery('cooperation_demands', demandId)} q(query)
    where o.government_id = ${context.governmentId} and o.id = any(${`{${offerIds.join(',')}}`}::uuid[])
      and o.search_vector @@ q.query`);
  return new Map(
    (result as unknown as { rows: { id: string; similarity: number }[] }).rows.map((row) => [
      row.id,
      Number(row.similarity),
    ]),
  );
}

/** The OR-query of a record's own lexemes, to rank other records' vectors against it. */
function lexemeQuery(table: 'cooperation_demands' | 'cooperation_offers', id: string) {
  return sql`(select to_tsquery('es_unaccent', coalesce(nullif(array_to_string(array(
      select quote_literal(lexeme) from unnest(tsvector_to_array(r.search_vector)) lexeme), ' | '), ''), quote_literal('∅')))
    from ${sql.raw(table)} r where r.id = ${id})`;
}

/** Open demands an offer could serve, with the similarity of their text to the offer's. */
export async function findDemandCandidates(db: Database, context: Tenant, offerId: string) {
  const similarity = sql<number>`coalesce(ts_rank_cd(${cooperationDemands.searchVector}, ${lexemeQuery('cooperation_offers', offerId)}, 32), 0)::float8`;
  return db
    .select({ demand: cooperationDemands, similarity })
    .from(cooperationDemands)
    .where(and(visibleInTenant(cooperationDemands, context), eq(cooperationDemands.status, 'open')));
}

export async function findDecisions(
  db: Database,
  context: Tenant,
  by: { demandId?: string; offerId?: string },
) {
  const conditions: SQL[] = [inTenant(matchDecisions, context)];
  if (by.demandId) conditions.push(eq(matchDecisions.demandId, by.demandId));
  if (by.offerId) conditions.push(eq(matchDecisions.offerId, by.offerId));
  return db
    .select()
    .from(matchDecisions)
    .where(and(...conditions));
}

export async function insertDecision(db: Database, values: typeof matchDecisions.$inferInsert) {
  const [row] = await db.insert(matchDecisions).values(values).onConflictDoNothing().returning();
  return row ?? null;
}

export async function findGovernmentProfile(db: Database, context: Tenant) {
  const [row] = await db
    .select({
      countryCode: governments.countryCode,
      kind: governments.kind,
      timezone: governments.timezone,
      reportingCurrency: governments.reportingCurrency,
      iatiOrgId: governments.iatiOrgId,
      name: governments.name,
    })
    .from(governments)
    .where(eq(governments.id, context.governmentId));
  return row!;
}

export async function addInitiativePartner(
  db: Database,
  context: Tenant,
  initiativeId: string,
  partnerId: string,
) {
  await db
    .insert(initiativePartners)
    .values({ governmentId: context.governmentId, initiativeId, partnerId, role: 'funder' })
    .onConflictDoNothing();
}

export async function isCatalogueActivity(db: Database, context: Tenant, id: string) {
  const [row] = await db
    .select({ id: iatiActivities.id })
    .from(iatiActivities)
    .where(and(eq(iatiActivities.id, id), inTenant(iatiActivities, context)));
  return Boolean(row);
}

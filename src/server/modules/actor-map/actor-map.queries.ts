import { and, asc, eq, inArray, isNull, or, type SQL, sql } from 'drizzle-orm';
import type { ActorMapQuery } from '../../../contracts/actor-map';
import { governments, linkParties, links, partnerRelations, partners } from '../../db/schema';
import type { Database } from '../../platform/db';
import { inTenant, type TenantContext, visibleInTenant } from '../../platform/tenancy';

type Tenant = Pick<TenantContext, 'governmentId'>;

export async function findGovernmentName(db: Database, context: Tenant) {
  const [row] = await db
    .select({ id: governments.id, name: governments.name })
    .from(governments)
    .where(eq(governments.id, context.governmentId));
  return row ?? null;
}

/** The parties of the government's current links, filtered; at most `limit` rows. */
export async function findLinkParties(db: Database, context: Tenant, query: ActorMapQuery, limit: number) {
  const conditions: SQL[] = [
    inTenant(linkParties, context),
    isNull(links.archivedAt),
    isNull(partners.archivedAt),
  ];
  if (query.strategyLine) conditions.push(sql`${query.strategyLine} = any(${links.strategyLines})`);
  if (query.linkStatus) conditions.push(eq(links.status, query.linkStatus));
  return db
    .select({
      linkId: links.id,
      partnerId: linkParties.partnerId,
      title: links.title,
      kind: links.kind,
      status: links.status,
      role: linkParties.role,
    })
    .from(linkParties)
    .innerJoin(links, and(eq(links.id, linkParties.linkId), inTenant(links, context)))
    .innerJoin(partners, and(eq(partners.id, linkParties.partnerId), inTenant(partners, context)))
    .where(and(...conditions))
    .orderBy(asc(links.title), asc(linkParties.id))
    .limit(limit);
}

/** Relations between current partners; with `partnerIds`, only those touching one of them. */
export async function findRelations(
  db: Database,
  context: Tenant,
  partnerIds: string[] | null,
  limit: number,
) {
  if (partnerIds && partnerIds.length === 0) return [];
  const from = partners;
  return db
    .select({
      id: partnerRelations.id,
      fromPartnerId: partnerRelations.fromPartnerId,
      toPartnerId: partnerRelations.toPartnerId,
      kind: partnerRelations.kind,
    })
    .from(partnerRelations)
    .innerJoin(from, and(eq(from.id, partnerRelations.fromPartnerId), isNull(from.archivedAt)))
    .where(
      and(
        inTenant(partnerRelations, context),
        sql`exists (select 1 from partners t where t.id = ${partnerRelations.toPartnerId} and t.archived_at is null)`,
        partnerIds
          ? or(
              inArray(partnerRelations.fromPartnerId, partnerIds),
              inArray(partnerRelations.toPartnerId, partnerIds),
            )
          : undefined,
      ),
    )
    .orderBy(asc(partnerRelations.createdAt), asc(partnerRelations.id))
    .limit(limit);
}

/** Current partners: the given ones, or all of the government; at most `limit`, by name. */
export async function findActors(db: Database, context: Tenant, partnerIds: string[] | null, limit: number) {
  if (partnerIds && partnerIds.length === 0) return [];
  return db
    .select({
      id: partners.id,
      name: partners.name,
      kind: partners.kind,
      countryCode: partners.countryCode,
    })
    .from(partners)
    .where(and(visibleInTenant(partners, context), partnerIds ? inArray(partners.id, partnerIds) : undefined))
    .orderBy(asc(sql`lower(${partners.name})`), asc(partners.id))
    .limit(limit);
}

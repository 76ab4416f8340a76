import { and, count, desc, eq, inArray, isNull, type SQL, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { PublicationEntityType, PublicationListQuery } from '../../../contracts/publication';
import {
  commitments,
  diplomacyPositions,
  events,
  governments,
  initiatives,
  links,
  portalSettings,
  projectProfiles,
  publications,
  users,
} from '../../db/schema';
import type { Database } from '../../platform/db';
import { inTenant, type TenantContext } from '../../platform/tenancy';

type Tenant = Pick<TenantContext, 'governmentId'>;
export type PublicationRow = typeof publications.$inferSelect;
export type PublicationWithNames = {
  publication: PublicationRow;
  proposedByName: string | null;
  publishedByName: string | null;
};

const proposer = alias(users, 'proposer');
const publisher = alias(users, 'publisher');

function selectWithNames(db: Database) {
  return db
    .select({
      publication: publications,
      proposedByName: proposer.name,
      publishedByName: publisher.name,
    })
    .from(publications)
    .leftJoin(proposer, eq(proposer.id, publications.proposedBy))
    .leftJoin(publisher, eq(publisher.id, publications.publishedBy));
}

export async function findPublication(db: Database, context: Tenant, id: string) {
  const [row] = await selectWithNames(db).where(
    and(eq(publications.id, id), inTenant(publications, context)),
  );
  return row ?? null;
}

export async function findPublicationOfRecord(
  db: Database,
  context: Tenant,
  entityType: PublicationEntityType,
  entityId: string,
) {
  const [row] = await selectWithNames(db).where(
    and(
      inTenant(publications, context),
      eq(publications.entityType, entityType),
      eq(publications.entityId, entityId),
    ),
  );
  return row ?? null;
}

export async function findPublications(db: Database, context: Tenant, query: PublicationListQuery) {
  const conditions: SQL[] = [inTenant(publications, context)];
  if (query.status) conditions.push(eq(publications.status, query.status));
  if (query.entityType) conditions.push(eq(publications.entityType, query.entityType));
  if (query.entityId) conditions.push(eq(publications.entityId, query.entityId));
  const where = and(...conditions);
  const [items, [total]] = await Promise.all([
    selectWithNames(db)
      .where(where)
      .orderBy(desc(publications.updatedAt), desc(publications.id))
      .limit(query.pageSize)
      .offset((query.page - 1) * query.pageSize),
    db.select({ value: count() }).from(publications).where(where),
  ]);
  return { items, total: total?.value ?? 0 };
}

export async function insertPublication(db: Database, values: typeof publications.$inferInsert) {
  const [row] = await db.insert(publications).values(values).returning();
  return row as PublicationRow;
}

export async function deletePublication(db: Database, context: Tenant, id: string, version: number) {
  return db
    .delete(publications)
    .where(and(eq(publications.id, id), inTenant(publications, context), eq(publications.version, version)))
    .returning();
}

/** The ids of the records of one kind that the government has published. */
export async function findPublishedIds(
  db: Database,
  governmentId: string,
  entityType: PublicationEntityType,
) {
  const rows = await db
    .select({ id: publications.entityId })
    .from(publications)
    .where(
      and(
        eq(publications.governmentId, governmentId),
        eq(publications.entityType, entityType),
        eq(publications.status, 'published'),
      ),
    );
  return rows.map((row) => row.id);
}

type Titled = { id: string; title: string };

/**
 * The titles of records of one kind among `ids`, inside the tenant: how a publication request is
 * checked (an id of another government is simply not found) and how the queue names its rows.
 */
export async function findRecordTitles(
  db: Database,
  context: Tenant,
  entityType: PublicationEntityType,
  ids: string[],
): Promise<Map<string, string>> {
  if (ids.length === 0) return new Map();
  let rows: Titled[];
  switch (entityType) {
    case 'link':
      rows = await db
        .select({ id: links.id, title: links.title })
        .from(links)
        .where(and(inArray(links.id, ids), inTenant(links, context), isNull(links.archivedAt)));
      break;
    case 'event':
      rows = await db
        .select({ id: events.id, title: events.title })
        .from(events)
        .where(and(inArray(events.id, ids), inTenant(events, context), isNull(events.archivedAt)));
      break;
    case 'commitment':
      rows = await db
        .select({ id: commitments.id, title: commitments.title })
        .from(commitments)
        .where(and(inArray(commitments.id, ids), inTenant(commitments, context)));
      break;
    case 'initiative':
      rows = await db
        .select({ id: initiatives.id, title: initiatives.title })
        .from(initiatives)
        .where(and(inArray(initiatives.id, ids), inTenant(initiatives, context)));
      break;
    case 'project':
      // A cooperation project is an initiative with a funding profile.
      rows = await db
        .select({ id: initiatives.id, title: initiatives.title })
        .from(projectProfiles)
        .innerJoin(initiatives, eq(initiatives.id, projectProfiles.initiativeId))
        .where(and(inArray(projectProfiles.initiativeId, ids), inTenant(projectProfiles, context)));
      break;
    case 'position':
      rows = await db
        .select({ id: diplomacyPositions.id, title: diplomacyPositions.title })
        .from(diplomacyPositions)
        .where(
          and(
            inArray(diplomacyPositions.id, ids),
            inTenant(diplomacyPositions, context),
            isNull(diplomacyPositions.archivedAt),
          ),
        );
      break;
  }
  return new Map(rows.map((row) => [row.id, row.title]));
}

/** Events keep their own flag for the public iCal feed: it mirrors the publication, set here only. */
export async function setEventPublishedFlag(
  db: Database,
  context: Tenant,
  eventId: string,
  isPublished: boolean,
) {
  await db
    .update(events)
    .set({ isPublished })
    .where(and(eq(events.id, eventId), inTenant(events, context)));
}

export async function findPortalSettings(db: Database, context: Tenant) {
  const [row] = await db
    .select({ settings: portalSettings, slug: governments.slug })
    .from(governments)
    .leftJoin(portalSettings, eq(portalSettings.governmentId, governments.id))
    .where(eq(governments.id, context.governmentId));
  return row ?? null;
}

export async function insertPortalSettings(db: Database, values: typeof portalSettings.$inferInsert) {
  const inserted = await db.insert(portalSettings).values(values).onConflictDoNothing().returning();
  return inserted[0] ?? null;
}

export async function updatePortalSettings(
  db: Database,
  context: TenantContext,
  version: number,
  isPublishing: boolean,
) {
  const [row] = await db
    .update(portalSettings)
    .set({
      isPublishing,
      version: sql`${portalSettings.version} + 1`,
      updatedAt: new Date(),
      updatedBy: context.userId,
    })
    .where(and(eq(portalSettings.governmentId, context.governmentId), eq(portalSettings.version, version)))
    .returning();
  return row ?? null;
}

/** The governments that publish a portal, by name. */
export async function findPublishingGovernments(db: Database) {
  return db
    .select({
      id: governments.id,
      slug: governments.slug,
      name: governments.name,
      countryCode: governments.countryCode,
    })
    .from(portalSettings)
    .innerJoin(governments, eq(governments.id, portalSettings.governmentId))
    .where(eq(portalSettings.isPublishing, true))
    .orderBy(governments.name)
    .limit(500);
}

export async function findPublishingGovernment(db: Database, slug: string) {
  const [row] = await db
    .select({
      id: governments.id,
      slug: governments.slug,
      name: governments.name,
      countryCode: governments.countryCode,
      timezone: governments.timezone,
      reportingCurrency: governments.reportingCurrency,
      population: governments.population,
      website: governments.website,
    })
    .from(portalSettings)
    .innerJoin(governments, eq(governments.id, portalSettings.governmentId))
    .where(and(eq(governments.slug, slug), eq(portalSettings.isPublishing, true)));
  return row ?? null;
}

import { and, asc, eq, isNull, sql } from 'drizzle-orm';
import { eventLinks, publications, strategyTerms, territorialUnits } from '../../db/schema';
import type { Database } from '../../platform/db';

/** The government's territorial units with their geometry, and how many published initiatives reach each. */
export async function findUnitsWithReach(db: Database, governmentId: string) {
  return db
    .select({
      id: territorialUnits.id,
      name: territorialUnits.name,
      population: territorialUnits.population,
      geometry: territorialUnits.geometry,
      initiatives: sql<number>`(select count(distinct itu.initiative_id)::int
        from initiative_territorial_units itu join publications p
          on p.entity_id = itu.initiative_id and p.government_id = ${governmentId}
         and p.entity_type in ('initiative', 'project') and p.status = 'published'
        where itu.territorial_unit_id = ${territorialUnits.id})`.mapWith(Number),
    })
    .from(territorialUnits)
    .where(and(eq(territorialUnits.governmentId, governmentId), isNull(territorialUnits.archivedAt)))
    .orderBy(asc(territorialUnits.name))
    .limit(1000);
}

/** The ids of published events that cite a link. */
export async function findPublishedEventIdsOfLink(db: Database, governmentId: string, linkId: string) {
  const rows = await db
    .select({ id: eventLinks.eventId })
    .from(eventLinks)
    .innerJoin(
      publications,
      and(
        eq(publications.entityId, eventLinks.eventId),
        eq(publications.governmentId, governmentId),
        eq(publications.entityType, 'event'),
        eq(publications.status, 'published'),
      ),
    )
    .where(and(eq(eventLinks.governmentId, governmentId), eq(eventLinks.linkId, linkId)));
  return rows.map((row) => row.id);
}

/** The government's own names for its strategy lines (its vocabulary), code → name. */
export async function findStrategyLineNames(db: Database, governmentId: string) {
  const rows = await db
    .select({ code: strategyTerms.code, name: strategyTerms.name })
    .from(strategyTerms)
    .where(and(eq(strategyTerms.governmentId, governmentId), eq(strategyTerms.kind, 'strategy_line')))
    .orderBy(asc(strategyTerms.sortOrder))
    .limit(200);
  return rows;
}

import { type AnyColumn, and, asc, desc, eq, inArray, isNull, type SQL, sql } from 'drizzle-orm';
import type { PublicationEntityType, PublicFilter } from '../../../contracts/publication';
import {
  commitments,
  diplomacyPositions,
  eventCosts,
  events,
  indicators,
  initiativeLinks,
  initiatives,
  initiativeTerritorialUnits,
  linkParties,
  links,
  measurements,
  mirRows,
  partners,
  projectBudgets,
  projectParticipants,
  projectProfiles,
  projectTransactions,
  publications,
  territorialUnits,
} from '../../db/schema';
import type { Database } from '../../platform/db';
import { rowsOf } from '../utility/utility.queries';

/** The portal's lists are bounded; a government publishing more shows the most recent ones. */
export const publicListLimit = 500;

function published(governmentId: string, entityType: PublicationEntityType, idColumn: SQL | AnyColumn) {
  return sql`exists (select 1 from ${publications} where ${publications.governmentId} = ${governmentId}
    and ${publications.entityType} = ${entityType} and ${publications.status} = 'published'
    and ${publications.entityId} = ${idColumn})`;
}

function yearOf(column: SQL | AnyColumn, year: number) {
  return sql`extract(year from ${column}) = ${year}`;
}

function initiativeInUnit(initiativeId: typeof initiatives.id, unitId: string) {
  return sql`exists (select 1 from ${initiativeTerritorialUnits} where ${initiativeTerritorialUnits.initiativeId} = ${initiativeId} and ${initiativeTerritorialUnits.territorialUnitId} = ${unitId})`;
}

export async function findPublishedLinks(
  db: Database,
  governmentId: string,
  filter: PublicFilter,
  onlyId?: string,
) {
  const conditions: SQL[] = [
    eq(links.governmentId, governmentId),
    isNull(links.archivedAt),
    published(governmentId, 'link', links.id),
  ];
  if (onlyId) conditions.push(eq(links.id, onlyId));
  if (filter.strategyLine) conditions.push(sql`${filter.strategyLine} = any(${links.strategyLines})`);
  if (filter.year) conditions.push(yearOf(sql`coalesce(${links.signedOn}, ${links.validFrom})`, filter.year));
  if (filter.country)
    conditions.push(
      sql`exists (select 1 from ${linkParties} join ${partners} on ${partners.id} = ${linkParties.partnerId} where ${linkParties.linkId} = ${links.id} and ${partners.countryCode} = ${filter.country})`,
    );
  if (filter.unit)
    conditions.push(
      sql`exists (select 1 from ${initiativeLinks} join ${initiativeTerritorialUnits} on ${initiativeTerritorialUnits.initiativeId} = ${initiativeLinks.initiativeId} where ${initiativeLinks.linkId} = ${links.id} and ${initiativeTerritorialUnits.territorialUnitId} = ${filter.unit})`,
    );
  const rows = await db
    .select()
    .from(links)
    .where(and(...conditions))
    .orderBy(desc(links.signedOn), asc(links.title))
    .limit(publicListLimit);
  const parties =
    rows.length === 0
      ? []
      : await db
          .select({
            linkId: linkParties.linkId,
            name: partners.name,
            kind: partners.kind,
            countryCode: partners.countryCode,
            city: partners.city,
          })
          .from(linkParties)
          .innerJoin(partners, eq(partners.id, linkParties.partnerId))
          .where(
            and(
              eq(linkParties.governmentId, governmentId),
              inArray(
                linkParties.linkId,
                rows.map((row) => row.id),
              ),
            ),
          )
          .orderBy(asc(partners.name));
  return { rows, parties };
}

export async function findPublishedEvents(db: Database, governmentId: string, filter: PublicFilter) {
  const conditions: SQL[] = [
    eq(events.governmentId, governmentId),
    isNull(events.archivedAt),
    published(governmentId, 'event', events.id),
  ];
  if (filter.strategyLine) conditions.push(eq(events.strategyLine, filter.strategyLine));
  if (filter.year)
    conditions.push(yearOf(sql`(${events.startsAt} at time zone ${events.timezone})`, filter.year));
  if (filter.country) conditions.push(eq(events.countryCode, filter.country));
  if (filter.unit)
    conditions.push(
      sql`exists (select 1 from event_initiatives ei join ${initiativeTerritorialUnits} on ${initiativeTerritorialUnits.initiativeId} = ei.initiative_id where ei.event_id = ${events.id} and ${initiativeTerritorialUnits.territorialUnitId} = ${filter.unit})`,
    );
  const rows = await db
    .select()
    .from(events)
    .where(and(...conditions))
    .orderBy(desc(events.startsAt))
    .limit(publicListLimit);
  const costs =
    rows.length === 0
      ? []
      : await db
          .select({
            eventId: eventCosts.eventId,
            category: eventCosts.category,
            source: eventCosts.source,
            amountMinor: eventCosts.amountMinor,
            currency: eventCosts.currency,
          })
          .from(eventCosts)
          .where(
            and(
              eq(eventCosts.governmentId, governmentId),
              inArray(
                eventCosts.eventId,
                rows.map((row) => row.id),
              ),
            ),
          );
  return { rows, costs };
}

export async function findPublishedCommitments(db: Database, governmentId: string, filter: PublicFilter) {
  const conditions: SQL[] = [
    eq(commitments.governmentId, governmentId),
    published(governmentId, 'commitment', commitments.id),
  ];
  if (filter.year) conditions.push(yearOf(commitments.dueDate, filter.year));
  if (filter.strategyLine)
    conditions.push(
      sql`(exists (select 1 from ${links} where ${links.id} = ${commitments.linkId} and ${filter.strategyLine} = any(${links.strategyLines}))
        or exists (select 1 from ${events} where ${events.id} = ${commitments.eventId} and ${events.strategyLine} = ${filter.strategyLine}))`,
    );
  if (filter.country)
    conditions.push(
      sql`(exists (select 1 from ${partners} where ${partners.id} = ${commitments.counterpartPartnerId} and ${partners.countryCode} = ${filter.country})
        or exists (select 1 from ${events} where ${events.id} = ${commitments.eventId} and ${events.countryCode} = ${filter.country}))`,
    );
  if (filter.unit)
    conditions.push(
      sql`exists (select 1 from ${initiativeTerritorialUnits} where ${initiativeTerritorialUnits.initiativeId} = ${commitments.resultingInitiativeId} and ${initiativeTerritorialUnits.territorialUnitId} = ${filter.unit})`,
    );
  return db
    .select({
      id: commitments.id,
      title: commitments.title,
      dueDate: commitments.dueDate,
      status: commitments.status,
      fulfilledOn: commitments.fulfilledOn,
      linkId: commitments.linkId,
      eventId: commitments.eventId,
    })
    .from(commitments)
    .where(and(...conditions))
    .orderBy(desc(commitments.dueDate))
    .limit(publicListLimit);
}

function initiativeConditions(
  governmentId: string,
  entityType: 'initiative' | 'project',
  filter: PublicFilter,
): SQL[] {
  const conditions: SQL[] = [
    eq(initiatives.governmentId, governmentId),
    published(governmentId, entityType, initiatives.id),
  ];
  if (filter.strategyLine) conditions.push(eq(initiatives.strategyLine, filter.strategyLine));
  if (filter.year) conditions.push(yearOf(initiatives.createdAt, filter.year));
  if (filter.unit) conditions.push(initiativeInUnit(initiatives.id, filter.unit));
  if (filter.country)
    conditions.push(
      sql`exists (select 1 from ${projectParticipants} join ${partners} on ${partners.id} = ${projectParticipants.partnerId} where ${projectParticipants.initiativeId} = ${initiatives.id} and ${partners.countryCode} = ${filter.country})`,
    );
  return conditions;
}

export async function findPublishedInitiatives(db: Database, governmentId: string, filter: PublicFilter) {
  return db
    .select()
    .from(initiatives)
    .where(and(...initiativeConditions(governmentId, 'initiative', filter)))
    .orderBy(asc(initiatives.title))
    .limit(publicListLimit);
}

export async function findPublishedProjects(db: Database, governmentId: string, filter: PublicFilter) {
  return db
    .select({ initiative: initiatives, profile: projectProfiles })
    .from(initiatives)
    .innerJoin(projectProfiles, eq(projectProfiles.initiativeId, initiatives.id))
    .where(and(...initiativeConditions(governmentId, 'project', filter)))
    .orderBy(asc(initiatives.title))
    .limit(publicListLimit);
}

/** Units, MIR rows and indicators (with their latest measurement) of some initiatives. */
export async function findInitiativeDetails(db: Database, governmentId: string, ids: string[]) {
  if (ids.length === 0) return { units: [], mir: [], indicatorRows: [] };
  const units = await db
    .select({
      initiativeId: initiativeTerritorialUnits.initiativeId,
      id: territorialUnits.id,
      name: territorialUnits.name,
    })
    .from(initiativeTerritorialUnits)
    .innerJoin(territorialUnits, eq(territorialUnits.id, initiativeTerritorialUnits.territorialUnitId))
    .where(
      and(
        eq(initiativeTerritorialUnits.governmentId, governmentId),
        inArray(initiativeTerritorialUnits.initiativeId, ids),
      ),
    )
    .orderBy(asc(territorialUnits.name));
  const mir = await db
    .select({
      initiativeId: mirRows.initiativeId,
      level: mirRows.level,
      narrativeSummary: mirRows.narrativeSummary,
    })
    .from(mirRows)
    .where(and(eq(mirRows.governmentId, governmentId), inArray(mirRows.initiativeId, ids)))
    .orderBy(
      sql`array_position(array['goal','purpose','component','activity'], ${mirRows.level})`,
      asc(mirRows.position),
    );
  const idList = sql.join(
    ids.map((id) => sql`${id}::uuid`),
    sql`, `,
  );
  const indicatorRows = await rowsOf<{
    initiative_id: string;
    name: string;
    unit: string;
    direction: 'increase' | 'decrease';
    baseline_value: string | null;
    target_value: string | null;
    target_date: string | null;
    latest_value: string | null;
    latest_on: string | null;
  }>(
    db,
    sql`select i.initiative_id, i.name, i.unit, i.direction, i.baseline_value, i.target_value,
          i.target_date::text as target_date, m.value as latest_value, m.measured_on::text as latest_on
        from ${indicators} i
        left join lateral (
          select value, measured_on from ${measurements}
          where indicator_id = i.id order by measured_on desc, created_at desc limit 1
        ) m on true
        where i.government_id = ${governmentId} and i.initiative_id in (${idList})
        order by i.name`,
  );
  return { units, mir, indicatorRows };
}

/** Participants, budgets and money received of some projects. */
export async function findProjectMoney(db: Database, governmentId: string, ids: string[]) {
  if (ids.length === 0) return { participants: [], budgets: [], received: [] };
  const participants = await db
    .select({
      initiativeId: projectParticipants.initiativeId,
      name: partners.name,
      role: projectParticipants.role,
      countryCode: partners.countryCode,
    })
    .from(projectParticipants)
    .innerJoin(partners, eq(partners.id, projectParticipants.partnerId))
    .where(
      and(eq(projectParticipants.governmentId, governmentId), inArray(projectParticipants.initiativeId, ids)),
    )
    .orderBy(asc(partners.name));
  const budgets = await db
    .select({
      initiativeId: projectBudgets.initiativeId,
      currency: projectBudgets.currency,
      amountMinor: sql<string>`sum(${projectBudgets.amountMinor})`,
    })
    .from(projectBudgets)
    .where(and(eq(projectBudgets.governmentId, governmentId), inArray(projectBudgets.initiativeId, ids)))
    .groupBy(projectBudgets.initiativeId, projectBudgets.currency);
  const received = await db
    .select({
      initiativeId: projectTransactions.initiativeId,
      currency: projectTransactions.currency,
      amountMinor: sql<string>`sum(${projectTransactions.amountMinor})`,
    })
    .from(projectTransactions)
    .where(
      and(
        eq(projectTransactions.governmentId, governmentId),
        inArray(projectTransactions.initiativeId, ids),
        inArray(projectTransactions.type, ['1', '3']),
      ),
    )
    .groupBy(projectTransactions.initiativeId, projectTransactions.currency);
  return { participants, budgets, received };
}

export async function findPublishedPositions(db: Database, governmentId: string, filter: PublicFilter) {
  const conditions: SQL[] = [
    eq(diplomacyPositions.governmentId, governmentId),
    isNull(diplomacyPositions.archivedAt),
    published(governmentId, 'position', diplomacyPositions.id),
  ];
  if (filter.year) conditions.push(yearOf(diplomacyPositions.madeOn, filter.year));
  if (filter.strategyLine) conditions.push(sql`${filter.strategyLine} = any(${diplomacyPositions.topics})`);
  return db
    .select()
    .from(diplomacyPositions)
    .where(and(...conditions))
    .orderBy(desc(diplomacyPositions.madeOn))
    .limit(publicListLimit);
}

/** The initiatives published (as initiatives or projects) among those of a link: what it produced. */
export async function findPublishedInitiativeIdsOfLink(db: Database, governmentId: string, linkId: string) {
  const rows = await db
    .select({ id: initiativeLinks.initiativeId })
    .from(initiativeLinks)
    .where(
      and(
        eq(initiativeLinks.governmentId, governmentId),
        eq(initiativeLinks.linkId, linkId),
        sql`(${published(governmentId, 'initiative', initiativeLinks.initiativeId)} or ${published(governmentId, 'project', initiativeLinks.initiativeId)})`,
      ),
    );
  return rows.map((row) => row.id);
}

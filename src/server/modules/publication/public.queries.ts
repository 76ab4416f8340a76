import {
  type AnyColumn,
  and,
  asc,
  count,
  desc,
  eq,
  gt,
  inArray,
  isNotNull,
  isNull,
  type SQL,
  sql,
} from 'drizzle-orm';
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

/** Callers that name no slice (a link's page, the home figures) read at most this many rows. */
export const publicListLimit = 500;

/**
 * Which rows of a list to read: a page of the portal (`offset`, in the list's own order, with the id
 * as tie-breaker so that pages never overlap) or a batch of a download (`after`: keyset on the id,
 * so a 100,000-row file costs the same per batch as the first one).
 */
export type Slice = { limit: number; offset?: number } | { limit: number; after: string | null };

export const firstRows: Slice = { limit: publicListLimit };

function sliced(slice: Slice, idColumn: AnyColumn, order: SQL[]) {
  if ('after' in slice)
    return {
      where: slice.after ? gt(idColumn, slice.after) : undefined,
      orderBy: [asc(idColumn)],
      limit: slice.limit,
      offset: 0,
    };
  return {
    where: undefined,
    orderBy: [...order, asc(idColumn)],
    limit: slice.limit,
    offset: slice.offset ?? 0,
  };
}

async function countWhere(
  db: Database,
  table: typeof links | typeof events | typeof commitments | typeof diplomacyPositions,
  conditions: SQL[],
) {
  const [row] = await db
    .select({ n: count() })
    .from(table)
    .where(and(...conditions));
  return Number(row?.n ?? 0);
}

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

function linkConditions(governmentId: string, filter: PublicFilter, onlyId?: string) {
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
  return conditions;
}

export function countPublishedLinks(db: Database, governmentId: string, filter: PublicFilter) {
  return countWhere(db, links, linkConditions(governmentId, filter));
}

export async function findPublishedLinks(
  db: Database,
  governmentId: string,
  filter: PublicFilter,
  onlyId?: string,
  slice: Slice = firstRows,
) {
  const conditions = linkConditions(governmentId, filter, onlyId);
  const page = sliced(slice, links.id, [sql`${links.signedOn} desc nulls first`, asc(links.title)]);
  if (page.where) conditions.push(page.where);
  const rows = await db
    .select()
    .from(links)
    .where(and(...conditions))
    .orderBy(...page.orderBy)
    .limit(page.limit)
    .offset(page.offset);
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

function eventConditions(governmentId: string, filter: PublicFilter) {
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
  return conditions;
}

export function countPublishedEvents(db: Database, governmentId: string, filter: PublicFilter) {
  return countWhere(db, events, eventConditions(governmentId, filter));
}

export async function findPublishedEvents(
  db: Database,
  governmentId: string,
  filter: PublicFilter,
  slice: Slice = firstRows,
) {
  const conditions = eventConditions(governmentId, filter);
  const page = sliced(slice, events.id, [desc(events.startsAt)]);
  if (page.where) conditions.push(page.where);
  const rows = await db
    .select()
    .from(events)
    .where(and(...conditions))
    .orderBy(...page.orderBy)
    .limit(page.limit)
    .offset(page.offset);
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

function commitmentConditions(governmentId: string, filter: PublicFilter) {
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
  return conditions;
}

export function countPublishedCommitments(db: Database, governmentId: string, filter: PublicFilter) {
  return countWhere(db, commitments, commitmentConditions(governmentId, filter));
}

export async function findPublishedCommitments(
  db: Database,
  governmentId: string,
  filter: PublicFilter,
  slice: Slice = firstRows,
) {
  const conditions = commitmentConditions(governmentId, filter);
  const page = sliced(slice, commitments.id, [desc(commitments.dueDate)]);
  if (page.where) conditions.push(page.where);
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
    .orderBy(...page.orderBy)
    .limit(page.limit)
    .offset(page.offset);
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

export async function countPublishedInitiatives(db: Database, governmentId: string, filter: PublicFilter) {
  const [row] = await db
    .select({ n: count() })
    .from(initiatives)
    .where(and(...initiativeConditions(governmentId, 'initiative', filter)));
  return Number(row?.n ?? 0);
}

export async function findPublishedInitiatives(
  db: Database,
  governmentId: string,
  filter: PublicFilter,
  slice: Slice = firstRows,
) {
  const conditions = initiativeConditions(governmentId, 'initiative', filter);
  const page = sliced(slice, initiatives.id, [asc(initiatives.title)]);
  if (page.where) conditions.push(page.where);
  return db
    .select()
    .from(initiatives)
    .where(and(...conditions))
    .orderBy(...page.orderBy)
    .limit(page.limit)
    .offset(page.offset);
}

export async function countPublishedProjects(db: Database, governmentId: string, filter: PublicFilter) {
  const [row] = await db
    .select({ n: count() })
    .from(initiatives)
    .innerJoin(projectProfiles, eq(projectProfiles.initiativeId, initiatives.id))
    .where(and(...initiativeConditions(governmentId, 'project', filter)));
  return Number(row?.n ?? 0);
}

export async function findPublishedProjects(
  db: Database,
  governmentId: string,
  filter: PublicFilter,
  slice: Slice = firstRows,
) {
  const conditions = initiativeConditions(governmentId, 'project', filter);
  const page = sliced(slice, initiatives.id, [asc(initiatives.title)]);
  if (page.where) conditions.push(page.where);
  return db
    .select({ initiative: initiatives, profile: projectProfiles })
    .from(initiatives)
    .innerJoin(projectProfiles, eq(projectProfiles.initiativeId, initiatives.id))
    .where(and(...conditions))
    .orderBy(...page.orderBy)
    .limit(page.limit)
    .offset(page.offset);
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

function positionConditions(governmentId: string, filter: PublicFilter) {
  const conditions: SQL[] = [
    eq(diplomacyPositions.governmentId, governmentId),
    isNull(diplomacyPositions.archivedAt),
    published(governmentId, 'position', diplomacyPositions.id),
  ];
  if (filter.year) conditions.push(yearOf(diplomacyPositions.madeOn, filter.year));
  if (filter.strategyLine) conditions.push(sql`${filter.strategyLine} = any(${diplomacyPositions.topics})`);
  return conditions;
}

export function countPublishedPositions(db: Database, governmentId: string, filter: PublicFilter) {
  return countWhere(db, diplomacyPositions, positionConditions(governmentId, filter));
}

export async function findPublishedPositions(
  db: Database,
  governmentId: string,
  filter: PublicFilter,
  slice: Slice = firstRows,
) {
  const conditions = positionConditions(governmentId, filter);
  const page = sliced(slice, diplomacyPositions.id, [desc(diplomacyPositions.madeOn)]);
  if (page.where) conditions.push(page.where);
  return db
    .select()
    .from(diplomacyPositions)
    .where(and(...conditions))
    .orderBy(...page.orderBy)
    .limit(page.limit)
    .offset(page.offset);
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

// ——— what the portal's filters offer ———

/** Most values one filter offers (years, countries): bounded whatever the published data holds. */
export const filterValueLimit = 300;

/** The years and countries a list's filters offer, over every published row of the list. */
export type PublicFilterValues = { years: number[]; countries: string[] };

/** The distinct years of `expression` among the rows of `table` that meet `conditions`, latest first. */
async function distinctYears(
  db: Database,
  table: typeof links | typeof events | typeof commitments | typeof diplomacyPositions | typeof initiatives,
  expression: SQL,
  conditions: SQL[],
) {
  const year = sql<number>`extract(year from ${expression})::int`;
  const rows = await db
    .selectDistinct({ year })
    .from(table)
    .where(and(...conditions, isNotNull(expression)))
    .orderBy(sql`1 desc`)
    .limit(filterValueLimit);
  return rows.map((row) => Number(row.year));
}

function countryCodes(rows: { code: string | null }[]) {
  return rows.map((row) => row.code).filter((code): code is string => code !== null);
}

/**
 * Years of signature (or of validity) and the countries of the parties of every published link: the
 * same expressions the filter matches, so that every value offered finds its links.
 */
export async function findLinkFilterValues(db: Database, governmentId: string): Promise<PublicFilterValues> {
  const conditions = linkConditions(governmentId, {});
  const years = await distinctYears(
    db,
    links,
    sql`coalesce(${links.signedOn}, ${links.validFrom})`,
    conditions,
  );
  const countries = await db
    .selectDistinct({ code: partners.countryCode })
    .from(linkParties)
    .innerJoin(links, eq(links.id, linkParties.linkId))
    .innerJoin(partners, eq(partners.id, linkParties.partnerId))
    .where(and(eq(linkParties.governmentId, governmentId), isNotNull(partners.countryCode), ...conditions))
    .orderBy(asc(partners.countryCode))
    .limit(filterValueLimit);
  return { years, countries: countryCodes(countries) };
}

/** Years (in each event's own calendar, as the filter reads them) and countries of every published event. */
export async function findEventFilterValues(db: Database, governmentId: string): Promise<PublicFilterValues> {
  const conditions = eventConditions(governmentId, {});
  const years = await distinctYears(
    db,
    events,
    sql`(${events.startsAt} at time zone ${events.timezone})`,
    conditions,
  );
  const countries = await db
    .selectDistinct({ code: events.countryCode })
    .from(events)
    .where(and(isNotNull(events.countryCode), ...conditions))
    .orderBy(asc(events.countryCode))
    .limit(filterValueLimit);
  return { years, countries: countryCodes(countries) };
}

/** Years of the due dates of every published commitment (the list has no country filter). */
export async function findCommitmentFilterValues(
  db: Database,
  governmentId: string,
): Promise<PublicFilterValues> {
  const conditions = commitmentConditions(governmentId, {});
  return {
    years: await distinctYears(db, commitments, sql`${commitments.dueDate}`, conditions),
    countries: [],
  };
}

/** Years the project filter matches and the countries of the participants of every published project. */
export async function findProjectFilterValues(
  db: Database,
  governmentId: string,
): Promise<PublicFilterValues> {
  const conditions = [
    ...initiativeConditions(governmentId, 'project', {}),
    sql`exists (select 1 from ${projectProfiles} where ${projectProfiles.initiativeId} = ${initiatives.id})`,
  ];
  const years = await distinctYears(db, initiatives, sql`${initiatives.createdAt}`, conditions);
  const countries = await db
    .selectDistinct({ code: partners.countryCode })
    .from(projectParticipants)
    .innerJoin(initiatives, eq(initiatives.id, projectParticipants.initiativeId))
    .innerJoin(partners, eq(partners.id, projectParticipants.partnerId))
    .where(
      and(eq(projectParticipants.governmentId, governmentId), isNotNull(partners.countryCode), ...conditions),
    )
    .orderBy(asc(partners.countryCode))
    .limit(filterValueLimit);
  return { years, countries: countryCodes(countries) };
}

/** Years of every published position (the list has no country filter). */
export async function findPositionFilterValues(
  db: Database,
  governmentId: string,
): Promise<PublicFilterValues> {
  const conditions = positionConditions(governmentId, {});
  return {
    years: await distinctYears(db, diplomacyPositions, sql`${diplomacyPositions.madeOn}`, conditions),
    countries: [],
  };
}

import { and, asc, count, desc, eq, ne, type SQL, sql } from 'drizzle-orm';
import type { LeadStage } from '../../../contracts/investment';
import { announcedStages, pipelineStages, realisedStages } from '../../../domain/investment-pipeline';
import {
  events,
  governments,
  investmentLeadEvents,
  investmentLeadStageChanges,
  investmentLeads,
  memberships,
  partners,
  territorialUnits,
  users,
} from '../../db/schema';
import type { Database } from '../../platform/db';
import { inTenant, type TenantContext, visibleInTenant } from '../../platform/tenancy';

type Tenant = Pick<TenantContext, 'governmentId'>;

export type LeadListFilter = {
  stage?: LeadStage | undefined;
  q?: string | undefined;
  originCountryCode?: string | undefined;
  sector?: string | undefined;
  page: number;
  pageSize: number;
};

/** The stage a lost lead was lost from: the origin of its latest move to `lost`. */
const lostFrom = sql<LeadStage | null>`(select ${investmentLeadStageChanges.fromStage}
  from ${investmentLeadStageChanges}
  where ${investmentLeadStageChanges.leadId} = ${investmentLeads.id}
    and ${investmentLeadStageChanges.toStage} = 'lost'
  order by ${investmentLeadStageChanges.occurredAt} desc, ${investmentLeadStageChanges.id} desc
  limit 1)`;

/** Pipeline order for the board: lead first, aftercare last but one, lost last. */
const stageOrder = sql`array_position(array[${sql.join(
  [...pipelineStages, 'lost'].map((stage) => sql`${stage}`),
  sql`, `,
)}]::text[], ${investmentLeads.stage})`;

const leadColumns = {
  lead: investmentLeads,
  companyName: partners.name,
  territorialUnitName: territorialUnits.name,
  lostFrom,
};

export type LeadRow = typeof investmentLeads.$inferSelect;
export type LeadWithNames = {
  lead: LeadRow;
  companyName: string;
  territorialUnitName: string | null;
  lostFrom: LeadStage | null;
};

function selectLeads(db: Database) {
  return db
    .select(leadColumns)
    .from(investmentLeads)
    .innerJoin(partners, eq(partners.id, investmentLeads.companyPartnerId))
    .leftJoin(territorialUnits, eq(territorialUnits.id, investmentLeads.territorialUnitId));
}

export async function findLeads(db: Database, context: Tenant, filter: LeadListFilter) {
  const conditions: SQL[] = [visibleInTenant(investmentLeads, context)];
  if (filter.stage) conditions.push(eq(investmentLeads.stage, filter.stage));
  if (filter.originCountryCode)
    conditions.push(eq(investmentLeads.originCountryCode, filter.originCountryCode));
  if (filter.sector) conditions.push(sql`${investmentLeads.sector} like ${`${filter.sector}%`}`);
  if (filter.q) {
    conditions.push(sql`(f_unaccent(lower(${investmentLeads.title})) like '%' || f_unaccent(lower(${filter.q})) || '%'
      or f_unaccent(lower(${partners.name})) like '%' || f_unaccent(lower(${filter.q})) || '%')`);
  }
  const where = and(...conditions);
  const [items, [totals]] = await Promise.all([
    selectLeads(db)
      .where(where)
      .orderBy(stageOrder, desc(investmentLeads.updatedAt), asc(investmentLeads.id))
      .limit(filter.pageSize)
      .offset((filter.page - 1) * filter.pageSize),
    db
      .select({ total: count() })
      .from(investmentLeads)
      .innerJoin(partners, eq(partners.id, investmentLeads.companyPartnerId))
      .where(where),
  ]);
  return { items: items as LeadWithNames[], total: totals?.total ?? 0 };
}

export async function findLead(db: Database, context: Tenant, id: string) {
  const [row] = await selectLeads(db).where(
    and(eq(investmentLeads.id, id), inTenant(investmentLeads, context)),
  );
  return (row as LeadWithNames | undefined) ?? null;
}

export async function findLeadHistory(db: Database, context: Tenant, leadId: string) {
  return db
    .select({
      fromStage: investmentLeadStageChanges.fromStage,
      toStage: investmentLeadStageChanges.toStage,
      reason: investmentLeadStageChanges.reason,
      actorName: users.name,
      occurredAt: investmentLeadStageChanges.occurredAt,
    })
    .from(investmentLeadStageChanges)
    .leftJoin(users, eq(users.id, investmentLeadStageChanges.actorId))
    .where(and(eq(investmentLeadStageChanges.leadId, leadId), inTenant(investmentLeadStageChanges, context)))
    .orderBy(desc(investmentLeadStageChanges.occurredAt), desc(investmentLeadStageChanges.id));
}

export async function findLeadEvents(db: Database, context: Tenant, leadId: string) {
  return db
    .select({ id: events.id, title: events.title, startsAt: events.startsAt })
    .from(investmentLeadEvents)
    .innerJoin(events, eq(events.id, investmentLeadEvents.eventId))
    .where(and(eq(investmentLeadEvents.leadId, leadId), inTenant(investmentLeadEvents, context)))
    .orderBy(asc(events.startsAt), asc(events.title));
}

export async function insertLead(db: Database, values: typeof investmentLeads.$inferInsert) {
  const [row] = await db.insert(investmentLeads).values(values).returning();
  return row as LeadRow;
}

export async function insertStageChange(
  db: Database,
  values: typeof investmentLeadStageChanges.$inferInsert,
) {
  await db.insert(investmentLeadStageChanges).values(values);
}

/** Replaces the events where a lead was worked (inside the caller's transaction). */
export async function replaceLeadEvents(db: Database, context: Tenant, leadId: string, eventIds: string[]) {
  await db
    .delete(investmentLeadEvents)
    .where(and(eq(investmentLeadEvents.leadId, leadId), inTenant(investmentLeadEvents, context)));
  if (eventIds.length > 0) {
    await db
      .insert(investmentLeadEvents)
      .values(eventIds.map((eventId) => ({ governmentId: context.governmentId, leadId, eventId })));
  }
}

/** The kind of a partner of this government, or null when it has none by that id. */
export async function findPartnerKind(db: Database, context: Tenant, partnerId: string) {
  const [row] = await db
    .select({ kind: partners.kind })
    .from(partners)
    .where(and(eq(partners.id, partnerId), inTenant(partners, context)));
  return row?.kind ?? null;
}

export async function territorialUnitExists(db: Database, context: Tenant, id: string) {
  const [row] = await db
    .select({ id: territorialUnits.id })
    .from(territorialUnits)
    .where(and(eq(territorialUnits.id, id), inTenant(territorialUnits, context)));
  return Boolean(row);
}

export async function isMember(db: Database, context: Tenant, userId: string) {
  const [row] = await db
    .select({ userId: memberships.userId })
    .from(memberships)
    .where(and(eq(memberships.userId, userId), inTenant(memberships, context)));
  return Boolean(row);
}

export async function findGovernmentSettings(db: Database, context: Tenant) {
  const [row] = await db
    .select({ reportingCurrency: governments.reportingCurrency, timezone: governments.timezone })
    .from(governments)
    .where(eq(governments.id, context.governmentId));
  return row ?? { reportingCurrency: 'COP', timezone: 'America/Bogota' };
}

// --- Totals ------------------------------------------------------------------------------------------

const inList = (stages: readonly string[]) =>
  sql`${investmentLeads.stage} in (${sql.join(
    stages.map((stage) => sql`${stage}`),
    sql`, `,
  )})`;

/** Year of a lead's date, or else of its latest move to that stage, in the government's calendar. */
function yearOf(
  date: typeof investmentLeads.announcedOn | typeof investmentLeads.establishedOn,
  movedAt: SQL,
  timezone: string,
) {
  return sql<
    number | null
  >`coalesce(extract(year from ${date}), extract(year from ${movedAt} at time zone ${timezone}))::int`;
}

/** Sums stay in SQL as bigint and leave as text: money never passes through a float. */
const sumAsText = (column: SQL.Aliased | SQL) => sql<string>`coalesce(sum(${column}), 0)::bigint::text`;

/**
 * Announced and realised investment and jobs of the leads in the reporting currency: announced is the
 * expected amount of leads at announced or later, by year of announcement; realised is the realised
 * amount of established leads, by year of establishment.
 */
export async function sumInvestment(
  db: Database,
  context: Tenant,
  settings: { reportingCurrency: string; timezone: string },
) {
  const isRealised = inList(realisedStages);
  const movedAt = (stage: LeadStage) =>
    sql`max(${investmentLeadStageChanges.occurredAt}) filter (where ${investmentLeadStageChanges.toStage} = ${stage})`;
  const moves = db
    .select({
      leadId: investmentLeadStageChanges.leadId,
      announcedAt: movedAt('announced').as('announced_at'),
      establishedAt: movedAt('established').as('established_at'),
    })
    .from(investmentLeadStageChanges)
    .where(inTenant(investmentLeadStageChanges, context))
    .groupBy(investmentLeadStageChanges.leadId)
    .as('moves');
  const facts = db
    .select({
      sector: sql<string>`${investmentLeads.sector}`.as('sector'),
      countryCode: sql<string>`${investmentLeads.originCountryCode}`.as('country_code'),
      isRealised: sql<boolean>`${isRealised}`.as('is_realised'),
      announcedYear: yearOf(investmentLeads.announcedOn, sql`${moves.announcedAt}`, settings.timezone).as(
        'announced_year',
      ),
      realisedYear: yearOf(investmentLeads.establishedOn, sql`${moves.establishedAt}`, settings.timezone).as(
        'realised_year',
      ),
      announced: sql<number>`coalesce(${investmentLeads.expectedAmountMinor}, 0)`.as('announced'),
      expectedJobs: sql<number>`coalesce(${investmentLeads.expectedJobs}, 0)`.as('expected_jobs'),
      realised:
        sql<number>`case when ${isRealised} then coalesce(${investmentLeads.realisedAmountMinor}, 0) else 0 end`.as(
          'realised',
        ),
      createdJobs:
        sql<number>`case when ${isRealised} then coalesce(${investmentLeads.createdJobs}, 0) else 0 end`.as(
          'created_jobs',
        ),
    })
    .from(investmentLeads)
    .leftJoin(moves, eq(moves.leadId, investmentLeads.id))
    .where(
      and(
        visibleInTenant(investmentLeads, context),
        eq(investmentLeads.currency, settings.reportingCurrency),
        inList(announcedStages),
      ),
    )
    .as('facts');
  const sums = {
    announcedMinor: sumAsText(sql`${facts.announced}`),
    realisedMinor: sumAsText(sql`${facts.realised}`),
    createdJobs: sumAsText(sql`${facts.createdJobs}`),
  };
  const [announcedByYear, realisedByYear, bySector, byCountry, [excluded]] = await Promise.all([
    db
      .select({
        year: facts.announcedYear,
        announcedMinor: sums.announcedMinor,
        expectedJobs: sumAsText(sql`${facts.expectedJobs}`),
      })
      .from(facts)
      .where(sql`${facts.announcedYear} is not null`)
      .groupBy(facts.announcedYear),
    db
      .select({ year: facts.realisedYear, realisedMinor: sums.realisedMinor, createdJobs: sums.createdJobs })
      .from(facts)
      .where(sql`${facts.isRealised} and ${facts.realisedYear} is not null`)
      .groupBy(facts.realisedYear),
    db
      .select({ sector: facts.sector, ...sums })
      .from(facts)
      .groupBy(facts.sector)
      .orderBy(sql`sum(${facts.announced}) desc`, asc(facts.sector)),
    db
      .select({ countryCode: facts.countryCode, ...sums })
      .from(facts)
      .groupBy(facts.countryCode)
      .orderBy(sql`sum(${facts.announced}) desc`, asc(facts.countryCode)),
    db
      .select({ total: count() })
      .from(investmentLeads)
      .where(
        and(
          visibleInTenant(investmentLeads, context),
          ne(investmentLeads.currency, settings.reportingCurrency),
          inList(announcedStages),
        ),
      ),
  ]);
  return { announcedByYear, realisedByYear, bySector, byCountry, excludedLeadCount: excluded?.total ?? 0 };
}

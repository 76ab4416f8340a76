import { and, asc, count, desc, eq, gte, inArray, isNull, lte, type SQL, sql } from 'drizzle-orm';
import {
  calendarTokens,
  commitments,
  departments,
  eventCosts,
  eventInitiatives,
  eventLinks,
  eventParticipants,
  events,
  governments,
  initiatives,
  links,
  memberships,
  notifications,
  partnerContacts,
  partners,
  users,
} from '../../db/schema';
import type { Database } from '../../platform/db';
import { inTenant, type TenantContext, visibleInTenant } from '../../platform/tenancy';

type Tenant = Pick<TenantContext, 'governmentId'>;
export type EventRow = typeof events.$inferSelect;
export type CommitmentRow = typeof commitments.$inferSelect;

export async function findEvents(
  db: Database,
  context: Tenant,
  filter: {
    from?: string | undefined;
    to?: string | undefined;
    kind?: EventRow['kind'] | undefined;
    q?: string | undefined;
    page: number;
    pageSize: number;
  },
) {
  const conditions: SQL[] = [visibleInTenant(events, context)];
  // An event belongs to a range when it overlaps it, whatever the time zone it happens in.
  if (filter.from) conditions.push(gte(events.endsAt, new Date(`${filter.from}T00:00:00Z`)));
  if (filter.to) conditions.push(lte(events.startsAt, new Date(`${filter.to}T23:59:59Z`)));
  if (filter.kind) conditions.push(eq(events.kind, filter.kind));
  if (filter.q) {
    conditions.push(sql`(${events.searchVector} @@ websearch_to_tsquery('es_unaccent', ${filter.q})
      or f_unaccent(lower(${events.title})) like '%' || f_unaccent(lower(${filter.q})) || '%')`);
  }
  const where = and(...conditions);
  const openCount = sql<number>`(select count(*)::int from commitments c where c.event_id = "events"."id" and c.status in ('pending', 'in_progress'))`;
  const allCount = sql<number>`(select count(*)::int from commitments c where c.event_id = "events"."id")`;
  const [items, [totals]] = await Promise.all([
    db
      .select({ event: events, commitmentCount: allCount, openCommitmentCount: openCount })
      .from(events)
      .where(where)
      .orderBy(asc(events.startsAt), asc(events.id))
      .limit(filter.pageSize)
      .offset((filter.page - 1) * filter.pageSize),
    db.select({ total: count() }).from(events).where(where),
  ]);
  return { items, total: totals?.total ?? 0 };
}

export async function findEvent(db: Database, context: Tenant, id: string) {
  const [row] = await db
    .select()
    .from(events)
    .where(and(eq(events.id, id), inTenant(events, context)));
  return row ?? null;
}

export async function insertEvent(db: Database, values: typeof events.$inferInsert) {
  const [row] = await db.insert(events).values(values).returning();
  return row as EventRow;
}

export async function findEventExtras(db: Database, context: Tenant, eventId: string) {
  const [participants, costs, linkRows, initiativeRows] = await Promise.all([
    db
      .select()
      .from(eventParticipants)
      .where(and(eq(eventParticipants.eventId, eventId), inTenant(eventParticipants, context)))
      .orderBy(asc(eventParticipants.side), asc(eventParticipants.name)),
    db
      .select()
      .from(eventCosts)
      .where(and(eq(eventCosts.eventId, eventId), inTenant(eventCosts, context)))
      .orderBy(asc(eventCosts.category)),
    db
      .select({ id: links.id, title: links.title })
      .from(eventLinks)
      .innerJoin(links, eq(links.id, eventLinks.linkId))
      .where(and(eq(eventLinks.eventId, eventId), inTenant(eventLinks, context))),
    db
      .select({ id: initiatives.id, title: initiatives.title })
      .from(eventInitiatives)
      .innerJoin(initiatives, eq(initiatives.id, eventInitiatives.initiativeId))
      .where(and(eq(eventInitiatives.eventId, eventId), inTenant(eventInitiatives, context))),
  ]);
  return { participants, costs, linkRows, initiativeRows };
}

type EventChildren = {
  participants: Omit<typeof eventParticipants.$inferInsert, 'governmentId' | 'eventId'>[];
  costs: Omit<typeof eventCosts.$inferInsert, 'governmentId' | 'eventId'>[];
  linkIds: string[];
  initiativeIds: string[];
};

export async function replaceEventChildren(
  db: Database,
  context: Tenant,
  eventId: string,
  children: EventChildren,
) {
  const scope = { governmentId: context.governmentId, eventId };
  for (const table of [eventParticipants, eventCosts, eventLinks, eventInitiatives]) {
    await db.delete(table).where(and(eq(table.eventId, eventId), inTenant(table, context)));
  }
  if (children.participants.length > 0)
    await db.insert(eventParticipants).values(children.participants.map((item) => ({ ...item, ...scope })));
  if (children.costs.length > 0)
    await db.insert(eventCosts).values(children.costs.map((item) => ({ ...item, ...scope })));
  if (children.linkIds.length > 0)
    await db.insert(eventLinks).values(children.linkIds.map((linkId) => ({ ...scope, linkId })));
  if (children.initiativeIds.length > 0) {
    await db
      .insert(eventInitiatives)
      .values(children.initiativeIds.map((initiativeId) => ({ ...scope, initiativeId })));
  }
}

export async function findMemberEmails(db: Database, context: Tenant, userIds: string[]) {
  if (userIds.length === 0) return new Map<string, { email: string; name: string }>();
  const rows = await db
    .select({ id: users.id, email: users.email, name: users.name })
    .from(memberships)
    .innerJoin(users, eq(users.id, memberships.userId))
    .where(and(inArray(users.id, userIds), eq(memberships.governmentId, context.governmentId)));
  return new Map(rows.map((row) => [row.id, { email: row.email, name: row.name }]));
}

/** The partner of each contact among `contactIds` that belongs to this government. */
export async function findContactPartners(db: Database, context: Tenant, contactIds: string[]) {
  if (contactIds.length === 0) return new Map<string, string>();
  const rows = await db
    .select({ id: partnerContacts.id, partnerId: partnerContacts.partnerId })
    .from(partnerContacts)
    .where(and(inArray(partnerContacts.id, contactIds), inTenant(partnerContacts, context)));
  return new Map(rows.map((row) => [row.id, row.partnerId]));
}

const commitmentColumns = {
  commitment: commitments,
  ownerDepartmentName: departments.name,
  eventTitle: events.title,
  linkTitle: links.title,
  counterpartName: partners.name,
};

function commitmentsWithNames(db: Database) {
  return db
    .select(commitmentColumns)
    .from(commitments)
    .innerJoin(departments, eq(departments.id, commitments.ownerDepartmentId))
    .leftJoin(events, eq(events.id, commitments.eventId))
    .leftJoin(links, eq(links.id, commitments.linkId))
    .leftJoin(partners, eq(partners.id, commitments.counterpartPartnerId));
}

export type CommitmentWithNames = {
  commitment: CommitmentRow;
  ownerDepartmentName: string;
  eventTitle: string | null;
  linkTitle: string | null;
  counterpartName: string | null;
};

export type CommitmentFilter = {
  status?: 'pending' | 'in_progress' | 'fulfilled' | 'overdue' | 'cancelled' | undefined;
  departmentId?: string | undefined;
  partnerId?: string | undefined;
  linkId?: string | undefined;
  eventId?: string | undefined;
  ownerUserId?: string | undefined;
  page: number;
  pageSize: number;
};

export async function findCommitments(
  db: Database,
  context: Tenant,
  filter: CommitmentFilter,
  today: string,
) {
  const conditions: SQL[] = [inTenant(commitments, context)];
  const isOpen = sql`${commitments.status} in ('pending', 'in_progress')`;
  if (filter.status === 'overdue') conditions.push(sql`${isOpen} and ${commitments.dueDate} < ${today}`);
  else if (filter.status === 'pending' || filter.status === 'in_progress') {
    conditions.push(
      and(eq(commitments.status, filter.status), sql`${commitments.dueDate} >= ${today}`) as SQL,
    );
  } else if (filter.status) conditions.push(eq(commitments.status, filter.status));
  if (filter.departmentId) conditions.push(eq(commitments.ownerDepartmentId, filter.departmentId));
  if (filter.partnerId) conditions.push(eq(commitments.counterpartPartnerId, filter.partnerId));
  if (filter.linkId) conditions.push(eq(commitments.linkId, filter.linkId));
  if (filter.eventId) conditions.push(eq(commitments.eventId, filter.eventId));
  if (filter.ownerUserId) conditions.push(eq(commitments.ownerUserId, filter.ownerUserId));
  const where = and(...conditions);
  const [items, [totals]] = await Promise.all([
    commitmentsWithNames(db)
      .where(where)
      .orderBy(asc(commitments.dueDate), asc(commitments.id))
      .limit(filter.pageSize)
      .offset((filter.page - 1) * filter.pageSize),
    db.select({ total: count() }).from(commitments).where(where),
  ]);
  return { items: items as CommitmentWithNames[], total: totals?.total ?? 0 };
}

export async function findCommitment(db: Database, context: Tenant, id: string) {
  const [row] = await commitmentsWithNames(db).where(
    and(eq(commitments.id, id), inTenant(commitments, context)),
  );
  return (row as CommitmentWithNames | undefined) ?? null;
}

export async function insertCommitment(db: Database, values: typeof commitments.$inferInsert) {
  const [row] = await db.insert(commitments).values(values).returning();
  return row as CommitmentRow;
}

export async function findGovernmentSettings(db: Database, context: Tenant) {
  const [row] = await db
    .select({
      name: governments.name,
      slug: governments.slug,
      timezone: governments.timezone,
      reminderDaysBefore: governments.reminderDaysBefore,
    })
    .from(governments)
    .where(eq(governments.id, context.governmentId));
  return row!;
}

export async function findNotifications(db: Database, context: Tenant, userId: string) {
  const [items, [unread]] = await Promise.all([
    db
      .select()
      .from(notifications)
      .where(and(eq(notifications.userId, userId), inTenant(notifications, context)))
      .orderBy(desc(notifications.createdAt))
      .limit(50),
    db
      .select({ total: count() })
      .from(notifications)
      .where(
        and(eq(notifications.userId, userId), inTenant(notifications, context), isNull(notifications.readAt)),
      ),
  ]);
  return { items, unread: unread?.total ?? 0 };
}

export async function markNotificationsRead(
  db: Database,
  context: Tenant,
  userId: string,
  ids: string[] | 'all',
) {
  const conditions: SQL[] = [
    eq(notifications.userId, userId),
    inTenant(notifications, context),
    isNull(notifications.readAt),
  ];
  if (ids !== 'all')
    conditions.push(
      inArray(notifications.id, ids.length > 0 ? ids : ['00000000-0000-0000-0000-000000000000']),
    );
  await db
    .update(notifications)
    .set({ readAt: new Date() })
    .where(and(...conditions));
}

export async function upsertCalendarToken(db: Database, context: Tenant, userId: string, tokenHash: string) {
  await db
    .insert(calendarTokens)
    .values({ tokenHash, userId, governmentId: context.governmentId })
    .onConflictDoUpdate({
      target: [calendarTokens.userId, calendarTokens.governmentId],
      set: { tokenHash, createdAt: new Date() },
    });
}

export async function findCalendarToken(db: Database, tokenHash: string) {
  const [row] = await db.select().from(calendarTokens).where(eq(calendarTokens.tokenHash, tokenHash));
  return row ?? null;
}

export async function findCalendarTokenOfUser(db: Database, context: Tenant, userId: string) {
  const [row] = await db
    .select()
    .from(calendarTokens)
    .where(and(eq(calendarTokens.userId, userId), eq(calendarTokens.governmentId, context.governmentId)));
  return row ?? null;
}

export async function findGovernmentBySlug(db: Database, slug: string) {
  const [row] = await db.select().from(governments).where(eq(governments.slug, slug));
  return row ?? null;
}

/** Events for a calendar feed: every event of the government, or only the published ones. */
export async function findFeedEvents(db: Database, context: Tenant, onlyPublished: boolean) {
  const conditions: SQL[] = [visibleInTenant(events, context)];
  if (onlyPublished) conditions.push(eq(events.isPublished, true));
  return db
    .select()
    .from(events)
    .where(and(...conditions))
    .orderBy(asc(events.startsAt))
    .limit(5000);
}

export async function findOpenCommitmentsOfUser(db: Database, context: Tenant, userId: string) {
  return db
    .select()
    .from(commitments)
    .where(
      and(
        inTenant(commitments, context),
        eq(commitments.ownerUserId, userId),
        sql`${commitments.status} in ('pending', 'in_progress')`,
      ),
    )
    .orderBy(asc(commitments.dueDate));
}

import { and, eq, inArray, type SQL, sql } from 'drizzle-orm';
import { governments, links, memberships, scheduledNotifications, users } from '../../db/schema';
import type { Database } from '../../platform/db';

/** Link statuses whose validity is worth renewing: in force, or signed and about to start. */
export const renewableStatuses = ['signed', 'active', 'dormant'] as const;

export type RenewalCandidate = {
  id: string;
  governmentId: string;
  validTo: string;
  timezone: string;
  renewalAlertDays: number[];
};

/**
 * Links one of whose renewal thresholds falls around today (±1 day) in their government's calendar:
 * an index range scan per threshold on (government_id, valid_to), however many links the instance
 * holds. Links recorded late are planned when they are saved, not here.
 */
export async function findLinksAtRenewalThreshold(db: Database, now: Date): Promise<RenewalCandidate[]> {
  const result = await db.execute(sql`
    select distinct l.id, l.government_id as "governmentId", l.valid_to::text as "validTo",
      g.timezone, g.renewal_alert_days as "renewalAlertDays"
    from governments g
    cross join lateral unnest(g.renewal_alert_days) as threshold(days)
    join links l on l.government_id = g.id
      and l.valid_to between (${now.toISOString()}::timestamptz at time zone g.timezone)::date + threshold.days - 1
                         and (${now.toISOString()}::timestamptz at time zone g.timezone)::date + threshold.days + 1
    where l.archived_at is null and l.status in ('signed', 'active', 'dormant')`);
  return (result as unknown as { rows: RenewalCandidate[] }).rows;
}

export async function findRenewalSettings(db: Database, governmentId: string) {
  const [row] = await db
    .select({ timezone: governments.timezone, renewalAlertDays: governments.renewalAlertDays })
    .from(governments)
    .where(eq(governments.id, governmentId));
  return row ?? null;
}

/** Plans renewal alerts once each: a key already planned (or sent) stays as it is. */
export async function insertRenewalAlerts(
  db: Database,
  rows: { governmentId: string; linkId: string; dedupeKey: string; sendAt: Date }[],
) {
  if (rows.length === 0) return;
  await db
    .insert(scheduledNotifications)
    .values(rows.map((row) => ({ ...row, kind: 'link_renewal' as const })))
    .onConflictDoNothing({ target: scheduledNotifications.dedupeKey });
}

/** Pending renewal alerts of a link whose end date changed or that left force: they no longer apply. */
export async function cancelPendingRenewals(db: Database, linkId: string) {
  await db
    .update(scheduledNotifications)
    .set({ status: 'cancelled' })
    .where(and(eq(scheduledNotifications.linkId, linkId), eq(scheduledNotifications.status, 'pending')));
}

export async function findLinkForRenewal(db: Database, linkId: string) {
  const [row] = await db
    .select({
      id: links.id,
      governmentId: links.governmentId,
      title: links.title,
      status: links.status,
      validTo: links.validTo,
      departmentId: links.departmentId,
      archivedAt: links.archivedAt,
      timezone: governments.timezone,
    })
    .from(links)
    .innerJoin(governments, eq(governments.id, links.governmentId))
    .where(eq(links.id, linkId));
  return row ?? null;
}

/**
 * Who hears that a link is ending: the government's admins and coordinators, and the liaisons of the
 * department that follows the link.
 */
export async function findRenewalRecipients(db: Database, governmentId: string, departmentId: string | null) {
  const liaisonOfDepartment: SQL = departmentId
    ? sql`(${memberships.role} = 'liaison' and ${memberships.departmentId} = ${departmentId})`
    : sql`false`;
  return db
    .select({ id: users.id, email: users.email, name: users.name, language: users.preferredLanguage })
    .from(memberships)
    .innerJoin(users, eq(users.id, memberships.userId))
    .where(
      and(
        eq(memberships.governmentId, governmentId),
        sql`(${inArray(memberships.role, ['admin', 'coordinator'])} or ${liaisonOfDepartment})`,
        eq(users.isDisabled, false),
      ),
    );
}

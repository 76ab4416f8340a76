import {
  and,
  asc,
  count,
  desc,
  eq,
  getTableColumns,
  inArray,
  isNotNull,
  lt,
  or,
  type SQL,
  sql,
} from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import {
  auditLog,
  governments,
  iatiActivities,
  iatiImportJobs,
  initiatives,
  partners,
  projectBudgets,
  projectParticipants,
  projectProfiles,
  projectTransactions,
} from '../../db/schema';
import type { Database } from '../../platform/db';
import { inTenant, type TenantContext } from '../../platform/tenancy';

export type ImportJobRow = typeof iatiImportJobs.$inferSelect;
export type CatalogueRow = Omit<typeof iatiActivities.$inferSelect, 'searchVector'>;
type TenantOnly = Pick<TenantContext, 'governmentId'>;

export async function findGovernment(db: Database, context: TenantOnly) {
  const [row] = await db.select().from(governments).where(eq(governments.id, context.governmentId));
  return row ?? null;
}

/** The initiatives whose project profile is published, with the profile: what the export publishes. */
export async function findPublishedProjects(db: Database, context: TenantOnly) {
  return db
    .select({ initiative: initiatives, profile: projectProfiles })
    .from(projectProfiles)
    .innerJoin(initiatives, eq(initiatives.id, projectProfiles.initiativeId))
    .where(and(inTenant(projectProfiles, context), eq(projectProfiles.isPublished, true)))
    .orderBy(asc(projectProfiles.iatiIdentifier));
}

/** One initiative with its project profile, published or not: what publishing it would export. */
export async function findProject(db: Database, context: TenantOnly, initiativeId: string) {
  const [row] = await db
    .select({ initiative: initiatives, profile: projectProfiles })
    .from(projectProfiles)
    .innerJoin(initiatives, eq(initiatives.id, projectProfiles.initiativeId))
    .where(and(inTenant(projectProfiles, context), eq(projectProfiles.initiativeId, initiativeId)));
  return row ?? null;
}

export async function countPublishedProjects(db: Database, context: TenantOnly) {
  const [row] = await db
    .select({ total: count() })
    .from(projectProfiles)
    .where(and(inTenant(projectProfiles, context), eq(projectProfiles.isPublished, true)));
  return row?.total ?? 0;
}

/**
 * When the funding of each initiative last changed, from the audit trail: budgets have no timestamps
 * of their own, and a removed transaction or budget leaves no row to look at.
 */
export async function findFundingChanges(db: Database, context: TenantOnly, initiativeIds: string[]) {
  if (initiativeIds.length === 0) return new Map<string, Date>();
  const initiativeOf = sql<string>`coalesce(${auditLog.after} ->> 'initiativeId', ${auditLog.before} ->> 'initiativeId', ${auditLog.entityId})`;
  const rows = await db
    .select({ initiativeId: initiativeOf, changedAt: sql<Date | string>`max(${auditLog.occurredAt})` })
    .from(auditLog)
    .where(
      and(
        eq(auditLog.governmentId, context.governmentId),
        inArray(auditLog.entityType, ['project_profile', 'budget', 'transaction']),
        inArray(initiativeOf, initiativeIds),
      ),
    )
    .groupBy(initiativeOf);
  return new Map(rows.map((row) => [row.initiativeId, new Date(row.changedAt)]));
}

export async function findParticipants(db: Database, context: TenantOnly, initiativeIds: string[]) {
  if (initiativeIds.length === 0) return [];
  return db
    .select({
      initiativeId: projectParticipants.initiativeId,
      role: projectParticipants.role,
      name: partners.name,
      partnerUpdatedAt: partners.updatedAt,
      iatiOrgId: partners.iatiOrgId,
      iatiOrgType: partners.iatiOrgType,
    })
    .from(projectParticipants)
    .innerJoin(partners, eq(partners.id, projectParticipants.partnerId))
    .where(
      and(inTenant(projectParticipants, context), inArray(projectParticipants.initiativeId, initiativeIds)),
    )
    .orderBy(asc(projectParticipants.role), asc(partners.name));
}

export async function findBudgets(db: Database, context: TenantOnly, initiativeIds: string[]) {
  if (initiativeIds.length === 0) return [];
  return db
    .select()
    .from(projectBudgets)
    .where(and(inTenant(projectBudgets, context), inArray(projectBudgets.initiativeId, initiativeIds)))
    .orderBy(asc(projectBudgets.periodStart), asc(projectBudgets.kind));
}

const providers = alias(partners, 'provider_partner');
const receivers = alias(partners, 'receiver_partner');

export async function findTransactions(db: Database, context: TenantOnly, initiativeIds: string[]) {
  if (initiativeIds.length === 0) return [];
  return db
    .select({
      transaction: projectTransactions,
      providerName: providers.name,
      providerUpdatedAt: providers.updatedAt,
      providerOrgId: providers.iatiOrgId,
      providerOrgType: providers.iatiOrgType,
      receiverName: receivers.name,
      receiverUpdatedAt: receivers.updatedAt,
      receiverOrgId: receivers.iatiOrgId,
      receiverOrgType: receivers.iatiOrgType,
    })
    .from(projectTransactions)
    .leftJoin(providers, eq(providers.id, projectTransactions.providerPartnerId))
    .leftJoin(receivers, eq(receivers.id, projectTransactions.receiverPartnerId))
    .where(
      and(inTenant(projectTransactions, context), inArray(projectTransactions.initiativeId, initiativeIds)),
    )
    .orderBy(asc(projectTransactions.transactionDate), asc(projectTransactions.id));
}

// ——— import jobs ———

export async function insertJob(db: Database, values: typeof iatiImportJobs.$inferInsert) {
  const [row] = await db.insert(iatiImportJobs).values(values).returning();
  return row as ImportJobRow;
}

export async function updateJob(
  db: Database,
  jobId: string,
  values: Partial<typeof iatiImportJobs.$inferInsert>,
) {
  const [row] = await db.update(iatiImportJobs).set(values).where(eq(iatiImportJobs.id, jobId)).returning();
  return row ?? null;
}

export async function findJob(db: Database, context: TenantOnly, id: string) {
  const [row] = await db
    .select()
    .from(iatiImportJobs)
    .where(and(eq(iatiImportJobs.id, id), inTenant(iatiImportJobs, context)));
  return row ?? null;
}

export async function findJobs(db: Database, context: TenantOnly, limit: number) {
  return db
    .select()
    .from(iatiImportJobs)
    .where(inTenant(iatiImportJobs, context))
    .orderBy(desc(iatiImportJobs.createdAt), desc(iatiImportJobs.id))
    .limit(limit);
}

function claimableCondition(staleBefore: Date): SQL {
  return or(
    eq(iatiImportJobs.status, 'queued'),
    and(eq(iatiImportJobs.status, 'running'), lt(iatiImportJobs.heartbeatAt, staleBefore)),
  ) as SQL;
}

/**
 * Claims a job for this worker: queued, or running with a heartbeat older than `staleBefore` (its
 * process died). SKIP LOCKED lets several processes look at once without waiting or double work.
 */
export async function claimJob(db: Database, jobId: string, workerId: string, staleBefore: Date) {
  return db.transaction(async (tx) => {
    const [row] = await tx
      .select({ id: iatiImportJobs.id })
      .from(iatiImportJobs)
      .where(and(eq(iatiImportJobs.id, jobId), claimableCondition(staleBefore)))
      .for('update', { skipLocked: true });
    if (!row) return null;
    const now = new Date();
    return updateJob(tx, jobId, {
      status: 'running',
      claimedBy: workerId,
      heartbeatAt: now,
      startedAt: now,
      // A resumed job reads its file again from the start: upserts by identifier make that idempotent.
      bytesRead: 0,
      activitiesSeen: 0,
      activitiesImported: 0,
      activitiesSkipped: 0,
      skipped: [],
      error: null,
    });
  });
}

/** Back to the queue: a failed job, or a running one whose process died; only if its file is stored. */
export async function requeueJob(db: Database, jobId: string, staleBefore: Date) {
  const [row] = await db
    .update(iatiImportJobs)
    .set({ status: 'queued', error: null, finishedAt: null, claimedBy: null })
    .where(
      and(
        eq(iatiImportJobs.id, jobId),
        isNotNull(iatiImportJobs.storagePath),
        or(inArray(iatiImportJobs.status, ['queued', 'failed']), claimableCondition(staleBefore)),
      ),
    )
    .returning();
  return row ?? null;
}

/**
 * Jobs another process could have left behind: queued, or running without a recent heartbeat; the
 * oldest first, at most `limit` (a pass never takes more than it can start soon). `governmentId`
 * scopes the look to one government (tests that share one database).
 */
export async function findClaimableJobIds(
  db: Database,
  staleBefore: Date,
  options: { limit: number; governmentId?: string | undefined },
) {
  const rows = await db
    .select({ id: iatiImportJobs.id })
    .from(iatiImportJobs)
    .where(
      and(
        claimableCondition(staleBefore),
        options.governmentId ? eq(iatiImportJobs.governmentId, options.governmentId) : undefined,
      ),
    )
    .orderBy(asc(iatiImportJobs.createdAt))
    .limit(options.limit);
  return rows.map((row) => row.id);
}

/**
 * A stopping process hands its unfinished job back to the queue at once (another live process takes
 * it on its next look) instead of leaving it "running" until its heartbeat goes stale.
 */
export async function releaseJob(db: Database, jobId: string, workerId: string) {
  const [row] = await db
    .update(iatiImportJobs)
    .set({ status: 'queued', claimedBy: null })
    .where(
      and(
        eq(iatiImportJobs.id, jobId),
        eq(iatiImportJobs.status, 'running'),
        eq(iatiImportJobs.claimedBy, workerId),
      ),
    )
    .returning();
  return row ?? null;
}

// ——— publishers as partners ———

export async function findPartnersByOrgIds(db: Database, context: TenantOnly, orgIds: string[]) {
  if (orgIds.length === 0) return [];
  return db
    .select({ id: partners.id, iatiOrgId: partners.iatiOrgId })
    .from(partners)
    .where(and(inTenant(partners, context), inArray(partners.iatiOrgId, orgIds)));
}

export async function insertPartner(db: Database, values: typeof partners.$inferInsert) {
  const [row] = await db.insert(partners).values(values).returning();
  return row as typeof partners.$inferSelect;
}

// ——— the catalogue ———

export async function upsertActivities(db: Database, rows: (typeof iatiActivities.$inferInsert)[]) {
  if (rows.length === 0) return;
  await db
    .insert(iatiActivities)
    .values(rows)
    .onConflictDoUpdate({
      target: [iatiActivities.governmentId, iatiActivities.iatiIdentifier],
      set: {
        reportingOrgRef: sql`excluded.reporting_org_ref`,
        reportingOrgName: sql`excluded.reporting_org_name`,
        partnerId: sql`excluded.partner_id`,
        title: sql`excluded.title`,
        description: sql`excluded.description`,
        activityStatus: sql`excluded.activity_status`,
        startDate: sql`excluded.start_date`,
        endDate: sql`excluded.end_date`,
        recipientCountries: sql`excluded.recipient_countries`,
        sectors: sql`excluded.sectors`,
        recipientRegions: sql`excluded.recipient_regions`,
        allocation: sql`excluded.allocation`,
        defaultCurrency: sql`excluded.default_currency`,
        transactionTotals: sql`excluded.transaction_totals`,
        transactionCount: sql`excluded.transaction_count`,
        importJobId: sql`excluded.import_job_id`,
        importedAt: sql`excluded.imported_at`,
      },
    });
}

/** What one catalogue row shows of its texts (the list is a list: the full text is in the file). */
export const catalogueTextLimits = { title: 1000, description: 2000, name: 500 } as const;

export type CatalogueFilters = { q?: string; countryCode?: string; reportingOrgRef?: string };

export async function findCatalogue(
  db: Database,
  context: TenantOnly,
  filters: CatalogueFilters,
  page: { page: number; pageSize: number },
) {
  const conditions: SQL[] = [inTenant(iatiActivities, context)];
  if (filters.q)
    conditions.push(sql`${iatiActivities.searchVector} @@ websearch_to_tsquery('es_unaccent', ${filters.q})`);
  if (filters.countryCode)
    conditions.push(sql`${filters.countryCode} = any(${iatiActivities.recipientCountries})`);
  if (filters.reportingOrgRef) conditions.push(eq(iatiActivities.reportingOrgRef, filters.reportingOrgRef));
  const where = and(...conditions);
  // The list never carries the search vector, and texts are cut in SQL: however long an imported
  // title is, one page stays small in the database's answer and in the server's memory.
  const { searchVector: _searchVector, ...columns } = getTableColumns(iatiActivities);
  const [items, [totals]] = await Promise.all([
    db
      .select({
        ...columns,
        title: sql<string>`left(${iatiActivities.title}, ${catalogueTextLimits.title})`,
        description: sql<
          string | null
        >`left(${iatiActivities.description}, ${catalogueTextLimits.description})`,
        reportingOrgName: sql<
          string | null
        >`left(${iatiActivities.reportingOrgName}, ${catalogueTextLimits.name})`,
      })
      .from(iatiActivities)
      .where(where)
      .orderBy(desc(iatiActivities.importedAt), asc(iatiActivities.iatiIdentifier))
      .limit(page.pageSize)
      .offset((page.page - 1) * page.pageSize),
    db.select({ total: count() }).from(iatiActivities).where(where),
  ]);
  return { items, total: totals?.total ?? 0 };
}

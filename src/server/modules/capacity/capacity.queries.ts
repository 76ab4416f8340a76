import { aliasedTable, and, desc, eq, inArray, isNotNull, isNull, lt, sql } from 'drizzle-orm';
import {
  associationMemberships,
  capacityEditions,
  capacitySharing,
  governments,
  territorialUnits,
  utilitySnapshots,
} from '../../db/schema';
import type { Database } from '../../platform/db';
import { inTenant, type TenantContext } from '../../platform/tenancy';

export type EditionRow = typeof capacityEditions.$inferSelect;
export type SharingRow = typeof capacitySharing.$inferSelect;
type Tenant = Pick<TenantContext, 'governmentId'>;

/** An office assesses itself once or twice a year: a hundred editions is decades of history. */
export const editionListLimit = 100;
/** A network of a few hundred governments; more would need paging, which no association has asked for. */
export const associationMemberLimit = 500;

export function findEditions(db: Database, context: Tenant) {
  return db
    .select()
    .from(capacityEditions)
    .where(inTenant(capacityEditions, context))
    .orderBy(desc(capacityEditions.assessedOn), desc(capacityEditions.createdAt))
    .limit(editionListLimit);
}

export async function findEdition(db: Database, context: Tenant, id: string) {
  const [row] = await db
    .select()
    .from(capacityEditions)
    .where(and(eq(capacityEditions.id, id), inTenant(capacityEditions, context)));
  return row ?? null;
}

/** Which questionnaire: its id and, for an association's own, that association (any version). */
export type QuestionnaireIdentity = { questionnaireId: string; ownerId: string | null };

function sameQuestionnaire(identity: QuestionnaireIdentity) {
  return and(
    eq(capacityEditions.questionnaireId, identity.questionnaireId),
    identity.ownerId === null
      ? isNull(capacityEditions.questionnaireOwnerId)
      : eq(capacityEditions.questionnaireOwnerId, identity.ownerId),
  );
}

/**
 * The completed edition an edition is compared with: the last one of the same questionnaire completed
 * before it (for a draft, the last completed of all).
 */
export async function findPreviousCompleted(db: Database, context: Tenant, edition: EditionRow) {
  const before = edition.completedAt
    ? lt(capacityEditions.completedAt, edition.completedAt)
    : isNotNull(capacityEditions.completedAt);
  const [row] = await db
    .select()
    .from(capacityEditions)
    .where(
      and(
        inTenant(capacityEditions, context),
        eq(capacityEditions.status, 'completed'),
        sameQuestionnaire({
          questionnaireId: edition.questionnaireId,
          ownerId: edition.questionnaireOwnerId,
        }),
        before,
      ),
    )
    .orderBy(desc(capacityEditions.completedAt))
    .limit(1);
  return row ?? null;
}

/** The last completed edition of one questionnaire (a new edition starts from its answers). */
export async function findLastCompleted(db: Database, context: Tenant, identity: QuestionnaireIdentity) {
  const [row] = await db
    .select()
    .from(capacityEditions)
    .where(
      and(
        inTenant(capacityEditions, context),
        eq(capacityEditions.status, 'completed'),
        sameQuestionnaire(identity),
      ),
    )
    .orderBy(desc(capacityEditions.completedAt))
    .limit(1);
  return row ?? null;
}

/** Inserts a draft; null when the government already has one (the partial unique index). */
export async function insertEdition(db: Database, values: typeof capacityEditions.$inferInsert) {
  const [row] = await db.insert(capacityEditions).values(values).onConflictDoNothing().returning();
  return row ?? null;
}

export async function findSharing(db: Database, context: Tenant) {
  const [row] = await db
    .select()
    .from(capacitySharing)
    .where(eq(capacitySharing.governmentId, context.governmentId));
  return row ?? null;
}

/** First choice of a government; null when another request chose first. */
export async function insertSharing(
  db: Database,
  context: TenantContext,
  values: { isSharingAssessment: boolean; isSharingIndex: boolean },
) {
  const [row] = await db
    .insert(capacitySharing)
    .values({
      governmentId: context.governmentId,
      ...values,
      createdBy: context.userId,
      updatedBy: context.userId,
    })
    .onConflictDoNothing()
    .returning();
  return row ?? null;
}

export async function updateSharing(
  db: Database,
  context: TenantContext,
  expectedVersion: number,
  values: { isSharingAssessment: boolean; isSharingIndex: boolean },
) {
  const [row] = await db
    .update(capacitySharing)
    .set({
      ...values,
      version: sql`${capacitySharing.version} + 1`,
      updatedAt: new Date(),
      updatedBy: context.userId,
    })
    .where(
      and(
        eq(capacitySharing.governmentId, context.governmentId),
        eq(capacitySharing.version, expectedVersion),
      ),
    )
    .returning();
  return row ?? null;
}

// ---------------------------------------------------------------------------------------------
// Memberships of governments in associations. Each side sees the rows where it is that side.
// ---------------------------------------------------------------------------------------------

export type MembershipSide = 'association' | 'member';
const associationTenant = aliasedTable(governments, 'association_tenant');
const memberTenant = aliasedTable(governments, 'member_tenant');

function sideCondition(side: MembershipSide, context: Tenant) {
  return side === 'association'
    ? eq(associationMemberships.associationId, context.governmentId)
    : eq(associationMemberships.memberId, context.governmentId);
}

function selectMemberships(db: Database) {
  return db
    .select({
      membership: associationMemberships,
      association: {
        id: associationTenant.id,
        name: associationTenant.name,
        countryCode: associationTenant.countryCode,
      },
      member: { id: memberTenant.id, name: memberTenant.name, countryCode: memberTenant.countryCode },
    })
    .from(associationMemberships)
    .innerJoin(associationTenant, eq(associationTenant.id, associationMemberships.associationId))
    .innerJoin(memberTenant, eq(memberTenant.id, associationMemberships.memberId));
}
export type MembershipRow = Awaited<ReturnType<ReturnType<typeof selectMemberships>['execute']>>[number];

export function findMemberships(db: Database, context: Tenant, side: MembershipSide) {
  return selectMemberships(db)
    .where(sideCondition(side, context))
    .orderBy(
      sql`case ${associationMemberships.status} when 'active' then 0 when 'invited' then 1 else 2 end`,
      desc(associationMemberships.createdAt),
    )
    .limit(associationMemberLimit);
}

export async function findMembership(db: Database, context: Tenant, side: MembershipSide, id: string) {
  const [row] = await selectMemberships(db).where(
    and(eq(associationMemberships.id, id), sideCondition(side, context)),
  );
  return row ?? null;
}

/** Changes a membership seen from one side, at the version the caller read; null when it moved on. */
export async function updateMembership(
  db: Database,
  context: TenantContext,
  side: MembershipSide,
  id: string,
  expectedVersion: number,
  values: Partial<typeof associationMemberships.$inferInsert>,
) {
  const [row] = await db
    .update(associationMemberships)
    .set({
      ...values,
      version: sql`${associationMemberships.version} + 1`,
      updatedAt: new Date(),
      updatedBy: context.userId,
    })
    .where(
      and(
        eq(associationMemberships.id, id),
        sideCondition(side, context),
        eq(associationMemberships.version, expectedVersion),
      ),
    )
    .returning();
  return row ?? null;
}

/** Inserts an invitation; null when the government is already a member or invited. */
export async function insertMembership(db: Database, values: typeof associationMemberships.$inferInsert) {
  const [row] = await db.insert(associationMemberships).values(values).onConflictDoNothing().returning();
  return row ?? null;
}

export async function findTenantBySlug(db: Database, slug: string) {
  const [row] = await db
    .select({ id: governments.id, tenantKind: governments.tenantKind })
    .from(governments)
    .where(eq(governments.slug, slug));
  return row ?? null;
}

// ---------------------------------------------------------------------------------------------
// What an association sees of its members: only active members, only what each chose to share.
// ---------------------------------------------------------------------------------------------

/** Active members of the association with what each of them shares. */
export function findActiveMembers(db: Database, context: Tenant) {
  return db
    .select({
      id: governments.id,
      name: governments.name,
      countryCode: governments.countryCode,
      isSharingAssessment: sql<boolean>`coalesce(${capacitySharing.isSharingAssessment}, false)`,
      isSharingIndex: sql<boolean>`coalesce(${capacitySharing.isSharingIndex}, false)`,
    })
    .from(associationMemberships)
    .innerJoin(governments, eq(governments.id, associationMemberships.memberId))
    .leftJoin(capacitySharing, eq(capacitySharing.governmentId, governments.id))
    .where(
      and(
        eq(associationMemberships.associationId, context.governmentId),
        eq(associationMemberships.status, 'active'),
      ),
    )
    .orderBy(governments.name)
    .limit(associationMemberLimit);
}

/** The latest completed edition of each of these governments, of one questionnaire (any version). */
export async function findLatestCompletedOf(
  db: Database,
  governmentIds: string[],
  identity: QuestionnaireIdentity,
) {
  if (governmentIds.length === 0) return [];
  return db
    .selectDistinctOn([capacityEditions.governmentId])
    .from(capacityEditions)
    .where(
      and(
        inArray(capacityEditions.governmentId, governmentIds),
        eq(capacityEditions.status, 'completed'),
        sameQuestionnaire(identity),
      ),
    )
    .orderBy(capacityEditions.governmentId, desc(capacityEditions.completedAt));
}

/** Which of these governments have completed any edition at all (whatever the questionnaire). */
export async function findGovernmentsWithCompleted(db: Database, governmentIds: string[]) {
  if (governmentIds.length === 0) return [];
  const rows = await db
    .selectDistinct({ governmentId: capacityEditions.governmentId })
    .from(capacityEditions)
    .where(
      and(inArray(capacityEditions.governmentId, governmentIds), eq(capacityEditions.status, 'completed')),
    );
  return rows.map((row) => row.governmentId);
}

/** The government-wide index of the latest monthly snapshot of each of these governments. */
export async function findLatestIndexOf(db: Database, governmentIds: string[]) {
  if (governmentIds.length === 0) return [];
  return db
    .selectDistinctOn([utilitySnapshots.governmentId], {
      governmentId: utilitySnapshots.governmentId,
      score: utilitySnapshots.score,
    })
    .from(utilitySnapshots)
    .where(
      and(
        inArray(utilitySnapshots.governmentId, governmentIds),
        eq(utilitySnapshots.scopeKind, 'government'),
      ),
    )
    .orderBy(utilitySnapshots.governmentId, desc(utilitySnapshots.month));
}

/** The geometry of the territorial units of these governments: where each sits on the members' map. */
export function findUnitGeometriesOf(db: Database, governmentIds: string[]) {
  if (governmentIds.length === 0) return Promise.resolve([]);
  return db
    .select({ governmentId: territorialUnits.governmentId, geometry: territorialUnits.geometry })
    .from(territorialUnits)
    .where(
      and(
        inArray(territorialUnits.governmentId, governmentIds),
        isNotNull(territorialUnits.geometry),
        isNull(territorialUnits.archivedAt),
      ),
    );
}

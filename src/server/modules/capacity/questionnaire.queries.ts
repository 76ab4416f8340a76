import { and, desc, eq, inArray, max, sql } from 'drizzle-orm';
import {
  associationMemberships,
  associationQuestionnaireChoices,
  associationQuestionnaires,
  governments,
} from '../../db/schema';
import type { Database } from '../../platform/db';
import type { TenantContext } from '../../platform/tenancy';

export type QuestionnaireChoiceRow = typeof associationQuestionnaireChoices.$inferSelect;
export type AssociationQuestionnaireRow = typeof associationQuestionnaires.$inferSelect;
type Tenant = Pick<TenantContext, 'governmentId'>;

/** Versions an association may keep: one a year for a century, or a few dozen questionnaires. */
export const associationQuestionnaireLimit = 100;

export async function findQuestionnaireChoice(db: Database, context: Tenant) {
  const [row] = await db
    .select()
    .from(associationQuestionnaireChoices)
    .where(eq(associationQuestionnaireChoices.associationId, context.governmentId));
  return row ?? null;
}

/** First choice of an association; null when another request chose first. */
export async function insertQuestionnaireChoice(
  db: Database,
  context: TenantContext,
  values: { source: 'instance' | 'own'; questionnaireId: string },
) {
  const [row] = await db
    .insert(associationQuestionnaireChoices)
    .values({
      associationId: context.governmentId,
      ...values,
      createdBy: context.userId,
      updatedBy: context.userId,
    })
    .onConflictDoNothing()
    .returning();
  return row ?? null;
}

/** Changes the choice at the version the caller read; null when someone else changed it first. */
export async function updateQuestionnaireChoice(
  db: Database,
  context: TenantContext,
  expectedVersion: number,
  values: { source: 'instance' | 'own'; questionnaireId: string },
) {
  const [row] = await db
    .update(associationQuestionnaireChoices)
    .set({
      ...values,
      version: sql`${associationQuestionnaireChoices.version} + 1`,
      updatedAt: new Date(),
      updatedBy: context.userId,
    })
    .where(
      and(
        eq(associationQuestionnaireChoices.associationId, context.governmentId),
        eq(associationQuestionnaireChoices.version, expectedVersion),
      ),
    )
    .returning();
  return row ?? null;
}

/**
 * The association's uploaded versions, newest first, named but not read: the title and the number of
 * dimensions come out of the stored file in SQL rather than loading every file whole.
 */
export function findOwnQuestionnaires(db: Database, context: Tenant) {
  return db
    .select({
      id: associationQuestionnaires.id,
      questionnaireId: associationQuestionnaires.questionnaireId,
      questionnaireVersion: associationQuestionnaires.questionnaireVersion,
      title: sql<Record<string, string>>`${associationQuestionnaires.content} -> 'title'`,
      dimensions: sql<number>`jsonb_array_length(${associationQuestionnaires.content} -> 'dimensions')`,
      createdAt: associationQuestionnaires.createdAt,
    })
    .from(associationQuestionnaires)
    .where(eq(associationQuestionnaires.associationId, context.governmentId))
    .orderBy(desc(associationQuestionnaires.createdAt), desc(associationQuestionnaires.questionnaireVersion))
    .limit(associationQuestionnaireLimit);
}

export async function countOwnQuestionnaires(db: Database, context: Tenant) {
  const [row] = await db
    .select({ count: sql<number>`count(*)::int` })
    .from(associationQuestionnaires)
    .where(eq(associationQuestionnaires.associationId, context.governmentId));
  return row?.count ?? 0;
}

/** The highest version the association stored of one questionnaire id; null when none. */
export async function findLatestOwnVersion(db: Database, context: Tenant, questionnaireId: string) {
  const [row] = await db
    .select({ version: max(associationQuestionnaires.questionnaireVersion) })
    .from(associationQuestionnaires)
    .where(
      and(
        eq(associationQuestionnaires.associationId, context.governmentId),
        eq(associationQuestionnaires.questionnaireId, questionnaireId),
      ),
    );
  return row?.version ?? null;
}

/** The newest stored version of one of the association's questionnaires, whole. */
export async function findLatestOwnQuestionnaire(
  db: Database,
  associationId: string,
  questionnaireId: string,
) {
  const [row] = await db
    .select()
    .from(associationQuestionnaires)
    .where(
      and(
        eq(associationQuestionnaires.associationId, associationId),
        eq(associationQuestionnaires.questionnaireId, questionnaireId),
      ),
    )
    .orderBy(desc(associationQuestionnaires.questionnaireVersion))
    .limit(1);
  return row ?? null;
}

/** Stores an uploaded version; null when that version of that id is already stored. */
export async function insertOwnQuestionnaire(
  db: Database,
  values: typeof associationQuestionnaires.$inferInsert,
) {
  const [row] = await db.insert(associationQuestionnaires).values(values).onConflictDoNothing().returning();
  return row ?? null;
}

/**
 * The stored questionnaires these editions used, with their association's name. Read by the
 * edition's own government only: an edition names the version it answered.
 */
export function findAssociationQuestionnairesByIds(db: Database, ids: string[]) {
  if (ids.length === 0) return Promise.resolve([]);
  return db
    .select({
      id: associationQuestionnaires.id,
      content: associationQuestionnaires.content,
      owner: { id: governments.id, name: governments.name },
    })
    .from(associationQuestionnaires)
    .innerJoin(governments, eq(governments.id, associationQuestionnaires.associationId))
    .where(inArray(associationQuestionnaires.id, ids));
}

/** The associations a government is an active member of (the only ones whose questionnaire it sees). */
export function findActiveAssociationsOf(db: Database, context: Tenant) {
  return db
    .select({ id: governments.id, name: governments.name })
    .from(associationMemberships)
    .innerJoin(governments, eq(governments.id, associationMemberships.associationId))
    .where(
      and(
        eq(associationMemberships.memberId, context.governmentId),
        eq(associationMemberships.status, 'active'),
      ),
    )
    .orderBy(governments.name)
    .limit(associationQuestionnaireLimit);
}

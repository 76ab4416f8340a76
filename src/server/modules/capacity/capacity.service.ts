import type {
  CapacityAnswerInput,
  CreateEditionBody,
  UpdateEditionBody,
  UpdateSharingBody,
} from '../../../contracts/capacity';
import { type AnswerIssue, type CapacityAnswers, checkAnswers } from '../../../domain/capacity';
import { capacityEditions } from '../../db/schema';
import { recordAudit } from '../../platform/audit';
import type { Database } from '../../platform/db';
import {
  AppError,
  type FieldIssue,
  NotFoundError,
  ValidationError,
  VersionConflictError,
} from '../../platform/errors';
import { type TenantContext, updateVersioned } from '../../platform/tenancy';
import { answersOf, type StoredAnswers } from './capacity.present';
import * as queries from './capacity.queries';
import { questionnairesOfEditions, resolveNewEditionQuestionnaire } from './questionnaire.service';

/** A completed edition is the record of what the government said on that day: it never changes. */
export class EditionCompletedError extends AppError {
  constructor() {
    super(409, 'edition_completed', 'capacity.editionCompleted', 'capacity.editionCompletedDetail');
  }
}

function toFieldIssues(issues: AnswerIssue[], evidenceFromLevel: number): FieldIssue[] {
  return issues.map((issue) => ({
    field: `answers.${issue.dimensionKey}.${issue.field}`,
    key:
      issue.problem === 'evidenceRequired'
        ? 'capacity.evidenceRequired'
        : issue.problem === 'required'
          ? 'capacity.dimensionRequired'
          : 'capacity.unknownDimension',
    params: { level: evidenceFromLevel },
  }));
}

function normaliseAnswers(answers: Record<string, CapacityAnswerInput>): StoredAnswers {
  return Object.fromEntries(
    Object.entries(answers).map(([key, answer]) => [
      key,
      {
        level: answer.level as 1 | 2 | 3 | 4 | 5,
        evidence: answer.evidence ?? null,
        note: answer.note ?? null,
      },
    ]),
  );
}

/** The government's editions, newest first, each with the questionnaire it answered, and what it shares. */
export async function listEditions(db: Database, context: TenantContext) {
  const [editions, sharing] = await Promise.all([
    queries.findEditions(db, context),
    queries.findSharing(db, context),
  ]);
  const questionnaireOf = await questionnairesOfEditions(db, editions);
  return { editions, sharing, questionnaireOf };
}

/** One edition, the questionnaire it answered and the completed edition it is compared with. */
export async function getEdition(db: Database, context: TenantContext, id: string) {
  const edition = await queries.findEdition(db, context, id);
  if (!edition) throw new NotFoundError();
  const previous = await queries.findPreviousCompleted(db, context, edition);
  const questionnaire = (await questionnairesOfEditions(db, [edition]))(edition);
  return { edition, previous, questionnaire };
}

async function questionnaireOfEdition(db: Database, edition: queries.EditionRow) {
  return (await questionnairesOfEditions(db, [edition]))(edition).file;
}

/**
 * Opens a draft edition on the newest version of the instance's questionnaire, or of the one adopted by
 * an association the government is a member of; by default with the answers of the last completed
 * edition of that questionnaire (the office updates what changed rather than starting over). One
 * draft at a time.
 */
export async function createEdition(db: Database, context: TenantContext, input: CreateEditionBody) {
  const chosen = await resolveNewEditionQuestionnaire(db, context, input.associationId);
  const questionnaire = chosen.file;
  const last = input.copyLast
    ? await queries.findLastCompleted(db, context, {
        questionnaireId: questionnaire.id,
        ownerId: chosen.ownerId,
      })
    : null;
  const known = new Set(questionnaire.dimensions.map((dimension) => dimension.key));
  const answers = last
    ? Object.fromEntries(Object.entries(answersOf(last)).filter(([key]) => known.has(key)))
    : {};
  const edition = await queries.insertEdition(db, {
    governmentId: context.governmentId,
    questionnaireId: questionnaire.id,
    questionnaireVersion: questionnaire.version,
    questionnaireOwnerId: chosen.ownerId,
    associationQuestionnaireId: chosen.recordId,
    assessedOn: input.assessedOn,
    answers,
    createdBy: context.userId,
    updatedBy: context.userId,
  });
  if (!edition) throw new ValidationError([{ field: 'assessedOn', key: 'capacity.draftExists' }]);
  await recordAudit(db, context, {
    entityType: 'capacity_edition',
    entityId: edition.id,
    action: 'create',
    after: edition,
  });
  return edition;
}

async function findDraftForUpdate(db: Database, context: TenantContext, id: string, version: number) {
  const edition = await queries.findEdition(db, context, id);
  if (!edition) throw new NotFoundError();
  if (edition.version !== version) throw new VersionConflictError(edition.version, version);
  if (edition.status !== 'draft') throw new EditionCompletedError();
  return edition;
}

/** Saves a draft's answers; a level of 3 or more needs its evidence already here. */
export async function updateEdition(
  db: Database,
  context: TenantContext,
  id: string,
  input: UpdateEditionBody,
) {
  const before = await findDraftForUpdate(db, context, id, input.version);
  const questionnaire = await questionnaireOfEdition(db, before);
  const answers = normaliseAnswers(input.answers);
  const issues = checkAnswers(questionnaire, answers as CapacityAnswers, { isComplete: false });
  if (issues.length > 0) throw new ValidationError(toFieldIssues(issues, questionnaire.evidenceFromLevel));
  const after = await updateVersioned(db, capacityEditions, context, id, input.version, {
    assessedOn: input.assessedOn,
    answers,
  });
  await recordAudit(db, context, {
    entityType: 'capacity_edition',
    entityId: id,
    action: 'update',
    before,
    after,
  });
  return after;
}

/** Closes an edition: every dimension answered, evidence from level 3 up. It is frozen from then on. */
export async function completeEdition(db: Database, context: TenantContext, id: string, version: number) {
  const before = await findDraftForUpdate(db, context, id, version);
  const questionnaire = await questionnaireOfEdition(db, before);
  const issues = checkAnswers(questionnaire, answersOf(before) as CapacityAnswers, { isComplete: true });
  if (issues.length > 0) throw new ValidationError(toFieldIssues(issues, questionnaire.evidenceFromLevel));
  const after = await updateVersioned(db, capacityEditions, context, id, version, {
    status: 'completed',
    completedAt: new Date(),
    completedBy: context.userId,
  });
  await recordAudit(db, context, {
    entityType: 'capacity_edition',
    entityId: id,
    action: 'status_change',
    before,
    after,
  });
  return after;
}

export async function getSharing(db: Database, context: TenantContext) {
  return queries.findSharing(db, context);
}

/**
 * What the government shares with its associations: its completed assessments, its index, or
 * nothing. Revocable at any time; the associations stop seeing it at once.
 */
export async function updateSharing(db: Database, context: TenantContext, input: UpdateSharingBody) {
  const values = { isSharingAssessment: input.isSharingAssessment, isSharingIndex: input.isSharingIndex };
  const before = await queries.findSharing(db, context);
  const after =
    input.version === 0 && !before
      ? await queries.insertSharing(db, context, values)
      : await queries.updateSharing(db, context, input.version, values);
  if (!after) {
    const current = await queries.findSharing(db, context);
    throw new VersionConflictError(current?.version ?? 0, input.version);
  }
  await recordAudit(db, context, {
    entityType: 'capacity_sharing',
    entityId: context.governmentId,
    action: before ? 'update' : 'create',
    before,
    after,
  });
  return after;
}

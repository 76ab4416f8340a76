import type {
  AssociationQuestionnaireSetting,
  QuestionnaireFile,
  QuestionnaireOption,
  QuestionnaireRef,
  UpdateQuestionnaireChoiceBody,
  UploadQuestionnaireBody,
} from '../../../contracts/capacity';
import type { Language } from '../../../contracts/common';
import { checkQuestionnaireUpload } from '../../../domain/capacity';
import { recordAudit } from '../../platform/audit';
import type { Database } from '../../platform/db';
import { ValidationError, VersionConflictError } from '../../platform/errors';
import type { TenantContext } from '../../platform/tenancy';
import type { EditionRow } from './capacity.queries';
import {
  currentQuestionnaire,
  defaultQuestionnaireId,
  instanceQuestionnaires,
  isInstanceQuestionnaireId,
  questionnaireOf,
} from './capacity.questionnaire';
import * as queries from './questionnaire.queries';

/** The questionnaire an association compares on (and its members may answer). */
export type AdoptedQuestionnaire = {
  source: 'instance' | 'own';
  file: QuestionnaireFile;
  /** For an own questionnaire: the association (owner) and the stored newest version. */
  ownerId: string | null;
  recordId: string | null;
};

function refOf(file: QuestionnaireFile, language: Language): QuestionnaireRef {
  return {
    questionnaireId: file.id,
    version: file.version,
    title: file.title[language],
    dimensions: file.dimensions.length,
  };
}

/**
 * What an association adopted: an instance questionnaire (newest version of its file) or its own
 * (newest stored version). Without a choice, or when the chosen file left data/capacity/, the
 * instance's default.
 */
export async function findAdoptedQuestionnaire(
  db: Database,
  associationId: string,
): Promise<AdoptedQuestionnaire> {
  const choice = await queries.findQuestionnaireChoice(db, { governmentId: associationId });
  if (choice?.source === 'own') {
    const row = await queries.findLatestOwnQuestionnaire(db, associationId, choice.questionnaireId);
    if (row)
      return {
        source: 'own',
        file: row.content as QuestionnaireFile,
        ownerId: associationId,
        recordId: row.id,
      };
  }
  const id =
    choice?.source === 'instance' && isInstanceQuestionnaireId(choice.questionnaireId)
      ? choice.questionnaireId
      : defaultQuestionnaireId;
  return { source: 'instance', file: currentQuestionnaire(id), ownerId: null, recordId: null };
}

/** The association's questionnaire setting: what it adopted, what it may adopt, what it uploaded. */
export async function getQuestionnaireSetting(
  db: Database,
  context: TenantContext,
  language: Language,
): Promise<AssociationQuestionnaireSetting> {
  const [choice, adopted, own] = await Promise.all([
    queries.findQuestionnaireChoice(db, context),
    findAdoptedQuestionnaire(db, context.governmentId),
    queries.findOwnQuestionnaires(db, context),
  ]);
  return {
    source: adopted.source,
    adopted: refOf(adopted.file, language),
    version: choice?.version ?? 0,
    instance: instanceQuestionnaires().map((file) => refOf(file, language)),
    own: own.map((row) => ({
      id: row.id,
      questionnaireId: row.questionnaireId,
      version: row.questionnaireVersion,
      title: row.title[language] ?? row.title.es ?? row.questionnaireId,
      dimensions: Number(row.dimensions),
      createdAt: row.createdAt.toISOString(),
    })),
  };
}

/**
 * The association adopts a questionnaire of the instance or one of its own (its newest version, now
 * and as new versions are uploaded). Its members' new editions may use it from then on; the
 * comparison counts only editions made with it.
 */
export async function updateQuestionnaireChoice(
  db: Database,
  context: TenantContext,
  input: UpdateQuestionnaireChoiceBody,
) {
  const exists =
    input.source === 'instance'
      ? isInstanceQuestionnaireId(input.questionnaireId)
      : (await queries.findLatestOwnVersion(db, context, input.questionnaireId)) !== null;
  if (!exists)
    throw new ValidationError([{ field: 'questionnaireId', key: 'capacity.unknownQuestionnaire' }]);
  const values = { source: input.source, questionnaireId: input.questionnaireId };
  const before = await queries.findQuestionnaireChoice(db, context);
  const after =
    input.version === 0 && !before
      ? await queries.insertQuestionnaireChoice(db, context, values)
      : await queries.updateQuestionnaireChoice(db, context, input.version, values);
  if (!after) {
    const current = await queries.findQuestionnaireChoice(db, context);
    throw new VersionConflictError(current?.version ?? 0, input.version);
  }
  await recordAudit(db, context, {
    entityType: 'capacity_questionnaire_choice',
    entityId: context.governmentId,
    action: before ? 'update' : 'create',
    before,
    after,
  });
  return after;
}

/**
 * Stores a questionnaire the association uploaded (already checked field by field against the
 * contract): a new id, or a higher version of one of its own. Nothing is adopted until it chooses.
 */
export async function uploadQuestionnaire(
  db: Database,
  context: TenantContext,
  input: UploadQuestionnaireBody,
) {
  const file = input.questionnaire;
  const [latestVersion, count] = await Promise.all([
    queries.findLatestOwnVersion(db, context, file.id),
    queries.countOwnQuestionnaires(db, context),
  ]);
  const issues = checkQuestionnaireUpload(file, {
    isInstanceId: isInstanceQuestionnaireId(file.id),
    latestVersion,
    count,
    limit: queries.associationQuestionnaireLimit,
  });
  if (issues.length > 0)
    throw new ValidationError(
      issues.map((issue) => ({
        field: `questionnaire.${issue.field}`,
        key: `capacity.questionnaire_${issue.problem}`,
        params: { version: latestVersion ?? 0, limit: queries.associationQuestionnaireLimit },
      })),
    );
  const row = await queries.insertOwnQuestionnaire(db, {
    associationId: context.governmentId,
    questionnaireId: file.id,
    questionnaireVersion: file.version,
    content: file,
    createdBy: context.userId,
  });
  if (!row)
    throw new ValidationError([
      {
        field: 'questionnaire.version',
        key: 'capacity.questionnaire_versionNotHigher',
        params: { version: file.version },
      },
    ]);
  await recordAudit(db, context, {
    entityType: 'capacity_questionnaire',
    entityId: row.id,
    action: 'create',
    after: {
      id: row.id,
      questionnaireId: row.questionnaireId,
      questionnaireVersion: row.questionnaireVersion,
    },
  });
  return row;
}

/**
 * What a government may answer in a new edition: the instance's questionnaire and the one adopted by
 * each association it is an active member of. Another association's questionnaire never shows.
 */
export async function listQuestionnaireOptions(
  db: Database,
  context: TenantContext,
  language: Language,
): Promise<QuestionnaireOption[]> {
  const associations = await queries.findActiveAssociationsOf(db, context);
  const instance = currentQuestionnaire();
  const options: QuestionnaireOption[] = [{ ...refOf(instance, language), association: null }];
  for (const association of associations) {
    const adopted = await findAdoptedQuestionnaire(db, association.id);
    // An association that keeps the instance's questionnaire offers nothing the first option does not.
    if (adopted.source === 'instance' && adopted.file.id === instance.id) continue;
    options.push({ ...refOf(adopted.file, language), association });
  }
  return options;
}

/** The questionnaire a new edition answers: the instance's, or that of an association it is a member of. */
export async function resolveNewEditionQuestionnaire(
  db: Database,
  context: TenantContext,
  associationId: string | null | undefined,
): Promise<Omit<AdoptedQuestionnaire, 'source'>> {
  if (!associationId) return { file: currentQuestionnaire(), ownerId: null, recordId: null };
  const associations = await queries.findActiveAssociationsOf(db, context);
  if (!associations.some((association) => association.id === associationId))
    throw new ValidationError([{ field: 'associationId', key: 'capacity.notYourAssociation' }]);
  return findAdoptedQuestionnaire(db, associationId);
}

export type EditionQuestionnaire = { file: QuestionnaireFile; owner: { id: string; name: string } | null };

/**
 * The questionnaire each of these editions answered: a file of the instance, or the stored version of
 * an association's own. Looked up once for the lot.
 */
export async function questionnairesOfEditions(
  db: Database,
  editions: EditionRow[],
): Promise<(edition: EditionRow) => EditionQuestionnaire> {
  const ids = [
    ...new Set(
      editions.flatMap((edition) =>
        edition.associationQuestionnaireId ? [edition.associationQuestionnaireId] : [],
      ),
    ),
  ];
  const rows = await queries.findAssociationQuestionnairesByIds(db, ids);
  const byId = new Map(rows.map((row) => [row.id, row]));
  return (edition) => {
    if (!edition.associationQuestionnaireId)
      return { file: questionnaireOf(edition.questionnaireId, edition.questionnaireVersion), owner: null };
    const row = byId.get(edition.associationQuestionnaireId);
    if (!row) throw new Error(`edition ${edition.id} names a stored questionnaire that is not there`);
    return { file: row.content as QuestionnaireFile, owner: row.owner };
  };
}

import type {
  AssociationMembership,
  EditionDetail,
  EditionSummary,
  QuestionnaireFile,
  Sharing,
} from '../../../contracts/capacity';
import type { Language } from '../../../contracts/common';
import {
  type CapacityAnswers,
  compareEditions,
  scoreAnswers,
  suggestNextSteps,
} from '../../../domain/capacity';
import { presentRecordMeta, toIsoOrNull } from '../../platform/present';
import type { EditionRow, MembershipRow, SharingRow } from './capacity.queries';
import { localizeQuestionnaire } from './capacity.questionnaire';
import type { EditionQuestionnaire } from './questionnaire.service';

export type StoredAnswers = Record<
  string,
  { level: 1 | 2 | 3 | 4 | 5; evidence: string | null; note: string | null }
>;

export function answersOf(row: EditionRow): StoredAnswers {
  return (row.answers ?? {}) as StoredAnswers;
}

export function presentEditionSummary(
  row: EditionRow,
  { file: questionnaire, owner }: EditionQuestionnaire,
  language: Language,
): EditionSummary {
  return {
    id: row.id,
    questionnaireId: row.questionnaireId,
    questionnaireVersion: row.questionnaireVersion,
    questionnaireTitle: questionnaire.title[language],
    questionnaireOwner: owner,
    status: row.status,
    assessedOn: row.assessedOn,
    completedAt: toIsoOrNull(row.completedAt),
    ...scoreAnswers(questionnaire, answersOf(row)),
    ...presentRecordMeta(row),
  };
}

/** An edition with its questionnaire, what changed since the previous completed one and next steps. */
export function presentEditionDetail(
  row: EditionRow,
  previous: EditionRow | null,
  questionnaire: EditionQuestionnaire,
  language: Language,
): EditionDetail {
  const file: QuestionnaireFile = questionnaire.file;
  const answers: CapacityAnswers = answersOf(row);
  const previousAnswers: CapacityAnswers = previous ? answersOf(previous) : {};
  const previousScore = previous ? scoreAnswers(file, previousAnswers) : null;
  const steps = new Map(
    file.dimensions.map((dimension) => [
      dimension.key,
      new Map(dimension.levels.map((level) => [level.level, level.nextStep[language]])),
    ]),
  );
  return {
    ...presentEditionSummary(row, questionnaire, language),
    answers: answersOf(row),
    questionnaire: localizeQuestionnaire(file, language),
    previous:
      previous && previousScore
        ? {
            id: previous.id,
            assessedOn: previous.assessedOn,
            averageLevel: previousScore.averageLevel,
            totalLevel: previousScore.totalLevel,
          }
        : null,
    changes: previous ? compareEditions(file, previousAnswers, answers) : [],
    suggestions: suggestNextSteps(file, answers).map((suggestion) => ({
      ...suggestion,
      text: steps.get(suggestion.dimensionKey)?.get(suggestion.level) ?? '',
    })),
  };
}

export function presentSharing(row: SharingRow | null): Sharing {
  return {
    isSharingAssessment: row?.isSharingAssessment ?? false,
    isSharingIndex: row?.isSharingIndex ?? false,
    version: row?.version ?? 0,
  };
}

export function presentMembership(row: MembershipRow): AssociationMembership {
  const { membership } = row;
  return {
    id: membership.id,
    association: row.association,
    member: row.member,
    status: membership.status,
    acceptedAt: toIsoOrNull(membership.acceptedAt),
    endedAt: toIsoOrNull(membership.endedAt),
    endedBySide: membership.endedBySide,
    ...presentRecordMeta(membership),
  };
}

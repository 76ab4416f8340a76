import { z } from 'zod';
import {
  idSchema,
  isoDateSchema,
  optionalText,
  recordMetaSchema,
  requiredText,
  versionSchema,
} from './common';

/**
 * The capacity self-assessment (DESIGN.md module 10) and its comparison across the governments of an
 * association. The questionnaire is data (data/capacity/*.json); an edition names the one it used.
 */

/** Longest text of a questionnaire (a level's description, a next step): the instance's run to 150. */
export const questionnaireTextMaxLength = 1000;
/** Largest questionnaire file an association may upload (the instance's is 44 KB). */
export const questionnaireUploadMaxBytes = 256 * 1024;

function questionnaireText() {
  return z
    .string({ message: 'validation.required' })
    .trim()
    .min(1, { message: 'validation.required' })
    .max(questionnaireTextMaxLength, { message: 'validation.tooLong' });
}
const localizedTextSchema = z.object({
  es: questionnaireText(),
  en: questionnaireText(),
  pt: questionnaireText(),
});
export const dimensionKeySchema = z
  .string()
  .regex(/^[a-z][a-z_]{0,39}$/, { message: 'validation.invalidValue' });
export const maturityLevelSchema = z
  .number({ message: 'validation.required' })
  .int({ message: 'validation.invalidValue' })
  .min(1, { message: 'validation.invalidValue' })
  .max(5, { message: 'validation.invalidValue' });

/** Five levels, 1 to 5 in order: the rules and the charts read a level by its position. */
function fiveLevels<T extends z.ZodTypeAny>(item: T) {
  return z
    .array(item, { message: 'validation.required' })
    .length(5, { message: 'validation.questionnaireFiveLevels' })
    .refine((levels) => levels.every((level, index) => (level as { level: number }).level === index + 1), {
      message: 'validation.questionnaireFiveLevels',
    });
}

/**
 * The shape of a questionnaire file: the server checks the instance's files (data/capacity/) at start
 * and an association's upload with it, field by field.
 */
export const questionnaireFileSchema = z.object({
  id: z
    .string({ message: 'validation.required' })
    .regex(/^[a-z0-9-]{1,80}$/, { message: 'validation.questionnaireIdFormat' }),
  version: z
    .number({ message: 'validation.required' })
    .int({ message: 'validation.invalidValue' })
    .positive({ message: 'validation.invalidValue' })
    .max(1_000_000, { message: 'validation.outOfRange' }),
  title: localizedTextSchema,
  evidenceFromLevel: maturityLevelSchema,
  levels: fiveLevels(z.object({ level: maturityLevelSchema, name: localizedTextSchema })),
  dimensions: z
    .array(
      z.object({
        key: dimensionKeySchema,
        name: localizedTextSchema,
        question: localizedTextSchema,
        levels: fiveLevels(
          z.object({
            level: maturityLevelSchema,
            description: localizedTextSchema,
            nextStep: localizedTextSchema,
          }),
        ),
      }),
      { message: 'validation.required' },
    )
    .min(1, { message: 'validation.required' })
    .max(30, { message: 'validation.tooMany' })
    .superRefine((dimensions, context) => {
      const seen = new Set<string>();
      dimensions.forEach((dimension, index) => {
        if (seen.has(dimension.key))
          context.addIssue({
            code: 'custom',
            path: [index, 'key'],
            message: 'validation.questionnaireDuplicateDimension',
          });
        seen.add(dimension.key);
      });
    }),
});
export type QuestionnaireFile = z.infer<typeof questionnaireFileSchema>;

/** A questionnaire in the reader's language. */
export const questionnaireSchema = z.object({
  id: z.string(),
  version: z.number().int(),
  title: z.string(),
  evidenceFromLevel: z.number().int(),
  levels: z.array(z.object({ level: z.number().int(), name: z.string() })),
  dimensions: z.array(
    z.object({
      key: z.string(),
      name: z.string(),
      question: z.string(),
      levels: z.array(z.object({ level: z.number().int(), description: z.string(), nextStep: z.string() })),
    }),
  ),
});
export type Questionnaire = z.infer<typeof questionnaireSchema>;

/** One answer: the level reached and, from level 3 up, the evidence (a document's URL or reference). */
export const capacityAnswerSchema = z.object({
  level: maturityLevelSchema,
  evidence: optionalText(500),
  note: optionalText(1000),
});
export type CapacityAnswerInput = z.infer<typeof capacityAnswerSchema>;

export const capacityAnswersSchema = z
  .record(dimensionKeySchema, capacityAnswerSchema)
  .refine((answers) => Object.keys(answers).length <= 30, { message: 'validation.tooMany' });

export const createEditionBodySchema = z.object({
  assessedOn: isoDateSchema,
  /** Start from the answers of the last completed edition (what most offices want), or from nothing. */
  copyLast: z.boolean().default(true),
  /**
   * Answer the questionnaire adopted by this association (one the government is an active member
   * of); absent or null for the instance's questionnaire.
   */
  associationId: idSchema.nullable().optional(),
});
export type CreateEditionBody = z.infer<typeof createEditionBodySchema>;

export const updateEditionBodySchema = z.object({
  assessedOn: isoDateSchema,
  answers: capacityAnswersSchema,
  ...versionSchema.shape,
});
export type UpdateEditionBody = z.infer<typeof updateEditionBodySchema>;

export const editionStatusSchema = z.enum(['draft', 'completed']);

const scoreShape = {
  averageLevel: z.number().nullable(),
  totalLevel: z.number().int().nullable(),
  answered: z.number().int(),
  dimensions: z.number().int(),
};

/** Whose questionnaire an edition answers: the association that adopted it as its own, or none. */
const questionnaireOwnerSchema = z.object({ id: idSchema, name: z.string() }).nullable();

export const editionSummarySchema = z.object({
  id: idSchema,
  questionnaireId: z.string(),
  questionnaireVersion: z.number().int(),
  questionnaireTitle: z.string(),
  questionnaireOwner: questionnaireOwnerSchema,
  status: editionStatusSchema,
  assessedOn: z.string(),
  completedAt: z.string().nullable(),
  ...scoreShape,
  ...recordMetaSchema.shape,
});
export type EditionSummary = z.infer<typeof editionSummarySchema>;

export const dimensionChangeSchema = z.object({
  dimensionKey: z.string(),
  previous: z.number().int().nullable(),
  current: z.number().int().nullable(),
  delta: z.number().int().nullable(),
  direction: z.enum(['up', 'down', 'same', 'new', 'removed']),
});

export const editionDetailSchema = editionSummarySchema.extend({
  answers: z.record(
    z.string(),
    z.object({ level: z.number().int(), evidence: z.string().nullable(), note: z.string().nullable() }),
  ),
  questionnaire: questionnaireSchema,
  /** The last completed edition before this one, to say what changed. */
  previous: z
    .object({
      id: idSchema,
      assessedOn: z.string(),
      averageLevel: z.number().nullable(),
      totalLevel: z.number().int().nullable(),
    })
    .nullable(),
  changes: z.array(dimensionChangeSchema),
  /** Next steps for the weakest dimensions, in the reader's language. */
  suggestions: z.array(z.object({ dimensionKey: z.string(), level: z.number().int(), text: z.string() })),
});
export type EditionDetail = z.infer<typeof editionDetailSchema>;

export const sharingSchema = z.object({
  isSharingAssessment: z.boolean(),
  isSharingIndex: z.boolean(),
  /** 0 while the government has never chosen (nothing shared). */
  version: z.number().int(),
});
export type Sharing = z.infer<typeof sharingSchema>;

export const updateSharingBodySchema = z.object({
  isSharingAssessment: z.boolean(),
  isSharingIndex: z.boolean(),
  version: z.number({ message: 'validation.required' }).int().min(0),
});
export type UpdateSharingBody = z.infer<typeof updateSharingBodySchema>;

export const editionListSchema = z.object({
  items: z.array(editionSummarySchema),
  sharing: sharingSchema,
});
export type EditionList = z.infer<typeof editionListSchema>;

export const associationMembershipStatusSchema = z.enum(['invited', 'active', 'ended']);
export type AssociationMembershipStatus = z.infer<typeof associationMembershipStatusSchema>;

const tenantRefSchema = z.object({ id: idSchema, name: z.string(), countryCode: z.string() });

export const associationMembershipSchema = z.object({
  id: idSchema,
  association: tenantRefSchema,
  member: tenantRefSchema,
  status: associationMembershipStatusSchema,
  acceptedAt: z.string().nullable(),
  endedAt: z.string().nullable(),
  endedBySide: z.enum(['association', 'member']).nullable(),
  ...recordMetaSchema.shape,
});
export type AssociationMembership = z.infer<typeof associationMembershipSchema>;

export const associationMembershipListSchema = z.object({ items: z.array(associationMembershipSchema) });

export const inviteMemberBodySchema = z.object({
  /** The government's short name in the instance (the one of its transparency portal address). */
  governmentSlug: requiredText(80),
});

export const membershipParamsSchema = z.object({ governmentId: idSchema, membershipId: idSchema });
export const editionParamsSchema = z.object({ governmentId: idSchema, editionId: idSchema });

export const comparisonMemberSchema = z.object({
  government: tenantRefSchema,
  position: z.number().int(),
  editionId: idSchema,
  assessedOn: z.string(),
  averageLevel: z.number().nullable(),
  totalLevel: z.number().int().nullable(),
  levels: z.record(z.string(), z.number().int()),
  /** The social-utility index of the latest monthly snapshot, when the member shares it. */
  utilityIndex: z.number().int().nullable(),
  location: z.object({ longitude: z.number(), latitude: z.number() }).nullable(),
});
export type ComparisonMember = z.infer<typeof comparisonMemberSchema>;

export const comparisonSchema = z.object({
  questionnaire: questionnaireSchema,
  /** Whether the association compares on a questionnaire of the instance or on its own. */
  questionnaireSource: z.enum(['instance', 'own']),
  activeMembers: z.number().int(),
  /** Members sharing a completed assessment made with the association's questionnaire: the only ones counted below. */
  sharingMembers: z.number().int(),
  /** Members sharing completed assessments, none of them made with the association's questionnaire. */
  otherQuestionnaireMembers: z.number().int(),
  averageLevel: z.number().nullable(),
  dimensions: z.array(
    z.object({
      dimensionKey: z.string(),
      averageLevel: z.number().nullable(),
      distribution: z.array(z.number().int()).length(5),
    }),
  ),
  ranking: z.array(comparisonMemberSchema),
});
export type Comparison = z.infer<typeof comparisonSchema>;

// ---------------------------------------------------------------------------------------------
// The questionnaire an association adopts, and the ones a member government may answer.
// ---------------------------------------------------------------------------------------------

export const questionnaireSourceSchema = z.enum(['instance', 'own']);
export type QuestionnaireSource = z.infer<typeof questionnaireSourceSchema>;

/** A questionnaire named, not read: what lists of choices show. */
export const questionnaireRefSchema = z.object({
  questionnaireId: z.string(),
  version: z.number().int(),
  title: z.string(),
  dimensions: z.number().int(),
});
export type QuestionnaireRef = z.infer<typeof questionnaireRefSchema>;

export const associationQuestionnaireVersionSchema = questionnaireRefSchema.extend({
  id: idSchema,
  createdAt: z.string(),
});

export const associationQuestionnaireSettingSchema = z.object({
  source: questionnaireSourceSchema,
  /** The adopted questionnaire (for `own`, its newest version). */
  adopted: questionnaireRefSchema,
  /** 0 while the association has never chosen (the instance's default questionnaire). */
  version: z.number().int(),
  /** The instance's questionnaires (data/capacity/), newest version of each. */
  instance: z.array(questionnaireRefSchema),
  /** Every version the association uploaded, newest first. */
  own: z.array(associationQuestionnaireVersionSchema),
});
export type AssociationQuestionnaireSetting = z.infer<typeof associationQuestionnaireSettingSchema>;

export const updateQuestionnaireChoiceBodySchema = z.object({
  source: questionnaireSourceSchema,
  questionnaireId: z
    .string({ message: 'validation.required' })
    .regex(/^[a-z0-9-]{1,80}$/, { message: 'validation.invalidValue' }),
  version: z.number({ message: 'validation.required' }).int().min(0),
});
export type UpdateQuestionnaireChoiceBody = z.infer<typeof updateQuestionnaireChoiceBodySchema>;

export const uploadQuestionnaireBodySchema = z.object({
  questionnaire: questionnaireFileSchema,
});
export type UploadQuestionnaireBody = z.infer<typeof uploadQuestionnaireBodySchema>;

/** A questionnaire a government may answer in a new edition: the instance's, or an association's. */
export const questionnaireOptionSchema = questionnaireRefSchema.extend({
  association: z.object({ id: idSchema, name: z.string() }).nullable(),
});
export type QuestionnaireOption = z.infer<typeof questionnaireOptionSchema>;
export const questionnaireOptionListSchema = z.object({ items: z.array(questionnaireOptionSchema) });

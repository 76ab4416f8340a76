import { z } from 'zod';
import {
  booleanQuerySchema,
  currencyCodeSchema,
  idSchema,
  isoDateSchema,
  optionalDateSchema,
  optionalText,
  optionalUrlSchema,
  pageSchema,
  paginationQuerySchema,
  recordMetaSchema,
  requiredText,
  versionSchema,
} from './common';
import { planCodeSchema, strategyLineSchema, themeSchema } from './links';

export const stages = [
  'problematization',
  'agenda',
  'design',
  'implementation',
  'evaluation',
  'closed',
  'cancelled',
] as const;
export const stageSchema = z.enum(stages);
export type Stage = z.infer<typeof stageSchema>;

export const agendaSetters = ['council', 'mayor', 'department', 'citizens', 'partner'] as const;
export const approaches = ['top_down', 'bottom_up'] as const;
export const departmentRoles = ['lead', 'participant'] as const;
export const initiativePartnerRoles = [
  'funder',
  'implementer',
  'technical_partner',
  'counterpart',
  'advisor',
] as const;
export const budgetSources = ['own', 'national', 'international_cooperation', 'private', 'other'] as const;
export const rollUpMethods = ['average', 'weighted'] as const;

/** A problem tree: causes and effects, three levels deep (root causes of causes are rarely deeper). */
const leafSchema = z.object({
  id: z.string().min(1).max(40),
  text: requiredText(500),
  children: z.array(z.never()).max(0).default([]),
});
const middleSchema = z.object({
  id: z.string().min(1).max(40),
  text: requiredText(500),
  children: z.array(leafSchema).max(20).default([]),
});
const rootSchema = z.object({
  id: z.string().min(1).max(40),
  text: requiredText(500),
  children: z.array(middleSchema).max(20).default([]),
});
export const problemTreeSchema = z.object({
  causes: z.array(rootSchema).max(20).default([]),
  effects: z.array(rootSchema).max(20).default([]),
});
export type ProblemTreeInput = z.infer<typeof problemTreeSchema>;

/** Money in minor units of its currency (centavos): an integer, never a float. */
const minorUnitsSchema = z
  .number({ message: 'validation.invalidNumber' })
  .int({ message: 'validation.mustBeWholeMinorUnits' })
  .min(0, { message: 'validation.mustBePositive' })
  .max(Number.MAX_SAFE_INTEGER);

export const budgetLineSchema = z.object({
  source: z.enum(budgetSources),
  amountMinor: minorUnitsSchema,
  currency: currencyCodeSchema,
  description: optionalText(300),
});

const sdgGoalSchema = z.string().regex(/^(?:[1-9]|1[0-7])$/, { message: 'validation.invalidCode' });
const sdgTargetSchema = z
  .string()
  .regex(/^(?:[1-9]|1[0-7])\.(?:[1-9]|1[0-9]|[a-d])$/, { message: 'validation.invalidCode' });

export const initiativeInputSchema = z
  .object({
    title: requiredText(300),
    summary: optionalText(3000),
    strategyLine: strategyLineSchema.nullable().optional(),
    themes: z.array(themeSchema).max(20).default([]),
    /** Axes and programmes of the local development plan the initiative serves. */
    planCodes: z.array(planCodeSchema).max(20).default([]),
    sdgGoals: z.array(sdgGoalSchema).max(17).default([]),
    sdgTargets: z.array(sdgTargetSchema).max(60).default([]),
    // Aguilar Villanueva's elements of a public policy.
    objective: optionalText(3000),
    causalHypothesis: optionalText(3000),
    legalBasis: optionalText(3000),
    agents: optionalText(3000),
    procedures: optionalText(3000),
    budget: z.array(budgetLineSchema).max(30).default([]),
    // Problematización.
    problemStatement: optionalText(5000),
    problemTree: problemTreeSchema.default({ causes: [], effects: [] }),
    affectedPopulation: z
      .number({ message: 'validation.invalidNumber' })
      .int()
      .min(0, { message: 'validation.mustBePositive' })
      .nullable()
      .optional(),
    affectedPopulationDescription: optionalText(1000),
    isWholeTerritory: z.boolean().default(false),
    territorialUnitIds: z.array(idSchema).max(500).default([]),
    // Agenda.
    agendaSetter: z.enum(agendaSetters).nullable().optional(),
    agendaSetterDetail: optionalText(300),
    agendaDate: optionalDateSchema,
    approach: z.enum(approaches).nullable().optional(),
    approachJustification: optionalText(3000),
    // Participants and instruments.
    departments: z
      .array(z.object({ departmentId: idSchema, role: z.enum(departmentRoles) }))
      .max(50)
      .default([]),
    partners: z
      .array(z.object({ partnerId: idSchema, role: z.enum(initiativePartnerRoles) }))
      .max(100)
      .default([]),
    linkIds: z.array(idSchema).max(100).default([]),
    // Evaluation.
    rollUpMethod: z.enum(rollUpMethods).default('average'),
    assessment: optionalText(10000),
  })
  .superRefine((value, context) => {
    const duplicates = (ids: string[]) => new Set(ids).size !== ids.length;
    if (duplicates(value.departments.map((item) => item.departmentId))) {
      context.addIssue({ code: 'custom', path: ['departments'], message: 'validation.duplicateEntry' });
    }
    if (duplicates(value.partners.map((item) => item.partnerId))) {
      context.addIssue({ code: 'custom', path: ['partners'], message: 'validation.duplicateEntry' });
    }
    for (const [index, target] of value.sdgTargets.entries()) {
      if (!value.sdgGoals.includes(target.split('.')[0] as string)) {
        context.addIssue({
          code: 'custom',
          path: ['sdgTargets', index],
          message: 'validation.sdgTargetWithoutGoal',
        });
      }
    }
  });
export type InitiativeInput = z.infer<typeof initiativeInputSchema>;
export const updateInitiativeBodySchema = initiativeInputSchema.and(versionSchema);

export const gateProblemSchema = z.object({
  stage: stageSchema,
  key: z.string(),
  field: z.string(),
  message: z.string(),
});
export type GateProblem = z.infer<typeof gateProblemSchema>;

export const stageGateSchema = z.object({
  stage: stageSchema,
  isReachable: z.boolean(),
  problems: z.array(gateProblemSchema),
});

export const initiativeSummarySchema = z.object({
  id: idSchema,
  title: z.string(),
  stage: stageSchema,
  strategyLine: strategyLineSchema.nullable(),
  themes: z.array(themeSchema),
  sdgGoals: z.array(z.string()),
  leadDepartmentName: z.string().nullable(),
  partnerNames: z.array(z.string()),
  purposeProgress: z.number().nullable(),
  nextStage: stageSchema.nullable(),
  nextStageProblems: z.array(gateProblemSchema),
  stageChangedAt: z.string(),
  version: z.number().int(),
  updatedAt: z.string(),
});
export type InitiativeSummary = z.infer<typeof initiativeSummarySchema>;

export const initiativeListQuerySchema = paginationQuerySchema.extend({
  q: z.string().max(200).optional(),
  stage: stageSchema.optional(),
  strategyLine: strategyLineSchema.optional(),
  departmentId: idSchema.optional(),
  partnerId: idSchema.optional(),
  linkId: idSchema.optional(),
  includeClosed: booleanQuerySchema,
  pageSize: z.coerce.number().int().min(1).max(500).default(200),
});
export const initiativePageSchema = pageSchema(initiativeSummarySchema);

export const stageChangeSchema = z.object({
  id: z.number().int(),
  fromStage: stageSchema.nullable(),
  toStage: stageSchema,
  reason: z.string().nullable(),
  actorName: z.string().nullable(),
  occurredAt: z.string(),
});

export const initiativeSchema = z.object({
  id: idSchema,
  governmentId: idSchema,
  title: z.string(),
  summary: z.string().nullable(),
  stage: stageSchema,
  strategyLine: strategyLineSchema.nullable(),
  themes: z.array(themeSchema),
  planCodes: z.array(z.string()),
  sdgGoals: z.array(z.string()),
  sdgTargets: z.array(z.string()),
  objective: z.string().nullable(),
  causalHypothesis: z.string().nullable(),
  legalBasis: z.string().nullable(),
  agents: z.string().nullable(),
  procedures: z.string().nullable(),
  budget: z.array(budgetLineSchema.extend({ description: z.string().nullable() })),
  problemStatement: z.string().nullable(),
  problemTree: problemTreeSchema,
  affectedPopulation: z.number().int().nullable(),
  affectedPopulationDescription: z.string().nullable(),
  isWholeTerritory: z.boolean(),
  territorialUnits: z.array(z.object({ id: idSchema, name: z.string() })),
  agendaSetter: z.enum(agendaSetters).nullable(),
  agendaSetterDetail: z.string().nullable(),
  agendaDate: z.string().nullable(),
  approach: z.enum(approaches).nullable(),
  approachJustification: z.string().nullable(),
  departments: z.array(z.object({ departmentId: idSchema, name: z.string(), role: z.enum(departmentRoles) })),
  partners: z.array(
    z.object({ partnerId: idSchema, name: z.string(), role: z.enum(initiativePartnerRoles) }),
  ),
  links: z.array(z.object({ linkId: idSchema, title: z.string(), status: z.string() })),
  rollUpMethod: z.enum(rollUpMethods),
  assessment: z.string().nullable(),
  gates: z.array(stageGateSchema),
  history: z.array(stageChangeSchema),
  progress: z.object({
    goal: z.object({ own: z.number().nullable(), rolledUp: z.number().nullable() }),
    purpose: z.object({
      own: z.number().nullable(),
      rolledUp: z.number().nullable(),
      missingComponents: z.number().int(),
    }),
    components: z.array(z.object({ id: idSchema, progress: z.number().nullable() })),
  }),
  canReport: z.boolean(),
  ...recordMetaSchema.shape,
});
export type Initiative = z.infer<typeof initiativeSchema>;

export const changeStageBodySchema = z.object({
  stage: stageSchema,
  reason: optionalText(2000),
  ...versionSchema.shape,
});

// --- Logical-framework matrix (MIR) -------------------------------------------------------------

export const mirLevels = ['goal', 'purpose', 'component', 'activity'] as const;
export const mirLevelSchema = z.enum(mirLevels);

export const mirRowInputSchema = z.object({
  level: mirLevelSchema,
  parentId: idSchema.nullable().optional(),
  position: z.number().int().min(0).max(1000).default(0),
  narrativeSummary: optionalText(3000),
  meansOfVerification: optionalText(3000),
  assumptions: optionalText(3000),
  weight: z.number().min(0).max(1000).default(1),
});
export type MirRowInput = z.infer<typeof mirRowInputSchema>;
export const updateMirRowBodySchema = mirRowInputSchema.extend(versionSchema.shape);

export const indicatorMeasures = ['unit', 'percentage'] as const;
export const frequencies = ['monthly', 'quarterly', 'semiannual', 'annual'] as const;
export const directions = ['increase', 'decrease'] as const;
export const disaggregationDimensions = ['territorial_unit', 'sex', 'age_group'] as const;

/** A decimal as a string (up to 6 decimals), never a float in transit. */
export const decimalSchema = z
  .union([z.string(), z.number()])
  .transform((value) => String(value).trim().replace(',', '.'))
  .pipe(z.string().regex(/^-?\d{1,15}(?:\.\d{1,6})?$/, { message: 'validation.invalidNumber' }));

const indicatorFieldsSchema = z.object({
  name: requiredText(300),
  definition: optionalText(2000),
  unit: requiredText(60),
  measure: z.enum(indicatorMeasures).default('unit'),
  baselineValue: decimalSchema.nullable().optional(),
  baselineDate: optionalDateSchema,
  targetValue: decimalSchema.nullable().optional(),
  targetDate: optionalDateSchema,
  frequency: z.enum(frequencies).default('annual'),
  direction: z.enum(directions).default('increase'),
  disaggregations: z.array(z.enum(disaggregationDimensions)).max(3).default([]),
  weight: z.number().min(0).max(1000).default(1),
  /** The indicator counts people reached: its measurements are the beneficiaries (social utility). */
  countsBeneficiaries: z.boolean().optional(),
});

type IndicatorFields = z.infer<typeof indicatorFieldsSchema>;
function refineIndicator(value: IndicatorFields, context: z.RefinementCtx) {
  if (value.baselineDate && value.targetDate && value.targetDate <= value.baselineDate) {
    context.addIssue({
      code: 'custom',
      path: ['targetDate'],
      message: 'validation.targetDateBeforeBaseline',
    });
  }
  if ((value.baselineValue == null) !== (value.baselineDate == null)) {
    context.addIssue({
      code: 'custom',
      path: [value.baselineValue == null ? 'baselineValue' : 'baselineDate'],
      message: 'validation.baselineIncomplete',
    });
  }
  if ((value.targetValue == null) !== (value.targetDate == null)) {
    context.addIssue({
      code: 'custom',
      path: [value.targetValue == null ? 'targetValue' : 'targetDate'],
      message: 'validation.targetIncomplete',
    });
  }
  if (value.baselineValue != null && value.targetValue != null && value.baselineValue !== value.targetValue) {
    const isIncrease = Number(value.targetValue) > Number(value.baselineValue);
    if (isIncrease !== (value.direction === 'increase')) {
      context.addIssue({
        code: 'custom',
        path: ['direction'],
        message: 'validation.directionContradictsTarget',
      });
    }
  }
}

export const indicatorInputSchema = indicatorFieldsSchema
  .extend({ mirRowId: idSchema })
  .superRefine(refineIndicator);
export type IndicatorInput = z.infer<typeof indicatorInputSchema>;
export const updateIndicatorBodySchema = indicatorFieldsSchema
  .extend(versionSchema.shape)
  .superRefine(refineIndicator);

export const indicatorSchema = z.object({
  id: idSchema,
  initiativeId: idSchema,
  mirRowId: idSchema,
  level: mirLevelSchema,
  name: z.string(),
  definition: z.string().nullable(),
  unit: z.string(),
  measure: z.enum(indicatorMeasures),
  baselineValue: z.string().nullable(),
  baselineDate: z.string().nullable(),
  targetValue: z.string().nullable(),
  targetDate: z.string().nullable(),
  frequency: z.enum(frequencies),
  direction: z.enum(directions),
  disaggregations: z.array(z.enum(disaggregationDimensions)),
  countsBeneficiaries: z.boolean(),
  weight: z.number(),
  latestValue: z.string().nullable(),
  latestDate: z.string().nullable(),
  progress: z.number().nullable(),
  isTargetMet: z.boolean().nullable(),
  measurementCount: z.number().int(),
  missingPeriods: z.array(z.string()),
  version: z.number().int(),
  updatedAt: z.string(),
});
export type Indicator = z.infer<typeof indicatorSchema>;

export const mirRowSchema = z.object({
  id: idSchema,
  initiativeId: idSchema,
  level: mirLevelSchema,
  parentId: idSchema.nullable(),
  position: z.number().int(),
  narrativeSummary: z.string().nullable(),
  meansOfVerification: z.string().nullable(),
  assumptions: z.string().nullable(),
  weight: z.number(),
  indicators: z.array(indicatorSchema),
  version: z.number().int(),
  updatedAt: z.string(),
});
export type MirRow = z.infer<typeof mirRowSchema>;
export const mirSchema = z.object({ initiativeId: idSchema, rows: z.array(mirRowSchema) });

/** Categories of the sex and age-group dimensions; territorial-unit categories are unit ids. */
export const sexCategories = ['female', 'male', 'non_binary', 'not_reported'] as const;
export const ageGroups = ['0-5', '6-13', '14-17', '18-28', '29-59', '60+'] as const;

export const disaggregatedValueSchema = z.object({
  dimension: z.enum(disaggregationDimensions),
  category: requiredText(100),
  value: decimalSchema,
});

export const measurementInputSchema = z.object({
  date: isoDateSchema,
  value: decimalSchema,
  unit: requiredText(60),
  disaggregatedValues: z.array(disaggregatedValueSchema).max(200).default([]),
  source: optionalText(500),
  evidenceUrl: optionalUrlSchema,
  notes: optionalText(2000),
});
export type MeasurementInput = z.infer<typeof measurementInputSchema>;

export const measurementSchema = z.object({
  id: idSchema,
  indicatorId: idSchema,
  date: z.string(),
  value: z.string(),
  unit: z.string(),
  disaggregatedValues: z.array(
    z.object({ dimension: z.enum(disaggregationDimensions), category: z.string(), value: z.string() }),
  ),
  source: z.string().nullable(),
  evidenceUrl: z.string().nullable(),
  notes: z.string().nullable(),
  reportedByName: z.string().nullable(),
  createdAt: z.string(),
});
export type Measurement = z.infer<typeof measurementSchema>;

export const indicatorDetailSchema = z.object({
  indicator: indicatorSchema,
  initiativeTitle: z.string(),
  measurements: z.array(measurementSchema),
  byTerritorialUnit: z.array(
    z.object({
      territorialUnitId: idSchema.nullable(),
      name: z.string(),
      points: z.array(z.object({ date: z.string(), value: z.string() })),
    }),
  ),
});

// --- Implementation activities ---------------------------------------------------------------

export const activityKinds = ['interpretation', 'organization', 'application'] as const;
export const activityStatuses = ['planned', 'in_progress', 'done', 'blocked'] as const;

const activityFieldsSchema = z.object({
  title: requiredText(300),
  description: optionalText(3000),
  kind: z.enum(activityKinds),
  mirRowId: idSchema.nullable().optional(),
  ownerDepartmentId: idSchema.nullable().optional(),
  ownerName: optionalText(200),
  startDate: optionalDateSchema,
  endDate: optionalDateSchema,
  status: z.enum(activityStatuses).default('planned'),
  progressPercent: z
    .number()
    .int()
    .min(0, { message: 'validation.outOfRange' })
    .max(100, { message: 'validation.outOfRange' })
    .default(0),
});
type ActivityFields = z.infer<typeof activityFieldsSchema>;
function refineActivity(value: ActivityFields, context: z.RefinementCtx) {
  if (value.startDate && value.endDate && value.endDate < value.startDate) {
    context.addIssue({ code: 'custom', path: ['endDate'], message: 'validation.endBeforeStart' });
  }
  if (value.status === 'done' && value.progressPercent !== 100) {
    context.addIssue({ code: 'custom', path: ['progressPercent'], message: 'validation.doneMeansComplete' });
  }
}
export const activityInputSchema = activityFieldsSchema.superRefine(refineActivity);
export type ActivityInput = z.infer<typeof activityInputSchema>;
export const updateActivityBodySchema = activityFieldsSchema
  .extend(versionSchema.shape)
  .superRefine(refineActivity);

/** What a liaison may change on an activity of their department: status and progress only. */
export const activityProgressBodySchema = z
  .object({
    status: z.enum(activityStatuses),
    progressPercent: z
      .number()
      .int()
      .min(0, { message: 'validation.outOfRange' })
      .max(100, { message: 'validation.outOfRange' }),
    ...versionSchema.shape,
  })
  .superRefine((value, context) => {
    if (value.status === 'done' && value.progressPercent !== 100) {
      context.addIssue({
        code: 'custom',
        path: ['progressPercent'],
        message: 'validation.doneMeansComplete',
      });
    }
  });

export const activitySchema = z.object({
  id: idSchema,
  initiativeId: idSchema,
  title: z.string(),
  description: z.string().nullable(),
  kind: z.enum(activityKinds),
  mirRowId: idSchema.nullable(),
  ownerDepartmentId: idSchema.nullable(),
  ownerDepartmentName: z.string().nullable(),
  ownerName: z.string().nullable(),
  startDate: z.string().nullable(),
  endDate: z.string().nullable(),
  status: z.enum(activityStatuses),
  progressPercent: z.number().int(),
  version: z.number().int(),
  updatedAt: z.string(),
});
export type Activity = z.infer<typeof activitySchema>;

export const initiativeChildParamsSchema = z.object({
  governmentId: idSchema,
  id: idSchema,
  childId: idSchema,
});

/** An SDG goal or target with its official name in the caller's language. */
export const sdgEntrySchema = z.object({ code: z.string(), name: z.string(), goal: z.string() });
export const sdgListSchema = z.object({
  language: z.string(),
  goals: z.array(sdgEntrySchema),
  targets: z.array(sdgEntrySchema),
});

import { z } from 'zod';
import { idSchema, optionalText, recordMetaSchema, requiredText, versionSchema } from './common';
import { planCodeSchema, termCodeSchema } from './links';

/**
 * Strategy as managed vocabularies (DESIGN.md module 4): strategy lines, themes and the local
 * development plan (ejes → programas) of each government. Records refer to a term by its code.
 */
export const strategyTermKinds = ['strategy_line', 'theme', 'plan_axis', 'plan_programme'] as const;
export const strategyTermKindSchema = z.enum(strategyTermKinds);
export type StrategyTermKind = z.infer<typeof strategyTermKindSchema>;

export const strategyTermSchema = z.object({
  id: idSchema,
  kind: strategyTermKindSchema,
  code: z.string(),
  /** Empty for a built-in term that keeps its name in the reader's language. */
  name: z.string().nullable(),
  description: z.string().nullable(),
  parentCode: z.string().nullable(),
  sortOrder: z.number().int(),
  isBuiltIn: z.boolean(),
  /** How many records (links, initiatives, events, leads, demands, offers) use it. */
  usageCount: z.number().int(),
  archivedAt: z.string().nullable(),
  ...recordMetaSchema.shape,
});
export type StrategyTerm = z.infer<typeof strategyTermSchema>;

export const strategyVocabularySchema = z.object({
  strategyLines: z.array(strategyTermSchema),
  themes: z.array(strategyTermSchema),
  planAxes: z.array(strategyTermSchema),
  planProgrammes: z.array(strategyTermSchema),
});
export type StrategyVocabulary = z.infer<typeof strategyVocabularySchema>;

export const strategyVocabularyQuerySchema = z.object({
  includeArchived: z.enum(['true', 'false']).default('false'),
});

const codeForKind = z.string().trim().min(1, { message: 'validation.required' }).max(64);

export const strategyTermInputSchema = z
  .object({
    kind: strategyTermKindSchema,
    code: codeForKind,
    name: requiredText(200),
    description: optionalText(2000),
    parentCode: z.preprocess(
      (value) => (typeof value === 'string' && value.trim() === '' ? null : value),
      planCodeSchema.nullable().optional(),
    ),
    sortOrder: z.number().int().min(0).max(10_000).default(0),
  })
  .superRefine((value, context) => {
    const isPlan = value.kind === 'plan_axis' || value.kind === 'plan_programme';
    const codeCheck = (isPlan ? planCodeSchema : termCodeSchema).safeParse(value.code);
    if (!codeCheck.success) {
      context.addIssue({ code: 'custom', path: ['code'], message: 'validation.invalidTermCode' });
    }
    if (value.kind === 'plan_programme' && !value.parentCode) {
      context.addIssue({ code: 'custom', path: ['parentCode'], message: 'validation.required' });
    }
  });
export type StrategyTermInput = z.infer<typeof strategyTermInputSchema>;

/** The code and kind never change: records refer to them. */
export const updateStrategyTermBodySchema = z.object({
  name: requiredText(200),
  description: optionalText(2000),
  sortOrder: z.number().int().min(0).max(10_000).default(0),
  ...versionSchema.shape,
});
export type UpdateStrategyTermBody = z.infer<typeof updateStrategyTermBodySchema>;

/** The development plan as CSV text: one row per programme (or per axis without programmes). */
export const importPlanBodySchema = z.object({
  csv: z
    .string()
    .min(1, { message: 'validation.required' })
    .max(2_000_000, { message: 'validation.tooLong' }),
});
export const importPlanResultSchema = z.object({
  created: z.number().int(),
  updated: z.number().int(),
  unchanged: z.number().int(),
  errors: z.array(z.object({ line: z.number().int(), column: z.string(), message: z.string() })),
});
export type ImportPlanResult = z.infer<typeof importPlanResultSchema>;

export const strategyTermParamsSchema = z.object({ governmentId: idSchema, id: idSchema });

import { z } from 'zod';
import {
  booleanQuerySchema,
  countryCodeSchema,
  currencyCodeSchema,
  idSchema,
  optionalDateSchema,
  optionalText,
  optionalUrlSchema,
  pageSchema,
  paginationQuerySchema,
  recordMetaSchema,
  requiredText,
  versionSchema,
} from './common';
import { problemTreeSchema } from './initiatives';
import { sdgGoalSchema, themeSchema } from './links';
import { governmentKindSchema } from './territory';

export const modalities = ['technical', 'financial', 'in_kind', 'south_south', 'decentralised'] as const;
export const modalitySchema = z.enum(modalities);
export const urgencies = ['low', 'medium', 'high', 'critical'] as const;

/** A DAC 5-digit purpose code of the IATI Sector codelist (e.g. 21020 road transport). */
export const sectorCodeSchema = z.string().regex(/^\d{5}$/, { message: 'validation.invalidCode' });
const sdgTargetSchema = z
  .string()
  .regex(/^(?:[1-9]|1[0-7])\.(?:[1-9]|1[0-9]|[a-d])$/, { message: 'validation.invalidCode' });
const minorSchema = z
  .number({ message: 'validation.invalidNumber' })
  .int({ message: 'validation.mustBeWholeMinorUnits' })
  .min(0, { message: 'validation.mustBePositive' })
  .max(Number.MAX_SAFE_INTEGER);

const demandFieldsSchema = z.object({
  title: requiredText(300),
  description: optionalText(5000),
  initiativeId: idSchema.nullable().optional(),
  departmentId: idSchema.nullable().optional(),
  raisedBy: z.enum(['department', 'community']).default('department'),
  communityName: optionalText(300),
  problemStatement: optionalText(5000),
  problemTree: problemTreeSchema.default({ causes: [], effects: [] }),
  affectedPopulation: z.number().int().min(0).nullable().optional(),
  affectedPopulationDescription: optionalText(1000),
  territorialUnitIds: z.array(idSchema).max(500).default([]),
  themes: z.array(themeSchema).max(12).default([]),
  sectors: z.array(sectorCodeSchema).max(20).default([]),
  sdgGoals: z.array(sdgGoalSchema).max(17).default([]),
  sdgTargets: z.array(sdgTargetSchema).max(40).default([]),
  modalities: z.array(modalitySchema).max(5).default([]),
  amountSoughtMinor: minorSchema.nullable().optional(),
  currency: currencyCodeSchema.nullable().optional(),
  urgency: z.enum(urgencies).default('medium'),
  neededBy: optionalDateSchema,
  status: z.enum(['open', 'matched', 'closed', 'withdrawn']).default('open'),
});
type DemandFields = z.infer<typeof demandFieldsSchema>;
function refineDemand(value: DemandFields, context: z.RefinementCtx) {
  if (value.amountSoughtMinor != null && !value.currency) {
    context.addIssue({ code: 'custom', path: ['currency'], message: 'validation.currencyRequired' });
  }
  if (value.raisedBy === 'community' && !value.communityName) {
    context.addIssue({ code: 'custom', path: ['communityName'], message: 'validation.required' });
  }
}
export const demandInputSchema = demandFieldsSchema.superRefine(refineDemand);
export type DemandInput = z.infer<typeof demandInputSchema>;
export const updateDemandBodySchema = demandFieldsSchema
  .extend(versionSchema.shape)
  .superRefine(refineDemand);

export const demandSchema = demandFieldsSchema.extend({
  id: idSchema,
  description: z.string().nullable(),
  initiativeId: idSchema.nullable(),
  initiativeTitle: z.string().nullable(),
  departmentId: idSchema.nullable(),
  departmentName: z.string().nullable(),
  communityName: z.string().nullable(),
  problemStatement: z.string().nullable(),
  affectedPopulation: z.number().int().nullable(),
  affectedPopulationDescription: z.string().nullable(),
  amountSoughtMinor: z.number().int().nullable(),
  currency: z.string().nullable(),
  neededBy: z.string().nullable(),
  archivedAt: z.string().nullable(),
  ...recordMetaSchema.shape,
});
export type Demand = z.infer<typeof demandSchema>;

export const demandListQuerySchema = paginationQuerySchema.extend({
  q: z.string().max(200).optional(),
  status: z.enum(['open', 'matched', 'closed', 'withdrawn']).optional(),
  departmentId: idSchema.optional(),
  sector: sectorCodeSchema.optional(),
  urgency: z.enum(urgencies).optional(),
  includeArchived: booleanQuerySchema,
});
export const demandPageSchema = pageSchema(demandSchema);

export const offerKinds = ['call', 'programme', 'own_good_practice'] as const;

const offerFieldsSchema = z.object({
  kind: z.enum(offerKinds),
  title: requiredText(300),
  description: optionalText(10000),
  donorPartnerId: idSchema.nullable().optional(),
  currency: currencyCodeSchema.nullable().optional(),
  amountMinMinor: minorSchema.nullable().optional(),
  amountMaxMinor: minorSchema.nullable().optional(),
  modalities: z.array(modalitySchema).max(5).default([]),
  sectors: z.array(sectorCodeSchema).max(40).default([]),
  sdgGoals: z.array(sdgGoalSchema).max(17).default([]),
  sdgTargets: z.array(sdgTargetSchema).max(60).default([]),
  themes: z.array(themeSchema).max(12).default([]),
  eligibleCountries: z.array(countryCodeSchema).max(250).default([]),
  eligibleGovernmentKinds: z.array(governmentKindSchema).max(4).default([]),
  opensOn: optionalDateSchema,
  deadline: optionalDateSchema,
  url: optionalUrlSchema,
  status: z.enum(['open', 'closed']).default('open'),
  /** The IATI catalogue activity the offer was made from, if any. */
  iatiActivityId: idSchema.nullable().optional(),
});
type OfferFields = z.infer<typeof offerFieldsSchema>;
function refineOffer(value: OfferFields, context: z.RefinementCtx) {
  if ((value.amountMinMinor != null || value.amountMaxMinor != null) && !value.currency) {
    context.addIssue({ code: 'custom', path: ['currency'], message: 'validation.currencyRequired' });
  }
  if (
    value.amountMinMinor != null &&
    value.amountMaxMinor != null &&
    value.amountMaxMinor < value.amountMinMinor
  ) {
    context.addIssue({ code: 'custom', path: ['amountMaxMinor'], message: 'validation.rangeInverted' });
  }
  if (value.opensOn && value.deadline && value.deadline < value.opensOn) {
    context.addIssue({ code: 'custom', path: ['deadline'], message: 'validation.endBeforeStart' });
  }
  if (value.kind !== 'own_good_practice' && !value.donorPartnerId) {
    context.addIssue({ code: 'custom', path: ['donorPartnerId'], message: 'validation.required' });
  }
}
export const offerInputSchema = offerFieldsSchema.superRefine(refineOffer);
export type OfferInput = z.infer<typeof offerInputSchema>;
export const updateOfferBodySchema = offerFieldsSchema.extend(versionSchema.shape).superRefine(refineOffer);

export const offerSchema = offerFieldsSchema.extend({
  id: idSchema,
  description: z.string().nullable(),
  donorPartnerId: idSchema.nullable(),
  donorName: z.string().nullable(),
  currency: z.string().nullable(),
  amountMinMinor: z.number().int().nullable(),
  amountMaxMinor: z.number().int().nullable(),
  opensOn: z.string().nullable(),
  deadline: z.string().nullable(),
  url: z.string().nullable(),
  iatiActivityId: idSchema.nullable(),
  archivedAt: z.string().nullable(),
  ...recordMetaSchema.shape,
});
export type Offer = z.infer<typeof offerSchema>;

export const offerListQuerySchema = paginationQuerySchema.extend({
  q: z.string().max(200).optional(),
  kind: z.enum(offerKinds).optional(),
  status: z.enum(['open', 'closed']).optional(),
  donorPartnerId: idSchema.optional(),
  sector: sectorCodeSchema.optional(),
  includeArchived: booleanQuerySchema,
});
export const offerPageSchema = pageSchema(offerSchema);

/** One named part of a match score, with the reason a person can check. */
export const scoreComponentSchema = z.object({
  name: z.enum(['sectors', 'sdg', 'modality', 'amount', 'eligibility', 'deadline', 'text']),
  weight: z.number(),
  value: z.number(),
  points: z.number(),
  reason: z.string(),
});
export const matchSchema = z.object({
  demandId: idSchema,
  demandTitle: z.string(),
  offerId: idSchema,
  offerTitle: z.string(),
  donorName: z.string().nullable(),
  score: z.number(),
  isEligible: z.boolean(),
  components: z.array(scoreComponentSchema),
  decision: z.enum(['accepted', 'dismissed']).nullable(),
  decisionReason: z.string().nullable(),
  initiativeId: idSchema.nullable(),
});
export type Match = z.infer<typeof matchSchema>;
export const matchListSchema = z.object({ items: z.array(matchSchema), evaluated: z.number().int() });
export const matchQuerySchema = z.object({
  limit: z.coerce.number().int().min(1).max(200).default(20),
  includeDismissed: booleanQuerySchema,
  includeIneligible: booleanQuerySchema,
});

/** Accepting a match makes an initiative in agenda: the office says how it enters the agenda. */
export const acceptMatchBodySchema = z.object({
  approach: z.enum(['top_down', 'bottom_up']),
  approachJustification: requiredText(3000),
  agendaSetter: z.enum(['council', 'mayor', 'department', 'citizens', 'partner']).default('department'),
});
export const dismissMatchBodySchema = z.object({ reason: requiredText(1000) });
export const matchParamsSchema = z.object({ governmentId: idSchema, demandId: idSchema, offerId: idSchema });

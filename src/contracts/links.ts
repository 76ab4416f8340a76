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
import { partnerKindSchema } from './partners';

export const agreementKinds = [
  'sister_city',
  'friendship_city',
  'memorandum_of_understanding',
  'interinstitutional_agreement',
  'convenio',
  'letter_of_intent',
] as const;
export const linkKinds = [...agreementKinds, 'network_membership'] as const;
export const linkKindSchema = z.enum(linkKinds);
export type LinkKind = z.infer<typeof linkKindSchema>;

export const linkStatuses = ['negotiation', 'signed', 'active', 'dormant', 'expired', 'terminated'] as const;
export const linkStatusSchema = z.enum(linkStatuses);
export type LinkStatus = z.infer<typeof linkStatusSchema>;

/**
 * The built-in strategy lines of DESIGN.md. Each government manages its own list (module Strategy): a
 * record refers to a line by its code, checked against the government's terms when saved.
 */
export const strategyLines = [
  'international_cooperation',
  'trade_investment',
  'city_networks',
  'international_projection',
  'city_diplomacy',
] as const;
/** The code of a strategy term: lower-case letters, digits and _ . - (built-in ones are words). */
export const termCodeSchema = z
  .string()
  .regex(/^[a-z0-9][a-z0-9_.-]{0,63}$/, { message: 'validation.invalidCode' });
export const strategyLineSchema = termCodeSchema;
export type StrategyLine = string;

/** The built-in themes; each government may add its own. */
export const themes = [
  'economic',
  'environmental',
  'social',
  'cultural',
  'education',
  'health',
  'security',
  'mobility',
  'innovation',
  'governance',
  'tourism',
  'urban_planning',
] as const;
export const themeSchema = termCodeSchema;
export type Theme = string;

/** The code of an axis or programme of the local development plan, e.g. "2" or "2.3". */
export const planCodeSchema = z
  .string()
  .regex(/^[A-Za-z0-9][A-Za-z0-9._-]{0,31}$/, { message: 'validation.invalidCode' });
/** An SDG goal number, 1–17. */
export const sdgGoalSchema = z.string().regex(/^(?:[1-9]|1[0-7])$/, { message: 'validation.invalidCode' });

export const partyRoles = ['counterpart', 'co_signer', 'network', 'witness', 'funder'] as const;
export const linkPartyInputSchema = z.object({
  partnerId: idSchema,
  role: z.enum(partyRoles).default('counterpart'),
});

export const signatoryInputSchema = z.object({
  name: requiredText(200),
  position: optionalText(200),
  side: z.enum(['own', 'counterpart']),
  partnerId: idSchema.nullable().optional(),
});

export const documentKinds = ['signed_text', 'council_act', 'annex', 'minutes', 'report', 'other'] as const;
export const linkDocumentInputSchema = z.object({
  title: requiredText(300),
  kind: z.enum(documentKinds),
  url: optionalUrlSchema,
  fileName: optionalText(300),
  mediaType: optionalText(100),
  sizeBytes: z.number().int().min(0).nullable().optional(),
  issuedOn: optionalDateSchema,
});

/** Money in minor units (centavos) as an integer, never a float. */
const minorUnitsSchema = z.preprocess(
  (value) => (value === '' ? null : value),
  z
    .number({ message: 'validation.invalidNumber' })
    .int({ message: 'validation.mustBeWholeMinorUnits' })
    .min(0, { message: 'validation.mustBePositive' })
    .max(Number.MAX_SAFE_INTEGER)
    .nullable()
    .optional(),
);

const linkFieldsSchema = z.object({
  title: requiredText(300),
  kind: linkKindSchema,
  status: linkStatusSchema.default('negotiation'),
  registryNumber: optionalText(100),
  description: optionalText(5000),
  rationale: optionalText(5000),
  signedOn: optionalDateSchema,
  validFrom: optionalDateSchema,
  validTo: optionalDateSchema,
  isCouncilApproved: z.boolean().default(false),
  councilApprovalDate: optionalDateSchema,
  councilApprovalReference: optionalText(200),
  networkRole: optionalText(200),
  workingGroups: z.array(z.string().trim().min(1).max(200)).max(30).default([]),
  annualFeeMinor: minorUnitsSchema,
  annualFeeCurrency: currencyCodeSchema.nullable().optional(),
  themes: z.array(themeSchema).max(20).default([]),
  strategyLines: z.array(strategyLineSchema).max(10).default([]),
  /** Axes and programmes of the local development plan the link serves. */
  planCodes: z.array(planCodeSchema).max(20).default([]),
  sdgGoals: z.array(sdgGoalSchema).max(17).default([]),
  departmentId: idSchema.nullable().optional(),
  parties: z.array(linkPartyInputSchema).max(50).default([]),
  signatories: z.array(signatoryInputSchema).max(20).default([]),
  documents: z.array(linkDocumentInputSchema).max(50).default([]),
});

type LinkFields = z.infer<typeof linkFieldsSchema>;

/**
 * Cross-field rules that a form can check before sending: dates in order, a fee with its currency,
 * a registry number only where the law gives one, a counterpart for every agreement.
 */
export function refineLink(value: LinkFields, context: z.RefinementCtx) {
  if (value.validFrom && value.validTo && value.validTo < value.validFrom) {
    context.addIssue({ code: 'custom', path: ['validTo'], message: 'validation.validToBeforeValidFrom' });
  }
  if (value.annualFeeMinor != null && !value.annualFeeCurrency) {
    context.addIssue({ code: 'custom', path: ['annualFeeCurrency'], message: 'validation.currencyRequired' });
  }
  if (value.isCouncilApproved && !value.councilApprovalDate) {
    context.addIssue({
      code: 'custom',
      path: ['councilApprovalDate'],
      message: 'validation.councilDateRequired',
    });
  }
  if (value.kind !== 'network_membership' && (value.networkRole || value.workingGroups.length > 0)) {
    context.addIssue({ code: 'custom', path: ['networkRole'], message: 'validation.onlyForNetworks' });
  }
  const partyIds = value.parties.map((party) => party.partnerId);
  if (new Set(partyIds).size !== partyIds.length) {
    context.addIssue({ code: 'custom', path: ['parties'], message: 'validation.duplicateParty' });
  }
}

export const linkInputSchema = linkFieldsSchema.superRefine(refineLink);
export type LinkInput = z.infer<typeof linkInputSchema>;
export const updateLinkBodySchema = linkFieldsSchema.extend(versionSchema.shape).superRefine(refineLink);
export type UpdateLinkBody = z.infer<typeof updateLinkBodySchema>;

export const changeLinkStatusBodySchema = z.object({
  status: linkStatusSchema,
  reason: optionalText(1000),
  ...versionSchema.shape,
});

export const linkPartySchema = z.object({
  partnerId: idSchema,
  partnerName: z.string(),
  partnerKind: partnerKindSchema,
  countryCode: z.string().nullable(),
  city: z.string().nullable(),
  role: z.enum(partyRoles),
});

export const linkSummarySchema = z.object({
  id: idSchema,
  title: z.string(),
  kind: linkKindSchema,
  status: linkStatusSchema,
  registryNumber: z.string().nullable(),
  signedOn: z.string().nullable(),
  validFrom: z.string().nullable(),
  validTo: z.string().nullable(),
  daysToExpiry: z.number().int().nullable(),
  parties: z.array(
    z.object({ partnerId: idSchema, partnerName: z.string(), countryCode: z.string().nullable() }),
  ),
  themes: z.array(z.string()),
  strategyLines: z.array(z.string()),
  archivedAt: z.string().nullable(),
  version: z.number().int(),
  updatedAt: z.string(),
});
export type LinkSummary = z.infer<typeof linkSummarySchema>;

export const linkSchema = z.object({
  id: idSchema,
  governmentId: idSchema,
  title: z.string(),
  kind: linkKindSchema,
  status: linkStatusSchema,
  statusReason: z.string().nullable(),
  registryNumber: z.string().nullable(),
  description: z.string().nullable(),
  rationale: z.string().nullable(),
  signedOn: z.string().nullable(),
  validFrom: z.string().nullable(),
  validTo: z.string().nullable(),
  daysToExpiry: z.number().int().nullable(),
  isCouncilApproved: z.boolean(),
  councilApprovalDate: z.string().nullable(),
  councilApprovalReference: z.string().nullable(),
  networkRole: z.string().nullable(),
  workingGroups: z.array(z.string()),
  annualFeeMinor: z.number().int().nullable(),
  annualFeeCurrency: z.string().nullable(),
  themes: z.array(z.string()),
  strategyLines: z.array(z.string()),
  planCodes: z.array(z.string()),
  sdgGoals: z.array(z.string()),
  departmentId: idSchema.nullable(),
  departmentName: z.string().nullable(),
  parties: z.array(linkPartySchema),
  signatories: z.array(
    signatoryInputSchema.extend({
      id: idSchema,
      position: z.string().nullable(),
      partnerId: idSchema.nullable(),
    }),
  ),
  documents: z.array(
    z.object({
      id: idSchema,
      title: z.string(),
      kind: z.enum(documentKinds),
      url: z.string().nullable(),
      fileName: z.string().nullable(),
      mediaType: z.string().nullable(),
      sizeBytes: z.number().int().nullable(),
      issuedOn: z.string().nullable(),
    }),
  ),
  allowedTransitions: z.array(linkStatusSchema),
  archivedAt: z.string().nullable(),
  ...recordMetaSchema.shape,
});
export type Link = z.infer<typeof linkSchema>;

export const linkSortFields = ['title', 'signedOn', 'validTo', 'status', 'updatedAt'] as const;
export const linkListQuerySchema = paginationQuerySchema.extend({
  q: z.string().max(200).optional(),
  kind: linkKindSchema.optional(),
  status: linkStatusSchema.optional(),
  partnerId: idSchema.optional(),
  theme: themeSchema.optional(),
  strategyLine: strategyLineSchema.optional(),
  expiringWithinDays: z.coerce.number().int().min(0).max(3650).optional(),
  includeArchived: booleanQuerySchema,
  isArchived: booleanQuerySchema,
  sort: z.enum(linkSortFields).default('updatedAt'),
  direction: z.enum(['asc', 'desc']).default('desc'),
});
export type LinkListQuery = z.infer<typeof linkListQuerySchema>;
export const linkPageSchema = pageSchema(linkSummarySchema);

export const expiringQuerySchema = z.object({ days: z.coerce.number().int().min(1).max(3650).default(90) });
export const expiringLinksSchema = z.object({
  days: z.number().int(),
  asOf: isoDateSchema,
  items: z.array(linkSummarySchema),
});

import { z } from 'zod';
import {
  countryCodeSchema,
  currencyCodeSchema,
  idSchema,
  optionalText,
  pageSchema,
  paginationQuerySchema,
  recordMetaSchema,
  requiredText,
  versionSchema,
} from './common';
import { planCodeSchema, sdgGoalSchema, strategyLineSchema, themeSchema } from './links';

export const leadStages = [
  'lead',
  'contact',
  'visit',
  'decision',
  'announced',
  'established',
  'aftercare',
  'lost',
] as const;
export const leadStageSchema = z.enum(leadStages);
export type LeadStage = z.infer<typeof leadStageSchema>;

const amountSchema = z
  .number({ message: 'validation.invalidNumber' })
  .int({ message: 'validation.mustBeWholeMinorUnits' })
  .min(0, { message: 'validation.mustBePositive' })
  .max(Number.MAX_SAFE_INTEGER)
  .nullable()
  .optional();
const jobsSchema = z
  .number({ message: 'validation.invalidNumber' })
  .int()
  .min(0, { message: 'validation.mustBePositive' })
  .nullable()
  .optional();

export const leadInputSchema = z.object({
  companyPartnerId: idSchema,
  title: requiredText(300),
  originCountryCode: countryCodeSchema,
  /** A DAC 5-digit sector code (IATI Sector codelist), e.g. 32110 or 25010. */
  sector: z.string().regex(/^\d{5}$/, { message: 'validation.invalidCode' }),
  description: optionalText(5000),
  currency: currencyCodeSchema,
  expectedAmountMinor: amountSchema,
  realisedAmountMinor: amountSchema,
  expectedJobs: jobsSchema,
  createdJobs: jobsSchema,
  territorialUnitId: idSchema.nullable().optional(),
  responsibleUserId: idSchema.nullable().optional(),
  responsibleName: optionalText(200),
  eventIds: z.array(idSchema).max(50).default([]),
  strategyLines: z.array(strategyLineSchema).max(10).default([]),
  themes: z.array(themeSchema).max(20).default([]),
  planCodes: z.array(planCodeSchema).max(20).default([]),
  sdgGoals: z.array(sdgGoalSchema).max(17).default([]),
});
export type LeadInput = z.infer<typeof leadInputSchema>;
export const updateLeadBodySchema = leadInputSchema.extend(versionSchema.shape);

export const changeLeadStageBodySchema = z.object({
  stage: leadStageSchema,
  reason: optionalText(1000),
  announcedOn: z.iso.date().nullable().optional(),
  establishedOn: z.iso.date().nullable().optional(),
  ...versionSchema.shape,
});

export const leadSchema = z.object({
  id: idSchema,
  companyPartnerId: idSchema,
  companyName: z.string(),
  title: z.string(),
  originCountryCode: z.string(),
  sector: z.string(),
  sectorName: z.string().nullable(),
  description: z.string().nullable(),
  stage: leadStageSchema,
  lostReason: z.string().nullable(),
  currency: z.string(),
  expectedAmountMinor: z.number().int().nullable(),
  realisedAmountMinor: z.number().int().nullable(),
  expectedJobs: z.number().int().nullable(),
  createdJobs: z.number().int().nullable(),
  territorialUnitId: idSchema.nullable(),
  territorialUnitName: z.string().nullable(),
  responsibleUserId: idSchema.nullable(),
  responsibleName: z.string().nullable(),
  announcedOn: z.string().nullable(),
  establishedOn: z.string().nullable(),
  strategyLines: z.array(z.string()),
  themes: z.array(z.string()),
  planCodes: z.array(z.string()),
  sdgGoals: z.array(z.string()),
  events: z.array(z.object({ id: idSchema, title: z.string(), startsAt: z.string() })),
  history: z.array(
    z.object({
      fromStage: leadStageSchema.nullable(),
      toStage: leadStageSchema,
      reason: z.string().nullable(),
      actorName: z.string().nullable(),
      occurredAt: z.string(),
    }),
  ),
  allowedStages: z.array(leadStageSchema),
  archivedAt: z.string().nullable(),
  ...recordMetaSchema.shape,
});
export type Lead = z.infer<typeof leadSchema>;

export const leadListQuerySchema = paginationQuerySchema.extend({
  stage: leadStageSchema.optional(),
  q: z.string().max(200).optional(),
  originCountryCode: countryCodeSchema.optional(),
  sector: z.string().max(5).optional(),
  pageSize: z.coerce.number().int().min(1).max(500).default(200),
});
export const leadPageSchema = pageSchema(leadSchema.omit({ history: true, events: true }));

/** Totals of announced and realised investment and jobs, by year, sector and origin country. */
export const investmentTotalsSchema = z.object({
  currency: z.string(),
  byYear: z.array(
    z.object({
      year: z.number().int(),
      announcedMinor: z.number().int(),
      realisedMinor: z.number().int(),
      expectedJobs: z.number().int(),
      createdJobs: z.number().int(),
    }),
  ),
  bySector: z.array(
    z.object({
      sector: z.string(),
      sectorName: z.string().nullable(),
      announcedMinor: z.number().int(),
      realisedMinor: z.number().int(),
      createdJobs: z.number().int(),
    }),
  ),
  byCountry: z.array(
    z.object({
      countryCode: z.string(),
      announcedMinor: z.number().int(),
      realisedMinor: z.number().int(),
      createdJobs: z.number().int(),
    }),
  ),
  /** Leads in other currencies than the government's reporting currency, left out of the totals. */
  excludedLeadCount: z.number().int(),
});

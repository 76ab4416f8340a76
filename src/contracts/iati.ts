import { z } from 'zod';
import { idSchema, pageSchema, paginationQuerySchema } from './common';

export const importJobSchema = z.object({
  id: idSchema,
  fileName: z.string(),
  sizeBytes: z.number().int(),
  bytesRead: z.number().int(),
  /** 0..1, from bytes read: what the progress bar shows. */
  progress: z.number(),
  status: z.enum(['uploading', 'queued', 'running', 'completed', 'failed']),
  activitiesSeen: z.number().int(),
  activitiesImported: z.number().int(),
  activitiesSkipped: z.number().int(),
  skipped: z.array(
    z.object({ index: z.number().int(), identifier: z.string().nullable(), reason: z.string() }),
  ),
  error: z.string().nullable(),
  createdAt: z.string(),
  startedAt: z.string().nullable(),
  finishedAt: z.string().nullable(),
});
export type ImportJob = z.infer<typeof importJobSchema>;
export const importJobListSchema = z.object({ items: z.array(importJobSchema) });

const shareSchema = z.object({ code: z.string(), percentage: z.string().nullable() });
export const allocationSchema = z.object({
  countries: z.array(shareSchema),
  regions: z.array(shareSchema),
  sectors: z.array(shareSchema),
  /** The publisher reports them on transactions only: here they are aggregated by value. */
  isGeographyFromTransactions: z.boolean(),
  isSectorFromTransactions: z.boolean(),
});
export type ActivityAllocation = z.infer<typeof allocationSchema>;

export const catalogueActivitySchema = z.object({
  id: idSchema,
  iatiIdentifier: z.string(),
  reportingOrgRef: z.string().nullable(),
  reportingOrgName: z.string().nullable(),
  partnerId: idSchema.nullable(),
  title: z.string(),
  description: z.string().nullable(),
  activityStatus: z.string().nullable(),
  startDate: z.string().nullable(),
  endDate: z.string().nullable(),
  /** Country codes; from transactions, the largest share first. */
  recipientCountries: z.array(z.string()),
  /** OECD DAC region codes. */
  recipientRegions: z.array(z.string()),
  sectors: z.array(z.string()),
  /** The same codes with their percentages (decimal text, null when not known). */
  allocation: allocationSchema,
  defaultCurrency: z.string().nullable(),
  transactionTotals: z.record(z.string(), z.record(z.string(), z.string())),
  transactionCount: z.number().int(),
  importedAt: z.string(),
});
export const catalogueQuerySchema = paginationQuerySchema.extend({
  q: z.string().max(200).optional(),
  countryCode: z
    .string()
    .regex(/^[A-Z]{2}$/)
    .optional(),
  reportingOrgRef: z.string().max(100).optional(),
});
export const cataloguePageSchema = pageSchema(catalogueActivitySchema);

/** A finding of the IATI standard rulesets on an export: errors block publication, warnings inform. */
export const exportCheckSchema = z.object({
  activityCount: z.number().int(),
  isSchemaValid: z.boolean(),
  findings: z.array(
    z.object({
      iatiIdentifier: z.string().nullable(),
      ruleId: z.string(),
      severity: z.enum(['error', 'warning']),
      message: z.string(),
    }),
  ),
});

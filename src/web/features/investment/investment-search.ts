import { z } from 'zod';
import { leadStageSchema } from '../../../contracts/investment';

export const leadSortFields = [
  'company',
  'title',
  'country',
  'stage',
  'expected',
  'jobs',
  'updatedAt',
] as const;

/** URL search parameters of the investment screen: board or table, filters and the table's order. */
export const investmentSearchSchema = z.object({
  view: z.enum(['board', 'table']).optional().catch(undefined),
  stage: leadStageSchema.optional().catch(undefined),
  q: z.string().optional().catch(undefined),
  originCountryCode: z.string().length(2).optional().catch(undefined),
  sector: z
    .string()
    .regex(/^\d{5}$/)
    .optional()
    .catch(undefined),
  sort: z.enum(leadSortFields).optional().catch(undefined),
  direction: z.enum(['asc', 'desc']).optional().catch(undefined),
});
export type InvestmentSearch = z.infer<typeof investmentSearchSchema>;

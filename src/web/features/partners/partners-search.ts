import { z } from 'zod';
import { partnerKinds, partnerSortFields } from '../../../contracts/partners';

export const archivedFilters = ['active', 'archived', 'all'] as const;

/** URL search parameters of the partners list, tolerant of hand-edited URLs. */
export const partnersSearchSchema = z.object({
  q: z.string().optional().catch(undefined),
  kind: z.enum(partnerKinds).optional().catch(undefined),
  countryCode: z.string().optional().catch(undefined),
  tag: z.string().optional().catch(undefined),
  archived: z.enum(archivedFilters).optional().catch(undefined),
  sort: z.enum(partnerSortFields).optional().catch(undefined),
  direction: z.enum(['asc', 'desc']).optional().catch(undefined),
  page: z.coerce.number().int().min(1).optional().catch(undefined),
  view: z.enum(['table', 'map']).optional().catch(undefined),
});
export type PartnersSearch = z.infer<typeof partnersSearchSchema>;

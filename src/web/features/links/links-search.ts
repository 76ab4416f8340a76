import { z } from 'zod';
import { linkKinds, linkSortFields, linkStatuses, termCodeSchema } from '../../../contracts/links';

export const linkArchivedFilters = ['active', 'archived', 'all'] as const;

/** URL search parameters of the links list, tolerant of hand-edited URLs. */
export const linksSearchSchema = z.object({
  q: z.string().optional().catch(undefined),
  kind: z.enum(linkKinds).optional().catch(undefined),
  status: z.enum(linkStatuses).optional().catch(undefined),
  theme: termCodeSchema.optional().catch(undefined),
  strategyLine: termCodeSchema.optional().catch(undefined),
  expiringWithinDays: z.coerce.number().int().min(0).max(3650).optional().catch(undefined),
  partnerId: z.string().optional().catch(undefined),
  archived: z.enum(linkArchivedFilters).optional().catch(undefined),
  sort: z.enum(linkSortFields).optional().catch(undefined),
  direction: z.enum(['asc', 'desc']).optional().catch(undefined),
  page: z.coerce.number().int().min(1).optional().catch(undefined),
});
export type LinksSearch = z.infer<typeof linksSearchSchema>;

import { z } from 'zod';
import { urgencies } from '../../../contracts/cooperation';

const sectorParam = z
  .string()
  .regex(/^\d{5}$/)
  .optional()
  .catch(undefined);

/** URL search parameters of the demands list: filters and page. */
export const demandsSearchSchema = z.object({
  q: z.string().optional().catch(undefined),
  status: z.enum(['open', 'matched', 'closed', 'withdrawn']).optional().catch(undefined),
  urgency: z.enum(urgencies).optional().catch(undefined),
  departmentId: z.string().optional().catch(undefined),
  sector: sectorParam,
  includeArchived: z.boolean().optional().catch(undefined),
  page: z.number().int().min(1).optional().catch(undefined),
});
export type DemandsSearch = z.infer<typeof demandsSearchSchema>;

/** URL search parameters of the offers list: donors' calls and programmes, or the city's own practices. */
export const offersSearchSchema = z.object({
  tab: z.enum(['donors', 'own']).optional().catch(undefined),
  kind: z.enum(['call', 'programme']).optional().catch(undefined),
  q: z.string().optional().catch(undefined),
  status: z.enum(['open', 'closed']).optional().catch(undefined),
  sector: sectorParam,
  includeArchived: z.boolean().optional().catch(undefined),
});
export type OffersSearch = z.infer<typeof offersSearchSchema>;

/** Coming from the IATI catalogue: the offer form is prefilled from that donor activity. */
export const offerNewSearchSchema = z.object({
  fromActivity: z.string().optional().catch(undefined),
  kind: z.enum(['call', 'programme', 'own_good_practice']).optional().catch(undefined),
});

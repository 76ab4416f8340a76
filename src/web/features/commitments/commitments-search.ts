import { z } from 'zod';

/** URL search parameters of the commitments board, tolerant of hand-edited URLs. */
export const commitmentsSearchSchema = z.object({
  view: z.enum(['board', 'table']).optional().catch(undefined),
  departmentId: z.string().optional().catch(undefined),
  partnerId: z.string().optional().catch(undefined),
  linkId: z.string().optional().catch(undefined),
  isCreating: z.boolean().optional().catch(undefined),
});
export type CommitmentsSearch = z.infer<typeof commitmentsSearchSchema>;

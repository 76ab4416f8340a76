import { z } from 'zod';
import { verdictSchema, verdictSubjectKindSchema } from '../../../contracts/utility';

/** The verdicts list as the home page links to it: which kind, which verdict, contested or not. */
export const verdictsSearchSchema = z.object({
  kind: verdictSubjectKindSchema.optional().catch(undefined),
  verdict: verdictSchema.optional().catch(undefined),
  contested: z.enum(['true', 'false']).optional().catch(undefined),
  page: z.coerce.number().int().min(1).optional().catch(undefined),
});
export type VerdictsSearch = z.infer<typeof verdictsSearchSchema>;

import { z } from 'zod';
import { themeSchema } from '../../../contracts/links';

/** URL search parameters of the diplomacy timeline: one network and one topic at a time. */
export const diplomacySearchSchema = z.object({
  networkPartnerId: z.string().optional().catch(undefined),
  topic: themeSchema.optional().catch(undefined),
});
export type DiplomacySearch = z.infer<typeof diplomacySearchSchema>;

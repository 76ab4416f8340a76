import { z } from 'zod';

export const iatiTabs = ['export', 'import', 'catalogue'] as const;

/** URL search parameters of the IATI screen: which of its three parts is open. */
export const iatiSearchSchema = z.object({ tab: z.enum(iatiTabs).optional().catch(undefined) });

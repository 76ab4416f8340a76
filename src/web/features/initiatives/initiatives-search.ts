import { z } from 'zod';
import { strategyLineSchema } from '../../../contracts/links';

export const initiativesSearchSchema = z.object({
  q: z.string().optional().catch(undefined),
  strategyLine: strategyLineSchema.optional().catch(undefined),
  departmentId: z.string().optional().catch(undefined),
  showClosed: z.boolean().optional().catch(undefined),
});
export type InitiativesSearch = z.infer<typeof initiativesSearchSchema>;

export const initiativeTabs = [
  'problem',
  'agenda',
  'design',
  'implementation',
  'evaluation',
  'funding',
  'history',
] as const;
export const initiativeSearchSchema = z.object({
  tab: z.enum(initiativeTabs).optional().catch(undefined),
});

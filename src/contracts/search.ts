import { z } from 'zod';
import { idSchema } from './common';

export const searchQuerySchema = z.object({
  q: z.string().trim().min(1, { message: 'validation.required' }).max(200),
  limit: z.coerce.number().int().min(1).max(50).default(10),
});

export const searchResultSchema = z.object({
  type: z.enum(['partner', 'link']),
  id: idSchema,
  title: z.string(),
  subtitle: z.string().nullable(),
  rank: z.number(),
});
export const searchResultsSchema = z.object({ q: z.string(), results: z.array(searchResultSchema) });
export type SearchResult = z.infer<typeof searchResultSchema>;

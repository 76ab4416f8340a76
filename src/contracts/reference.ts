import { z } from 'zod';

/** An entry of an official codelist (IATI, ISO), named in the caller's language. */
export const codelistEntrySchema = z.object({ code: z.string(), name: z.string() });
export type CodelistEntry = z.infer<typeof codelistEntrySchema>;
export const codelistSchema = z.object({
  codelist: z.string(),
  language: z.string(),
  source: z.string(),
  items: z.array(codelistEntrySchema),
});
export const codelistParamsSchema = z.object({
  codelist: z.enum(['countries', 'organisation-types', 'currencies', 'languages']),
});

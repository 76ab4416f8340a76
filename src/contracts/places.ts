import { z } from 'zod';
import { countryCodeSchema } from './common';

/** City suggestions: the country is required, the text is a prefix of the name (accents ignored). */
export const placeSuggestionQuerySchema = z.object({
  country: countryCodeSchema,
  q: z.string().trim().min(1).max(100),
  limit: z.coerce.number().int().min(1).max(20).default(10),
});
export type PlaceSuggestionQuery = z.infer<typeof placeSuggestionQuerySchema>;

export const placeSchema = z.object({
  countryCode: z.string(),
  name: z.string(),
  region: z.string().nullable(),
  latitude: z.number().nullable(),
  longitude: z.number().nullable(),
});
export type PlaceSuggestion = z.infer<typeof placeSchema>;

export const placeSuggestionsSchema = z.object({ items: z.array(placeSchema).max(20), source: z.string() });

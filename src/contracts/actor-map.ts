import { z } from 'zod';
import { idSchema } from './common';
import { linkKindSchema, linkStatusSchema, strategyLineSchema } from './links';
import { partnerKindSchema, partnerRelationKindSchema } from './partners';

/** The "mapa de actores": partners, their relations, and the links that join them to the government. */
export const actorMapQuerySchema = z.object({
  strategyLine: strategyLineSchema.optional(),
  linkStatus: linkStatusSchema.optional(),
});
export type ActorMapQuery = z.infer<typeof actorMapQuerySchema>;

export const actorMapLimits = { actors: 400, links: 1500, relations: 1500 } as const;

export const actorSchema = z.object({
  id: idSchema,
  name: z.string(),
  kind: partnerKindSchema,
  countryCode: z.string().nullable(),
  linkCount: z.number().int(),
});

/** One party of one link: an edge between the government and a partner. */
export const actorLinkSchema = z.object({
  linkId: idSchema,
  partnerId: idSchema,
  title: z.string(),
  kind: linkKindSchema,
  status: linkStatusSchema,
  role: z.string(),
});

export const actorRelationSchema = z.object({
  id: idSchema,
  fromPartnerId: idSchema,
  toPartnerId: idSchema,
  kind: partnerRelationKindSchema,
});

export const actorMapSchema = z.object({
  government: z.object({ id: idSchema, name: z.string() }),
  actors: z.array(actorSchema).max(actorMapLimits.actors),
  links: z.array(actorLinkSchema).max(actorMapLimits.links),
  relations: z.array(actorRelationSchema).max(actorMapLimits.relations),
  /** True when the government has more than the map draws: filter by strategy line or status. */
  isTruncated: z.boolean(),
});
export type ActorMap = z.infer<typeof actorMapSchema>;

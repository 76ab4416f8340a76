import { z } from 'zod';
import { countryCodeSchema, idSchema } from './common';
import { iatiOrgIdSchema, partnerKindSchema } from './partners';

/** What a new (or edited, or imported) partner is: the fields duplicates are looked for by. */
export const similarPartnersQuerySchema = z.object({
  name: z.string().trim().max(300).optional(),
  countryCode: z.preprocess((value) => (value === '' ? undefined : value), countryCodeSchema.optional()),
  iatiOrgId: iatiOrgIdSchema,
  /** The partner being edited, which is not its own duplicate. */
  excludeId: idSchema.optional(),
});
export type SimilarPartnersQuery = z.infer<typeof similarPartnersQuerySchema>;

export const similarPartnerSchema = z.object({
  id: idSchema,
  name: z.string(),
  acronym: z.string().nullable(),
  kind: partnerKindSchema,
  countryCode: z.string().nullable(),
  city: z.string().nullable(),
  iatiOrgId: z.string().nullable(),
  /** Why it looks like the same organisation. */
  reason: z.enum(['same_iati_org_id', 'similar_name']),
  /** 0…1, how alike the names are. */
  similarity: z.number(),
  version: z.number().int(),
});
export type SimilarPartner = z.infer<typeof similarPartnerSchema>;
export const similarPartnersSchema = z.object({ items: z.array(similarPartnerSchema).max(10) });

export const mergeReferenceKinds = [
  'contacts',
  'relations',
  'linkParties',
  'linkSignatories',
  'initiatives',
  'projectParticipants',
  'transactions',
  'offers',
  'iatiActivities',
  'eventParticipants',
  'commitments',
  'investmentLeads',
  'diplomacyPositions',
  'networkRoles',
  'mergedPartners',
] as const;
export type MergeReferenceKind = (typeof mergeReferenceKinds)[number];

export const mergeCountSchema = z.object({
  kind: z.enum(mergeReferenceKinds),
  /** Rows that will point at the survivor. */
  moved: z.number().int(),
  /** Rows that repeat what the survivor already has (same link, same initiative, same relation): removed. */
  dropped: z.number().int(),
});

const mergedPartnerRefSchema = z.object({
  id: idSchema,
  name: z.string(),
  countryCode: z.string().nullable(),
  city: z.string().nullable(),
  version: z.number().int(),
});

export const mergePreviewQuerySchema = z.object({ survivorId: idSchema });
export const mergePreviewSchema = z.object({
  partner: mergedPartnerRefSchema,
  survivor: mergedPartnerRefSchema,
  counts: z.array(mergeCountSchema).max(mergeReferenceKinds.length),
  /** Fields empty in the survivor that the merge fills from the partner merged away. */
  filledFields: z.array(z.string()).max(20),
});
export type MergePreview = z.infer<typeof mergePreviewSchema>;

/** `version` is the merged-away partner's, `survivorVersion` the survivor's: both as the user saw them. */
export const mergePartnerBodySchema = z.object({
  survivorId: idSchema,
  version: z.number().int().min(1),
  survivorVersion: z.number().int().min(1),
});
export type MergePartnerBody = z.infer<typeof mergePartnerBodySchema>;

export const mergeResultSchema = z.object({
  survivorId: idSchema,
  mergedId: idSchema,
  counts: z.array(mergeCountSchema).max(mergeReferenceKinds.length),
});

import { z } from 'zod';
import {
  booleanQuerySchema,
  countryCodeSchema,
  idSchema,
  optionalEmailSchema,
  optionalText,
  optionalUrlSchema,
  pageSchema,
  paginationQuerySchema,
  recordMetaSchema,
  requiredText,
  tagListSchema,
  versionSchema,
} from './common';

export const partnerKinds = [
  'city_government',
  'national_government',
  'embassy_consulate',
  'multilateral',
  'cooperation_agency',
  'ngo_foundation',
  'company_investor',
  'university',
  'city_network',
  'other',
] as const;
export const partnerKindSchema = z.enum(partnerKinds);
export type PartnerKind = z.infer<typeof partnerKindSchema>;

export const contactChannels = ['email', 'phone', 'whatsapp', 'video', 'in_person', 'other'] as const;

export const contactSchema = z.object({
  id: idSchema.optional(),
  name: requiredText(200),
  position: optionalText(200),
  email: optionalEmailSchema,
  phone: optionalText(60),
  language: optionalText(10),
  channel: z.enum(contactChannels).nullable().optional(),
  isPrimary: z.boolean().default(false),
});
export type ContactInput = z.infer<typeof contactSchema>;

const coordinateSchema = (min: number, max: number) =>
  z.preprocess(
    (value) => (value === '' ? null : value),
    z.coerce
      .number({ message: 'validation.invalidNumber' })
      .min(min, { message: 'validation.outOfRange' })
      .max(max, { message: 'validation.outOfRange' })
      .nullable()
      .optional(),
  );

/** IATI organisation identifier: registration agency prefix and number, e.g. XM-DAC-41114 or 44000. */
export const iatiOrgIdSchema = z.preprocess(
  (value) => (typeof value === 'string' && value.trim() === '' ? null : value),
  z
    .string()
    .trim()
    .regex(/^[A-Za-z0-9][A-Za-z0-9._\-/:]*$/, { message: 'validation.invalidIatiOrgId' })
    .max(100)
    .nullable()
    .optional(),
);

export const partnerInputSchema = z
  .object({
    name: requiredText(300),
    acronym: optionalText(40),
    kind: partnerKindSchema,
    countryCode: countryCodeSchema.nullable().optional(),
    city: optionalText(200),
    latitude: coordinateSchema(-90, 90),
    longitude: coordinateSchema(-180, 180),
    iatiOrgId: iatiOrgIdSchema,
    iatiOrgType: z
      .string()
      .regex(/^\d{2}$/, { message: 'validation.invalidCode' })
      .nullable()
      .optional(),
    website: optionalUrlSchema,
    email: optionalEmailSchema,
    tags: tagListSchema,
    notes: optionalText(5000),
    contacts: z.array(contactSchema).max(50).default([]),
  })
  .superRefine((value, context) => {
    const hasLatitude = value.latitude !== null && value.latitude !== undefined;
    const hasLongitude = value.longitude !== null && value.longitude !== undefined;
    if (hasLatitude !== hasLongitude) {
      context.addIssue({
        code: 'custom',
        path: [hasLatitude ? 'longitude' : 'latitude'],
        message: 'validation.coordinatesTogether',
      });
    }
  });
export type PartnerInput = z.infer<typeof partnerInputSchema>;
export const updatePartnerBodySchema = partnerInputSchema.and(versionSchema);

export const partnerSummarySchema = z.object({
  id: idSchema,
  name: z.string(),
  acronym: z.string().nullable(),
  kind: partnerKindSchema,
  countryCode: z.string().nullable(),
  city: z.string().nullable(),
  latitude: z.number().nullable(),
  longitude: z.number().nullable(),
  tags: z.array(z.string()),
  linkCount: z.number().int(),
  archivedAt: z.string().nullable(),
  version: z.number().int(),
  updatedAt: z.string(),
});
export type PartnerSummary = z.infer<typeof partnerSummarySchema>;

export const partnerContactSchema = z.object({
  id: idSchema,
  name: z.string(),
  position: z.string().nullable(),
  email: z.string().nullable(),
  phone: z.string().nullable(),
  language: z.string().nullable(),
  channel: z.enum(contactChannels).nullable(),
  isPrimary: z.boolean(),
});

export const partnerRelationKinds = ['member_of', 'part_of', 'funds', 'represents', 'partner_of'] as const;
export const partnerRelationKindSchema = z.enum(partnerRelationKinds);

export const partnerRelationSchema = z.object({
  id: idSchema,
  kind: partnerRelationKindSchema,
  direction: z.enum(['outgoing', 'incoming']),
  otherPartnerId: idSchema,
  otherPartnerName: z.string(),
  notes: z.string().nullable(),
});

export const partnerLinkRefSchema = z.object({
  id: idSchema,
  title: z.string(),
  kind: z.string(),
  status: z.string(),
  role: z.string(),
});

export const partnerSchema = z.object({
  id: idSchema,
  governmentId: idSchema,
  name: z.string(),
  acronym: z.string().nullable(),
  kind: partnerKindSchema,
  countryCode: z.string().nullable(),
  city: z.string().nullable(),
  latitude: z.number().nullable(),
  longitude: z.number().nullable(),
  iatiOrgId: z.string().nullable(),
  iatiOrgType: z.string().nullable(),
  website: z.string().nullable(),
  email: z.string().nullable(),
  tags: z.array(z.string()),
  notes: z.string().nullable(),
  archivedAt: z.string().nullable(),
  /** The partner this one was merged into as a duplicate (then it is archived). */
  mergedIntoId: idSchema.nullable(),
  contacts: z.array(partnerContactSchema),
  relations: z.array(partnerRelationSchema),
  links: z.array(partnerLinkRefSchema),
  ...recordMetaSchema.shape,
});
export type Partner = z.infer<typeof partnerSchema>;

export const partnerSortFields = ['name', 'country', 'kind', 'updatedAt'] as const;

export const partnerListQuerySchema = paginationQuerySchema.extend({
  q: z.string().max(200).optional(),
  kind: partnerKindSchema.optional(),
  countryCode: countryCodeSchema.optional(),
  tag: z.string().max(60).optional(),
  includeArchived: booleanQuerySchema,
  isArchived: booleanQuerySchema,
  sort: z.enum(partnerSortFields).default('name'),
  direction: z.enum(['asc', 'desc']).default('asc'),
});
export type PartnerListQuery = z.infer<typeof partnerListQuerySchema>;
export const partnerPageSchema = pageSchema(partnerSummarySchema);

export const partnerMapPointSchema = z.object({
  id: idSchema,
  name: z.string(),
  kind: partnerKindSchema,
  countryCode: z.string().nullable(),
  city: z.string().nullable(),
  latitude: z.number(),
  longitude: z.number(),
  linkCount: z.number().int(),
});
export const partnerMapSchema = z.object({ points: z.array(partnerMapPointSchema) });

export const createPartnerRelationBodySchema = z.object({
  toPartnerId: idSchema,
  kind: partnerRelationKindSchema,
  notes: optionalText(1000),
});
export const relationParamsSchema = z.object({ governmentId: idSchema, id: idSchema, relationId: idSchema });

import { z } from 'zod';
import {
  booleanQuerySchema,
  idSchema,
  isoDateSchema,
  optionalDateSchema,
  optionalText,
  optionalUrlSchema,
  pageSchema,
  paginationQuerySchema,
  recordMetaSchema,
  requiredText,
  versionSchema,
} from './common';
import { themeSchema } from './links';

export const positionKinds = ['declaration', 'position', 'pledge'] as const;
export const networkRoleKinds = [
  'presidency',
  'vice_presidency',
  'working_group_lead',
  'board_member',
  'other',
] as const;

export const positionInputSchema = z.object({
  kind: z.enum(positionKinds),
  title: requiredText(300),
  text: requiredText(20000),
  madeOn: isoDateSchema,
  forumName: optionalText(300),
  networkPartnerId: idSchema.nullable().optional(),
  eventId: idSchema.nullable().optional(),
  topics: z.array(themeSchema).max(12).default([]),
  sdgGoals: z
    .array(z.string().regex(/^(?:[1-9]|1[0-7])$/, { message: 'validation.invalidCode' }))
    .max(17)
    .default([]),
  coSigners: z.array(z.string().trim().min(1).max(200)).max(200).default([]),
  url: optionalUrlSchema,
});
export type PositionInput = z.infer<typeof positionInputSchema>;
export const updatePositionBodySchema = positionInputSchema.extend(versionSchema.shape);

export const positionSchema = positionInputSchema.extend({
  id: idSchema,
  forumName: z.string().nullable(),
  networkPartnerId: idSchema.nullable(),
  networkName: z.string().nullable(),
  eventId: idSchema.nullable(),
  url: z.string().nullable(),
  archivedAt: z.string().nullable(),
  ...recordMetaSchema.shape,
});
export type Position = z.infer<typeof positionSchema>;

export const networkRoleInputSchema = z
  .object({
    networkPartnerId: idSchema,
    kind: z.enum(networkRoleKinds),
    title: requiredText(300),
    holderName: optionalText(200),
    startsOn: isoDateSchema,
    endsOn: optionalDateSchema,
    notes: optionalText(2000),
  })
  .superRefine((value, context) => {
    if (value.endsOn && value.endsOn < value.startsOn) {
      context.addIssue({ code: 'custom', path: ['endsOn'], message: 'validation.endBeforeStart' });
    }
  });
export type NetworkRoleInput = z.infer<typeof networkRoleInputSchema>;
export const updateNetworkRoleBodySchema = networkRoleInputSchema.and(versionSchema);

export const networkRoleSchema = z.object({
  id: idSchema,
  networkPartnerId: idSchema,
  networkName: z.string(),
  kind: z.enum(networkRoleKinds),
  title: z.string(),
  holderName: z.string().nullable(),
  startsOn: z.string(),
  endsOn: z.string().nullable(),
  notes: z.string().nullable(),
  isCurrent: z.boolean(),
  archivedAt: z.string().nullable(),
  ...recordMetaSchema.shape,
});
export type NetworkRole = z.infer<typeof networkRoleSchema>;

export const diplomacyListQuerySchema = paginationQuerySchema.extend({
  networkPartnerId: idSchema.optional(),
  topic: themeSchema.optional(),
  kind: z.enum(positionKinds).optional(),
  pageSize: z.coerce.number().int().min(1).max(500).default(100),
});
export const positionPageSchema = pageSchema(positionSchema);

/** One timeline: positions and roles in date order, per network and per topic. */
export const timelineEntrySchema = z.object({
  type: z.enum(['position', 'role']),
  id: idSchema,
  date: z.string(),
  endDate: z.string().nullable(),
  title: z.string(),
  kind: z.string(),
  networkPartnerId: idSchema.nullable(),
  networkName: z.string().nullable(),
  topics: z.array(z.string()),
});
export const timelineSchema = z.object({ entries: z.array(timelineEntrySchema) });

export const networkRoleListQuerySchema = paginationQuerySchema.extend({
  networkPartnerId: idSchema.optional(),
  kind: z.enum(networkRoleKinds).optional(),
  /** Only the roles held today, in the government's calendar. */
  isCurrent: booleanQuerySchema,
  pageSize: z.coerce.number().int().min(1).max(500).default(100),
});
export const networkRolePageSchema = pageSchema(networkRoleSchema);

export const timelineQuerySchema = z.object({
  networkPartnerId: idSchema.optional(),
  topic: themeSchema.optional(),
});

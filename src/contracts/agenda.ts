import { z } from 'zod';
import {
  booleanQuerySchema,
  countryCodeSchema,
  currencyCodeSchema,
  idSchema,
  isoDateSchema,
  optionalText,
  optionalUrlSchema,
  pageSchema,
  paginationQuerySchema,
  recordMetaSchema,
  requiredText,
  versionSchema,
} from './common';
import { planCodeSchema, sdgGoalSchema, strategyLineSchema, themeSchema } from './links';

export const eventKinds = [
  'mission_abroad',
  'incoming_delegation',
  'forum_summit',
  'official_visit',
  'virtual_meeting',
  'cultural_event_abroad',
] as const;
export const eventKindSchema = z.enum(eventKinds);
export const costCategories = ['travel', 'per_diem', 'accommodation', 'other'] as const;
export const costSources = ['own', 'national', 'international_cooperation', 'private', 'other'] as const;

/** An instant with its offset, as a calendar sends it: 2026-05-10T09:00:00-05:00. */
export const instantSchema = z.iso.datetime({ offset: true, message: 'validation.invalidDateTime' });

/** An IANA time zone name that this server knows (America/Bogota, Europe/Madrid…). */
export const timeZoneSchema = z
  .string()
  .max(64, { message: 'validation.invalidTimeZone' })
  .refine(
    (value) => {
      try {
        new Intl.DateTimeFormat('en', { timeZone: value });
        return true;
      } catch {
        return false;
      }
    },
    { message: 'validation.invalidTimeZone' },
  );

export const participantInputSchema = z.object({
  side: z.enum(['own', 'partner']),
  name: requiredText(200),
  position: optionalText(200),
  userId: idSchema.nullable().optional(),
  departmentId: idSchema.nullable().optional(),
  partnerId: idSchema.nullable().optional(),
  partnerContactId: idSchema.nullable().optional(),
});

export const costInputSchema = z.object({
  category: z.enum(costCategories),
  source: z.enum(costSources),
  amountMinor: z
    .number({ message: 'validation.invalidNumber' })
    .int({ message: 'validation.mustBeWholeMinorUnits' })
    .min(0, { message: 'validation.mustBePositive' })
    .max(Number.MAX_SAFE_INTEGER),
  currency: currencyCodeSchema,
  description: optionalText(300),
});

const eventFieldsSchema = z.object({
  title: requiredText(300),
  kind: eventKindSchema,
  startsAt: instantSchema,
  endsAt: instantSchema,
  timezone: timeZoneSchema,
  city: optionalText(200),
  countryCode: countryCodeSchema.nullable().optional(),
  venue: optionalText(300),
  strategyLine: strategyLineSchema.nullable().optional(),
  themes: z.array(themeSchema).max(20).default([]),
  planCodes: z.array(planCodeSchema).max(20).default([]),
  sdgGoals: z.array(sdgGoalSchema).max(17).default([]),
  objectives: optionalText(5000),
  outcomes: optionalText(10000),
  minutes: optionalText(20000),
  isPublished: z.boolean().default(false),
  participants: z.array(participantInputSchema).max(200).default([]),
  costs: z.array(costInputSchema).max(100).default([]),
  linkIds: z.array(idSchema).max(50).default([]),
  initiativeIds: z.array(idSchema).max(50).default([]),
});
type EventFields = z.infer<typeof eventFieldsSchema>;
function refineEvent(value: EventFields, context: z.RefinementCtx) {
  if (Date.parse(value.endsAt) <= Date.parse(value.startsAt)) {
    context.addIssue({ code: 'custom', path: ['endsAt'], message: 'validation.endBeforeStart' });
  }
}
export const eventInputSchema = eventFieldsSchema.superRefine(refineEvent);
export type EventInput = z.infer<typeof eventInputSchema>;
export const updateEventBodySchema = eventFieldsSchema.extend(versionSchema.shape).superRefine(refineEvent);

export const eventSummarySchema = z.object({
  id: idSchema,
  title: z.string(),
  kind: eventKindSchema,
  startsAt: z.string(),
  endsAt: z.string(),
  timezone: z.string(),
  city: z.string().nullable(),
  countryCode: z.string().nullable(),
  isPublished: z.boolean(),
  commitmentCount: z.number().int(),
  openCommitmentCount: z.number().int(),
  version: z.number().int(),
});
export type EventSummary = z.infer<typeof eventSummarySchema>;

export const eventListQuerySchema = paginationQuerySchema.extend({
  from: isoDateSchema.optional(),
  to: isoDateSchema.optional(),
  kind: eventKindSchema.optional(),
  q: z.string().max(200).optional(),
  pageSize: z.coerce.number().int().min(1).max(500).default(100),
});
export const eventPageSchema = pageSchema(eventSummarySchema);

export const commitmentStatuses = ['pending', 'in_progress', 'fulfilled', 'overdue', 'cancelled'] as const;
export const commitmentStatusSchema = z.enum(commitmentStatuses);
export const storedCommitmentStatusSchema = z.enum(['pending', 'in_progress', 'fulfilled', 'cancelled']);

export const commitmentSchema = z.object({
  id: idSchema,
  title: z.string(),
  description: z.string().nullable(),
  eventId: idSchema.nullable(),
  eventTitle: z.string().nullable(),
  linkId: idSchema.nullable(),
  linkTitle: z.string().nullable(),
  ownerDepartmentId: idSchema,
  ownerDepartmentName: z.string(),
  ownerUserId: idSchema.nullable(),
  ownerName: z.string(),
  ownerEmail: z.string().nullable(),
  counterpartPartnerId: idSchema.nullable(),
  counterpartName: z.string().nullable(),
  dueDate: z.string(),
  daysUntilDue: z.number().int(),
  /** Derived: an open commitment past its due date is overdue. */
  status: commitmentStatusSchema,
  storedStatus: storedCommitmentStatusSchema,
  cancelReason: z.string().nullable(),
  evidenceDescription: z.string().nullable(),
  evidenceUrl: z.string().nullable(),
  fulfilledOn: z.string().nullable(),
  resultingInitiativeId: idSchema.nullable(),
  resultingLeadId: idSchema.nullable(),
  ...recordMetaSchema.shape,
});
export type Commitment = z.infer<typeof commitmentSchema>;

export const commitmentInputSchema = z.object({
  title: requiredText(300),
  description: optionalText(3000),
  eventId: idSchema.nullable().optional(),
  linkId: idSchema.nullable().optional(),
  ownerDepartmentId: idSchema,
  ownerUserId: idSchema.nullable().optional(),
  ownerName: requiredText(200),
  counterpartPartnerId: idSchema.nullable().optional(),
  dueDate: isoDateSchema,
});
export type CommitmentInput = z.infer<typeof commitmentInputSchema>;
export const updateCommitmentBodySchema = commitmentInputSchema.extend(versionSchema.shape);

/** Moving a commitment: fulfilled needs evidence, cancelled a reason. */
export const commitmentStatusBodySchema = z
  .object({
    status: storedCommitmentStatusSchema,
    evidenceDescription: optionalText(3000),
    evidenceUrl: optionalUrlSchema,
    fulfilledOn: isoDateSchema.nullable().optional(),
    cancelReason: optionalText(1000),
    resultingInitiativeId: idSchema.nullable().optional(),
    resultingLeadId: idSchema.nullable().optional(),
    ...versionSchema.shape,
  })
  .superRefine((value, context) => {
    if (value.status === 'fulfilled' && !value.evidenceDescription && !value.evidenceUrl) {
      context.addIssue({
        code: 'custom',
        path: ['evidenceDescription'],
        message: 'validation.evidenceRequired',
      });
    }
    if (value.status === 'cancelled' && !value.cancelReason) {
      context.addIssue({ code: 'custom', path: ['cancelReason'], message: 'validation.reasonRequired' });
    }
  });

export const commitmentListQuerySchema = paginationQuerySchema.extend({
  status: commitmentStatusSchema.optional(),
  departmentId: idSchema.optional(),
  partnerId: idSchema.optional(),
  linkId: idSchema.optional(),
  eventId: idSchema.optional(),
  mine: booleanQuerySchema,
  pageSize: z.coerce.number().int().min(1).max(500).default(100),
});
export const commitmentPageSchema = pageSchema(commitmentSchema);

export const eventSchema = z.object({
  id: idSchema,
  governmentId: idSchema,
  title: z.string(),
  kind: eventKindSchema,
  startsAt: z.string(),
  endsAt: z.string(),
  timezone: z.string(),
  city: z.string().nullable(),
  countryCode: z.string().nullable(),
  venue: z.string().nullable(),
  strategyLine: strategyLineSchema.nullable(),
  themes: z.array(z.string()),
  planCodes: z.array(z.string()),
  sdgGoals: z.array(z.string()),
  objectives: z.string().nullable(),
  outcomes: z.string().nullable(),
  minutes: z.string().nullable(),
  isPublished: z.boolean(),
  participants: z.array(participantInputSchema.extend({ id: idSchema, position: z.string().nullable() })),
  costs: z.array(costInputSchema.extend({ description: z.string().nullable() })),
  /** Total public cost per currency, in minor units. */
  costTotals: z.array(z.object({ currency: z.string(), amountMinor: z.number().int() })),
  links: z.array(z.object({ id: idSchema, title: z.string() })),
  initiatives: z.array(z.object({ id: idSchema, title: z.string() })),
  commitments: z.array(commitmentSchema),
  archivedAt: z.string().nullable(),
  ...recordMetaSchema.shape,
});
export type Event = z.infer<typeof eventSchema>;

/** Archiving an event asks what to do with its commitments: keep them (detached) or cancel them. */
export const archiveEventBodySchema = z.object({
  commitments: z.enum(['keep', 'cancel']).optional(),
  cancelReason: optionalText(1000),
  ...versionSchema.shape,
});

export const notificationSchema = z.object({
  id: idSchema,
  kind: z.string(),
  title: z.string(),
  body: z.string().nullable(),
  path: z.string().nullable(),
  readAt: z.string().nullable(),
  createdAt: z.string(),
});
export const notificationListSchema = z.object({
  unread: z.number().int(),
  items: z.array(notificationSchema),
});

export const calendarFeedSchema = z.object({
  privateUrl: z.string(),
  publicUrl: z.string(),
  isNew: z.boolean(),
});

import { z } from 'zod';
import { idSchema, pageSchema, paginationQuerySchema, versionSchema } from './common';

/** The records a government may publish on its transparency portal; `project` is a funded initiative. */
export const publicationEntityTypes = [
  'link',
  'event',
  'commitment',
  'initiative',
  'project',
  'position',
] as const;
export const publicationEntityTypeSchema = z.enum(publicationEntityTypes);
export type PublicationEntityType = z.infer<typeof publicationEntityTypeSchema>;

export const publicationStatuses = ['proposed', 'published'] as const;
export const publicationStatusSchema = z.enum(publicationStatuses);
export type PublicationStatus = z.infer<typeof publicationStatusSchema>;

/**
 * Propose (coordinator) or publish directly (admin) one record. A coordinator asking for
 * `published` is refused with 403: publishing is the admin's decision.
 */
export const publicationRequestSchema = z.object({
  entityType: publicationEntityTypeSchema,
  entityId: idSchema,
  status: publicationStatusSchema.default('proposed'),
});
export type PublicationRequest = z.infer<typeof publicationRequestSchema>;

export const publicationSchema = z.object({
  id: idSchema,
  entityType: publicationEntityTypeSchema,
  entityId: idSchema,
  /** The record's title, for the queue; null when the record was deleted since. */
  title: z.string().nullable(),
  status: publicationStatusSchema,
  proposedByName: z.string().nullable(),
  proposedAt: z.string().nullable(),
  publishedByName: z.string().nullable(),
  publishedAt: z.string().nullable(),
  updatedAt: z.string(),
  version: z.number().int(),
});
export type Publication = z.infer<typeof publicationSchema>;

export const publicationListQuerySchema = paginationQuerySchema.extend({
  status: publicationStatusSchema.optional(),
  entityType: publicationEntityTypeSchema.optional(),
  entityId: idSchema.optional(),
});
export type PublicationListQuery = z.infer<typeof publicationListQuerySchema>;
export const publicationPageSchema = pageSchema(publicationSchema);

/** The state of one record on the portal, for the control on its detail page. */
export const publicationStateSchema = z.object({
  entityType: publicationEntityTypeSchema,
  entityId: idSchema,
  publication: publicationSchema.nullable(),
  /** The portal address of the record when published, else of the government's portal. */
  portalUrl: z.string(),
});
export type PublicationState = z.infer<typeof publicationStateSchema>;
export const publicationStateParamsSchema = z.object({
  governmentId: idSchema,
  entityType: publicationEntityTypeSchema,
  entityId: idSchema,
});

export const publicationVersionSchema = versionSchema;

export const portalSettingsSchema = z.object({
  isPublishing: z.boolean(),
  slug: z.string(),
  portalUrl: z.string(),
  version: z.number().int(),
});
export type PortalSettings = z.infer<typeof portalSettingsSchema>;
export const portalSettingsInputSchema = z.object({
  isPublishing: z.boolean(),
  version: z.number().int().min(0),
});
export type PortalSettingsInput = z.infer<typeof portalSettingsInputSchema>;

/*
 * What leaves the server about a published record: a strict allow-list. No contacts, e-mails,
 * phones, internal notes, participants or user names, ever; the open-data downloads and the portal
 * read these shapes only.
 */
export const publicFilterSchema = z.object({
  strategyLine: z.string().trim().max(80).optional(),
  year: z.coerce.number().int().min(1900).max(2200).optional(),
  country: z
    .string()
    .regex(/^[A-Z]{2}$/)
    .optional(),
  unit: idSchema.optional(),
});
export type PublicFilter = z.infer<typeof publicFilterSchema>;

const amountSchema = z.object({ currency: z.string(), amountMinor: z.number().int() });

export const publicLinkSchema = z.object({
  id: idSchema,
  title: z.string(),
  kind: z.string(),
  status: z.string(),
  description: z.string().nullable(),
  signedOn: z.string().nullable(),
  validFrom: z.string().nullable(),
  validTo: z.string().nullable(),
  isCouncilApproved: z.boolean(),
  themes: z.array(z.string()),
  strategyLines: z.array(z.string()),
  sdgGoals: z.array(z.string()),
  counterparts: z.array(
    z.object({
      name: z.string(),
      kind: z.string(),
      countryCode: z.string().nullable(),
      city: z.string().nullable(),
    }),
  ),
});
export type PublicLink = z.infer<typeof publicLinkSchema>;

export const publicEventSchema = z.object({
  id: idSchema,
  title: z.string(),
  kind: z.string(),
  startsAt: z.string(),
  endsAt: z.string(),
  timezone: z.string(),
  city: z.string().nullable(),
  countryCode: z.string().nullable(),
  strategyLine: z.string().nullable(),
  themes: z.array(z.string()),
  sdgGoals: z.array(z.string()),
  objectives: z.string().nullable(),
  outcomes: z.string().nullable(),
  costs: z.array(z.object({ category: z.string(), source: z.string(), ...amountSchema.shape })),
  totals: z.array(amountSchema),
});
export type PublicEvent = z.infer<typeof publicEventSchema>;

export const publicCommitmentSchema = z.object({
  id: idSchema,
  title: z.string(),
  dueDate: z.string(),
  status: z.enum(['open', 'fulfilled', 'overdue', 'cancelled']),
  fulfilledOn: z.string().nullable(),
  /** Only when that link or event is itself published. */
  linkId: idSchema.nullable(),
  eventId: idSchema.nullable(),
});
export type PublicCommitment = z.infer<typeof publicCommitmentSchema>;

export const publicIndicatorSchema = z.object({
  name: z.string(),
  unit: z.string(),
  baselineValue: z.number().nullable(),
  targetValue: z.number().nullable(),
  targetDate: z.string().nullable(),
  latestValue: z.number().nullable(),
  latestOn: z.string().nullable(),
  /** 0–1 toward the target, from the latest measurement; null without baseline, target or measurement. */
  progress: z.number().nullable(),
});

const unitRefSchema = z.object({ id: idSchema, name: z.string() });

export const publicInitiativeSchema = z.object({
  id: idSchema,
  title: z.string(),
  summary: z.string().nullable(),
  stage: z.string(),
  strategyLine: z.string().nullable(),
  themes: z.array(z.string()),
  sdgGoals: z.array(z.string()),
  objective: z.string().nullable(),
  affectedPopulation: z.number().nullable(),
  isWholeTerritory: z.boolean(),
  territorialUnits: z.array(unitRefSchema),
  mir: z.array(z.object({ level: z.string(), narrativeSummary: z.string().nullable() })),
  indicators: z.array(publicIndicatorSchema),
});
export type PublicInitiative = z.infer<typeof publicInitiativeSchema>;

export const publicProjectSchema = z.object({
  id: idSchema,
  title: z.string(),
  summary: z.string().nullable(),
  strategyLine: z.string().nullable(),
  iatiIdentifier: z.string(),
  activityStatus: z.string(),
  startPlanned: z.string().nullable(),
  endPlanned: z.string().nullable(),
  startActual: z.string().nullable(),
  endActual: z.string().nullable(),
  participants: z.array(z.object({ name: z.string(), role: z.string(), countryCode: z.string().nullable() })),
  budgets: z.array(amountSchema),
  /** Incoming funds and disbursements recorded, per currency. */
  received: z.array(amountSchema),
  territorialUnits: z.array(unitRefSchema),
});
export type PublicProject = z.infer<typeof publicProjectSchema>;

export const publicPositionSchema = z.object({
  id: idSchema,
  kind: z.string(),
  title: z.string(),
  text: z.string(),
  madeOn: z.string(),
  forumName: z.string().nullable(),
  topics: z.array(z.string()),
  sdgGoals: z.array(z.string()),
  coSigners: z.array(z.string()),
  url: z.string().nullable(),
});
export type PublicPosition = z.infer<typeof publicPositionSchema>;

import { z } from 'zod';
import { idSchema, isoDateSchema, pageSchema, paginationQuerySchema } from './common';

export const auditActions = [
  'create',
  'update',
  'archive',
  'restore',
  'delete',
  'status_change',
  'import',
  'merge',
] as const;
export const auditActionSchema = z.enum(auditActions);

/** Every kind of record that writes audit rows (the services' `entityType:` and setArchived types). */
export const auditEntityTypes = [
  'activity',
  'api_token',
  'association_membership',
  'budget',
  'capacity_edition',
  'capacity_questionnaire',
  'capacity_questionnaire_choice',
  'capacity_sharing',
  'commitment',
  'council_report',
  'demand',
  'department',
  'diplomacy_position',
  'event',
  'exchange_rates',
  'government',
  'iati_import_job',
  'indicator',
  'initiative',
  'investment_lead',
  'invitation',
  'link',
  'match',
  'measurement',
  'membership',
  'mir_row',
  'network_role',
  'offer',
  'open_data_settings',
  'partner',
  'partner_relation',
  'password_reset',
  'portal_settings',
  'project_profile',
  'sheet_import_job',
  'strategy_term',
  'territorial_unit',
  'transaction',
  'user',
  'utility_settings',
  'verdict_contest',
] as const;
export type AuditEntityType = (typeof auditEntityTypes)[number];

/**
 * One value of a change, typed so that the web formats it in the reader's locale: money in minor
 * units with its currency, dates as ISO, codes with the i18n key of their label, references and
 * codelist codes already named by the server ("missing" when the record is not the government's).
 */
export const auditScalarSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('text'), text: z.string() }),
  z.object({ type: z.literal('number'), value: z.number() }),
  z.object({ type: z.literal('boolean'), value: z.boolean() }),
  z.object({ type: z.literal('date'), value: z.string() }),
  z.object({ type: z.literal('dateTime'), value: z.string() }),
  z.object({ type: z.literal('money'), amountMinor: z.number(), currency: z.string().nullable() }),
  z.object({ type: z.literal('code'), code: z.string(), labelKey: z.string() }),
  z.object({ type: z.literal('name'), name: z.string() }),
  z.object({ type: z.literal('missing') }),
]);
export type AuditScalar = z.infer<typeof auditScalarSchema>;
export const auditValueSchema = z.union([
  auditScalarSchema,
  z.object({ type: z.literal('list'), items: z.array(auditScalarSchema), more: z.number().int() }),
]);
export type AuditValue = z.infer<typeof auditValueSchema>;

export const auditChangeKinds = [
  'text',
  'number',
  'boolean',
  'date',
  'dateTime',
  'money',
  'code',
  'reference',
  'list',
] as const;
export const auditChangeSchema = z.object({
  field: z.string(),
  /** The label the forms use for this field (else audit.fields.<field>). */
  labelKey: z.string(),
  kind: z.enum(auditChangeKinds),
  before: auditValueSchema.nullable(),
  after: auditValueSchema.nullable(),
});
export type AuditChange = z.infer<typeof auditChangeSchema>;

export const auditEntrySchema = z.object({
  id: z.number().int(),
  actorId: idSchema.nullable(),
  actorName: z.string().nullable(),
  entityType: z.string(),
  entityId: z.string(),
  /** The record's name (title, name…) when it can be read in this government. */
  entityName: z.string().nullable(),
  action: z.string(),
  before: z.unknown().nullable(),
  after: z.unknown().nullable(),
  changes: z.array(auditChangeSchema),
  occurredAt: z.string(),
});
export type AuditEntry = z.infer<typeof auditEntrySchema>;

export const auditListQuerySchema = paginationQuerySchema.extend({
  entityType: z.string().max(60).optional(),
  entityId: z.string().max(60).optional(),
  actorId: idSchema.optional(),
  action: auditActionSchema.optional(),
  /** Calendar days in the government's time zone, both included. */
  from: isoDateSchema.optional(),
  to: isoDateSchema.optional(),
});
export type AuditListQuery = z.infer<typeof auditListQuerySchema>;
export const auditPageSchema = pageSchema(auditEntrySchema);

/** The people who appear in the government's trail, for the "Persona" filter. */
export const auditActorSchema = z.object({ id: idSchema, name: z.string() });
export const auditActorListSchema = z.object({ items: z.array(auditActorSchema) });

import { z } from 'zod';
import { idSchema, pageSchema, paginationQuerySchema } from './common';

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

export const auditEntrySchema = z.object({
  id: z.number().int(),
  actorId: idSchema.nullable(),
  actorName: z.string().nullable(),
  entityType: z.string(),
  entityId: z.string(),
  action: z.string(),
  before: z.unknown().nullable(),
  after: z.unknown().nullable(),
  occurredAt: z.string(),
});
export type AuditEntry = z.infer<typeof auditEntrySchema>;

export const auditListQuerySchema = paginationQuerySchema.extend({
  entityType: z.string().max(60).optional(),
  entityId: z.string().max(60).optional(),
});
export const auditPageSchema = pageSchema(auditEntrySchema);

import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { auditListQuerySchema, auditPageSchema } from '../../../contracts/audit';
import { governmentParamsSchema, problemSchema } from '../../../contracts/common';
import { tenantOf } from '../../platform/auth';
import { toIso } from '../../platform/present';
import { auditPolicy } from './audit.policy';
import { findAuditEntries } from './audit.queries';

export const auditRoutes: FastifyPluginAsyncZod = async (app) => {
  const { db } = app.database;
  app.get(
    '/api/governments/:governmentId/audit',
    {
      config: { policy: auditPolicy.read },
      schema: {
        tags: ['audit'],
        summary: 'The audit trail: who changed what, when, before and after',
        params: governmentParamsSchema,
        querystring: auditListQuerySchema,
        response: { 200: auditPageSchema, 404: problemSchema },
      },
    },
    async (request) => {
      const { items, total } = await findAuditEntries(db, tenantOf(request), request.query);
      return {
        items: items.map(({ entry, actorName }) => ({
          id: entry.id,
          actorId: entry.actorId,
          actorName,
          entityType: entry.entityType,
          entityId: entry.entityId,
          action: entry.action,
          before: entry.before ?? null,
          after: entry.after ?? null,
          occurredAt: toIso(entry.occurredAt),
        })),
        total,
        page: request.query.page,
        pageSize: request.query.pageSize,
      };
    },
  );
};

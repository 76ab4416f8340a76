import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { auditActorListSchema, auditListQuerySchema, auditPageSchema } from '../../../contracts/audit';
import { governmentParamsSchema, problemSchema } from '../../../contracts/common';
import { tenantOf } from '../../platform/auth';
import { auditPolicy } from './audit.policy';
import { presentAuditEntries } from './audit.present';
import { findAuditActors, findAuditEntries } from './audit.queries';

export const auditRoutes: FastifyPluginAsyncZod = async (app) => {
  const { db } = app.database;
  app.get(
    '/api/governments/:governmentId/audit',
    {
      config: { policy: auditPolicy.read },
      schema: {
        tags: ['audit'],
        summary: 'The audit trail: who changed what, when, before and after, with readable changes',
        description:
          'Filter by person (actorId), action, record type and record, and by calendar days (from, to) in the government time zone. Each entry carries its changed fields with their labels, the names of the records they point to (resolved within the government), money in minor units with its currency and codes with their label keys.',
        params: governmentParamsSchema,
        querystring: auditListQuerySchema,
        response: { 200: auditPageSchema, 404: problemSchema },
      },
    },
    async (request) => {
      const context = tenantOf(request);
      const { items, total } = await findAuditEntries(db, context, request.query);
      return {
        items: await presentAuditEntries(db, context, items, request.language),
        total,
        page: request.query.page,
        pageSize: request.query.pageSize,
      };
    },
  );

  app.get(
    '/api/governments/:governmentId/audit/actors',
    {
      config: { policy: auditPolicy.read },
      schema: {
        tags: ['audit'],
        summary: 'The people who appear in the audit trail, for its person filter',
        params: governmentParamsSchema,
        response: { 200: auditActorListSchema, 404: problemSchema },
      },
    },
    async (request) => ({ items: await findAuditActors(db, tenantOf(request)) }),
  );
};

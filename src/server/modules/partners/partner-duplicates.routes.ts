import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { governmentParamsSchema, idParamsSchema, problemSchema } from '../../../contracts/common';
import {
  mergePartnerBodySchema,
  mergePreviewQuerySchema,
  mergePreviewSchema,
  mergeResultSchema,
  similarPartnersQuerySchema,
  similarPartnersSchema,
} from '../../../contracts/partner-duplicates';
import { tenantOf } from '../../platform/auth';
import * as service from './partner-duplicates.service';
import { partnersPolicy } from './partners.policy';

const tags = ['partners'];
const errors = { 400: problemSchema, 404: problemSchema, 409: problemSchema, 422: problemSchema };
const base = '/api/governments/:governmentId/partners';

export const partnerDuplicatesRoutes: FastifyPluginAsyncZod = async (app) => {
  const { db } = app.database;

  app.get(
    `${base}/similar`,
    {
      config: { policy: partnersPolicy.read },
      schema: {
        tags,
        summary:
          'Partners that probably are the one described (same IATI id, or similar name in the country)',
        params: governmentParamsSchema,
        querystring: similarPartnersQuerySchema,
        response: { 200: similarPartnersSchema, ...errors },
      },
    },
    async (request) => ({ items: await service.findSimilarPartners(db, tenantOf(request), request.query) }),
  );

  app.get(
    `${base}/:id/merge-preview`,
    {
      config: { policy: partnersPolicy.merge },
      schema: {
        tags,
        summary: 'What merging this partner into the survivor would move (nothing is written)',
        params: idParamsSchema,
        querystring: mergePreviewQuerySchema,
        response: { 200: mergePreviewSchema, ...errors },
      },
    },
    async (request) =>
      service.previewMerge(db, tenantOf(request), request.params.id, request.query.survivorId),
  );

  app.post(
    `${base}/:id/merge`,
    {
      config: { policy: partnersPolicy.merge },
      schema: {
        tags,
        summary: 'Merge this partner into the survivor: every reference moves, this one is archived',
        params: idParamsSchema,
        body: mergePartnerBodySchema,
        response: { 200: mergeResultSchema, ...errors },
      },
    },
    async (request) => {
      const context = tenantOf(request);
      return db.transaction((tx) => service.mergePartners(tx, context, request.params.id, request.body));
    },
  );
};

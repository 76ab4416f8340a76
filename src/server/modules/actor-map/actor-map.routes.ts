import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { actorMapQuerySchema, actorMapSchema } from '../../../contracts/actor-map';
import { governmentParamsSchema, problemSchema } from '../../../contracts/common';
import { tenantOf } from '../../platform/auth';
import { actorMapPolicy } from './actor-map.policy';
import { getActorMap } from './actor-map.service';

export const actorMapRoutes: FastifyPluginAsyncZod = async (app) => {
  const { db } = app.database;
  app.get(
    '/api/governments/:governmentId/actor-map',
    {
      config: { policy: actorMapPolicy.read },
      schema: {
        tags: ['partners'],
        summary: 'The actor map: partners, their relations and their links with the government (bounded)',
        params: governmentParamsSchema,
        querystring: actorMapQuerySchema,
        response: { 200: actorMapSchema, 400: problemSchema, 404: problemSchema },
      },
    },
    async (request) => getActorMap(db, tenantOf(request), request.query),
  );
};

import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  apiTokenCreatedSchema,
  apiTokenParamsSchema,
  apiTokenSchema,
  createApiTokenBodySchema,
} from '../../../contracts/api-tokens';
import { governmentParamsSchema, okSchema, problemSchema } from '../../../contracts/common';
import { tenantOf } from '../../platform/auth';
import { apiTokensPolicy } from './api-tokens.policy';
import * as service from './api-tokens.service';

const tags = ['api-tokens'];
const problems = { 400: problemSchema, 403: problemSchema, 404: problemSchema, 422: problemSchema };

export const apiTokensRoutes: FastifyPluginAsyncZod = async (app) => {
  const { db } = app.database;
  const config = { policy: apiTokensPolicy.manage };

  app.get(
    '/api/governments/:governmentId/api-tokens',
    {
      config,
      schema: {
        tags,
        summary: 'Integration tokens of this government, with their last use',
        params: governmentParamsSchema,
        response: { 200: z.array(apiTokenSchema), 403: problemSchema, 404: problemSchema },
      },
    },
    async (request) => service.findApiTokens(db, tenantOf(request), app.clock()),
  );

  app.post(
    '/api/governments/:governmentId/api-tokens',
    {
      config,
      schema: {
        tags,
        summary: 'Create an integration token; its secret is in this answer only',
        params: governmentParamsSchema,
        body: createApiTokenBodySchema,
        response: { 201: apiTokenCreatedSchema, 409: problemSchema, ...problems },
      },
    },
    async (request, reply) => {
      const context = tenantOf(request);
      const created = await db.transaction((tx) =>
        service.createApiToken(tx, context, request.body, app.clock()),
      );
      return reply.status(201).header('cache-control', 'no-store').send(created);
    },
  );

  app.delete(
    '/api/governments/:governmentId/api-tokens/:tokenId',
    {
      config,
      schema: {
        tags,
        summary: 'Revoke an integration token: it stops working at once',
        params: apiTokenParamsSchema,
        response: { 200: okSchema, ...problems },
      },
    },
    async (request) => {
      const context = tenantOf(request);
      await db.transaction((tx) => service.revokeApiToken(tx, context, request.params.tokenId, app.clock()));
      return { ok: true as const };
    },
  );
};

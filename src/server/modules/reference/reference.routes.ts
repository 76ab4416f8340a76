import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { languageSchema, problemSchema } from '../../../contracts/common';
import { sdgListSchema } from '../../../contracts/initiatives';
import { codelistParamsSchema, codelistSchema } from '../../../contracts/reference';
import { referencePolicy } from './reference.policy';
import { getCodelist, getSdgList } from './reference.service';

export const referenceRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/api/reference/:codelist',
    {
      config: { policy: referencePolicy.read },
      schema: {
        tags: ['reference'],
        summary: 'An official codelist (IATI / ISO) with names in the requested language',
        params: codelistParamsSchema,
        querystring: z.object({ lang: languageSchema.optional() }),
        response: { 200: codelistSchema, 401: problemSchema, 404: problemSchema },
      },
    },
    async (request, reply) => {
      reply.header('cache-control', 'private, max-age=3600');
      return getCodelist(request.params.codelist, request.query.lang ?? request.language);
    },
  );

  app.get(
    '/api/reference/sdg',
    {
      config: { policy: referencePolicy.read },
      schema: {
        tags: ['reference'],
        summary: 'The SDG goals and targets in official UN wording',
        querystring: z.object({ lang: languageSchema.optional() }),
        response: { 200: sdgListSchema, 401: problemSchema },
      },
    },
    async (request, reply) => {
      reply.header('cache-control', 'private, max-age=3600');
      return getSdgList(request.query.lang ?? request.language);
    },
  );
};

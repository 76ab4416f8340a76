import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { governmentParamsSchema, problemSchema } from '../../../contracts/common';
import { searchQuerySchema, searchResultsSchema } from '../../../contracts/search';
import { tenantOf } from '../../platform/auth';
import { searchPolicy } from './search.policy';
import { searchEverything } from './search.queries';

export const searchRoutes: FastifyPluginAsyncZod = async (app) => {
  const { db } = app.database;
  app.get(
    '/api/governments/:governmentId/search',
    {
      config: { policy: searchPolicy.search },
      schema: {
        tags: ['search'],
        summary: 'Find partners and links by name, with or without accents',
        params: governmentParamsSchema,
        querystring: searchQuerySchema,
        response: { 200: searchResultsSchema, 400: problemSchema, 404: problemSchema },
      },
    },
    async (request) => {
      const { q, limit } = request.query;
      const { partnerRows, linkRows } = await searchEverything(db, tenantOf(request), q, limit);
      const results = [
        ...partnerRows.map((row) => ({
          type: 'partner' as const,
          id: row.id,
          title: row.title,
          subtitle: [row.subtitle, row.countryCode].filter(Boolean).join(', ') || null,
          rank: Number(row.rank),
        })),
        ...linkRows.map((row) => ({
          type: 'link' as const,
          id: row.id,
          title: row.title,
          subtitle: row.subtitle,
          rank: Number(row.rank),
        })),
      ]
        .sort((a, b) => b.rank - a.rank)
        .slice(0, limit);
      return { q, results };
    },
  );
};

import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { publicAccess } from '../../platform/auth';
import { pingDatabase } from '../../platform/db';

const healthSchema = z.object({
  status: z.enum(['ok', 'degraded']),
  database: z.enum(['pglite', 'postgres']),
  isDatabaseReachable: z.boolean(),
  version: z.string(),
  uptimeSeconds: z.number(),
});

export const healthRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/api/health',
    {
      config: { policy: publicAccess },
      schema: {
        tags: ['platform'],
        summary: 'Liveness and database reachability',
        response: { 200: healthSchema, 503: healthSchema },
      },
    },
    async (_request, reply) => {
      const isDatabaseReachable = await pingDatabase(app.database.db).catch(() => false);
      const body = {
        status: isDatabaseReachable ? ('ok' as const) : ('degraded' as const),
        database: app.database.kind,
        isDatabaseReachable,
        version: process.env.npm_package_version ?? '0.1.0',
        uptimeSeconds: Math.round(process.uptime()),
      };
      return reply.status(isDatabaseReachable ? 200 : 503).send(body);
    },
  );
};

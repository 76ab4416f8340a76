import type { FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { z } from 'zod';
import { idParamsSchema, versionSchema } from '../../contracts/common';
import { type RoutePolicy, tenantOf } from './auth';
import type { Database } from './db';
import type { TenantContext } from './tenancy';

type App = Parameters<FastifyPluginAsyncZod>[0];

type ArchiveRoutesOptions<TRecord, TResponse extends z.ZodTypeAny> = {
  /** The record's path without the id: `/api/governments/:governmentId/links`. */
  path: string;
  /** What the summaries call the record: «a link», «an investment lead». */
  noun: string;
  tags: string[];
  policy: RoutePolicy;
  response: TResponse;
  errors: Record<number, z.ZodTypeAny>;
  /** Archives (true) or restores (false) the record at its version, inside the request's transaction. */
  setArchived: (
    tx: Database,
    context: TenantContext,
    id: string,
    version: number,
    isArchived: boolean,
  ) => Promise<TRecord>;
  present: (record: TRecord, request: FastifyRequest) => z.infer<TResponse>;
};

/**
 * POST <path>/:id/archive and POST <path>/:id/restore of one kind of record: each takes the version
 * it was shown (optimistic locking), changes the record in one transaction and answers with it.
 */
export function registerArchiveRoutes<TRecord, TResponse extends z.ZodTypeAny>(
  app: App,
  options: ArchiveRoutesOptions<TRecord, TResponse>,
) {
  const { db } = app.database;
  // The presenter is checked against the response schema above; the route needs only the schema.
  const response: z.ZodTypeAny = options.response;
  for (const action of ['archive', 'restore'] as const) {
    app.post(
      `${options.path}/:id/${action}`,
      {
        config: { policy: options.policy },
        schema: {
          tags: options.tags,
          summary: `${action === 'archive' ? 'Archive' : 'Restore'} ${options.noun}`,
          params: idParamsSchema,
          body: versionSchema,
          response: { 200: response, ...options.errors },
        },
      },
      async (request) => {
        const context = tenantOf(request);
        const record = await db.transaction((tx) =>
          options.setArchived(tx, context, request.params.id, request.body.version, action === 'archive'),
        );
        return options.present(record, request);
      },
    );
  }
}

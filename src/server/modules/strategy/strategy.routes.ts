import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { governmentParamsSchema, problemSchema } from '../../../contracts/common';
import {
  importPlanBodySchema,
  importPlanResultSchema,
  strategyTermInputSchema,
  strategyTermParamsSchema,
  strategyTermSchema,
  strategyVocabularyQuerySchema,
  strategyVocabularySchema,
  updateStrategyTermBodySchema,
} from '../../../contracts/strategy';
import { registerArchiveRoutes } from '../../platform/archive-routes';
import { tenantOf } from '../../platform/auth';
import { strategyPolicy } from './strategy.policy';
import { presentStrategyTerm, presentVocabulary } from './strategy.present';
import * as service from './strategy.service';

const tags = ['strategy'];
const errors = { 400: problemSchema, 404: problemSchema, 409: problemSchema, 422: problemSchema };
const base = '/api/governments/:governmentId/strategy';

export const strategyRoutes: FastifyPluginAsyncZod = async (app) => {
  const { db } = app.database;
  const read = { policy: strategyPolicy.read };
  const write = { policy: strategyPolicy.write };

  app.get(
    base,
    {
      config: read,
      schema: {
        tags,
        summary: 'Strategy lines, themes and the local development plan of the government',
        params: governmentParamsSchema,
        querystring: strategyVocabularyQuerySchema,
        response: { 200: strategyVocabularySchema, ...errors },
      },
    },
    async (request) => {
      const { terms, usage } = await service.getVocabulary(
        db,
        tenantOf(request),
        request.query.includeArchived === 'true',
      );
      return presentVocabulary(terms, usage);
    },
  );

  app.post(
    `${base}/terms`,
    {
      config: write,
      schema: {
        tags,
        summary: 'Add a strategy line, theme, plan axis or programme',
        params: governmentParamsSchema,
        body: strategyTermInputSchema,
        response: { 201: strategyTermSchema, ...errors },
      },
    },
    async (request, reply) => {
      const term = await db.transaction((tx) => service.createTerm(tx, tenantOf(request), request.body));
      return reply.status(201).send(presentStrategyTerm(term));
    },
  );

  app.put(
    `${base}/terms/:id`,
    {
      config: write,
      schema: {
        tags,
        summary: 'Rename or reorder a term (its code stays)',
        params: strategyTermParamsSchema,
        body: updateStrategyTermBodySchema,
        response: { 200: strategyTermSchema, ...errors },
      },
    },
    async (request) =>
      presentStrategyTerm(
        await db.transaction((tx) =>
          service.updateTerm(tx, tenantOf(request), request.params.id, request.body),
        ),
      ),
  );

  registerArchiveRoutes(app, {
    path: `${base}/terms`,
    noun: 'a term',
    tags,
    policy: write.policy,
    response: strategyTermSchema,
    errors,
    setArchived: service.setTermArchived,
    present: (record) => presentStrategyTerm(record),
  });

  app.post(
    `${base}/plan/import`,
    {
      config: write,
      schema: {
        tags,
        summary: 'Load the local development plan from CSV (all or nothing)',
        params: governmentParamsSchema,
        body: importPlanBodySchema,
        response: { 200: importPlanResultSchema, ...errors },
      },
    },
    async (request) => db.transaction((tx) => service.importPlan(tx, tenantOf(request), request.body.csv)),
  );
};

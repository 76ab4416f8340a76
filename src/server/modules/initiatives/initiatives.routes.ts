import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { governmentParamsSchema, idParamsSchema, problemSchema } from '../../../contracts/common';
import {
  changeStageBodySchema,
  initiativeInputSchema,
  initiativeListQuerySchema,
  initiativePageSchema,
  initiativeSchema,
  updateInitiativeBodySchema,
} from '../../../contracts/initiatives';
import { tenantOf } from '../../platform/auth';
import { initiativesPolicy } from './initiatives.policy';
import { presentInitiative, presentInitiativeSummary } from './initiatives.present';
import * as service from './initiatives.service';

const tags = ['initiatives'];
const errors = {
  400: problemSchema,
  403: problemSchema,
  404: problemSchema,
  409: problemSchema,
  422: problemSchema,
};
const base = '/api/governments/:governmentId/initiatives';

export const initiativesRoutes: FastifyPluginAsyncZod = async (app) => {
  const { db } = app.database;

  app.get(
    base,
    {
      config: { policy: initiativesPolicy.read },
      schema: {
        tags,
        summary: 'Initiatives for the board, with what each needs to advance',
        params: governmentParamsSchema,
        querystring: initiativeListQuerySchema,
        response: { 200: initiativePageSchema, ...errors },
      },
    },
    async (request) => {
      const { rows, total } = await service.listInitiatives(db, tenantOf(request), request.query);
      return {
        items: rows.map((row) => presentInitiativeSummary(row, request.language)),
        total,
        page: request.query.page,
        pageSize: request.query.pageSize,
      };
    },
  );

  app.post(
    base,
    {
      config: { policy: initiativesPolicy.write },
      schema: {
        tags,
        summary: 'Register an initiative (it starts in problematización)',
        params: governmentParamsSchema,
        body: initiativeInputSchema,
        response: { 201: initiativeSchema, ...errors },
      },
    },
    async (request, reply) => {
      const context = tenantOf(request);
      const detail = await db.transaction(async (tx) => {
        const initiative = await service.createInitiative(tx, context, request.body);
        return service.getInitiative(tx, context, initiative.id);
      });
      return reply.status(201).send(presentInitiative(detail, request.language));
    },
  );

  app.get(
    `${base}/:id`,
    {
      config: { policy: initiativesPolicy.read },
      schema: {
        tags,
        summary: 'One initiative with its gates, history and roll-up',
        params: idParamsSchema,
        response: { 200: initiativeSchema, ...errors },
      },
    },
    async (request) =>
      presentInitiative(
        await service.getInitiative(db, tenantOf(request), request.params.id),
        request.language,
      ),
  );

  app.put(
    `${base}/:id`,
    {
      config: { policy: initiativesPolicy.write },
      schema: {
        tags,
        summary: 'Update an initiative (optimistic locking on version)',
        params: idParamsSchema,
        body: updateInitiativeBodySchema,
        response: { 200: initiativeSchema, ...errors },
      },
    },
    async (request) => {
      const context = tenantOf(request);
      const detail = await db.transaction(async (tx) => {
        await service.updateInitiative(tx, context, request.params.id, request.body);
        return service.getInitiative(tx, context, request.params.id);
      });
      return presentInitiative(detail, request.language);
    },
  );

  app.post(
    `${base}/:id/stage`,
    {
      config: { policy: initiativesPolicy.moveStage },
      schema: {
        tags,
        summary: 'Move an initiative to another stage of the policy cycle, through its gate',
        params: idParamsSchema,
        body: changeStageBodySchema,
        response: { 200: initiativeSchema, ...errors },
      },
    },
    async (request) => {
      const context = tenantOf(request);
      const detail = await db.transaction(async (tx) => {
        await service.changeStage(tx, context, request.params.id, request.body);
        return service.getInitiative(tx, context, request.params.id);
      });
      return presentInitiative(detail, request.language);
    },
  );
};

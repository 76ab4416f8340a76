import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { governmentParamsSchema, idParamsSchema, problemSchema } from '../../../contracts/common';
import {
  changeLeadStageBodySchema,
  investmentTotalsSchema,
  leadInputSchema,
  leadListQuerySchema,
  leadPageSchema,
  leadSchema,
  updateLeadBodySchema,
} from '../../../contracts/investment';
import { registerArchiveRoutes } from '../../platform/archive-routes';
import { tenantOf } from '../../platform/auth';
import { investmentPolicy } from './investment.policy';
import { presentInvestmentTotals, presentLead, presentLeadSummary } from './investment.present';
import * as service from './investment.service';

const tags = ['investment'];
const errors = {
  400: problemSchema,
  403: problemSchema,
  404: problemSchema,
  409: problemSchema,
  422: problemSchema,
};
const base = '/api/governments/:governmentId/investment-leads';

export const investmentRoutes: FastifyPluginAsyncZod = async (app) => {
  const { db } = app.database;
  const read = { policy: investmentPolicy.read };
  const write = { policy: investmentPolicy.write };

  app.get(
    base,
    {
      config: read,
      schema: {
        tags,
        summary: 'Investment leads for the board and the table, in pipeline order',
        params: governmentParamsSchema,
        querystring: leadListQuerySchema,
        response: { 200: leadPageSchema, ...errors },
      },
    },
    async (request) => {
      const { items, total } = await service.listLeads(db, tenantOf(request), request.query);
      return {
        items: items.map((row) => presentLeadSummary(row, request.language)),
        total,
        page: request.query.page,
        pageSize: request.query.pageSize,
      };
    },
  );

  app.post(
    base,
    {
      config: write,
      schema: {
        tags,
        summary: 'Register an investment lead (it starts at the "lead" stage)',
        params: governmentParamsSchema,
        body: leadInputSchema,
        response: { 201: leadSchema, ...errors },
      },
    },
    async (request, reply) => {
      const context = tenantOf(request);
      const detail = await db.transaction(async (tx) => {
        const lead = await service.createLead(tx, context, request.body);
        return service.getLead(tx, context, lead.id);
      });
      return reply.status(201).send(presentLead(detail, request.language));
    },
  );

  app.get(
    `${base}/:id`,
    {
      config: read,
      schema: {
        tags,
        summary: 'One lead with its stage history, events and the stages it may move to',
        params: idParamsSchema,
        response: { 200: leadSchema, ...errors },
      },
    },
    async (request) =>
      presentLead(await service.getLead(db, tenantOf(request), request.params.id), request.language),
  );

  app.put(
    `${base}/:id`,
    {
      config: write,
      schema: {
        tags,
        summary: 'Update a lead’s data, not its stage (optimistic locking on version)',
        params: idParamsSchema,
        body: updateLeadBodySchema,
        response: { 200: leadSchema, ...errors },
      },
    },
    async (request) => {
      const context = tenantOf(request);
      const detail = await db.transaction(async (tx) => {
        await service.updateLead(tx, context, request.params.id, request.body);
        return service.getLead(tx, context, request.params.id);
      });
      return presentLead(detail, request.language);
    },
  );

  app.post(
    `${base}/:id/stage`,
    {
      config: write,
      schema: {
        tags,
        summary: 'Move a lead along the pipeline, one stage at a time, or mark it lost',
        params: idParamsSchema,
        body: changeLeadStageBodySchema,
        response: { 200: leadSchema, ...errors },
      },
    },
    async (request) => {
      const context = tenantOf(request);
      const detail = await db.transaction(async (tx) => {
        await service.changeLeadStage(tx, context, request.params.id, request.body);
        return service.getLead(tx, context, request.params.id);
      });
      return presentLead(detail, request.language);
    },
  );

  registerArchiveRoutes(app, {
    path: base,
    noun: 'an investment lead',
    tags,
    policy: write.policy,
    response: leadSchema,
    errors,
    setArchived: async (tx, context, id, version, isArchived) => {
      await service.setLeadArchived(tx, context, id, version, isArchived);
      return service.getLead(tx, context, id);
    },
    present: (detail, request) => presentLead(detail, request.language),
  });

  app.get(
    '/api/governments/:governmentId/investment-totals',
    {
      config: read,
      schema: {
        tags,
        summary: 'Announced and realised investment and jobs by year, sector and origin country',
        params: governmentParamsSchema,
        response: { 200: investmentTotalsSchema, ...errors },
      },
    },
    async (request) =>
      presentInvestmentTotals(await service.getInvestmentTotals(db, tenantOf(request)), request.language),
  );
};

import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { governmentParamsSchema, idParamsSchema, problemSchema } from '../../../contracts/common';
import {
  acceptMatchBodySchema,
  demandInputSchema,
  demandListQuerySchema,
  demandPageSchema,
  demandSchema,
  dismissMatchBodySchema,
  matchListSchema,
  matchParamsSchema,
  matchQuerySchema,
  matchSchema,
  offerInputSchema,
  offerListQuerySchema,
  offerPageSchema,
  offerSchema,
  updateDemandBodySchema,
  updateOfferBodySchema,
} from '../../../contracts/cooperation';
import { registerArchiveRoutes } from '../../platform/archive-routes';
import { tenantOf } from '../../platform/auth';
import { cooperationPolicy } from './cooperation.policy';
import { presentDemand, presentMatch, presentOffer } from './cooperation.present';
import * as queries from './cooperation.queries';
import * as demands from './demands.service';
import * as matching from './matching.service';

const tags = ['cooperation'];
const errors = {
  400: problemSchema,
  403: problemSchema,
  404: problemSchema,
  409: problemSchema,
  422: problemSchema,
};
const base = '/api/governments/:governmentId';

export const cooperationRoutes: FastifyPluginAsyncZod = async (app) => {
  const { db } = app.database;
  const read = { policy: cooperationPolicy.read };
  const write = { policy: cooperationPolicy.write };
  const raise = { policy: cooperationPolicy.raiseDemand };

  app.get(
    `${base}/demands`,
    {
      config: read,
      schema: {
        tags,
        summary: 'Cooperation demands (needs of departments and communities)',
        params: governmentParamsSchema,
        querystring: demandListQuerySchema,
        response: { 200: demandPageSchema, ...errors },
      },
    },
    async (request) => {
      const { items, total } = await queries.findDemands(db, tenantOf(request), request.query);
      return {
        items: items.map(presentDemand),
        total,
        page: request.query.page,
        pageSize: request.query.pageSize,
      };
    },
  );

  app.post(
    `${base}/demands`,
    {
      config: raise,
      schema: {
        tags,
        summary: 'Register a cooperation demand',
        params: governmentParamsSchema,
        body: demandInputSchema,
        response: { 201: demandSchema, ...errors },
      },
    },
    async (request, reply) => {
      const context = tenantOf(request);
      const row = await db.transaction(async (tx) => {
        const demand = await demands.createDemand(tx, context, request.body);
        return demands.getDemand(tx, context, demand.id);
      });
      return reply.status(201).send(presentDemand(row));
    },
  );

  app.get(
    `${base}/demands/:id`,
    {
      config: read,
      schema: {
        tags,
        summary: 'One demand',
        params: idParamsSchema,
        response: { 200: demandSchema, ...errors },
      },
    },
    async (request) => presentDemand(await demands.getDemand(db, tenantOf(request), request.params.id)),
  );

  app.put(
    `${base}/demands/:id`,
    {
      config: raise,
      schema: {
        tags,
        summary: 'Update a demand',
        params: idParamsSchema,
        body: updateDemandBodySchema,
        response: { 200: demandSchema, ...errors },
      },
    },
    async (request) => {
      const context = tenantOf(request);
      return presentDemand(
        await db.transaction(async (tx) => {
          await demands.updateDemand(tx, context, request.params.id, request.body);
          return demands.getDemand(tx, context, request.params.id);
        }),
      );
    },
  );

  registerArchiveRoutes(app, {
    path: `${base}/demands`,
    noun: 'a demand',
    tags,
    policy: raise.policy,
    response: demandSchema,
    errors,
    setArchived: async (tx, context, id, version, isArchived) => {
      await demands.setDemandArchived(tx, context, id, version, isArchived);
      return demands.getDemand(tx, context, id);
    },
    present: (record) => presentDemand(record),
  });

  app.get(
    `${base}/offers`,
    {
      config: read,
      schema: {
        tags,
        summary: 'Cooperation offers: calls, programmes and own good practices',
        params: governmentParamsSchema,
        querystring: offerListQuerySchema,
        response: { 200: offerPageSchema, ...errors },
      },
    },
    async (request) => {
      const { items, total } = await queries.findOffers(db, tenantOf(request), request.query);
      return {
        items: items.map(presentOffer),
        total,
        page: request.query.page,
        pageSize: request.query.pageSize,
      };
    },
  );

  app.post(
    `${base}/offers`,
    {
      config: write,
      schema: {
        tags,
        summary: 'Register an offer',
        params: governmentParamsSchema,
        body: offerInputSchema,
        response: { 201: offerSchema, ...errors },
      },
    },
    async (request, reply) => {
      const context = tenantOf(request);
      const row = await db.transaction(async (tx) => {
        const offer = await demands.createOffer(tx, context, request.body);
        return demands.getOffer(tx, context, offer.id);
      });
      return reply.status(201).send(presentOffer(row));
    },
  );

  app.get(
    `${base}/offers/:id`,
    {
      config: read,
      schema: {
        tags,
        summary: 'One offer',
        params: idParamsSchema,
        response: { 200: offerSchema, ...errors },
      },
    },
    async (request) => presentOffer(await demands.getOffer(db, tenantOf(request), request.params.id)),
  );

  app.put(
    `${base}/offers/:id`,
    {
      config: write,
      schema: {
        tags,
        summary: 'Update an offer',
        params: idParamsSchema,
        body: updateOfferBodySchema,
        response: { 200: offerSchema, ...errors },
      },
    },
    async (request) => {
      const context = tenantOf(request);
      return presentOffer(
        await db.transaction(async (tx) => {
          await demands.updateOffer(tx, context, request.params.id, request.body);
          return demands.getOffer(tx, context, request.params.id);
        }),
      );
    },
  );

  registerArchiveRoutes(app, {
    path: `${base}/offers`,
    noun: 'an offer',
    tags,
    policy: write.policy,
    response: offerSchema,
    errors,
    setArchived: async (tx, context, id, version, isArchived) => {
      await demands.setOfferArchived(tx, context, id, version, isArchived);
      return demands.getOffer(tx, context, id);
    },
    present: (record) => presentOffer(record),
  });

  app.get(
    `${base}/demands/:id/matches`,
    {
      config: read,
      schema: {
        tags,
        summary: 'Offers ranked for a demand, each score explained',
        params: idParamsSchema,
        querystring: matchQuerySchema,
        response: { 200: matchListSchema, ...errors },
      },
    },
    async (request) => {
      const result = await matching.matchOffersForDemand(
        db,
        tenantOf(request),
        request.params.id,
        request.query,
      );
      return {
        evaluated: result.evaluated,
        items: result.items.map((item) => presentMatch({ ...item, demand: result.demand }, request.language)),
      };
    },
  );

  app.get(
    `${base}/offers/:id/matches`,
    {
      config: read,
      schema: {
        tags,
        summary: 'Open demands an offer could serve, each score explained',
        params: idParamsSchema,
        querystring: z.object({ limit: z.coerce.number().int().min(1).max(200).default(20) }),
        response: { 200: matchListSchema, ...errors },
      },
    },
    async (request) => {
      const result = await matching.matchDemandsForOffer(
        db,
        tenantOf(request),
        request.params.id,
        request.query.limit,
      );
      return {
        evaluated: result.evaluated,
        items: result.items.map((item) => presentMatch(item, request.language)),
      };
    },
  );

  app.post(
    `${base}/demands/:demandId/matches/:offerId/accept`,
    {
      config: write,
      schema: {
        tags,
        summary: 'Accept a match: the demand becomes an initiative in agenda, funded by the donor',
        params: matchParamsSchema,
        body: acceptMatchBodySchema,
        response: { 201: matchSchema.pick({ initiativeId: true }), ...errors },
      },
    },
    async (request, reply) => {
      const decision = await db.transaction((tx) =>
        matching.acceptMatch(
          tx,
          tenantOf(request),
          request.params.demandId,
          request.params.offerId,
          request.body,
        ),
      );
      return reply.status(201).send({ initiativeId: decision.initiativeId });
    },
  );

  app.post(
    `${base}/demands/:demandId/matches/:offerId/dismiss`,
    {
      config: write,
      schema: {
        tags,
        summary: 'Dismiss a match with a reason',
        params: matchParamsSchema,
        body: dismissMatchBodySchema,
        response: { 201: matchSchema.pick({ initiativeId: true }), ...errors },
      },
    },
    async (request, reply) => {
      await db.transaction((tx) =>
        matching.dismissMatch(
          tx,
          tenantOf(request),
          request.params.demandId,
          request.params.offerId,
          request.body.reason,
        ),
      );
      return reply.status(201).send({ initiativeId: null });
    },
  );
};

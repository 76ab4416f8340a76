import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { governmentParamsSchema, idParamsSchema, okSchema, problemSchema } from '../../../contracts/common';
import {
  createPartnerRelationBodySchema,
  partnerInputSchema,
  partnerListQuerySchema,
  partnerMapSchema,
  partnerPageSchema,
  partnerSchema,
  relationParamsSchema,
  updatePartnerBodySchema,
} from '../../../contracts/partners';
import { registerArchiveRoutes } from '../../platform/archive-routes';
import { tenantOf } from '../../platform/auth';
import { partnersPolicy } from './partners.policy';
import { presentPartner, presentPartnerSummary } from './partners.present';
import * as service from './partners.service';

const tags = ['partners'];
const errors = { 400: problemSchema, 404: problemSchema, 409: problemSchema, 422: problemSchema };
const base = '/api/governments/:governmentId/partners';

export const partnersRoutes: FastifyPluginAsyncZod = async (app) => {
  const { db } = app.database;
  const read = { policy: partnersPolicy.read };
  const write = { policy: partnersPolicy.write };

  app.get(
    base,
    {
      config: read,
      schema: {
        tags,
        summary: 'Partners, filtered, sorted and paginated',
        params: governmentParamsSchema,
        querystring: partnerListQuerySchema,
        response: { 200: partnerPageSchema, ...errors },
      },
    },
    async (request) => {
      const { items, total } = await service.findPartners(db, tenantOf(request), request.query);
      return {
        items: items.map(presentPartnerSummary),
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
        summary: 'Register a partner with its contacts',
        params: governmentParamsSchema,
        body: partnerInputSchema,
        response: { 201: partnerSchema, ...errors },
      },
    },
    async (request, reply) => {
      const context = tenantOf(request);
      const detail = await db.transaction(async (tx) => {
        const partner = await service.createPartner(tx, context, request.body);
        return service.getPartner(tx, context, partner.id);
      });
      return reply.status(201).send(presentPartner(detail));
    },
  );

  app.get(
    '/api/governments/:governmentId/partners-map',
    {
      config: read,
      schema: {
        tags,
        summary: 'Partners with coordinates, for the world map',
        params: governmentParamsSchema,
        response: { 200: partnerMapSchema, ...errors },
      },
    },
    async (request) => {
      const points = await service.findMapPoints(db, tenantOf(request));
      return {
        points: points.map((point) => ({
          ...point,
          latitude: point.latitude as number,
          longitude: point.longitude as number,
          linkCount: Number(point.linkCount),
        })),
      };
    },
  );

  app.get(
    `${base}/:id`,
    {
      config: read,
      schema: {
        tags,
        summary: 'One partner with contacts, relations and links',
        params: idParamsSchema,
        response: { 200: partnerSchema, ...errors },
      },
    },
    async (request) => presentPartner(await service.getPartner(db, tenantOf(request), request.params.id)),
  );

  app.put(
    `${base}/:id`,
    {
      config: write,
      schema: {
        tags,
        summary: 'Update a partner (optimistic locking on version)',
        params: idParamsSchema,
        body: updatePartnerBodySchema,
        response: { 200: partnerSchema, ...errors },
      },
    },
    async (request) => {
      const context = tenantOf(request);
      const detail = await db.transaction(async (tx) => {
        await service.updatePartner(tx, context, request.params.id, request.body);
        return service.getPartner(tx, context, request.params.id);
      });
      return presentPartner(detail);
    },
  );

  registerArchiveRoutes(app, {
    path: base,
    noun: 'a partner',
    tags,
    policy: write.policy,
    response: partnerSchema,
    errors,
    setArchived: async (tx, context, id, version, isArchived) => {
      await service.setPartnerArchived(tx, context, id, version, isArchived);
      return service.getPartner(tx, context, id);
    },
    present: (record) => presentPartner(record),
  });

  app.post(
    `${base}/:id/relations`,
    {
      config: write,
      schema: {
        tags,
        summary: 'Relate this partner to another',
        params: idParamsSchema,
        body: createPartnerRelationBodySchema,
        response: { 201: partnerSchema, ...errors },
      },
    },
    async (request, reply) => {
      const context = tenantOf(request);
      const detail = await db.transaction(async (tx) => {
        await service.addRelation(tx, context, request.params.id, request.body);
        return service.getPartner(tx, context, request.params.id);
      });
      return reply.status(201).send(presentPartner(detail));
    },
  );

  app.delete(
    `${base}/:id/relations/:relationId`,
    {
      config: write,
      schema: {
        tags,
        summary: 'Remove a relation',
        params: relationParamsSchema,
        response: { 200: okSchema, ...errors },
      },
    },
    async (request) => {
      await db.transaction((tx) =>
        service.removeRelation(tx, tenantOf(request), request.params.id, request.params.relationId),
      );
      return { ok: true as const };
    },
  );
};

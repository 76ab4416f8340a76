import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { governmentParamsSchema, idParamsSchema, problemSchema } from '../../../contracts/common';
import {
  changeLinkStatusBodySchema,
  expiringLinksSchema,
  expiringQuerySchema,
  linkInputSchema,
  linkListQuerySchema,
  linkPageSchema,
  linkSchema,
  updateLinkBodySchema,
} from '../../../contracts/links';
import { registerArchiveRoutes } from '../../platform/archive-routes';
import { tenantOf } from '../../platform/auth';
import { linksPolicy } from './links.policy';
import { presentLink, presentLinkSummary } from './links.present';
import * as service from './links.service';

const tags = ['links'];
const errors = { 400: problemSchema, 404: problemSchema, 409: problemSchema, 422: problemSchema };
const base = '/api/governments/:governmentId/links';

export const linksRoutes: FastifyPluginAsyncZod = async (app) => {
  const { db } = app.database;
  const read = { policy: linksPolicy.read };
  const write = { policy: linksPolicy.write };

  app.get(
    base,
    {
      config: read,
      schema: {
        tags,
        summary: 'Links (agreements and memberships), filtered, sorted and paginated',
        params: governmentParamsSchema,
        querystring: linkListQuerySchema,
        response: { 200: linkPageSchema, ...errors },
      },
    },
    async (request) => {
      const { items, total, parties, today } = await service.listLinks(db, tenantOf(request), request.query);
      return {
        items: items.map((link) => presentLinkSummary(link, parties, today)),
        total,
        page: request.query.page,
        pageSize: request.query.pageSize,
      };
    },
  );

  app.get(
    '/api/governments/:governmentId/links-expiring',
    {
      config: read,
      schema: {
        tags,
        summary: 'Links in force whose validity ends within N days (default 90)',
        params: governmentParamsSchema,
        querystring: expiringQuerySchema,
        response: { 200: expiringLinksSchema, ...errors },
      },
    },
    async (request) => {
      const { items, parties, today } = await service.listExpiringLinks(
        db,
        tenantOf(request),
        request.query.days,
      );
      return {
        days: request.query.days,
        asOf: today,
        items: items.map((link) => presentLinkSummary(link, parties, today)),
      };
    },
  );

  app.post(
    base,
    {
      config: write,
      schema: {
        tags,
        summary: 'Register an agreement or a network membership',
        params: governmentParamsSchema,
        body: linkInputSchema,
        response: { 201: linkSchema, ...errors },
      },
    },
    async (request, reply) => {
      const context = tenantOf(request);
      const detail = await db.transaction(async (tx) => {
        const link = await service.createLink(tx, context, request.body);
        return service.getLink(tx, context, link.id);
      });
      return reply.status(201).send(presentLink(detail));
    },
  );

  app.get(
    `${base}/:id`,
    {
      config: read,
      schema: {
        tags,
        summary: 'One link with parties, signatories and documents',
        params: idParamsSchema,
        response: { 200: linkSchema, ...errors },
      },
    },
    async (request) => presentLink(await service.getLink(db, tenantOf(request), request.params.id)),
  );

  app.put(
    `${base}/:id`,
    {
      config: write,
      schema: {
        tags,
        summary: 'Update a link (optimistic locking on version)',
        params: idParamsSchema,
        body: updateLinkBodySchema,
        response: { 200: linkSchema, ...errors },
      },
    },
    async (request) => {
      const context = tenantOf(request);
      const detail = await db.transaction(async (tx) => {
        await service.updateLink(tx, context, request.params.id, request.body);
        return service.getLink(tx, context, request.params.id);
      });
      return presentLink(detail);
    },
  );

  app.post(
    `${base}/:id/status`,
    {
      config: write,
      schema: {
        tags,
        summary: 'Move a link along its lifecycle',
        params: idParamsSchema,
        body: changeLinkStatusBodySchema,
        response: { 200: linkSchema, ...errors },
      },
    },
    async (request) => {
      const context = tenantOf(request);
      const detail = await db.transaction(async (tx) => {
        await service.changeLinkStatus(tx, context, request.params.id, request.body);
        return service.getLink(tx, context, request.params.id);
      });
      return presentLink(detail);
    },
  );

  registerArchiveRoutes(app, {
    path: base,
    noun: 'a link',
    tags,
    policy: write.policy,
    response: linkSchema,
    errors,
    setArchived: async (tx, context, id, version, isArchived) => {
      await service.setLinkArchived(tx, context, id, version, isArchived);
      return service.getLink(tx, context, id);
    },
    present: (record) => presentLink(record),
  });
};

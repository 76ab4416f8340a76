import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { governmentParamsSchema, idParamsSchema, problemSchema } from '../../../contracts/common';
import {
  diplomacyListQuerySchema,
  networkRoleInputSchema,
  networkRoleListQuerySchema,
  networkRolePageSchema,
  networkRoleSchema,
  positionInputSchema,
  positionPageSchema,
  positionSchema,
  timelineQuerySchema,
  timelineSchema,
  updateNetworkRoleBodySchema,
  updatePositionBodySchema,
} from '../../../contracts/diplomacy';
import { registerArchiveRoutes } from '../../platform/archive-routes';
import { tenantOf } from '../../platform/auth';
import { diplomacyPolicy } from './diplomacy.policy';
import { presentPosition, presentRole, presentTimeline } from './diplomacy.present';
import * as service from './diplomacy.service';

const tags = ['diplomacy'];
const errors = {
  400: problemSchema,
  403: problemSchema,
  404: problemSchema,
  409: problemSchema,
  422: problemSchema,
};
const base = '/api/governments/:governmentId/diplomacy';
const positions = `${base}/positions`;
const roles = `${base}/network-roles`;

export const diplomacyRoutes: FastifyPluginAsyncZod = async (app) => {
  const { db } = app.database;
  const read = { policy: diplomacyPolicy.read };
  const write = { policy: diplomacyPolicy.write };

  app.get(
    positions,
    {
      config: read,
      schema: {
        tags,
        summary: 'Positions, declarations and pledges of the government, newest first',
        params: governmentParamsSchema,
        querystring: diplomacyListQuerySchema,
        response: { 200: positionPageSchema, ...errors },
      },
    },
    async (request) => {
      const { items, total } = await service.listPositions(db, tenantOf(request), request.query);
      return {
        items: items.map(presentPosition),
        total,
        page: request.query.page,
        pageSize: request.query.pageSize,
      };
    },
  );

  app.post(
    positions,
    {
      config: write,
      schema: {
        tags,
        summary: 'Record a position, declaration or pledge made in a forum or network',
        params: governmentParamsSchema,
        body: positionInputSchema,
        response: { 201: positionSchema, ...errors },
      },
    },
    async (request, reply) => {
      const context = tenantOf(request);
      const row = await db.transaction(async (tx) => {
        const position = await service.createPosition(tx, context, request.body);
        return service.getPosition(tx, context, position.id);
      });
      return reply.status(201).send(presentPosition(row));
    },
  );

  app.get(
    `${positions}/:id`,
    {
      config: read,
      schema: {
        tags,
        summary: 'One position, declaration or pledge',
        params: idParamsSchema,
        response: { 200: positionSchema, ...errors },
      },
    },
    async (request) => presentPosition(await service.getPosition(db, tenantOf(request), request.params.id)),
  );

  app.put(
    `${positions}/:id`,
    {
      config: write,
      schema: {
        tags,
        summary: 'Update a position (optimistic locking on version)',
        params: idParamsSchema,
        body: updatePositionBodySchema,
        response: { 200: positionSchema, ...errors },
      },
    },
    async (request) => {
      const context = tenantOf(request);
      const row = await db.transaction(async (tx) => {
        await service.updatePosition(tx, context, request.params.id, request.body);
        return service.getPosition(tx, context, request.params.id);
      });
      return presentPosition(row);
    },
  );

  app.get(
    roles,
    {
      config: read,
      schema: {
        tags,
        summary: 'Roles held in networks (presidencies, vice-presidencies, working-group leads)',
        params: governmentParamsSchema,
        querystring: networkRoleListQuerySchema,
        response: { 200: networkRolePageSchema, ...errors },
      },
    },
    async (request) => {
      const { items, total, today } = await service.listRoles(db, tenantOf(request), request.query);
      return {
        items: items.map((row) => presentRole(row, today)),
        total,
        page: request.query.page,
        pageSize: request.query.pageSize,
      };
    },
  );

  app.post(
    roles,
    {
      config: write,
      schema: {
        tags,
        summary: 'Record a role the government holds in a network',
        params: governmentParamsSchema,
        body: networkRoleInputSchema,
        response: { 201: networkRoleSchema, ...errors },
      },
    },
    async (request, reply) => {
      const context = tenantOf(request);
      const detail = await db.transaction(async (tx) => {
        const role = await service.createRole(tx, context, request.body);
        return service.getRole(tx, context, role.id);
      });
      return reply.status(201).send(presentRole(detail, detail.today));
    },
  );

  app.get(
    `${roles}/:id`,
    {
      config: read,
      schema: {
        tags,
        summary: 'One network role, and whether it is held today',
        params: idParamsSchema,
        response: { 200: networkRoleSchema, ...errors },
      },
    },
    async (request) => {
      const detail = await service.getRole(db, tenantOf(request), request.params.id);
      return presentRole(detail, detail.today);
    },
  );

  app.put(
    `${roles}/:id`,
    {
      config: write,
      schema: {
        tags,
        summary: 'Update a network role (optimistic locking on version)',
        params: idParamsSchema,
        body: updateNetworkRoleBodySchema,
        response: { 200: networkRoleSchema, ...errors },
      },
    },
    async (request) => {
      const context = tenantOf(request);
      const detail = await db.transaction(async (tx) => {
        await service.updateRole(tx, context, request.params.id, request.body);
        return service.getRole(tx, context, request.params.id);
      });
      return presentRole(detail, detail.today);
    },
  );

  registerArchiveRoutes(app, {
    path: positions,
    noun: 'a position',
    tags,
    policy: write.policy,
    response: positionSchema,
    errors,
    setArchived: async (tx, context, id, version, isArchived) => {
      await service.setPositionArchived(tx, context, id, version, isArchived);
      return service.getPosition(tx, context, id);
    },
    present: (record) => presentPosition(record),
  });
  registerArchiveRoutes(app, {
    path: roles,
    noun: 'a network role',
    tags,
    policy: write.policy,
    response: networkRoleSchema,
    errors,
    setArchived: async (tx, context, id, version, isArchived) => {
      await service.setRoleArchived(tx, context, id, version, isArchived);
      return service.getRole(tx, context, id);
    },
    present: (detail) => presentRole(detail, detail.today),
  });

  app.get(
    `${base}/timeline`,
    {
      config: read,
      schema: {
        tags,
        summary: 'Positions and network roles in one timeline, newest first, per network or topic',
        params: governmentParamsSchema,
        querystring: timelineQuerySchema,
        response: { 200: timelineSchema, ...errors },
      },
    },
    async (request) => presentTimeline(await service.getTimeline(db, tenantOf(request), request.query)),
  );
};

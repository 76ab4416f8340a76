import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { createMemberBodySchema, memberSchema } from '../../../contracts/auth';
import { governmentParamsSchema, problemSchema } from '../../../contracts/common';
import { tenantOf } from '../../platform/auth';
import { membersPolicy } from './members.policy';
import * as service from './members.service';

const tags = ['members'];

export const membersRoutes: FastifyPluginAsyncZod = async (app) => {
  const { db } = app.database;
  app.get(
    '/api/governments/:governmentId/members',
    {
      config: { policy: membersPolicy.read },
      schema: {
        tags,
        summary: 'People with access to this government and their roles',
        params: governmentParamsSchema,
        response: { 200: z.array(memberSchema), 403: problemSchema, 404: problemSchema },
      },
    },
    async (request) => service.findMembers(db, tenantOf(request)),
  );

  app.post(
    '/api/governments/:governmentId/members',
    {
      config: { policy: membersPolicy.write },
      schema: {
        tags,
        summary: 'Give a person a role in this government',
        params: governmentParamsSchema,
        body: createMemberBodySchema,
        response: {
          201: memberSchema,
          400: problemSchema,
          403: problemSchema,
          404: problemSchema,
          422: problemSchema,
        },
      },
    },
    async (request, reply) => {
      const context = tenantOf(request);
      const { user, membership } = await db.transaction((tx) =>
        service.addMember(tx, context, request.body, app.appConfig.passwordHashCost),
      );
      return reply.status(201).send({
        userId: user.id,
        email: user.email,
        name: user.name,
        role: membership.role,
        departmentId: membership.departmentId,
        isDisabled: user.isDisabled,
        version: membership.version,
      });
    },
  );
};

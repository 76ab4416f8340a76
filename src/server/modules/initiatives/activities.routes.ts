import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { idParamsSchema, okSchema, problemSchema } from '../../../contracts/common';
import {
  activityInputSchema,
  activityProgressBodySchema,
  activitySchema,
  initiativeChildParamsSchema,
  updateActivityBodySchema,
} from '../../../contracts/initiatives';
import { tenantOf } from '../../platform/auth';
import * as service from './activities.service';
import { initiativesPolicy } from './initiatives.policy';
import { presentActivity } from './initiatives.present';

const tags = ['initiatives'];
const errors = {
  400: problemSchema,
  403: problemSchema,
  404: problemSchema,
  409: problemSchema,
  422: problemSchema,
};
const base = '/api/governments/:governmentId/initiatives/:id/activities';

export const activitiesRoutes: FastifyPluginAsyncZod = async (app) => {
  const { db } = app.database;

  async function present(context: ReturnType<typeof tenantOf>, initiativeId: string, activityId: string) {
    const rows = await service.listActivities(db, context, initiativeId);
    const found = rows.find((row) => row.activity.id === activityId)!;
    return presentActivity(found.activity, found.ownerDepartmentName);
  }

  app.get(
    base,
    {
      config: { policy: initiativesPolicy.read },
      schema: {
        tags,
        summary: 'Implementation activities',
        params: idParamsSchema,
        response: { 200: z.array(activitySchema), ...errors },
      },
    },
    async (request) =>
      (await service.listActivities(db, tenantOf(request), request.params.id)).map((row) =>
        presentActivity(row.activity, row.ownerDepartmentName),
      ),
  );

  app.post(
    base,
    {
      config: { policy: initiativesPolicy.write },
      schema: {
        tags,
        summary: 'Add an implementation activity',
        params: idParamsSchema,
        body: activityInputSchema,
        response: { 201: activitySchema, ...errors },
      },
    },
    async (request, reply) => {
      const context = tenantOf(request);
      const activity = await db.transaction((tx) =>
        service.createActivity(tx, context, request.params.id, request.body),
      );
      return reply.status(201).send(await present(context, request.params.id, activity.id));
    },
  );

  app.put(
    `${base}/:childId`,
    {
      config: { policy: initiativesPolicy.write },
      schema: {
        tags,
        summary: 'Update an activity',
        params: initiativeChildParamsSchema,
        body: updateActivityBodySchema,
        response: { 200: activitySchema, ...errors },
      },
    },
    async (request) => {
      const context = tenantOf(request);
      await db.transaction((tx) =>
        service.updateActivity(tx, context, request.params.id, request.params.childId, request.body),
      );
      return present(context, request.params.id, request.params.childId);
    },
  );

  app.delete(
    `${base}/:childId`,
    {
      config: { policy: initiativesPolicy.write },
      schema: {
        tags,
        summary: 'Delete an activity',
        params: initiativeChildParamsSchema,
        response: { 200: okSchema, ...errors },
      },
    },
    async (request) => {
      await db.transaction((tx) =>
        service.deleteActivity(tx, tenantOf(request), request.params.id, request.params.childId),
      );
      return { ok: true as const };
    },
  );

  app.post(
    `${base}/:childId/progress`,
    {
      config: { policy: initiativesPolicy.report },
      schema: {
        tags,
        summary: 'Report the status and progress of an activity',
        params: initiativeChildParamsSchema,
        body: activityProgressBodySchema,
        response: { 200: activitySchema, ...errors },
      },
    },
    async (request) => {
      const context = tenantOf(request);
      await db.transaction((tx) =>
        service.reportActivityProgress(tx, context, request.params.id, request.params.childId, request.body),
      );
      return present(context, request.params.id, request.params.childId);
    },
  );
};

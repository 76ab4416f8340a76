import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { idParamsSchema, okSchema, problemSchema } from '../../../contracts/common';
import {
  indicatorDetailSchema,
  indicatorInputSchema,
  indicatorSchema,
  initiativeChildParamsSchema,
  measurementInputSchema,
  measurementSchema,
  mirRowInputSchema,
  mirRowSchema,
  mirSchema,
  updateIndicatorBodySchema,
  updateMirRowBodySchema,
} from '../../../contracts/initiatives';
import { tenantOf } from '../../platform/auth';
import { initiativesPolicy } from './initiatives.policy';
import { presentMeasurement, presentMir, presentMirRow } from './initiatives.present';
import * as service from './mir.service';

const tags = ['initiatives'];
const errors = {
  400: problemSchema,
  403: problemSchema,
  404: problemSchema,
  409: problemSchema,
  422: problemSchema,
};
const base = '/api/governments/:governmentId/initiatives/:id';

export const mirRoutes: FastifyPluginAsyncZod = async (app) => {
  const { db } = app.database;
  const read = { policy: initiativesPolicy.read };
  const write = { policy: initiativesPolicy.write };

  app.get(
    `${base}/mir`,
    {
      config: read,
      schema: {
        tags,
        summary: 'The logical-framework matrix (MIR) with its indicators',
        params: idParamsSchema,
        response: { 200: mirSchema, ...errors },
      },
    },
    async (request) =>
      presentMir(request.params.id, await service.getMir(db, tenantOf(request), request.params.id)),
  );

  async function rowWithIndicators(
    context: ReturnType<typeof tenantOf>,
    initiativeId: string,
    rowId: string,
  ) {
    const rows = await service.getMir(db, context, initiativeId);
    const found = rows.find(({ row }) => row.id === rowId);
    return presentMirRow(found!.row, found!.indicators);
  }

  app.post(
    `${base}/mir-rows`,
    {
      config: write,
      schema: {
        tags,
        summary: 'Add a row to the MIR',
        params: idParamsSchema,
        body: mirRowInputSchema,
        response: { 201: mirRowSchema, ...errors },
      },
    },
    async (request, reply) => {
      const context = tenantOf(request);
      const row = await db.transaction((tx) =>
        service.createMirRow(tx, context, request.params.id, request.body),
      );
      return reply.status(201).send(await rowWithIndicators(context, request.params.id, row.id));
    },
  );

  app.put(
    `${base}/mir-rows/:childId`,
    {
      config: write,
      schema: {
        tags,
        summary: 'Update one MIR row (its own version)',
        params: initiativeChildParamsSchema,
        body: updateMirRowBodySchema,
        response: { 200: mirRowSchema, ...errors },
      },
    },
    async (request) => {
      const context = tenantOf(request);
      await db.transaction((tx) =>
        service.updateMirRow(tx, context, request.params.id, request.params.childId, request.body),
      );
      return rowWithIndicators(context, request.params.id, request.params.childId);
    },
  );

  app.delete(
    `${base}/mir-rows/:childId`,
    {
      config: write,
      schema: {
        tags,
        summary: 'Delete a MIR row without measurements',
        params: initiativeChildParamsSchema,
        response: { 200: okSchema, ...errors },
      },
    },
    async (request) => {
      await db.transaction((tx) =>
        service.deleteMirRow(tx, tenantOf(request), request.params.id, request.params.childId),
      );
      return { ok: true as const };
    },
  );

  async function indicatorView(
    context: ReturnType<typeof tenantOf>,
    initiativeId: string,
    indicatorId: string,
  ) {
    return (await service.getIndicatorDetail(db, context, initiativeId, indicatorId)).indicator;
  }

  app.post(
    `${base}/indicators`,
    {
      config: write,
      schema: {
        tags,
        summary: 'Add an indicator to a MIR row',
        params: idParamsSchema,
        body: indicatorInputSchema,
        response: { 201: indicatorSchema, ...errors },
      },
    },
    async (request, reply) => {
      const context = tenantOf(request);
      const { indicator } = await db.transaction((tx) =>
        service.createIndicator(tx, context, request.params.id, request.body),
      );
      return reply.status(201).send(await indicatorView(context, request.params.id, indicator.id));
    },
  );

  app.get(
    `${base}/indicators/:childId`,
    {
      config: read,
      schema: {
        tags,
        summary: 'An indicator with its measurements and series by territorial unit',
        params: initiativeChildParamsSchema,
        response: { 200: indicatorDetailSchema, ...errors },
      },
    },
    async (request) => {
      const detail = await service.getIndicatorDetail(
        db,
        tenantOf(request),
        request.params.id,
        request.params.childId,
      );
      return {
        ...detail,
        measurements: detail.measurements.map(({ measurement, reportedByName }) =>
          presentMeasurement(measurement, reportedByName),
        ),
      };
    },
  );

  app.put(
    `${base}/indicators/:childId`,
    {
      config: write,
      schema: {
        tags,
        summary: 'Update an indicator',
        params: initiativeChildParamsSchema,
        body: updateIndicatorBodySchema,
        response: { 200: indicatorSchema, ...errors },
      },
    },
    async (request) => {
      const context = tenantOf(request);
      await db.transaction((tx) =>
        service.updateIndicator(tx, context, request.params.id, request.params.childId, request.body),
      );
      return indicatorView(context, request.params.id, request.params.childId);
    },
  );

  app.delete(
    `${base}/indicators/:childId`,
    {
      config: write,
      schema: {
        tags,
        summary: 'Delete an indicator without measurements',
        params: initiativeChildParamsSchema,
        response: { 200: okSchema, ...errors },
      },
    },
    async (request) => {
      await db.transaction((tx) =>
        service.deleteIndicator(tx, tenantOf(request), request.params.id, request.params.childId),
      );
      return { ok: true as const };
    },
  );

  app.post(
    `${base}/indicators/:childId/measurements`,
    {
      config: { policy: initiativesPolicy.report },
      schema: {
        tags,
        summary: 'Report a measurement of an indicator',
        params: initiativeChildParamsSchema,
        body: measurementInputSchema,
        response: { 201: measurementSchema, ...errors },
      },
    },
    async (request, reply) => {
      const context = tenantOf(request);
      const measurement = await db.transaction((tx) =>
        service.recordMeasurement(tx, context, request.params.id, request.params.childId, request.body),
      );
      return reply.status(201).send(presentMeasurement(measurement, request.auth?.user.name ?? null));
    },
  );
};

import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { governmentParamsSchema, idParamsSchema, problemSchema } from '../../../contracts/common';
import {
  departmentInputSchema,
  departmentListQuerySchema,
  departmentPageSchema,
  departmentSchema,
  governmentSchema,
  importGeoJsonBodySchema,
  importGeoJsonResultSchema,
  territorialUnitDetailSchema,
  territorialUnitInputSchema,
  territorialUnitListQuerySchema,
  territorialUnitPageSchema,
  territoryMapSchema,
  updateDepartmentBodySchema,
  updateGovernmentBodySchema,
  updateTerritorialUnitBodySchema,
} from '../../../contracts/territory';
import { registerArchiveRoutes } from '../../platform/archive-routes';
import { tenantOf } from '../../platform/auth';
import { territoryPolicy } from './territory.policy';
import {
  presentDepartment,
  presentGovernment,
  presentTerritorialUnit,
  presentTerritorialUnitDetail,
  presentTerritoryMap,
} from './territory.present';
import * as service from './territory.service';

const tags = ['territory'];
const errors = { 400: problemSchema, 404: problemSchema, 409: problemSchema, 422: problemSchema };
const base = '/api/governments/:governmentId';

export const territoryRoutes: FastifyPluginAsyncZod = async (app) => {
  const { db } = app.database;
  const read = { policy: territoryPolicy.read };
  const write = { policy: territoryPolicy.write };

  app.get(
    base,
    {
      config: read,
      schema: {
        tags,
        summary: 'The government profile',
        params: governmentParamsSchema,
        response: { 200: governmentSchema, ...errors },
      },
    },
    async (request) => presentGovernment(await service.getGovernment(db, tenantOf(request))),
  );

  app.put(
    base,
    {
      config: write,
      schema: {
        tags,
        summary: 'Update the government profile',
        params: governmentParamsSchema,
        body: updateGovernmentBodySchema,
        response: { 200: governmentSchema, ...errors },
      },
    },
    async (request) =>
      presentGovernment(
        await db.transaction((tx) => service.updateGovernment(tx, tenantOf(request), request.body)),
      ),
  );

  app.get(
    `${base}/territorial-units`,
    {
      config: read,
      schema: {
        tags,
        summary: 'Territorial units (comunas, alcaldías, districts)',
        params: governmentParamsSchema,
        querystring: territorialUnitListQuerySchema,
        response: { 200: territorialUnitPageSchema, ...errors },
      },
    },
    async (request) => {
      const { items, total } = await service.findTerritorialUnits(db, tenantOf(request), request.query);
      return {
        items: items.map(presentTerritorialUnit),
        total,
        page: request.query.page,
        pageSize: request.query.pageSize,
      };
    },
  );

  app.post(
    `${base}/territorial-units`,
    {
      config: write,
      schema: {
        tags,
        summary: 'Create a territorial unit',
        params: governmentParamsSchema,
        body: territorialUnitInputSchema,
        response: { 201: territorialUnitDetailSchema, ...errors },
      },
    },
    async (request, reply) => {
      const unit = await db.transaction((tx) =>
        service.createTerritorialUnit(tx, tenantOf(request), request.body),
      );
      return reply.status(201).send(presentTerritorialUnitDetail(unit));
    },
  );

  app.post(
    `${base}/territorial-units/import-geojson`,
    {
      config: write,
      schema: {
        tags,
        summary: 'Import territorial units from a GeoJSON FeatureCollection',
        params: governmentParamsSchema,
        body: importGeoJsonBodySchema,
        response: { 200: importGeoJsonResultSchema, ...errors },
      },
    },
    async (request) =>
      db.transaction((tx) => service.importTerritorialUnits(tx, tenantOf(request), request.body)),
  );

  app.get(
    `${base}/territory-map`,
    {
      config: read,
      schema: {
        tags,
        summary: 'The units with geometry, as GeoJSON',
        params: governmentParamsSchema,
        response: { 200: territoryMapSchema, ...errors },
      },
    },
    async (request) => presentTerritoryMap(await service.findMappedUnits(db, tenantOf(request))),
  );

  app.get(
    `${base}/territorial-units/:id`,
    {
      config: read,
      schema: {
        tags,
        summary: 'One territorial unit with its geometry',
        params: idParamsSchema,
        response: { 200: territorialUnitDetailSchema, ...errors },
      },
    },
    async (request) =>
      presentTerritorialUnitDetail(
        await service.getTerritorialUnit(db, tenantOf(request), request.params.id),
      ),
  );

  app.put(
    `${base}/territorial-units/:id`,
    {
      config: write,
      schema: {
        tags,
        summary: 'Update a territorial unit',
        params: idParamsSchema,
        body: updateTerritorialUnitBodySchema,
        response: { 200: territorialUnitDetailSchema, ...errors },
      },
    },
    async (request) =>
      presentTerritorialUnitDetail(
        await db.transaction((tx) =>
          service.updateTerritorialUnit(tx, tenantOf(request), request.params.id, request.body),
        ),
      ),
  );

  registerArchiveRoutes(app, {
    path: `${base}/territorial-units`,
    noun: 'a territorial unit',
    tags,
    policy: write.policy,
    response: territorialUnitDetailSchema,
    errors,
    setArchived: service.setTerritorialUnitArchived,
    present: (record) => presentTerritorialUnitDetail(record),
  });

  app.get(
    `${base}/departments`,
    {
      config: read,
      schema: {
        tags,
        summary: 'Departments (dependencias)',
        params: governmentParamsSchema,
        querystring: departmentListQuerySchema,
        response: { 200: departmentPageSchema, ...errors },
      },
    },
    async (request) => {
      const { items, total } = await service.findDepartments(db, tenantOf(request), request.query);
      return {
        items: items.map(presentDepartment),
        total,
        page: request.query.page,
        pageSize: request.query.pageSize,
      };
    },
  );

  app.post(
    `${base}/departments`,
    {
      config: write,
      schema: {
        tags,
        summary: 'Create a department',
        params: governmentParamsSchema,
        body: departmentInputSchema,
        response: { 201: departmentSchema, ...errors },
      },
    },
    async (request, reply) => {
      const department = await db.transaction((tx) =>
        service.createDepartment(tx, tenantOf(request), request.body),
      );
      return reply.status(201).send(presentDepartment(department));
    },
  );

  app.get(
    `${base}/departments/:id`,
    {
      config: read,
      schema: {
        tags,
        summary: 'One department',
        params: idParamsSchema,
        response: { 200: departmentSchema, ...errors },
      },
    },
    async (request) =>
      presentDepartment(await service.getDepartment(db, tenantOf(request), request.params.id)),
  );

  app.put(
    `${base}/departments/:id`,
    {
      config: write,
      schema: {
        tags,
        summary: 'Update a department',
        params: idParamsSchema,
        body: updateDepartmentBodySchema,
        response: { 200: departmentSchema, ...errors },
      },
    },
    async (request) =>
      presentDepartment(
        await db.transaction((tx) =>
          service.updateDepartment(tx, tenantOf(request), request.params.id, request.body),
        ),
      ),
  );

  registerArchiveRoutes(app, {
    path: `${base}/departments`,
    noun: 'a department',
    tags,
    policy: write.policy,
    response: departmentSchema,
    errors,
    setArchived: service.setDepartmentArchived,
    present: (record) => presentDepartment(record),
  });
};

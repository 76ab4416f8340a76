import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { governmentParamsSchema, problemSchema } from '../../../contracts/common';
import {
  openDataFileParamsSchema,
  openDataOverviewSchema,
  openDataSettingsInputSchema,
  openDataSettingsSchema,
  openDataSlugParamsSchema,
} from '../../../contracts/open-data';
import { tenantOf } from '../../platform/auth';
import { openDataPolicy } from './open-data.policy';
import * as service from './open-data.service';
import { publicationSource } from './open-data.source';

const tags = ['open-data'];
/** Harvesters and browsers may keep a download five minutes: publishing is not a real-time affair. */
const publicCache = 'public, max-age=300';

export const openDataRoutes: FastifyPluginAsyncZod = async (app) => {
  const { db } = app.database;
  const { publicUrl } = app.appConfig;
  const source = publicationSource;
  const download = { policy: openDataPolicy.download };
  const base = '/api/public/governments/:slug/open-data';

  app.get(
    '/api/public/catalog.jsonld',
    {
      config: download,
      schema: {
        tags,
        summary: 'DCAT-AP catalogue (JSON-LD) of every government that publishes, for harvesters',
      },
    },
    async (_request, reply) => {
      const catalog = await service.instanceCatalog(db, source, publicUrl, app.clock());
      return reply
        .type('application/ld+json; charset=utf-8')
        .header('cache-control', publicCache)
        .send(catalog);
    },
  );

  app.get(
    `${base}/catalog.jsonld`,
    {
      config: download,
      schema: {
        tags,
        summary: "DCAT-AP catalogue (JSON-LD) of one government's open data",
        params: openDataSlugParamsSchema,
      },
    },
    async (request, reply) => {
      const catalog = await service.governmentCatalog(
        db,
        source,
        request.params.slug,
        publicUrl,
        app.clock(),
      );
      return reply
        .type('application/ld+json; charset=utf-8')
        .header('cache-control', publicCache)
        .send(catalog);
    },
  );

  app.get(
    `${base}/datapackage.json`,
    {
      config: download,
      schema: {
        tags,
        summary: 'Frictionless Data Package: every published dataset with its Table Schema',
        params: openDataSlugParamsSchema,
      },
    },
    async (request, reply) => {
      const descriptor = await service.dataPackageOf(db, source, request.params.slug, publicUrl, app.clock());
      return reply
        .type('application/json; charset=utf-8')
        .header('cache-control', publicCache)
        .send(descriptor);
    },
  );

  app.get(
    `${base}/iati-activities.xml`,
    {
      config: download,
      schema: {
        tags,
        summary: 'The published cooperation projects as an IATI 2.03 activities file',
        params: openDataSlugParamsSchema,
      },
    },
    async (request, reply) => {
      const { xml } = await service.iatiFile(db, source, request.params.slug);
      return reply.type('application/xml; charset=utf-8').header('cache-control', publicCache).send(xml);
    },
  );

  app.get(
    `${base}/:file`,
    {
      config: download,
      schema: {
        tags,
        summary: 'One published dataset as CSV, JSON or XLSX (e.g. vinculos.csv)',
        params: openDataFileParamsSchema,
      },
    },
    async (request, reply) => {
      const file = await service.datasetFile(db, source, request.params, publicUrl, app.clock());
      return reply
        .type(file.mediaType)
        .header('cache-control', publicCache)
        .header('content-disposition', `attachment; filename="${file.fileName}"`)
        .send(file.body);
    },
  );

  app.get(
    '/api/governments/:governmentId/open-data',
    {
      config: { policy: openDataPolicy.read },
      schema: {
        tags,
        summary: 'The licence and the published datasets with their download addresses',
        params: governmentParamsSchema,
        response: { 200: openDataOverviewSchema, 403: problemSchema, 404: problemSchema },
      },
    },
    async (request) => service.overview(db, source, tenantOf(request), publicUrl, app.clock()),
  );

  app.put(
    '/api/governments/:governmentId/open-data/settings',
    {
      config: { policy: openDataPolicy.configure },
      schema: {
        tags,
        summary: 'Choose the licence of the open data',
        params: governmentParamsSchema,
        body: openDataSettingsInputSchema,
        response: {
          200: openDataSettingsSchema,
          400: problemSchema,
          403: problemSchema,
          404: problemSchema,
          409: problemSchema,
          422: problemSchema,
        },
      },
    },
    async (request) => {
      const context = tenantOf(request);
      return db.transaction((tx) => service.updateSettings(tx, context, request.body));
    },
  );
};

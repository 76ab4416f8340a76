import path from 'node:path';
import { Readable } from 'node:stream';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { governmentParamsSchema, idParamsSchema, problemSchema } from '../../../contracts/common';
import {
  cataloguePageSchema,
  catalogueQuerySchema,
  exportCheckSchema,
  importJobListSchema,
  importJobSchema,
} from '../../../contracts/iati';
import { tenantOf } from '../../platform/auth';
import { AppError } from '../../platform/errors';
import { iatiPolicy } from './iati.policy';
import { presentCatalogueActivity, presentImportJob } from './iati.present';
import { createImportRunner, requeueJob } from './iati.runner';
import * as service from './iati.service';
import { cleanFileName, receiveUpload, uploadLimitBytes } from './iati.upload';

const tags = ['iati'];
const errors = {
  400: problemSchema,
  404: problemSchema,
  409: problemSchema,
  413: problemSchema,
  422: problemSchema,
};
const base = '/api/governments/:governmentId/iati';
const uploadTypes = ['application/xml', 'text/xml', 'application/octet-stream'];

export const iatiRoutes: FastifyPluginAsyncZod = async (app) => {
  const { db } = app.database;
  const read = { policy: iatiPolicy.read };
  const write = { policy: iatiPolicy.write };
  const uploadsDir = path.join(app.appConfig.dataDir, 'uploads');
  const runner = createImportRunner({ db, uploadsDir, log: app.log, workerId: app.workerId });

  // Scoped to this plugin: IATI files reach the upload route as a stream, never buffered whole.
  app.addContentTypeParser(uploadTypes, (_request, payload, done) => done(null, payload));
  // A serving process takes up the imports a previous one left, at start and then periodically (a
  // killed CLI import or a crashed server leaves a job whose heartbeat goes stale). Test apps share
  // one database and must not take each other's jobs: they look only when scoped to a government.
  const scope = app.workerScope;
  const isLooking = app.appConfig.env !== 'test' || scope !== undefined;
  let stopPickup: () => void = () => undefined;
  app.addHook('onReady', async () => {
    if (!isLooking) return;
    await runner.pickUpPending(scope);
    const intervalSeconds = app.appConfig.importPickupIntervalSeconds;
    if (intervalSeconds > 0) stopPickup = runner.startPeriodicPickup(intervalSeconds * 1000, scope);
  });
  app.addHook('onClose', async () => {
    stopPickup();
    await runner.stop();
  });

  app.get(
    `${base}/export.xml`,
    {
      config: read,
      schema: {
        tags,
        summary: 'The published projects as an IATI 2.03 activities file (download)',
        params: governmentParamsSchema,
        // No response schema: the body is the XML file itself, not JSON.
      },
    },
    async (request, reply) => {
      const { xml, iatiOrgId } = await service.exportActivities(db, tenantOf(request));
      return reply
        .type('application/xml; charset=utf-8')
        .header(
          'content-disposition',
          `attachment; filename="iati-activities-${iatiOrgId.replace(/[^\w.-]/g, '_')}.xml"`,
        )
        .send(xml);
    },
  );

  app.get(
    `${base}/export-check`,
    {
      config: read,
      schema: {
        tags,
        summary: 'The export checked against the official XSD (xmllint) and the IATI standard rulesets',
        params: governmentParamsSchema,
        response: { 200: exportCheckSchema, ...errors },
      },
    },
    async (request) => service.checkExport(db, tenantOf(request)),
  );

  app.post(
    `${base}/imports`,
    {
      config: write,
      bodyLimit: uploadLimitBytes,
      schema: {
        tags,
        summary: 'Upload an IATI activities file (raw body, application/xml) and import it in the background',
        description:
          'Send the file as the body with content-type application/xml, text/xml or application/octet-stream ' +
          'and its name in x-file-name. Answers 202 once stored; poll the job for progress.',
        params: governmentParamsSchema,
        headers: z.object({ 'x-file-name': z.string().max(1000).optional() }),
        response: { 202: importJobSchema, ...errors },
      },
    },
    async (request, reply) => {
      const context = tenantOf(request);
      // A JSON (or any other parsed) body is not a file: only the raw XML content types stream here.
      if (!(request.body instanceof Readable)) {
        throw new AppError(
          415,
          'unsupported_media_type',
          'problems.unsupportedMediaType',
          'validation.notXml',
        );
      }
      const declared = Number(request.headers['content-length']);
      const job = await receiveUpload(db, context, {
        body: request.body,
        fileName: cleanFileName(request.headers['x-file-name']),
        declaredSize: Number.isFinite(declared) && declared > 0 ? declared : null,
        uploadsDir,
      });
      runner.enqueue(job.id);
      return reply.status(202).send(presentImportJob(job, request.language));
    },
  );

  app.get(
    `${base}/imports`,
    {
      config: read,
      schema: {
        tags,
        summary: 'IATI imports of this government, latest first',
        params: governmentParamsSchema,
        response: { 200: importJobListSchema, ...errors },
      },
    },
    async (request) => {
      const jobs = await service.listImportJobs(db, tenantOf(request));
      return { items: jobs.map((job) => presentImportJob(job, request.language)) };
    },
  );

  app.get(
    `${base}/imports/:id`,
    {
      config: read,
      schema: {
        tags,
        summary: 'One import job: status, progress (0..1) and what was skipped and why',
        params: idParamsSchema,
        response: { 200: importJobSchema, ...errors },
      },
    },
    async (request) =>
      presentImportJob(
        await service.getImportJob(db, tenantOf(request), request.params.id),
        request.language,
      ),
  );

  app.post(
    `${base}/imports/:id/resume`,
    {
      config: write,
      schema: {
        tags,
        summary: 'Resume a failed or interrupted import (idempotent by activity identifier)',
        params: idParamsSchema,
        response: { 202: importJobSchema, ...errors },
      },
    },
    async (request, reply) => {
      const context = tenantOf(request);
      const job = await db.transaction((tx) => requeueJob(tx, context, request.params.id));
      runner.enqueue(job.id);
      return reply.status(202).send(presentImportJob(job, request.language));
    },
  );

  app.get(
    `${base}/catalogue`,
    {
      config: read,
      schema: {
        tags,
        summary: 'Activities of donors imported from IATI files, searchable (Spanish full text on the title)',
        params: governmentParamsSchema,
        querystring: catalogueQuerySchema,
        response: { 200: cataloguePageSchema, ...errors },
      },
    },
    async (request) => {
      const { items, total } = await service.listCatalogue(db, tenantOf(request), request.query);
      return {
        items: items.map(presentCatalogueActivity),
        total,
        page: request.query.page,
        pageSize: request.query.pageSize,
      };
    },
  );
};

import path from 'node:path';
import { PassThrough, Readable } from 'node:stream';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { governmentParamsSchema, idSchema, problemSchema } from '../../../contracts/common';
import {
  applyImportBodySchema,
  type SheetRegistry,
  sheetFormatSchema,
  sheetImportJobListSchema,
  sheetImportJobSchema,
} from '../../../contracts/spreadsheets';
import { tenantOf } from '../../platform/auth';
import { AppError } from '../../platform/errors';
import { cleanFileName } from '../iati/iati.upload';
import { sheetLimits } from './sheet-reader';
import { buildTemplate, exportFileName, writeExport } from './spreadsheets.export';
import { createSheetRunner, getJob, queueApply, receiveSheet } from './spreadsheets.jobs';
import { presentSheetJob } from './spreadsheets.present';
import * as queries from './spreadsheets.queries';
import { sheetRegistryDefinitions } from './spreadsheets.registries';

const tags = ['spreadsheets'];
const errors = {
  400: problemSchema,
  404: problemSchema,
  409: problemSchema,
  413: problemSchema,
  422: problemSchema,
};
const uploadTypes = [
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  'text/csv',
  'application/octet-stream',
];
const mediaTypes = {
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  csv: 'text/csv; charset=utf-8',
} as const;
const jobParamsSchema = governmentParamsSchema.extend({ id: idSchema });

export const spreadsheetsRoutes: FastifyPluginAsyncZod = async (app) => {
  const { db } = app.database;
  const uploadsDir = path.join(app.appConfig.dataDir, 'uploads');
  const runner = createSheetRunner({ db, log: app.log });

  // Scoped to this plugin: spreadsheets reach the upload route as a stream, never buffered whole.
  app.addContentTypeParser(uploadTypes, (_request, payload, done) => done(null, payload));
  app.addHook('onClose', () => runner.stop());
  app.addHook('onReady', async () => {
    if (app.appConfig.env !== 'test') await runner.pickUpPending();
  });

  for (const [name, registry] of Object.entries(sheetRegistryDefinitions)) {
    if (!registry) continue;
    const registryName = name as SheetRegistry;
    const base = `/api/governments/:governmentId/spreadsheets/${registryName}`;
    const read = { policy: registry.policy.read };
    const write = { policy: registry.policy.write };

    app.get(
      `${base}/export`,
      {
        config: read,
        schema: {
          tags,
          summary: `The ${registryName} list as a spreadsheet (XLSX or CSV), with the list's filters`,
          description:
            'Streams every row the list shows with the same filters. CSV: UTF-8 with BOM, semicolons and ' +
            'decimal commas for es/pt (what Excel opens in those locales), commas for en; dates as YYYY-MM-DD.',
          params: governmentParamsSchema,
          querystring: registry.exportQuerySchema.extend({ format: sheetFormatSchema.default('xlsx') }),
        },
      },
      async (request, reply) => {
        const { format, ...query } = request.query as Record<string, unknown> & { format: 'xlsx' | 'csv' };
        const context = tenantOf(request);
        const output = new PassThrough();
        writeExport(db, context, registry, query, format, request.language, output).catch(
          (error: unknown) => {
            request.log.error({ err: error }, 'spreadsheet export failed');
            output.destroy(error as Error);
          },
        );
        return reply
          .type(mediaTypes[format])
          .header(
            'content-disposition',
            `attachment; filename="${exportFileName(registry, request.language, format)}"`,
          )
          .send(output);
      },
    );

    // Export-only lists take no uploads: the routes do not exist rather than refuse every row.
    if (registry.isExportOnly) continue;

    app.get(
      `${base}/template`,
      {
        config: read,
        schema: {
          tags,
          summary: `A template to fill in for the ${registryName}: headers, an example row, drop-down lists`,
          params: governmentParamsSchema,
          querystring: z.object({ format: sheetFormatSchema.default('xlsx') }),
        },
      },
      async (request, reply) => {
        const { format } = request.query;
        const body = await buildTemplate(registry, format, request.language);
        return reply
          .type(mediaTypes[format])
          .header(
            'content-disposition',
            `attachment; filename="${exportFileName(registry, request.language, format, '-template')}"`,
          )
          .send(body);
      },
    );

    app.post(
      `${base}/imports`,
      {
        config: write,
        bodyLimit: sheetLimits.maxBytes,
        schema: {
          tags,
          summary: `Upload a spreadsheet of ${registryName} (raw body) and get its preview`,
          description:
            'Send the XLSX or CSV file as the body (content-type of XLSX, text/csv or application/octet-stream) ' +
            'and its name in x-file-name. Answers 201 with the preview: rows to add, update, unchanged and errors.',
          params: governmentParamsSchema,
          headers: z.object({ 'x-file-name': z.string().max(1000).optional() }),
          response: { 201: sheetImportJobSchema, ...errors },
        },
      },
      async (request, reply) => {
        if (!(request.body instanceof Readable)) {
          throw new AppError(
            415,
            'unsupported_media_type',
            'problems.unsupportedMediaType',
            'validation.notSpreadsheet',
          );
        }
        const job = await receiveSheet(db, tenantOf(request), {
          registry: registryName,
          body: request.body,
          fileName: cleanFileName(request.headers['x-file-name']),
          uploadsDir,
          language: request.language,
        });
        return reply.status(201).send(presentSheetJob(job, request.language));
      },
    );

    app.get(
      `${base}/imports`,
      {
        config: read,
        schema: {
          tags,
          summary: `Spreadsheet imports of ${registryName}, latest first`,
          params: governmentParamsSchema,
          response: { 200: sheetImportJobListSchema, ...errors },
        },
      },
      async (request) => {
        const jobs = await queries.findJobs(db, tenantOf(request), registryName, 50);
        return { items: jobs.map((job) => presentSheetJob(job, request.language)) };
      },
    );

    app.get(
      `${base}/imports/:id`,
      {
        config: read,
        schema: {
          tags,
          summary: 'One spreadsheet import: its preview, status and progress (0..1)',
          params: jobParamsSchema,
          response: { 200: sheetImportJobSchema, ...errors },
        },
      },
      async (request) =>
        presentSheetJob(
          await getJob(db, tenantOf(request), registryName, request.params.id),
          request.language,
        ),
    );

    app.post(
      `${base}/imports/:id/apply`,
      {
        config: write,
        schema: {
          tags,
          summary: 'Apply a previewed import ("add" or "add_and_update"): all or nothing, in the background',
          params: jobParamsSchema,
          body: applyImportBodySchema,
          response: { 202: sheetImportJobSchema, ...errors },
        },
      },
      async (request, reply) => {
        const context = tenantOf(request);
        const job = await db.transaction((tx) =>
          queueApply(tx, context, registryName, request.params.id, request.body.mode),
        );
        runner.enqueue(job.id);
        return reply.status(202).send(presentSheetJob(job, request.language));
      },
    );
  }
};

import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { governmentParamsSchema, idParamsSchema, problemSchema } from '../../../contracts/common';
import { reportListSchema, reportPaths, reportRequestSchema, reportSchema } from '../../../contracts/reports';
import { tenantOf } from '../../platform/auth';
import { reportsPolicy } from './reports.policy';
import { presentReport } from './reports.present';
import { createReportRunner } from './reports.runner';
import * as service from './reports.service';

const tags = ['reports'];
const errors = { 400: problemSchema, 404: problemSchema, 409: problemSchema, 422: problemSchema };
const fileTypes = {
  pdf: 'application/pdf',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
} as const;

export const reportsRoutes: FastifyPluginAsyncZod = async (app) => {
  const { db } = app.database;
  const read = { policy: reportsPolicy.read };
  const generate = { policy: reportsPolicy.generate };
  const runner = createReportRunner({ db, log: app.log });

  app.addHook('onClose', () => runner.stop());
  // A serving process takes up the reports a previous one left; test apps share one database and
  // must not take each other's reports.
  app.addHook('onReady', async () => {
    if (app.appConfig.env !== 'test') await runner.pickUpPending();
  });

  app.post(
    reportPaths.reports,
    {
      config: generate,
      schema: {
        tags,
        summary: 'Generate the report to the council for a period (PDF and XLSX) in the background',
        description: 'Answers 202 at once; poll the report for progress, then download its files.',
        params: governmentParamsSchema,
        body: reportRequestSchema,
        response: { 202: reportSchema, ...errors },
      },
    },
    async (request, reply) => {
      const context = tenantOf(request);
      const created = await db.transaction((tx) => service.requestReport(tx, context, request.body));
      runner.enqueue(created.id);
      const report = await service.getReport(db, context, created.id);
      return reply.status(202).send(presentReport(report, request.language));
    },
  );

  app.get(
    reportPaths.reports,
    {
      config: read,
      schema: {
        tags,
        summary: 'Reports to the council of this government, latest first (bounded)',
        params: governmentParamsSchema,
        response: { 200: reportListSchema, ...errors },
      },
    },
    async (request) => {
      const { items, total } = await service.listReports(db, tenantOf(request));
      return { items: items.map((row) => presentReport(row, request.language)), total };
    },
  );

  app.get(
    reportPaths.report,
    {
      config: read,
      schema: {
        tags,
        summary: 'One report: status, step and progress (0..1)',
        params: idParamsSchema,
        response: { 200: reportSchema, ...errors },
      },
    },
    async (request) =>
      presentReport(await service.getReport(db, tenantOf(request), request.params.id), request.language),
  );

  for (const kind of ['pdf', 'xlsx'] as const) {
    app.get(
      reportPaths[kind],
      {
        config: read,
        schema: {
          tags,
          summary: `The ${kind.toUpperCase()} of a completed report (download; 409 until it is ready)`,
          params: idParamsSchema,
          // No response schema: the body is the file itself, not JSON.
        },
      },
      async (request, reply) => {
        const { bytes, report } = await service.getReportFile(db, tenantOf(request), request.params.id, kind);
        return reply
          .type(fileTypes[kind])
          .header(
            'content-disposition',
            `attachment; filename="informe-${report.periodFrom}-${report.periodTo}.${kind}"`,
          )
          .send(bytes);
      },
    );
  }
};

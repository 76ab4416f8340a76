import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { governmentParamsSchema, idParamsSchema, problemSchema } from '../../../contracts/common';
import {
  changesSchema,
  componentParamsSchema,
  componentSourcePageSchema,
  contestInputSchema,
  contestSchema,
  indexComponentQuerySchema,
  indexResultSchema,
  indexScopeQuerySchema,
  ledgerQuerySchema,
  ledgerSchema,
  overviewSchema,
  snapshotResultSchema,
  strategyLineParamsSchema,
  trendQuerySchema,
  trendSchema,
  updateUtilitySettingsBodySchema,
  utilityPaths,
  utilitySettingsSchema,
  verdictDetailSchema,
  verdictListQuerySchema,
  verdictPageSchema,
  withdrawContestBodySchema,
} from '../../../contracts/utility';
import { tenantOf } from '../../platform/auth';
import * as indexService from './index.service';
import * as ledgerService from './ledger.service';
import * as overviewService from './overview.service';
import { utilityPolicy } from './utility.policy';
import { presentContest, presentLedger, presentSettings, presentVerdict } from './utility.present';
import * as verdictService from './verdicts.service';

const tags = ['utility'];
const errors = {
  400: problemSchema,
  403: problemSchema,
  404: problemSchema,
  409: problemSchema,
  422: problemSchema,
};

export const utilityRoutes: FastifyPluginAsyncZod = async (app) => {
  const { db } = app.database;
  const read = { policy: utilityPolicy.read };
  const configure = { policy: utilityPolicy.configure };
  const contest = { policy: utilityPolicy.contest };

  app.get(
    utilityPaths.overview,
    {
      config: read,
      schema: {
        tags,
        summary:
          'Home page: index and trend, links by verdict, overdue work, money, investment, reach, world map',
        params: governmentParamsSchema,
        response: { 200: overviewSchema, ...errors },
      },
    },
    async (request) => overviewService.getOverview(db, tenantOf(request), new Date()),
  );

  app.get(
    utilityPaths.settings,
    {
      config: read,
      schema: {
        tags,
        summary: 'Grace periods, at-risk window, index weights and targets (defaults until saved)',
        params: governmentParamsSchema,
        response: { 200: utilitySettingsSchema, ...errors },
      },
    },
    async (request) => presentSettings(await verdictService.getSettings(db, tenantOf(request), new Date())),
  );

  app.put(
    utilityPaths.settings,
    {
      config: configure,
      schema: {
        tags,
        summary: 'Change the settings (weights must add up to 100; 409 on a stale version)',
        params: governmentParamsSchema,
        body: updateUtilitySettingsBodySchema,
        response: { 200: utilitySettingsSchema, ...errors },
      },
    },
    async (request) => {
      const environment = await db.transaction((tx) =>
        verdictService.updateSettings(tx, tenantOf(request), request.body, new Date()),
      );
      return presentSettings(environment);
    },
  );

  const ledgerRoutes = [
    { path: utilityPaths.linkLedger, kind: 'link', summary: 'What a link produced' },
    { path: utilityPaths.eventLedger, kind: 'event', summary: 'What an event produced' },
    { path: utilityPaths.partnerLedger, kind: 'partner', summary: 'What a partner produced' },
  ] as const;
  for (const route of ledgerRoutes) {
    app.get(
      route.path,
      {
        config: read,
        schema: {
          tags,
          summary: `${route.summary} ("Qué ha producido"), read both ways, each list bounded`,
          params: idParamsSchema,
          querystring: ledgerQuerySchema,
          response: { 200: ledgerSchema, ...errors },
        },
      },
      async (request) => {
        const ledger = await ledgerService.getLedger(
          db,
          tenantOf(request),
          route.kind,
          request.params.id,
          request.query.limit,
          new Date(),
        );
        return presentLedger(route.kind, request.params.id, ledger);
      },
    );
  }

  app.get(
    utilityPaths.strategyLineLedger,
    {
      config: read,
      schema: {
        tags,
        summary: 'What a strategy line produced ("Qué ha producido")',
        params: strategyLineParamsSchema,
        querystring: ledgerQuerySchema,
        response: { 200: ledgerSchema, ...errors },
      },
    },
    async (request) => {
      const ledger = await ledgerService.getLedger(
        db,
        tenantOf(request),
        'strategy_line',
        request.params.key,
        request.query.limit,
        new Date(),
      );
      return presentLedger('strategy_line', request.params.key, ledger);
    },
  );

  for (const route of [
    { path: utilityPaths.linkVerdict, kind: 'link' },
    { path: utilityPaths.eventVerdict, kind: 'event' },
  ] as const) {
    app.get(
      route.path,
      {
        config: read,
        schema: {
          tags,
          summary: `The protocol-only verdict of a ${route.kind}, with reasons, remedies and contests`,
          params: idParamsSchema,
          response: { 200: verdictDetailSchema, ...errors },
        },
      },
      async (request) =>
        presentVerdict(
          await verdictService.getVerdict(db, tenantOf(request), route.kind, request.params.id, new Date()),
        ),
    );
  }

  app.get(
    utilityPaths.verdicts,
    {
      config: read,
      schema: {
        tags,
        summary:
          'Links or events with their verdict, protocol-only and at risk first, and counts per verdict',
        params: governmentParamsSchema,
        querystring: verdictListQuerySchema,
        response: { 200: verdictPageSchema, ...errors },
      },
    },
    async (request) => verdictService.listVerdicts(db, tenantOf(request), request.query, new Date()),
  );

  app.post(
    utilityPaths.contests,
    {
      config: contest,
      schema: {
        tags,
        summary:
          'Contest a verdict with a written justification (shown beside it; the verdict does not change)',
        params: governmentParamsSchema,
        body: contestInputSchema,
        response: { 201: contestSchema, ...errors },
      },
    },
    async (request, reply) => {
      const created = await db.transaction((tx) =>
        verdictService.contestVerdict(tx, tenantOf(request), request.body, new Date()),
      );
      return reply.status(201).send(presentContest(created));
    },
  );

  app.post(
    utilityPaths.withdrawContest,
    {
      config: contest,
      schema: {
        tags,
        summary: 'Withdraw a contest (409 on a stale version)',
        params: idParamsSchema,
        body: withdrawContestBodySchema,
        response: { 200: contestSchema, ...errors },
      },
    },
    async (request) => {
      const withdrawn = await db.transaction((tx) =>
        verdictService.withdrawContest(tx, tenantOf(request), request.params.id, request.body.version),
      );
      return presentContest(withdrawn);
    },
  );

  app.get(
    utilityPaths.index,
    {
      config: read,
      schema: {
        tags,
        summary: 'The social-utility index of a scope, with each component explained',
        params: governmentParamsSchema,
        querystring: indexScopeQuerySchema,
        response: { 200: indexResultSchema, ...errors },
      },
    },
    async (request) => indexService.getIndex(db, tenantOf(request), request.query, new Date()),
  );

  app.get(
    utilityPaths.indexComponent,
    {
      config: read,
      schema: {
        tags,
        summary: 'The source records behind one component of a scope’s index',
        params: componentParamsSchema,
        querystring: indexComponentQuerySchema,
        response: { 200: componentSourcePageSchema, ...errors },
      },
    },
    async (request) => {
      const page = await indexService.getComponentSources(
        db,
        tenantOf(request),
        request.params.component,
        request.query,
        new Date(),
      );
      return {
        ...page,
        items: page.items.map((item) => ({
          ...item,
          record: { ...item.record, kind: item.record.kind as 'link' },
        })),
      };
    },
  );

  app.post(
    utilityPaths.snapshots,
    {
      config: configure,
      schema: {
        tags,
        summary: 'Take this month’s snapshot now (idempotent: a month is taken once)',
        params: governmentParamsSchema,
        response: { 200: snapshotResultSchema, ...errors },
      },
    },
    async (request) => indexService.takeSnapshot(db, tenantOf(request), new Date()),
  );

  app.get(
    utilityPaths.trend,
    {
      config: read,
      schema: {
        tags,
        summary: 'Monthly scores of a scope from its snapshots',
        params: governmentParamsSchema,
        querystring: trendQuerySchema,
        response: { 200: trendSchema, ...errors },
      },
    },
    async (request) => indexService.getTrend(db, tenantOf(request), request.query, new Date()),
  );

  app.get(
    utilityPaths.changes,
    {
      config: read,
      schema: {
        tags,
        summary: 'What changed since the last snapshot: score, components and verdicts',
        params: governmentParamsSchema,
        querystring: indexScopeQuerySchema,
        response: { 200: changesSchema, ...errors },
      },
    },
    async (request) => indexService.getChanges(db, tenantOf(request), request.query, new Date()),
  );
};

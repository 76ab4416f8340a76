import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  archiveEventBodySchema,
  calendarFeedSchema,
  commitmentInputSchema,
  commitmentListQuerySchema,
  commitmentPageSchema,
  commitmentSchema,
  commitmentStatusBodySchema,
  eventInputSchema,
  eventListQuerySchema,
  eventPageSchema,
  eventSchema,
  notificationListSchema,
  updateCommitmentBodySchema,
  updateEventBodySchema,
} from '../../../contracts/agenda';
import {
  governmentParamsSchema,
  idParamsSchema,
  okSchema,
  problemSchema,
  versionSchema,
} from '../../../contracts/common';
import { tenantOf } from '../../platform/auth';
import { toIso, toIsoOrNull } from '../../platform/present';
import { agendaPolicy } from './agenda.policy';
import { presentCommitment, presentEvent, presentEventSummary } from './agenda.present';
import * as queries from './agenda.queries';
import * as calendar from './calendar.service';
import * as commitmentsService from './commitments.service';
import * as eventsService from './events.service';

const tags = ['agenda'];
const errors = {
  400: problemSchema,
  403: problemSchema,
  404: problemSchema,
  409: problemSchema,
  422: problemSchema,
};
const base = '/api/governments/:governmentId';

export const agendaRoutes: FastifyPluginAsyncZod = async (app) => {
  const { db } = app.database;
  const read = { policy: agendaPolicy.read };
  const write = { policy: agendaPolicy.write };
  const publicUrl = app.appConfig.publicUrl;

  app.get(
    `${base}/events`,
    {
      config: read,
      schema: {
        tags,
        summary: 'Events in a date range (calendar and list views)',
        params: governmentParamsSchema,
        querystring: eventListQuerySchema,
        response: { 200: eventPageSchema, ...errors },
      },
    },
    async (request) => {
      const { items, total } = await eventsService.findEvents(db, tenantOf(request), request.query);
      return {
        items: items.map(presentEventSummary),
        total,
        page: request.query.page,
        pageSize: request.query.pageSize,
      };
    },
  );

  app.post(
    `${base}/events`,
    {
      config: write,
      schema: {
        tags,
        summary: 'Register a mission, delegation, forum, visit or meeting',
        params: governmentParamsSchema,
        body: eventInputSchema,
        response: { 201: eventSchema, ...errors },
      },
    },
    async (request, reply) => {
      const context = tenantOf(request);
      const detail = await db.transaction(async (tx) => {
        const event = await eventsService.createEvent(tx, context, request.body);
        return eventsService.getEvent(tx, context, event.id);
      });
      return reply.status(201).send(presentEvent(detail));
    },
  );

  app.get(
    `${base}/events/:id`,
    {
      config: read,
      schema: {
        tags,
        summary: 'One event with participants, costs and commitments',
        params: idParamsSchema,
        response: { 200: eventSchema, ...errors },
      },
    },
    async (request) => presentEvent(await eventsService.getEvent(db, tenantOf(request), request.params.id)),
  );

  app.put(
    `${base}/events/:id`,
    {
      config: write,
      schema: {
        tags,
        summary: 'Update an event',
        params: idParamsSchema,
        body: updateEventBodySchema,
        response: { 200: eventSchema, ...errors },
      },
    },
    async (request) => {
      const context = tenantOf(request);
      const detail = await db.transaction(async (tx) => {
        await eventsService.updateEvent(tx, context, request.params.id, request.body);
        return eventsService.getEvent(tx, context, request.params.id);
      });
      return presentEvent(detail);
    },
  );

  app.post(
    `${base}/events/:id/archive`,
    {
      config: write,
      schema: {
        tags,
        summary: 'Archive an event, saying what happens to its open commitments',
        params: idParamsSchema,
        body: archiveEventBodySchema,
        response: { 200: eventSchema, ...errors },
      },
    },
    async (request) => {
      const context = tenantOf(request);
      const detail = await db.transaction(async (tx) => {
        await eventsService.archiveEvent(tx, context, request.params.id, request.body);
        return eventsService.getEvent(tx, context, request.params.id);
      });
      return presentEvent(detail);
    },
  );

  app.post(
    `${base}/events/:id/restore`,
    {
      config: write,
      schema: {
        tags,
        summary: 'Restore an archived event',
        params: idParamsSchema,
        body: versionSchema,
        response: { 200: eventSchema, ...errors },
      },
    },
    async (request) => {
      const context = tenantOf(request);
      const detail = await db.transaction(async (tx) => {
        await eventsService.restoreEvent(tx, context, request.params.id, request.body.version);
        return eventsService.getEvent(tx, context, request.params.id);
      });
      return presentEvent(detail);
    },
  );

  app.get(
    `${base}/commitments`,
    {
      config: read,
      schema: {
        tags,
        summary: 'Commitments, by derived status, department, partner, link, event or owner',
        params: governmentParamsSchema,
        querystring: commitmentListQuerySchema,
        response: { 200: commitmentPageSchema, ...errors },
      },
    },
    async (request) => {
      const { items, total, today } = await commitmentsService.listCommitments(
        db,
        tenantOf(request),
        request.query,
      );
      return {
        items: items.map((row) => presentCommitment(row, today)),
        total,
        page: request.query.page,
        pageSize: request.query.pageSize,
      };
    },
  );

  app.post(
    `${base}/commitments`,
    {
      config: write,
      schema: {
        tags,
        summary: 'Register a commitment and plan its reminders',
        params: governmentParamsSchema,
        body: commitmentInputSchema,
        response: { 201: commitmentSchema, ...errors },
      },
    },
    async (request, reply) => {
      const context = tenantOf(request);
      const row = await db.transaction(async (tx) => {
        const commitment = await commitmentsService.createCommitment(tx, context, request.body);
        return commitmentsService.getCommitment(tx, context, commitment.id);
      });
      return reply
        .status(201)
        .send(presentCommitment(row, await commitmentsService.todayForGovernment(db, context)));
    },
  );

  app.get(
    `${base}/commitments/:id`,
    {
      config: read,
      schema: {
        tags,
        summary: 'One commitment',
        params: idParamsSchema,
        response: { 200: commitmentSchema, ...errors },
      },
    },
    async (request) => {
      const context = tenantOf(request);
      return presentCommitment(
        await commitmentsService.getCommitment(db, context, request.params.id),
        await commitmentsService.todayForGovernment(db, context),
      );
    },
  );

  app.put(
    `${base}/commitments/:id`,
    {
      config: write,
      schema: {
        tags,
        summary: 'Update a commitment',
        params: idParamsSchema,
        body: updateCommitmentBodySchema,
        response: { 200: commitmentSchema, ...errors },
      },
    },
    async (request) => {
      const context = tenantOf(request);
      const row = await db.transaction(async (tx) => {
        await commitmentsService.updateCommitment(tx, context, request.params.id, request.body);
        return commitmentsService.getCommitment(tx, context, request.params.id);
      });
      return presentCommitment(row, await commitmentsService.todayForGovernment(db, context));
    },
  );

  app.post(
    `${base}/commitments/:id/status`,
    {
      config: { policy: agendaPolicy.reportCommitment },
      schema: {
        tags,
        summary: 'Fulfil (with evidence), cancel (with reason) or reopen a commitment',
        params: idParamsSchema,
        body: commitmentStatusBodySchema,
        response: { 200: commitmentSchema, ...errors },
      },
    },
    async (request) => {
      const context = tenantOf(request);
      const row = await db.transaction(async (tx) => {
        await commitmentsService.changeCommitmentStatus(tx, context, request.params.id, request.body);
        return commitmentsService.getCommitment(tx, context, request.params.id);
      });
      return presentCommitment(row, await commitmentsService.todayForGovernment(db, context));
    },
  );

  app.get(
    `${base}/notifications`,
    {
      config: { policy: agendaPolicy.ownNotifications },
      schema: {
        tags,
        summary: "The signed-in person's notifications in this government",
        params: governmentParamsSchema,
        response: { 200: notificationListSchema, ...errors },
      },
    },
    async (request) => {
      const context = tenantOf(request);
      const { items, unread } = await queries.findNotifications(db, context, context.userId);
      return {
        unread,
        items: items.map((item) => ({
          id: item.id,
          kind: item.kind,
          title: item.title,
          body: item.body,
          path: item.path,
          readAt: toIsoOrNull(item.readAt),
          createdAt: toIso(item.createdAt),
        })),
      };
    },
  );

  app.post(
    `${base}/notifications/read`,
    {
      config: { policy: agendaPolicy.ownNotifications },
      schema: {
        tags,
        summary: 'Mark notifications as read (all when no ids are given)',
        params: governmentParamsSchema,
        body: z.object({ ids: z.array(z.uuid()).max(200).optional() }),
        response: { 200: okSchema, ...errors },
      },
    },
    async (request) => {
      const context = tenantOf(request);
      await queries.markNotificationsRead(db, context, context.userId, request.body.ids ?? 'all');
      return { ok: true as const };
    },
  );

  app.post(
    `${base}/calendar-feed`,
    {
      config: { policy: agendaPolicy.ownNotifications },
      schema: {
        tags,
        summary: 'Get (or, with reset, renew) the private calendar feed URL',
        params: governmentParamsSchema,
        body: z.object({ reset: z.boolean().default(false) }),
        response: { 200: calendarFeedSchema, ...errors },
      },
    },
    async (request) =>
      db.transaction((tx) => calendar.getCalendarFeeds(tx, tenantOf(request), publicUrl, request.body.reset)),
  );

  app.get(
    '/api/calendar/:token',
    {
      config: { policy: agendaPolicy.feed },
      schema: {
        tags,
        summary: 'A private iCalendar feed (the token is the secret)',
        params: z.object({ token: z.string().regex(/^[\w-]{20,64}\.ics$/) }),
      },
    },
    async (request, reply) => {
      const body = await calendar.privateFeed(db, request.params.token.replace(/\.ics$/, ''), publicUrl);
      return reply
        .type('text/calendar; charset=utf-8')
        .header('cache-control', 'private, max-age=300')
        .send(body);
    },
  );

  app.get(
    '/api/public/governments/:slug/calendar.ics',
    {
      config: { policy: agendaPolicy.feed },
      schema: {
        tags,
        summary: "A government's published events as an iCalendar feed",
        params: z.object({ slug: z.string().regex(/^[a-z0-9-]{1,80}$/) }),
      },
    },
    async (request, reply) => {
      const body = await calendar.publicFeed(db, request.params.slug, publicUrl);
      return reply
        .type('text/calendar; charset=utf-8')
        .header('cache-control', 'public, max-age=300')
        .send(body);
    },
  );
};

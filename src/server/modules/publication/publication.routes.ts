import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import {
  governmentParamsSchema,
  idParamsSchema,
  okSchema,
  problemSchema,
  versionSchema,
} from '../../../contracts/common';
import {
  portalSettingsInputSchema,
  portalSettingsSchema,
  publicationListQuerySchema,
  publicationPageSchema,
  publicationRequestSchema,
  publicationSchema,
  publicationStateParamsSchema,
  publicationStateSchema,
} from '../../../contracts/publication';
import { tenantOf } from '../../platform/auth';
import { publicationPolicy } from './publication.policy';
import { portalPathOf, presentPublication } from './publication.present';
import * as service from './publication.service';

const tags = ['publication'];
const errors = {
  400: problemSchema,
  403: problemSchema,
  404: problemSchema,
  409: problemSchema,
  422: problemSchema,
};
const base = '/api/governments/:governmentId';

export const publicationRoutes: FastifyPluginAsyncZod = async (app) => {
  const { db } = app.database;
  const publicUrl = app.appConfig.publicUrl;

  app.get(
    `${base}/publications`,
    {
      config: { policy: publicationPolicy.read },
      schema: {
        tags,
        summary: 'Records proposed for the transparency portal and published on it, latest change first',
        params: governmentParamsSchema,
        querystring: publicationListQuerySchema,
        response: { 200: publicationPageSchema, ...errors },
      },
    },
    async (request) => {
      const { items, total } = await service.listPublications(db, tenantOf(request), request.query);
      return {
        items: items.map(presentPublication),
        total,
        page: request.query.page,
        pageSize: request.query.pageSize,
      };
    },
  );

  app.get(
    `${base}/publications/records/:entityType/:entityId`,
    {
      config: { policy: publicationPolicy.read },
      schema: {
        tags,
        summary: 'Whether one record is proposed or published, and its address on the portal',
        params: publicationStateParamsSchema,
        response: { 200: publicationStateSchema, ...errors },
      },
    },
    async (request) => {
      const { entityType, entityId } = request.params;
      const state = await service.getPublicationState(db, tenantOf(request), entityType, entityId);
      const isPublished = state.row?.publication.status === 'published';
      return {
        entityType,
        entityId,
        publication: state.row ? presentPublication({ ...state.row, title: state.title }) : null,
        portalUrl: `${publicUrl}${isPublished ? portalPathOf(state.slug, entityType, entityId) : portalPathOf(state.slug)}`,
      };
    },
  );

  app.post(
    `${base}/publications`,
    {
      config: { policy: publicationPolicy.propose },
      schema: {
        tags,
        summary: 'Propose a record for the portal (coordinator) or publish it directly (admin)',
        params: governmentParamsSchema,
        body: publicationRequestSchema,
        response: { 200: publicationSchema, ...errors },
      },
    },
    async (request) => {
      const row = await db.transaction((tx) =>
        service.requestPublication(tx, tenantOf(request), request.body),
      );
      return presentPublication(row);
    },
  );

  app.post(
    `${base}/publications/:id/publish`,
    {
      config: { policy: publicationPolicy.publish },
      schema: {
        tags,
        summary: 'Publish a proposed record on the portal',
        params: idParamsSchema,
        body: versionSchema,
        response: { 200: publicationSchema, ...errors },
      },
    },
    async (request) => {
      const row = await db.transaction((tx) =>
        service.publishPublication(tx, tenantOf(request), request.params.id, request.body.version),
      );
      return presentPublication(row);
    },
  );

  app.post(
    `${base}/publications/:id/unpublish`,
    {
      config: { policy: publicationPolicy.propose },
      schema: {
        tags,
        summary: 'Take a record off the portal (admin) or withdraw a proposal',
        params: idParamsSchema,
        body: versionSchema,
        response: { 200: okSchema, ...errors },
      },
    },
    async (request) => {
      await db.transaction((tx) =>
        service.unpublishPublication(tx, tenantOf(request), request.params.id, request.body.version),
      );
      return { ok: true as const };
    },
  );

  app.get(
    `${base}/portal-settings`,
    {
      config: { policy: publicationPolicy.read },
      schema: {
        tags,
        summary: "Whether the government's transparency portal is on, and its address",
        params: governmentParamsSchema,
        response: { 200: portalSettingsSchema, ...errors },
      },
    },
    async (request) => {
      const settings = await service.getPortalSettings(db, tenantOf(request));
      return { ...settings, portalUrl: `${publicUrl}${portalPathOf(settings.slug)}` };
    },
  );

  app.put(
    `${base}/portal-settings`,
    {
      config: { policy: publicationPolicy.settings },
      schema: {
        tags,
        summary: "Switch the government's transparency portal on or off",
        params: governmentParamsSchema,
        body: portalSettingsInputSchema,
        response: { 200: portalSettingsSchema, ...errors },
      },
    },
    async (request) => {
      const settings = await db.transaction((tx) =>
        service.updatePortalSettings(tx, tenantOf(request), request.body),
      );
      return { ...settings, portalUrl: `${publicUrl}${portalPathOf(settings.slug)}` };
    },
  );
};

import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import {
  associationMembershipListSchema,
  associationMembershipSchema,
  comparisonSchema,
  createEditionBodySchema,
  editionDetailSchema,
  editionListSchema,
  editionParamsSchema,
  inviteMemberBodySchema,
  membershipParamsSchema,
  questionnaireSchema,
  sharingSchema,
  updateEditionBodySchema,
  updateSharingBodySchema,
} from '../../../contracts/capacity';
import { governmentParamsSchema, problemSchema, versionSchema } from '../../../contracts/common';
import { tenantOf } from '../../platform/auth';
import { capacityPolicy } from './capacity.policy';
import {
  presentEditionDetail,
  presentEditionSummary,
  presentMembership,
  presentSharing,
} from './capacity.present';
import { currentQuestionnaire, localizeQuestionnaire } from './capacity.questionnaire';
import * as service from './capacity.service';
import * as network from './network.service';
import { questionnaireRoutes } from './questionnaire.routes';

const tags = ['capacity'];
const errors = { 400: problemSchema, 404: problemSchema, 409: problemSchema, 422: problemSchema };
const base = '/api/governments/:governmentId/capacity';
const networkBase = '/api/governments/:governmentId/network';

export const capacityRoutes: FastifyPluginAsyncZod = async (app) => {
  const { db } = app.database;

  app.get(
    `${base}/questionnaire`,
    {
      config: { policy: capacityPolicy.questionnaire },
      schema: {
        tags,
        summary: 'The capacity questionnaire new editions use, in the caller’s language',
        params: governmentParamsSchema,
        response: { 200: questionnaireSchema, ...errors },
      },
    },
    async (request) => localizeQuestionnaire(currentQuestionnaire(), request.language),
  );

  app.get(
    `${base}/editions`,
    {
      config: { policy: capacityPolicy.read },
      schema: {
        tags,
        summary: 'The capacity self-assessment editions of the government, newest first, and what it shares',
        params: governmentParamsSchema,
        response: { 200: editionListSchema, ...errors },
      },
    },
    async (request) => {
      const { editions, sharing, questionnaireOf } = await service.listEditions(db, tenantOf(request));
      return {
        items: editions.map((edition) =>
          presentEditionSummary(edition, questionnaireOf(edition), request.language),
        ),
        sharing: presentSharing(sharing),
      };
    },
  );

  app.post(
    `${base}/editions`,
    {
      config: { policy: capacityPolicy.write },
      schema: {
        tags,
        summary: 'Open a draft edition (by default with the answers of the last completed one)',
        params: governmentParamsSchema,
        body: createEditionBodySchema,
        response: { 201: editionDetailSchema, ...errors },
      },
    },
    async (request, reply) => {
      const context = tenantOf(request);
      const detail = await db.transaction(async (tx) => {
        const edition = await service.createEdition(tx, context, request.body);
        return service.getEdition(tx, context, edition.id);
      });
      return reply
        .status(201)
        .send(presentEditionDetail(detail.edition, detail.previous, detail.questionnaire, request.language));
    },
  );

  app.get(
    `${base}/editions/:editionId`,
    {
      config: { policy: capacityPolicy.read },
      schema: {
        tags,
        summary: 'An edition with its questionnaire, what changed since the previous one and next steps',
        params: editionParamsSchema,
        response: { 200: editionDetailSchema, ...errors },
      },
    },
    async (request) => {
      const { edition, previous, questionnaire } = await service.getEdition(
        db,
        tenantOf(request),
        request.params.editionId,
      );
      return presentEditionDetail(edition, previous, questionnaire, request.language);
    },
  );

  app.put(
    `${base}/editions/:editionId`,
    {
      config: { policy: capacityPolicy.write },
      schema: {
        tags,
        summary: 'Save the answers of a draft edition (evidence from level 3 up)',
        params: editionParamsSchema,
        body: updateEditionBodySchema,
        response: { 200: editionDetailSchema, ...errors },
      },
    },
    async (request) => {
      const context = tenantOf(request);
      const { edition, previous, questionnaire } = await db.transaction(async (tx) => {
        await service.updateEdition(tx, context, request.params.editionId, request.body);
        return service.getEdition(tx, context, request.params.editionId);
      });
      return presentEditionDetail(edition, previous, questionnaire, request.language);
    },
  );

  app.post(
    `${base}/editions/:editionId/complete`,
    {
      config: { policy: capacityPolicy.write },
      schema: {
        tags,
        summary: 'Complete a draft edition: every dimension answered; it no longer changes',
        params: editionParamsSchema,
        body: versionSchema,
        response: { 200: editionDetailSchema, ...errors },
      },
    },
    async (request) => {
      const context = tenantOf(request);
      const { edition, previous, questionnaire } = await db.transaction(async (tx) => {
        await service.completeEdition(tx, context, request.params.editionId, request.body.version);
        return service.getEdition(tx, context, request.params.editionId);
      });
      return presentEditionDetail(edition, previous, questionnaire, request.language);
    },
  );

  app.get(
    `${base}/sharing`,
    {
      config: { policy: capacityPolicy.read },
      schema: {
        tags,
        summary: 'What the government shares with its associations',
        params: governmentParamsSchema,
        response: { 200: sharingSchema, ...errors },
      },
    },
    async (request) => presentSharing(await service.getSharing(db, tenantOf(request))),
  );

  app.put(
    `${base}/sharing`,
    {
      config: { policy: capacityPolicy.share },
      schema: {
        tags,
        summary: 'Share (or stop sharing) the completed assessments and the index with the associations',
        params: governmentParamsSchema,
        body: updateSharingBodySchema,
        response: { 200: sharingSchema, ...errors },
      },
    },
    async (request) =>
      presentSharing(
        await db.transaction((tx) => service.updateSharing(tx, tenantOf(request), request.body)),
      ),
  );

  app.get(
    `${base}/associations`,
    {
      config: { policy: capacityPolicy.read },
      schema: {
        tags,
        summary: 'The associations the government belongs to or is invited to',
        params: governmentParamsSchema,
        response: { 200: associationMembershipListSchema, ...errors },
      },
    },
    async (request) => ({
      items: (await network.listMemberships(db, tenantOf(request), 'member')).map(presentMembership),
    }),
  );

  for (const action of ['accept', 'end'] as const) {
    app.post(
      `${base}/associations/:membershipId/${action}`,
      {
        config: { policy: capacityPolicy.share },
        schema: {
          tags,
          summary:
            action === 'accept' ? 'Accept an association’s invitation' : 'Leave an association (or decline)',
          params: membershipParamsSchema,
          body: versionSchema,
          response: { 200: associationMembershipSchema, ...errors },
        },
      },
      async (request) => {
        const context = tenantOf(request);
        const { membershipId } = request.params;
        const row = await db.transaction((tx) =>
          action === 'accept'
            ? network.acceptMembership(tx, context, membershipId, request.body.version)
            : network.endMembership(tx, context, 'member', membershipId, request.body.version),
        );
        return presentMembership(row);
      },
    );
  }

  app.get(
    `${networkBase}/members`,
    {
      config: { policy: capacityPolicy.networkRead },
      schema: {
        tags,
        summary: 'The association’s member governments and invitations',
        params: governmentParamsSchema,
        response: { 200: associationMembershipListSchema, ...errors },
      },
    },
    async (request) => ({
      items: (await network.listMemberships(db, tenantOf(request), 'association')).map(presentMembership),
    }),
  );

  app.post(
    `${networkBase}/members`,
    {
      config: { policy: capacityPolicy.networkWrite },
      schema: {
        tags,
        summary: 'Invite a government to the association (its admin accepts)',
        params: governmentParamsSchema,
        body: inviteMemberBodySchema,
        response: { 201: associationMembershipSchema, ...errors },
      },
    },
    async (request, reply) => {
      const row = await db.transaction((tx) =>
        network.inviteMember(tx, tenantOf(request), request.body.governmentSlug),
      );
      return reply.status(201).send(presentMembership(row));
    },
  );

  app.post(
    `${networkBase}/members/:membershipId/end`,
    {
      config: { policy: capacityPolicy.networkWrite },
      schema: {
        tags,
        summary: 'End a membership or withdraw an invitation',
        params: membershipParamsSchema,
        body: versionSchema,
        response: { 200: associationMembershipSchema, ...errors },
      },
    },
    async (request) =>
      presentMembership(
        await db.transaction((tx) =>
          network.endMembership(
            tx,
            tenantOf(request),
            'association',
            request.params.membershipId,
            request.body.version,
          ),
        ),
      ),
  );

  app.get(
    `${networkBase}/comparison`,
    {
      config: { policy: capacityPolicy.networkRead },
      schema: {
        tags,
        summary: 'The members’ shared capacity results: averages, distribution per dimension, ranking, map',
        params: governmentParamsSchema,
        response: { 200: comparisonSchema, ...errors },
      },
    },
    async (request) => network.getComparison(db, tenantOf(request), request.language),
  );

  await app.register(questionnaireRoutes);
};

import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import {
  associationQuestionnaireSettingSchema,
  questionnaireFileSchema,
  questionnaireOptionListSchema,
  questionnaireUploadMaxBytes,
  updateQuestionnaireChoiceBodySchema,
  uploadQuestionnaireBodySchema,
} from '../../../contracts/capacity';
import { governmentParamsSchema, problemSchema } from '../../../contracts/common';
import { tenantOf } from '../../platform/auth';
import { capacityPolicy } from './capacity.policy';
import { currentQuestionnaire } from './capacity.questionnaire';
import * as service from './questionnaire.service';

const tags = ['capacity'];
const errors = { 400: problemSchema, 404: problemSchema, 409: problemSchema, 422: problemSchema };
const base = '/api/governments/:governmentId/capacity';
const networkBase = '/api/governments/:governmentId/network';

/**
 * The questionnaire an association adopts (one of the instance's, or its own, uploaded as a file) and
 * the questionnaires a member government may answer in a new edition.
 */
export const questionnaireRoutes: FastifyPluginAsyncZod = async (app) => {
  const { db } = app.database;

  app.get(
    `${base}/questionnaire/file`,
    {
      config: { policy: capacityPolicy.questionnaire },
      schema: {
        tags,
        summary:
          'The instance’s current questionnaire as a file, in every language: a starting point for one’s own',
        params: governmentParamsSchema,
        response: { 200: questionnaireFileSchema, ...errors },
      },
    },
    async (_request, reply) => {
      const file = currentQuestionnaire();
      return reply
        .header('content-disposition', `attachment; filename="${file.id}-v${file.version}.json"`)
        .send(file);
    },
  );

  app.get(
    `${base}/questionnaires`,
    {
      config: { policy: capacityPolicy.read },
      schema: {
        tags,
        summary:
          'The questionnaires a new edition may answer: the instance’s and those of the government’s associations',
        params: governmentParamsSchema,
        response: { 200: questionnaireOptionListSchema, ...errors },
      },
    },
    async (request) => ({
      items: await service.listQuestionnaireOptions(db, tenantOf(request), request.language),
    }),
  );

  app.get(
    `${networkBase}/questionnaire`,
    {
      config: { policy: capacityPolicy.networkRead },
      schema: {
        tags,
        summary: 'The questionnaire the association adopted, those it may adopt and those it uploaded',
        params: governmentParamsSchema,
        response: { 200: associationQuestionnaireSettingSchema, ...errors },
      },
    },
    async (request) => service.getQuestionnaireSetting(db, tenantOf(request), request.language),
  );

  app.put(
    `${networkBase}/questionnaire`,
    {
      config: { policy: capacityPolicy.networkWrite },
      schema: {
        tags,
        summary: 'Adopt a questionnaire of the instance or one of the association’s own',
        params: governmentParamsSchema,
        body: updateQuestionnaireChoiceBodySchema,
        response: { 200: associationQuestionnaireSettingSchema, ...errors },
      },
    },
    async (request) => {
      const context = tenantOf(request);
      return db.transaction(async (tx) => {
        await service.updateQuestionnaireChoice(tx, context, request.body);
        return service.getQuestionnaireSetting(tx, context, request.language);
      });
    },
  );

  app.post(
    `${networkBase}/questionnaires`,
    {
      config: { policy: capacityPolicy.networkWrite },
      bodyLimit: questionnaireUploadMaxBytes,
      schema: {
        tags,
        summary: 'Upload a questionnaire of the association’s own (a new id, or a higher version of one)',
        params: governmentParamsSchema,
        body: uploadQuestionnaireBodySchema,
        response: { 201: associationQuestionnaireSettingSchema, ...errors },
      },
    },
    async (request, reply) => {
      const context = tenantOf(request);
      const setting = await db.transaction(async (tx) => {
        await service.uploadQuestionnaire(tx, context, request.body);
        return service.getQuestionnaireSetting(tx, context, request.language);
      });
      return reply.status(201).send(setting);
    },
  );
};

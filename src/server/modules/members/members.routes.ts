import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  acceptInvitationBodySchema,
  createInvitationBodySchema,
  invitationCreatedSchema,
  invitationParamsSchema,
  invitationPreviewSchema,
  invitationSchema,
  invitationTokenBodySchema,
  memberParamsSchema,
  memberSchema,
  passwordResetSentSchema,
  sessionSchema,
  updateMemberBodySchema,
} from '../../../contracts/auth';
import { governmentParamsSchema, okSchema, problemSchema } from '../../../contracts/common';
import { tenantOf } from '../../platform/auth';
import { setSessionCookie } from '../auth/auth.routes';
import { describeSession, openSession } from '../auth/auth.service';
import * as invitations from './invitations.service';
import { membersPolicy } from './members.policy';
import * as service from './members.service';
import { sendPasswordReset } from './password-reset.service';

const tags = ['members'];
const problems = { 400: problemSchema, 403: problemSchema, 404: problemSchema, 422: problemSchema };

export const membersRoutes: FastifyPluginAsyncZod = async (app) => {
  const { db } = app.database;
  app.get(
    '/api/governments/:governmentId/members',
    {
      config: { policy: membersPolicy.read },
      schema: {
        tags,
        summary: 'People with access to this government and their roles',
        params: governmentParamsSchema,
        response: { 200: z.array(memberSchema), 403: problemSchema, 404: problemSchema },
      },
    },
    async (request) => service.findMembers(db, tenantOf(request)),
  );

  app.put(
    '/api/governments/:governmentId/members/:userId',
    {
      config: { policy: membersPolicy.write },
      schema: {
        tags,
        summary: "Change a member's role (and a liaison's department)",
        params: memberParamsSchema,
        body: updateMemberBodySchema,
        response: { 200: okSchema, 409: problemSchema, ...problems },
      },
    },
    async (request) => {
      const context = tenantOf(request);
      await db.transaction((tx) => service.updateMember(tx, context, request.params.userId, request.body));
      return { ok: true as const };
    },
  );

  app.delete(
    '/api/governments/:governmentId/members/:userId',
    {
      config: { policy: membersPolicy.write },
      schema: {
        tags,
        summary: "Remove a person's access to this government (their account stays)",
        params: memberParamsSchema,
        response: { 200: okSchema, ...problems },
      },
    },
    async (request) => {
      const context = tenantOf(request);
      await db.transaction((tx) => service.removeMember(tx, context, request.params.userId));
      return { ok: true as const };
    },
  );

  app.post(
    '/api/governments/:governmentId/members/:userId/password-reset',
    {
      config: { policy: membersPolicy.write },
      schema: {
        tags,
        summary: 'E-mail the member a single-use link to choose a new password',
        params: memberParamsSchema,
        response: { 202: passwordResetSentSchema, ...problems },
      },
    },
    async (request, reply) => {
      const sent = await sendPasswordReset(db, app.mailer, tenantOf(request), request.params.userId, {
        ttlHours: app.appConfig.passwordResetTtlHours,
        publicUrl: app.appConfig.publicUrl,
        now: app.clock(),
      });
      return reply.status(202).send(sent);
    },
  );

  app.get(
    '/api/governments/:governmentId/invitations',
    {
      config: { policy: membersPolicy.write },
      schema: {
        tags,
        summary: 'Invitations not yet accepted',
        params: governmentParamsSchema,
        response: { 200: z.array(invitationSchema), 403: problemSchema, 404: problemSchema },
      },
    },
    async (request) => invitations.findInvitations(db, tenantOf(request), app.clock()),
  );

  app.post(
    '/api/governments/:governmentId/invitations',
    {
      config: { policy: membersPolicy.write },
      schema: {
        tags,
        summary: 'Invite an e-mail to join with a role; the person becomes a member when they accept',
        params: governmentParamsSchema,
        body: createInvitationBodySchema,
        response: { 201: invitationCreatedSchema, 409: problemSchema, ...problems },
      },
    },
    async (request, reply) => {
      const context = tenantOf(request);
      const now = app.clock();
      const created = await invitations.createInvitation(db, context, request.body, {
        ttlDays: app.appConfig.invitationTtlDays,
        now,
      });
      const acceptUrl = `${app.appConfig.publicUrl}/invitation#${created.token}`;
      const isEmailSent = await invitations.sendInvitationEmail(
        db,
        app.mailer,
        {
          invitation: created.invitation,
          acceptUrl,
          language: created.recipientLanguage ?? request.language,
          inviterId: context.userId,
        },
        request.log,
      );
      return reply.status(201).send({
        ...invitations.presentInvitation(created.invitation, now),
        isEmailSent,
        acceptUrl: isEmailSent ? null : acceptUrl,
      });
    },
  );

  app.delete(
    '/api/governments/:governmentId/invitations/:invitationId',
    {
      config: { policy: membersPolicy.write },
      schema: {
        tags,
        summary: 'Revoke a pending invitation: its link stops working',
        params: invitationParamsSchema,
        response: { 200: okSchema, ...problems },
      },
    },
    async (request) => {
      const context = tenantOf(request);
      await db.transaction((tx) => invitations.revokeInvitation(tx, context, request.params.invitationId));
      return { ok: true as const };
    },
  );

  app.post(
    '/api/invitations/preview',
    {
      config: { policy: membersPolicy.invitationLink },
      schema: {
        tags,
        summary: 'What an invitation link offers (the token travels in the body, never in an address)',
        body: invitationTokenBodySchema,
        response: { 200: invitationPreviewSchema, 400: problemSchema, 404: problemSchema },
      },
    },
    async (request) => invitations.previewInvitation(db, request.body.token, app.clock()),
  );

  app.post(
    '/api/invitations/accept',
    {
      config: { policy: membersPolicy.invitationLink },
      schema: {
        tags,
        summary:
          'Accept an invitation: signed in as the invited e-mail, or as a new person with name and password',
        body: acceptInvitationBodySchema,
        response: { 200: sessionSchema, 401: problemSchema, ...problems },
      },
    },
    async (request, reply) => {
      const now = app.clock();
      const { user, isNewUser } = await invitations.acceptInvitation(
        db,
        request.auth?.user.id ?? null,
        request.body,
        { passwordHashCost: app.appConfig.passwordHashCost, now },
      );
      const token = request.cookies.vinculo_session;
      if (!isNewUser && token) return describeSession(db, app.appConfig, token, user);
      const opened = await openSession(db, app.appConfig, user, request.headers['user-agent'] ?? null, now);
      setSessionCookie(reply, app.appConfig, opened.token, opened.expiresAt, request.protocol === 'https');
      return opened.session;
    },
  );
};

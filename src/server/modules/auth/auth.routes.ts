import type { FastifyReply } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import {
  changePasswordBodySchema,
  changePasswordResultSchema,
  currentSessionSchema,
  resetPasswordBodySchema,
  sessionSchema,
  signInBodySchema,
  updatePreferencesBodySchema,
} from '../../../contracts/auth';
import { okSchema, problemSchema } from '../../../contracts/common';
import { authOf, findSession, sessionCookieName } from '../../platform/auth';
import type { AppConfig } from '../../platform/config';
import { UnauthorizedError } from '../../platform/errors';
import { isSessionCookieSecure } from '../../platform/security-headers';
import { authPolicy } from './auth.policy';
import * as service from './auth.service';

const tags = ['auth'];

export function setSessionCookie(
  reply: FastifyReply,
  config: AppConfig,
  token: string,
  expiresAt: Date,
  isHttps: boolean,
) {
  reply.setCookie(sessionCookieName, token, {
    path: '/',
    httpOnly: true,
    sameSite: 'lax',
    secure: isSessionCookieSecure(config, isHttps),
    expires: expiresAt,
  });
}

export const authRoutes: FastifyPluginAsyncZod = async (app) => {
  const { db } = app.database;

  app.post(
    '/api/auth/sign-in',
    {
      config: { policy: authPolicy.signIn },
      schema: {
        tags,
        summary: 'Sign in with e-mail and password; sets the session cookie',
        body: signInBodySchema,
        response: { 200: sessionSchema, 401: problemSchema, 429: problemSchema },
      },
    },
    async (request, reply) => {
      const result = await service.signIn(
        db,
        app.appConfig,
        {
          ...request.body,
          ipAddress: request.ip,
          userAgent: request.headers['user-agent'] ?? null,
        },
        app.clock(),
      );
      setSessionCookie(reply, app.appConfig, result.token, result.expiresAt, request.protocol === 'https');
      return result.session;
    },
  );

  app.get(
    '/api/auth/session',
    {
      config: { policy: authPolicy.session },
      schema: { tags, summary: 'The current session', response: { 200: sessionSchema, 401: problemSchema } },
    },
    async (request) => {
      const token = request.cookies[sessionCookieName];
      const auth = token ? await findSession(db, token) : null;
      if (!token || !auth) throw new UnauthorizedError();
      return service.describeSession(db, app.appConfig, token, auth.user);
    },
  );

  // The sign-in page and every first load ask whether someone is signed in: "nobody" is an answer,
  // not an error, so that the browser logs no 401 on every visit.
  app.get(
    '/api/auth/current-session',
    {
      config: { policy: authPolicy.session },
      schema: {
        tags,
        summary: 'The current session, or null when nobody is signed in',
        response: { 200: currentSessionSchema },
      },
    },
    async (request) => {
      const token = request.cookies[sessionCookieName];
      const auth = token ? await findSession(db, token) : null;
      if (!token || !auth) return { session: null };
      return { session: await service.describeSession(db, app.appConfig, token, auth.user) };
    },
  );

  app.post(
    '/api/auth/sign-out',
    {
      config: { policy: authPolicy.signOut },
      schema: { tags, summary: 'End the session', response: { 200: okSchema } },
    },
    async (request, reply) => {
      if (request.auth) await service.signOut(db, request.auth.sessionId);
      reply.clearCookie(sessionCookieName, { path: '/' });
      return { ok: true as const };
    },
  );

  app.put(
    '/api/auth/preferences',
    {
      config: { policy: authPolicy.preferences },
      schema: {
        tags,
        summary: "Save the user's preferred language",
        body: updatePreferencesBodySchema,
        response: { 200: sessionSchema },
      },
    },
    async (request) => {
      const auth = authOf(request);
      await db.transaction((tx) =>
        service.setPreferredLanguage(tx, auth.user.id, request.body.preferredLanguage),
      );
      const token = request.cookies[sessionCookieName] as string;
      return service.describeSession(db, app.appConfig, token, {
        ...auth.user,
        preferredLanguage: request.body.preferredLanguage,
      });
    },
  );

  app.post(
    '/api/auth/password',
    {
      config: { policy: authPolicy.changePassword },
      schema: {
        tags,
        summary: 'Change the password (the current one is required); ends the other sessions',
        body: changePasswordBodySchema,
        response: {
          200: changePasswordResultSchema,
          400: problemSchema,
          422: problemSchema,
          429: problemSchema,
        },
      },
    },
    async (request) => {
      const auth = authOf(request);
      return service.changePassword(
        db,
        app.appConfig,
        { sessionId: auth.sessionId, userId: auth.user.id },
        request.body,
        app.clock(),
      );
    },
  );

  app.post(
    '/api/auth/sign-out-everywhere',
    {
      config: { policy: authPolicy.signOutEverywhere },
      schema: {
        tags,
        summary: 'End every session of the user, this one included',
        response: { 200: okSchema },
      },
    },
    async (request, reply) => {
      const auth = authOf(request);
      await db.transaction((tx) => service.signOutEverywhere(tx, auth.user.id));
      reply.clearCookie(sessionCookieName, { path: '/' });
      return { ok: true as const };
    },
  );

  app.post(
    '/api/auth/password-reset',
    {
      config: { policy: authPolicy.resetPassword },
      schema: {
        tags,
        summary: 'Choose a new password with the token of a reset e-mail (single use); ends every session',
        body: resetPasswordBodySchema,
        response: { 200: okSchema, 400: problemSchema, 422: problemSchema },
      },
    },
    async (request) => {
      await service.resetPassword(db, app.appConfig, request.body, app.clock());
      return { ok: true as const };
    },
  );
};

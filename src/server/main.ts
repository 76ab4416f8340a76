import { existsSync } from 'node:fs';
import path from 'node:path';
import fastifyCookie from '@fastify/cookie';
import fastifyStatic from '@fastify/static';
import fastifySwagger from '@fastify/swagger';
import fastifySwaggerUi from '@fastify/swagger-ui';
import Fastify, { type FastifyInstance, LogController } from 'fastify';
import {
  jsonSchemaTransform,
  serializerCompiler,
  validatorCompiler,
  type ZodTypeProvider,
} from 'fastify-type-provider-zod';
import { actorMapRoutes } from './modules/actor-map/actor-map.routes';
import { agendaRoutes } from './modules/agenda/agenda.routes';
import { apiTokensRoutes } from './modules/api-tokens/api-tokens.routes';
import { auditRoutes } from './modules/audit/audit.routes';
import { authRoutes } from './modules/auth/auth.routes';
import { capacityRoutes } from './modules/capacity/capacity.routes';
import { cooperationRoutes } from './modules/cooperation/cooperation.routes';
import { fundingRoutes } from './modules/cooperation/funding.routes';
import { diplomacyRoutes } from './modules/diplomacy/diplomacy.routes';
import { healthRoutes } from './modules/health/health.routes';
import { iatiRoutes } from './modules/iati/iati.routes';
import { newWorkerId } from './modules/iati/iati.runner';
import { activitiesRoutes } from './modules/initiatives/activities.routes';
import { initiativesRoutes } from './modules/initiatives/initiatives.routes';
import { mirRoutes } from './modules/initiatives/mir.routes';
import { investmentRoutes } from './modules/investment/investment.routes';
import { linksRoutes } from './modules/links/links.routes';
import { membersRoutes } from './modules/members/members.routes';
import { openDataRoutes } from './modules/open-data/open-data.routes';
import { partnerDuplicatesRoutes } from './modules/partners/partner-duplicates.routes';
import { partnersRoutes } from './modules/partners/partners.routes';
import { placesRoutes } from './modules/places/places.routes';
import { portalRoutes } from './modules/portal/portal.routes';
import { publicationRoutes } from './modules/publication/publication.routes';
import { referenceRoutes } from './modules/reference/reference.routes';
import { reportsRoutes } from './modules/reports/reports.routes';
import { searchRoutes } from './modules/search/search.routes';
import { spreadsheetsRoutes } from './modules/spreadsheets/spreadsheets.routes';
import { strategyRoutes } from './modules/strategy/strategy.routes';
import { territoryRoutes } from './modules/territory/territory.routes';
import { utilityRoutes } from './modules/utility/utility.routes';
import { registerAuth } from './platform/auth';
import './platform/app-services';
import type { AppConfig } from './platform/config';
import type { DatabaseHandle } from './platform/db';
import { registerErrorHandling, sendRouteNotFound } from './platform/errors';
import { registerInputHygiene } from './platform/input-hygiene';
import { createMailer, type Mailer } from './platform/mailer';
import { setHashingConcurrency } from './platform/passwords';
import {
  docsContentSecurityPolicy,
  isPublicUrlHttps,
  registerSecurityHeaders,
} from './platform/security-headers';

export type BuildAppOptions = {
  config: AppConfig;
  database: DatabaseHandle;
  isLogging?: boolean;
  /** Outgoing e-mail; by default the SMTP server of the configuration (none: e-mail is off). */
  mailer?: Mailer;
  /** The clock of the app (tests move it instead of sleeping). */
  clock?: () => Date;
  /** Background work limited to one government (tests sharing one database); never set in production. */
  workerScope?: { governmentId: string };
};

/**
 * Two info lines for every request cost throughput and fill the logs: incoming and completed requests
 * are logged at debug (LOG_LEVEL=debug); failed requests, 5xx and warnings keep their levels.
 */
class DebugRequestLogs extends LogController {
  override incomingRequest(request: Parameters<LogController['incomingRequest']>[0]) {
    if (!this.isLogDisabled(request)) request.log.debug({ req: request }, 'incoming request');
  }

  override requestCompleted(...args: Parameters<LogController['requestCompleted']>) {
    const [error, request, reply] = args;
    if (error || this.isLogDisabled(request)) return super.requestCompleted(...args);
    reply.log.debug({ res: reply, responseTime: reply.elapsedTime }, 'request completed');
  }
}

/** Builds the Fastify app from the platform and the modules; the caller owns listen() and close(). */
export async function buildApp(options: BuildAppOptions): Promise<FastifyInstance> {
  const { config, database } = options;
  const app = Fastify({
    logger:
      options.isLogging === false
        ? false
        : {
            level: config.logLevel,
            redact: ['req.headers.cookie', 'req.headers["x-csrf-token"]', 'res.headers["set-cookie"]'],
          },
    logController: new DebugRequestLogs(),
    bodyLimit: 20 * 1024 * 1024,
    trustProxy: process.env.TRUST_PROXY === 'true',
    routerOptions: { ignoreTrailingSlash: true },
  }).withTypeProvider<ZodTypeProvider>();

  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  app.decorate('database', database);
  app.decorate('appConfig', config);
  const mailer = options.mailer ?? createMailer(config.smtpUrl, config.mailFrom);
  app.decorate('mailer', mailer);
  app.decorate('clock', options.clock ?? (() => new Date()));
  app.decorate('workerScope', options.workerScope);
  app.decorate('workerId', newWorkerId());
  // A mailer the app made is the app's to close; one passed in belongs to the caller.
  if (!options.mailer) app.addHook('onClose', async () => mailer.close());
  setHashingConcurrency(config.passwordHashConcurrency);

  await app.register(fastifyCookie);
  await registerSecurityHeaders(app, config);
  await app.register(fastifySwagger, {
    openapi: {
      openapi: '3.1.0',
      info: {
        title: 'Vínculo API',
        description:
          "A local government's international links as public policy. Errors are RFC 9457 problem details; " +
          'state-changing requests need the x-csrf-token header of the session. Integrations send ' +
          '`Authorization: Bearer <token>` instead (tokens are created by an admin of the government; ' +
          'no cookie and no CSRF header with them).',
        version: '0.1.0',
      },
      components: {
        securitySchemes: {
          session: { type: 'apiKey', in: 'cookie', name: 'vinculo_session' },
          bearer: {
            type: 'http',
            scheme: 'bearer',
            description: 'An API token of one government and one role, created by its admin (vinculo_…)',
          },
        },
      },
      security: [{ session: [] }, { bearer: [] }],
    },
    transform: jsonSchemaTransform,
  });
  await app.register(fastifySwaggerUi, {
    routePrefix: '/api/docs',
    staticCSP: docsContentSecurityPolicy(isPublicUrlHttps(config)),
  });

  registerErrorHandling(app);
  registerAuth(app);
  registerInputHygiene(app);

  await app.register(healthRoutes);
  await app.register(authRoutes);
  await app.register(referenceRoutes);
  await app.register(placesRoutes);
  await app.register(territoryRoutes);
  await app.register(partnerDuplicatesRoutes);
  await app.register(partnersRoutes);
  await app.register(actorMapRoutes);
  await app.register(linksRoutes);
  await app.register(spreadsheetsRoutes);
  await app.register(searchRoutes);
  await app.register(auditRoutes);
  await app.register(membersRoutes);
  await app.register(apiTokensRoutes);
  await app.register(investmentRoutes);
  await app.register(diplomacyRoutes);
  await app.register(initiativesRoutes);
  await app.register(mirRoutes);
  await app.register(activitiesRoutes);
  await app.register(agendaRoutes);
  await app.register(cooperationRoutes);
  await app.register(fundingRoutes);
  await app.register(iatiRoutes);
  await app.register(strategyRoutes);
  await app.register(utilityRoutes);
  await app.register(capacityRoutes);
  await app.register(reportsRoutes);
  await app.register(publicationRoutes);
  await app.register(portalRoutes);
  await app.register(openDataRoutes);

  await registerWebApp(app, config.webDistDir);
  return app;
}

/** Hashed build files never change under their name: browsers and proxies may keep them for a year. */
export const immutableCacheControl = 'public, max-age=31536000, immutable';

/**
 * Serves the built SPA; any non-API GET that is not a file gets index.html (client-side routes).
 * The build writes .br and .gz beside each file (vite.config.ts), sent as they are to browsers that
 * accept them; files under /assets carry a content hash and are cached for good, index.html is
 * revalidated on every visit so that a new release is picked up at once.
 */
async function registerWebApp(app: FastifyInstance, webDistDir: string) {
  const indexPath = path.join(webDistDir, 'index.html');
  const hasWebApp = existsSync(indexPath);
  const assetsDir = path.join(webDistDir, 'assets') + path.sep;
  if (hasWebApp) {
    await app.register(fastifyStatic, {
      root: webDistDir,
      wildcard: false,
      index: false,
      // Source maps would hand out the source with its comments: never served, even if built.
      allowedPath: (pathName) => !pathName.endsWith('.map'),
      preCompressed: true,
      cacheControl: false,
      setHeaders: (response, filePath) => {
        response.setHeader('vary', 'accept-encoding');
        response.setHeader(
          'cache-control',
          filePath.startsWith(assetsDir) ? immutableCacheControl : 'no-cache',
        );
      },
    });
  }
  app.setNotFoundHandler((request, reply) => {
    const isPageRequest =
      request.method === 'GET' &&
      !request.url.startsWith('/api') &&
      !path.extname(request.url.split('?')[0] ?? '');
    if (hasWebApp && isPageRequest) {
      return reply.type('text/html').header('cache-control', 'no-cache').sendFile('index.html');
    }
    return sendRouteNotFound(request, reply);
  });
}

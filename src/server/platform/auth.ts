import { createHash, createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import { and, eq, gt, sql } from 'drizzle-orm';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { type Language, type Role, roles, type TenantKind } from '../../contracts/common';
import { governments, memberships, sessions, users } from '../db/schema';
import { type ApiTokenIdentity, bearerTokenOf, findLiveApiToken, recordApiTokenUse } from './api-token-auth';
import type { AppConfig } from './config';
import type { Database, DatabaseHandle } from './db';
import { AppError, CsrfError, ForbiddenError, NotFoundError, UnauthorizedError } from './errors';
import { negotiateLanguage } from './i18n';
import type { TenantContext } from './tenancy';

/**
 * What a route requires; every /api route declares one (a test walks them all). A tenant route serves
 * governments unless it names the kinds of tenant it serves: an association (a network of governments)
 * has no partners, links or agenda of its own, and those routes answer it 404.
 */
export type RoutePolicy =
  | { access: 'public' }
  | { access: 'authenticated'; isOpenToTokens?: boolean }
  | { access: 'tenant'; roles: readonly Role[]; tenantKinds?: readonly TenantKind[]; isPersonal?: boolean };

export const publicAccess: RoutePolicy = { access: 'public' };
/** A signed-in person's own account (preferences, password, calendar link): never an API token. */
export const authenticatedAccess: RoutePolicy = { access: 'authenticated' };
/** Anyone signed in, and API tokens too (shared reference data that belongs to no government). */
export const authenticatedOrTokenAccess: RoutePolicy = { access: 'authenticated', isOpenToTokens: true };
export function tenantAccess(
  allowed: readonly Role[],
  tenantKinds: readonly TenantKind[] = ['government'],
): RoutePolicy {
  return { access: 'tenant', roles: allowed, tenantKinds };
}
/** Both kinds of tenant: their members, audit trail and the like. */
export const everyTenantKind: readonly TenantKind[] = ['government', 'association'];
/** A person's own things inside a government (their notifications): an API token is nobody's. */
export function personalTenantAccess(
  allowed: readonly Role[],
  tenantKinds: readonly TenantKind[] = ['government'],
): RoutePolicy {
  return { access: 'tenant', roles: allowed, tenantKinds, isPersonal: true };
}
export const everyRole = roles;

export type RouteEntry = { method: string; url: string; policy: RoutePolicy | undefined };

export type AuthState = {
  sessionId: string;
  user: { id: string; email: string; name: string; preferredLanguage: Language };
};

declare module 'fastify' {
  interface FastifyContextConfig {
    policy?: RoutePolicy;
  }
  interface FastifyRequest {
    language: Language;
    auth: AuthState | null;
    tenant: TenantContext | null;
    apiToken: ApiTokenIdentity | null;
  }
  interface FastifyInstance {
    database: DatabaseHandle;
    appConfig: AppConfig;
    routeCatalogue: RouteEntry[];
  }
}

export const sessionCookieName = 'vinculo_session';
const stateChangingMethods = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);
const uuidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Session ids are stored hashed: a copy of the database does not hand out live sessions. */
export function hashSessionToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

export function createSessionToken(): string {
  return randomBytes(32).toString('base64url');
}

/** The CSRF token is bound to the session: an HMAC that only this server can compute. */
export function csrfTokenFor(sessionToken: string, secret: string): string {
  return createHmac('sha256', secret).update(`csrf:${sessionToken}`).digest('base64url');
}

function isSameToken(a: string, b: string): boolean {
  const left = Buffer.from(a);
  const right = Buffer.from(b);
  return left.length === right.length && timingSafeEqual(left, right);
}

export type SessionWithMembership = AuthState & {
  membership: { role: Role; departmentId: string | null; timezone: string; tenantKind: TenantKind } | null;
};

function buildSessionQuery(db: Database, hasGovernment: boolean) {
  const membershipJoin = hasGovernment
    ? and(eq(memberships.userId, users.id), eq(memberships.governmentId, sql.placeholder('governmentId')))
    : sql`false`;
  return db
    .select({
      sessionId: sessions.id,
      userId: users.id,
      email: users.email,
      name: users.name,
      preferredLanguage: users.preferredLanguage,
      isDisabled: users.isDisabled,
      role: memberships.role,
      departmentId: memberships.departmentId,
      timezone: governments.timezone,
      tenantKind: governments.tenantKind,
    })
    .from(sessions)
    .innerJoin(users, eq(users.id, sessions.userId))
    .leftJoin(memberships, membershipJoin)
    .leftJoin(governments, eq(governments.id, memberships.governmentId))
    .where(and(eq(sessions.id, sql.placeholder('sessionId')), gt(sessions.expiresAt, sql.placeholder('now'))))
    .prepare(hasGovernment ? 'vinculo_session_in_government' : 'vinculo_session');
}

type SessionQueries = {
  inGovernment: ReturnType<typeof buildSessionQuery>;
  alone: ReturnType<typeof buildSessionQuery>;
};
// Built once per database handle: every request runs it, and drizzle's query building cost more
// CPU than the lookup itself. Named, so that PostgreSQL parses it once per connection.
const sessionQueries = new WeakMap<Database, SessionQueries>();

/**
 * Finds the live session of a cookie's token, with its user; null when absent, expired or disabled.
 * Given a government, the same round trip reads the user's membership in it and the government's
 * time zone: a tenant request pays one query for authentication, not two or three.
 */
export async function findSession(
  db: Database,
  token: string,
  governmentId?: string,
): Promise<SessionWithMembership | null> {
  let queries = sessionQueries.get(db);
  if (!queries) {
    queries = { inGovernment: buildSessionQuery(db, true), alone: buildSessionQuery(db, false) };
    sessionQueries.set(db, queries);
  }
  const values = { sessionId: hashSessionToken(token), now: new Date().toISOString() };
  const [row] = governmentId
    ? await queries.inGovernment.execute({ ...values, governmentId })
    : await queries.alone.execute(values);
  if (!row || row.isDisabled) return null;
  return {
    sessionId: row.sessionId,
    user: {
      id: row.userId,
      email: row.email,
      name: row.name,
      preferredLanguage: row.preferredLanguage as Language,
    },
    membership:
      row.role && row.timezone
        ? {
            role: row.role as Role,
            departmentId: row.departmentId,
            timezone: row.timezone,
            tenantKind: row.tenantKind ?? 'government',
          }
        : null,
  };
}

function languageOf(request: FastifyRequest): Language {
  const query = request.query as Record<string, unknown> | undefined;
  const explicit = typeof query?.lang === 'string' ? query.lang : undefined;
  return negotiateLanguage(request.headers['accept-language'], explicit);
}

/**
 * Authentication, authorization and CSRF, in one hook that runs before any body is parsed:
 * an unauthorised caller learns nothing from validation messages.
 */
export function registerAuth(app: FastifyInstance) {
  app.decorateRequest('language', 'es');
  app.decorateRequest('auth', null);
  app.decorateRequest('tenant', null);
  app.decorateRequest('apiToken', null);

  app.decorate('routeCatalogue', [] as RouteEntry[]);
  app.addHook('onRoute', (route) => {
    if (!route.url.startsWith('/api')) return;
    if (route.method === 'HEAD' || route.url.startsWith('/api/docs')) {
      route.config = { ...route.config, policy: route.config?.policy ?? publicAccess };
      return;
    }
    const methods = Array.isArray(route.method) ? route.method : [route.method];
    for (const method of methods)
      app.routeCatalogue.push({ method, url: route.url, policy: route.config?.policy });
    // Refuse to start rather than serve a route nobody thought about protecting.
    if (!route.config?.policy)
      throw new Error(`Route ${String(route.method)} ${route.url} declares no policy`);
    // The OpenAPI document says which routes need no credential at all (the rest: session or bearer).
    if (route.config.policy.access === 'public' && route.schema)
      route.schema = { ...route.schema, security: [] };
  });

  app.addHook('onRequest', async (request) => {
    request.language = languageOf(request);
    const policy = request.routeOptions.config?.policy;
    if (!policy) return; // unknown routes go on to the 404 handler; static files are public
    const governmentId = (request.params as Record<string, string> | undefined)?.governmentId;
    const isTenantRequest =
      policy.access === 'tenant' && typeof governmentId === 'string' && uuidPattern.test(governmentId);
    const bearer = bearerTokenOf(request.headers.authorization);
    const token = request.cookies[sessionCookieName];
    if (bearer !== undefined) {
      // One caller, one credential: a cookie beside a bearer token would make "who is this" ambiguous.
      if (token) throw new MixedCredentialsError();
      return authenticateToken(app, request, policy, bearer, isTenantRequest ? governmentId : undefined);
    }
    let session: SessionWithMembership | null = null;
    if (token) {
      session = await findSession(app.database.db, token, isTenantRequest ? governmentId : undefined);
      request.auth = session ? { sessionId: session.sessionId, user: session.user } : null;
      if (request.auth && stateChangingMethods.has(request.method)) {
        const sent = request.headers['x-csrf-token'];
        const expected = csrfTokenFor(token, app.appConfig.sessionSecret);
        if (typeof sent !== 'string' || !isSameToken(sent, expected)) throw new CsrfError();
      }
    }
    if (policy.access === 'public') return;
    if (!request.auth) throw new UnauthorizedError();
    if (policy.access === 'authenticated') return;
    if (!isTenantRequest) throw new NotFoundError();
    const membership = session?.membership ?? null;
    // Not a member: the government does not exist for this caller.
    if (!membership) throw new NotFoundError();
    if (!policy.roles.includes(membership.role)) throw new ForbiddenError();
    // A module that this kind of tenant does not have does not exist for it.
    if (!(policy.tenantKinds ?? ['government']).includes(membership.tenantKind)) throw new NotFoundError();
    request.tenant = {
      governmentId,
      userId: request.auth.user.id,
      role: membership.role,
      departmentId: membership.departmentId,
      timezone: membership.timezone,
      tenantKind: membership.tenantKind,
    };
  });
}

export class MixedCredentialsError extends AppError {
  constructor() {
    super(400, 'mixed_credentials', 'access.mixedCredentialsTitle', 'access.mixedCredentials');
  }
}

export class TokenNotAllowedError extends AppError {
  constructor() {
    super(403, 'token_not_allowed', 'problems.forbidden', 'access.tokenNotAllowed');
  }
}

/**
 * A request with `Authorization: Bearer`: the same policies as a session, with the token's role in
 * the token's government. No CSRF check: no cookie is involved, so a foreign page cannot make a
 * browser send it. Every request of a live token is counted, denied ones too.
 */
async function authenticateToken(
  app: FastifyInstance,
  request: FastifyRequest,
  policy: RoutePolicy,
  secret: string | null,
  governmentId: string | undefined,
) {
  const now = app.clock();
  const identity = secret ? await findLiveApiToken(app.database.db, secret, now) : null;
  if (!identity) throw new UnauthorizedError('access.tokenInvalid', 'token_invalid');
  request.apiToken = identity;
  let denial: AppError | null = null;
  if (policy.access === 'authenticated' && !policy.isOpenToTokens) denial = new TokenNotAllowedError();
  else if (policy.access === 'tenant') {
    // Another government, or no government in the address: it does not exist for this token.
    if (!governmentId || governmentId !== identity.governmentId) denial = new NotFoundError();
    // Tokens are created inside a government (never an association): its modules only.
    else if (!(policy.tenantKinds ?? ['government']).includes('government')) denial = new NotFoundError();
    else if (policy.isPersonal) denial = new TokenNotAllowedError();
    else if (!policy.roles.includes(identity.role)) denial = new ForbiddenError();
  }
  await recordApiTokenUse(app.database.db, identity, {
    now,
    route: `${request.method} ${request.routeOptions.url ?? ''}`,
    isWrite: stateChangingMethods.has(request.method),
    isDenied: denial !== null,
  });
  if (denial) throw denial;
  if (policy.access !== 'tenant') return;
  request.tenant = {
    governmentId: identity.governmentId,
    userId: identity.actorId,
    role: identity.role,
    departmentId: null,
    timezone: identity.timezone,
    tenantKind: 'government',
    apiTokenId: identity.tokenId,
  };
}

/** The tenant context of a request whose policy is a tenant policy (set by the auth hook). */
export function tenantOf(request: FastifyRequest): TenantContext {
  if (!request.tenant) throw new UnauthorizedError();
  return request.tenant;
}

export function authOf(request: FastifyRequest): AuthState {
  if (!request.auth) throw new UnauthorizedError();
  return request.auth;
}

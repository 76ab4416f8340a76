import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { hasZodFastifySchemaValidationErrors, isResponseSerializationError } from 'fastify-type-provider-zod';
import type { Problem } from '../../contracts/common';
import { type MessageParams, translate } from './i18n';

export type FieldIssue = { field: string; key: string; params?: MessageParams; code?: string };

/** An error that the API answers with a problem document; anything else is a 500. */
export class AppError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    readonly titleKey: string,
    readonly detailKey?: string,
    readonly detailParams: MessageParams = {},
    readonly extra: Partial<Problem> = {},
  ) {
    super(code);
  }
}

export class NotFoundError extends AppError {
  constructor() {
    super(404, 'not_found', 'problems.notFound', 'problems.notFoundDetail');
  }
}

export class VersionConflictError extends AppError {
  constructor(currentVersion: number, yourVersion: number) {
    super(
      409,
      'version_conflict',
      'problems.conflict',
      'problems.conflictDetail',
      { currentVersion, yourVersion },
      {
        currentVersion,
        yourVersion,
      },
    );
  }
}

export class UnauthorizedError extends AppError {
  constructor(detailKey = 'problems.unauthorizedDetail', code = 'unauthorized') {
    super(401, code, 'problems.unauthorized', detailKey);
  }
}

export class ForbiddenError extends AppError {
  constructor() {
    super(403, 'forbidden', 'problems.forbidden', 'problems.forbiddenDetail');
  }
}

export class CsrfError extends AppError {
  constructor() {
    super(403, 'csrf_token_invalid', 'problems.csrf', 'problems.csrfDetail');
  }
}

export class RateLimitedError extends AppError {
  constructor(readonly retryAfterSeconds: number) {
    super(
      429,
      'rate_limited',
      'problems.rateLimited',
      retryAfterSeconds < 60 ? 'access.rateLimitedSecondsDetail' : 'problems.rateLimitedDetail',
      { minutes: Math.max(1, Math.ceil(retryAfterSeconds / 60)), seconds: retryAfterSeconds },
      { retryAfterSeconds },
    );
  }
}

/** A business rule refused the input: 422 (or 400 for malformed input) with the fields that explain why. */
export class ValidationError extends AppError {
  constructor(
    readonly issues: FieldIssue[],
    code = 'validation_failed',
    titleKey = 'problems.validation',
    detailKey = 'problems.validationDetail',
    status = 422,
  ) {
    super(status, code, titleKey, detailKey);
  }
}

/** A stage gate refused a move: 422 whose errors say what the initiative still needs. */
export class GateRefusedError extends ValidationError {
  constructor(issues: FieldIssue[]) {
    super(issues, 'gate_refused', 'problems.gateRefused', 'problems.gateRefusedDetail');
  }
}

/** Shorthand for one field's rule failure. */
export function fieldError(field: string, key: string, params?: MessageParams): ValidationError {
  return new ValidationError([{ field, key, ...(params ? { params } : {}) }]);
}

type ZodLikeIssue = {
  code: string;
  message: string;
  path: (string | number)[];
  input?: unknown;
  origin?: string;
  format?: string;
  keys?: string[];
  minimum?: number | bigint;
};

/** Maps a zod issue to one of our message keys: contracts name their keys, zod's own codes are mapped. */
export function issueToField(issue: ZodLikeIssue): FieldIssue {
  const field = issue.path.join('.');
  if (
    issue.message.startsWith('validation.') ||
    issue.message.startsWith('access.') ||
    issue.message.startsWith('input.')
  )
    return { field, key: issue.message, code: issue.code };
  switch (issue.code) {
    case 'invalid_type':
      return {
        field,
        key:
          issue.input === undefined || issue.input === null
            ? 'validation.required'
            : 'validation.invalidType',
        code: issue.code,
      };
    case 'too_big':
      return {
        field,
        key: issue.origin === 'string' ? 'validation.tooLong' : 'validation.outOfRange',
        code: issue.code,
      };
    case 'too_small':
      return {
        field,
        key:
          issue.origin === 'string'
            ? Number(issue.minimum) <= 1
              ? 'validation.required'
              : 'validation.tooShort'
            : 'validation.outOfRange',
        code: issue.code,
      };
    case 'invalid_format':
      return {
        field,
        key:
          issue.format === 'email'
            ? 'validation.invalidEmail'
            : issue.format === 'url'
              ? 'validation.invalidUrl'
              : issue.format === 'date'
                ? 'validation.invalidDate'
                : issue.format === 'uuid'
                  ? 'validation.invalidId'
                  : 'validation.invalidValue',
        code: issue.code,
      };
    case 'unrecognized_keys':
      return {
        field,
        key: 'validation.unrecognizedKeys',
        params: { keys: (issue.keys ?? []).join(', ') },
        code: issue.code,
      };
    default:
      return { field, key: 'validation.invalidValue', code: issue.code };
  }
}

function sendProblem(request: FastifyRequest, reply: FastifyReply, problem: Problem) {
  return reply
    .status(problem.status)
    .type('application/problem+json')
    .send({ ...problem, instance: request.url.split('?')[0] });
}

function problemFromAppError(error: AppError, request: FastifyRequest): Problem {
  const language = request.language;
  const problem: Problem = {
    type: `https://vinculo.dev/problems/${error.code.replaceAll('_', '-')}`,
    title: translate(language, error.titleKey),
    status: error.status,
    code: error.code,
    ...(error.detailKey ? { detail: translate(language, error.detailKey, error.detailParams) } : {}),
    ...error.extra,
  };
  if (error instanceof ValidationError) {
    problem.errors = error.issues.map((issue) => ({
      field: issue.field,
      message: translate(language, issue.key, issue.params),
      code: issue.code ?? issue.key.replace('validation.', ''),
    }));
  }
  return problem;
}

/** One error model for the whole API: RFC 9457 problem details in the caller's language. */
export function registerErrorHandling(app: FastifyInstance) {
  app.setErrorHandler((error: FastifyError, request, reply) => {
    if (error instanceof AppError) {
      if (error instanceof RateLimitedError) reply.header('retry-after', String(error.retryAfterSeconds));
      return sendProblem(request, reply, problemFromAppError(error, request));
    }
    if (hasZodFastifySchemaValidationErrors(error)) {
      // A malformed id in the path names nothing that exists: answer as for any unknown record.
      if (error.validationContext === 'params') {
        return sendProblem(request, reply, problemFromAppError(new NotFoundError(), request));
      }
      const issues = error.validation.map((item) =>
        issueToField({
          ...(item.params as Omit<ZodLikeIssue, 'path' | 'message' | 'code'>),
          code: item.keyword,
          message: item.message ?? '',
          path: item.instancePath.split('/').filter(Boolean),
        }),
      );
      const validation = new ValidationError(issues);
      const problem = problemFromAppError(validation, request);
      // Shape errors (wrong type, missing field) are 400; rule failures from services are 422.
      return sendProblem(request, reply, { ...problem, status: 400 });
    }
    // The last line of defence for input the checks above let through: the database's own refusal
    // of a duplicate, an unknown reference or an impossible value is the caller's mistake, not a 500.
    const sqlState = databaseErrorCode(error);
    const databaseProblem = sqlState ? problemForDatabaseError(sqlState) : null;
    if (databaseProblem) {
      request.log.warn({ err: error, sqlState }, 'database refused the input');
      return sendProblem(
        request,
        reply,
        problemFromAppError(
          new AppError(databaseProblem.status, databaseProblem.code, databaseProblem.titleKey),
          request,
        ),
      );
    }
    if (isResponseSerializationError(error)) {
      request.log.error({ err: error, cause: error.cause }, 'response did not match its contract');
    }
    const status = error.statusCode ?? 500;
    if (status >= 400 && status < 500) {
      const titleKey =
        status === 413
          ? 'problems.payloadTooLarge'
          : status === 415
            ? 'problems.unsupportedMediaType'
            : status === 404
              ? 'problems.notFound'
              : 'problems.badRequest';
      return sendProblem(request, reply, {
        type: 'about:blank',
        title: translate(request.language, titleKey),
        status,
        code: (error.code ?? 'bad_request').toLowerCase(),
        detail: error.message,
      });
    }
    request.log.error({ err: error }, 'unhandled error');
    return sendProblem(request, reply, {
      type: 'about:blank',
      title: translate(request.language, 'problems.internal'),
      status: 500,
      code: 'internal_error',
      detail: translate(request.language, 'problems.internalDetail'),
    });
  });
}

/** The 404 of an unknown address, as a problem document. */
export function sendRouteNotFound(request: FastifyRequest, reply: FastifyReply) {
  return sendProblem(request, reply, {
    type: 'about:blank',
    title: translate(request.language, 'problems.notFound'),
    status: 404,
    code: 'route_not_found',
    detail: translate(request.language, 'problems.routeNotFound'),
  });
}

/** The SQLSTATE of a PostgreSQL error (node-postgres or PGlite), also when a query builder wrapped it. */
export function databaseErrorCode(error: unknown): string | null {
  let current: unknown = error;
  for (let depth = 0; depth < 4 && current && typeof current === 'object'; depth += 1) {
    const code = (current as { code?: unknown }).code;
    if (typeof code === 'string' && /^[0-9A-Z]{5}$/.test(code)) return code;
    current = (current as { cause?: unknown }).cause;
  }
  return null;
}

/**
 * 23505 (two requests raced to create the same thing) is a conflict; 23503 (a reference to a row that
 * is not there) and class 22 (a value the column cannot hold) are the caller's input. Anything else
 * stays a 500: it is our fault.
 */
function problemForDatabaseError(sqlState: string) {
  if (sqlState === '23505') return { status: 409, code: 'duplicate', titleKey: 'problems.conflict' };
  if (sqlState === '23503')
    return { status: 422, code: 'unknown_reference', titleKey: 'problems.validation' };
  if (sqlState.startsWith('22'))
    return { status: 400, code: 'invalid_value', titleKey: 'problems.badRequest' };
  return null;
}

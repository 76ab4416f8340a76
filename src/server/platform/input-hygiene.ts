import type { FastifyInstance } from 'fastify';
import { type FieldIssue, ValidationError } from './errors';

// NUL cannot be stored in a PostgreSQL text or jsonb value (the driver answers "invalid byte
// sequence"), so every string the API accepts is refused here with a 400 naming the field, instead of
// each route failing with a 500 deep in a query.
const nulCharacter = '\u0000';

/** The headers the API reads as text; NUL in any of them is refused like NUL in the body. */
const checkedHeaders = ['x-file-name', 'user-agent', 'accept-language', 'x-csrf-token', 'content-type'];

const maxIssues = 20;

/** Paths of the strings (keys included) that contain NUL, depth-first, at most `maxIssues`. */
export function findNulCharacters(value: unknown, path: string, found: string[] = []): string[] {
  if (found.length >= maxIssues) return found;
  if (typeof value === 'string') {
    if (value.includes(nulCharacter)) found.push(path);
  } else if (Array.isArray(value)) {
    value.forEach((item, index) => {
      findNulCharacters(item, path ? `${path}.${index}` : String(index), found);
    });
  } else if (value !== null && typeof value === 'object' && isPlainObject(value)) {
    for (const [key, item] of Object.entries(value)) {
      const itemPath = path ? `${path}.${key}` : key;
      if (key.includes(nulCharacter)) found.push(itemPath);
      findNulCharacters(item, itemPath, found);
    }
  }
  return found;
}

function isPlainObject(value: object): boolean {
  // Uploads arrive as streams and buffers: only parsed JSON, query and path objects are walked (the
  // query parser's objects have a prototype of their own, without Object's).
  if (Buffer.isBuffer(value) || ArrayBuffer.isView(value)) return false;
  return typeof (value as { pipe?: unknown }).pipe !== 'function';
}

/**
 * One hook for every route: a NUL character in the body, the query, the path or a header the API
 * reads answers 400 with the fields that hold it. It runs before validation and after
 * authentication, so a stranger learns nothing from it.
 */
export function registerInputHygiene(app: FastifyInstance) {
  app.addHook('preValidation', async (request) => {
    const paths = [
      ...findNulCharacters(request.params, 'params'),
      ...findNulCharacters(request.query, 'query'),
      ...findNulCharacters(request.body, ''),
    ];
    for (const name of checkedHeaders) {
      const value = request.headers[name];
      if (typeof value === 'string' && value.includes(nulCharacter)) paths.push(`headers.${name}`);
    }
    if (paths.length === 0) return;
    const issues: FieldIssue[] = paths
      .slice(0, maxIssues)
      .map((field) => ({ field, key: 'input.nulCharacter', code: 'nul_character' }));
    throw new ValidationError(
      issues,
      'invalid_characters',
      'problems.badRequest',
      'input.nulCharacterDetail',
      400,
    );
  });
}

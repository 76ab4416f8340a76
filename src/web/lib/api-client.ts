import type { z } from 'zod';
import { type Problem, problemSchema } from '../../contracts/common';

/** An API failure carrying the RFC 9457 problem the server sent (or one built for network errors). */
export class ApiError extends Error {
  readonly status: number;
  readonly problem: Problem;

  constructor(problem: Problem) {
    super(problem.detail ?? problem.title);
    this.name = 'ApiError';
    this.status = problem.status;
    this.problem = problem;
  }
}

export function isApiError(error: unknown): error is ApiError {
  return error instanceof ApiError;
}

type QueryValue = string | number | boolean | null | undefined;

export type RequestOptions = {
  method?: 'GET' | 'POST' | 'PUT' | 'DELETE';
  body?: unknown;
  query?: Record<string, QueryValue>;
  signal?: AbortSignal;
};

// Module state set by the session and i18n layers: the CSRF token of the session and the UI language.
const state: { csrfToken: string | null; language: string } = { csrfToken: null, language: 'es' };

export function setCsrfToken(token: string | null) {
  state.csrfToken = token;
}

export function setRequestLanguage(language: string) {
  state.language = language;
}

export function buildQueryString(query: Record<string, QueryValue> | undefined): string {
  if (!query) return '';
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (value === undefined || value === null || value === '' || value === false) continue;
    params.set(key, String(value));
  }
  const text = params.toString();
  return text ? `?${text}` : '';
}

async function readProblem(response: Response): Promise<Problem> {
  const fallback: Problem = {
    type: 'about:blank',
    title: response.statusText || 'Error',
    status: response.status,
    code: response.status === 401 ? 'unauthorized' : 'http_error',
  };
  try {
    const parsed = problemSchema.safeParse(await response.json());
    return parsed.success ? parsed.data : fallback;
  } catch {
    return fallback;
  }
}

/**
 * Calls the API and validates the answer against its contract. A response that does not match the
 * contract is reported in the console but still returned, so a small server drift does not blank a page.
 */
export async function apiRequest<S extends z.ZodType>(
  path: string,
  schema: S | null,
  options: RequestOptions = {},
): Promise<z.output<S>> {
  const method = options.method ?? 'GET';
  const headers: Record<string, string> = {
    accept: 'application/json',
    'accept-language': state.language,
  };
  if (method !== 'GET') {
    headers['content-type'] = 'application/json';
    if (state.csrfToken) headers['x-csrf-token'] = state.csrfToken;
  }
  let response: Response;
  try {
    response = await fetch(`/api${path}${buildQueryString(options.query)}`, {
      method,
      headers,
      credentials: 'same-origin',
      body: method === 'GET' ? undefined : JSON.stringify(options.body ?? {}),
      signal: options.signal,
    });
  } catch (error) {
    if (error instanceof DOMException && error.name === 'AbortError') throw error;
    throw new ApiError({ type: 'about:blank', title: 'network', status: 0, code: 'network_error' });
  }
  if (!response.ok) throw new ApiError(await readProblem(response));
  if (response.status === 204 || !schema) return undefined as z.output<S>;
  const data: unknown = await response.json();
  const parsed = schema.safeParse(data);
  if (!parsed.success) {
    console.warn(`Response of ${method} ${path} does not match its contract`, parsed.error.issues);
    return data as z.output<S>;
  }
  return parsed.data;
}

import type { TFunction } from 'i18next';
import type { FieldErrors, FieldValues, Path, Resolver, UseFormSetError } from 'react-hook-form';
import type { z } from 'zod';
import { isApiError } from './api-client';

const messageKeyPattern = /^(validation|problems|forms|input)\.[A-Za-z]+$/;

/** Messages of the contracts are i18n keys (validation.required); server messages are already text. */
export function translateMessage(t: TFunction, message: string | undefined): string {
  if (!message) return '';
  return messageKeyPattern.test(message) ? t(message) : message;
}

function setNested(target: Record<string, unknown>, path: string[], value: unknown) {
  let node = target;
  path.forEach((key, index) => {
    if (index === path.length - 1) {
      if (node[key] === undefined) node[key] = value;
      return;
    }
    const next = node[key];
    if (typeof next !== 'object' || next === null) node[key] = {};
    node = node[key] as Record<string, unknown>;
  });
}

type ExtraCheck<TValues> = (values: TValues) => Array<{ path: string; message: string }>;

/**
 * A react-hook-form resolver that validates with the contract schema itself: the form keeps its own
 * string-friendly values, `toInput` turns them into the request body, and issues map back to fields.
 */
export function contractResolver<TValues extends FieldValues, TOutput>(
  schema: z.ZodType<TOutput>,
  toInput: (values: TValues) => unknown,
  options: { mapPath?: (path: string) => string; check?: ExtraCheck<TValues> } = {},
): Resolver<TValues, unknown, TOutput> {
  return (values) => {
    const issues: Array<{ path: string; message: string }> = options.check ? options.check(values) : [];
    const parsed = schema.safeParse(toInput(values));
    if (!parsed.success) {
      for (const issue of parsed.error.issues) {
        const rawPath = issue.path.map(String).join('.');
        const path = options.mapPath ? options.mapPath(rawPath) : rawPath;
        const message = messageKeyPattern.test(issue.message) ? issue.message : 'validation.invalidValue';
        issues.push({ path: path || 'root.form', message });
      }
    }
    if (parsed.success && issues.length === 0) return { values: parsed.data, errors: {} };
    const errors: Record<string, unknown> = {};
    for (const issue of issues) {
      setNested(errors, issue.path.split('.'), { type: 'validation', message: issue.message });
    }
    return { values: {}, errors: errors as FieldErrors<TValues> };
  };
}

/** Puts the server's field errors (dotted paths like contacts.0.email) under the matching inputs. */
export function applyServerErrors<TValues extends FieldValues>(
  error: unknown,
  setError: UseFormSetError<TValues>,
  mapPath: (field: string) => string = (field) => field,
): boolean {
  if (!isApiError(error) || !error.problem.errors?.length) return false;
  let isFirst = true;
  for (const fieldError of error.problem.errors) {
    const name = mapPath(fieldError.field.replace(/^body\./, '')) as Path<TValues>;
    setError(name, { type: 'server', message: fieldError.message }, { shouldFocus: isFirst });
    isFirst = false;
  }
  return true;
}

export function isVersionConflict(error: unknown): boolean {
  return isApiError(error) && error.status === 409 && error.problem.code === 'version_conflict';
}

/** A sentence to show for any failed request, in the UI language. */
export function describeError(t: TFunction, error: unknown): string {
  if (isApiError(error)) {
    if (error.status === 0) return t('errors.network');
    const { title, detail } = error.problem;
    return detail && detail !== title ? `${title}. ${detail}` : title;
  }
  return t('errors.unexpected');
}

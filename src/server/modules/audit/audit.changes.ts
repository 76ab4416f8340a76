import type { AuditChange, AuditScalar, AuditValue } from '../../../contracts/audit';
import { type Codebook, fieldSpecOf, type ReferenceTarget } from './audit.fields';

/**
 * Pure part of the audit presenter: from two snapshots of a record, the fields that changed as
 * structured items. References and codebook codes are left as lookups (`ref`, `codebook`) that the
 * presenter resolves in one batch per page; nothing here touches the database.
 */

export type Lookup =
  | { type: 'ref'; to: ReferenceTarget; id: string }
  | { type: 'codebook'; codebook: Codebook; code: string };
type PendingScalar = AuditScalar | Lookup;
type PendingValue = PendingScalar | { type: 'list'; items: PendingScalar[]; more: number };
export type PendingChange = Omit<AuditChange, 'before' | 'after'> & {
  before: PendingValue | null;
  after: PendingValue | null;
};

export const maxTextLength = 300;
export const maxListItems = 20;
export const maxChanges = 60;

const uuidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const datePattern = /^\d{4}-\d{2}-\d{2}$/;
const dateTimePattern = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/;

export function isUuid(value: unknown): value is string {
  return typeof value === 'string' && uuidPattern.test(value);
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

// Initiative updates keep the relations as they were read (units, departmentRows…) under `relations`,
// while creations spread the input's own names: both read as the same fields.
const relationAliases: Record<string, string> = {
  units: 'territorialUnitIds',
  departmentRows: 'departments',
  partnerRows: 'partners',
  linkRows: 'linkIds',
};

/** A snapshot as flat fields: nested `relations` spread, under the names the creation used. */
export function flattenSnapshot(snapshot: unknown): Record<string, unknown> {
  if (!isRecord(snapshot)) return {};
  const { relations, ...fields } = snapshot;
  if (!isRecord(relations)) return snapshot;
  const flat: Record<string, unknown> = { ...fields };
  for (const [key, value] of Object.entries(relations)) flat[relationAliases[key] ?? key] = value;
  return flat;
}

function text(value: string): AuditScalar {
  return {
    type: 'text',
    text: value.length > maxTextLength ? `${value.slice(0, maxTextLength - 1)}…` : value,
  };
}

// Which field of a child row names it, in order of preference (a participant's own name before its partner's).
const childReferenceFields: [string, ReferenceTarget][] = [
  ['partnerId', 'partner'],
  ['departmentId', 'department'],
  ['userId', 'user'],
  ['territorialUnitId', 'territorial_unit'],
  ['linkId', 'link'],
  ['initiativeId', 'initiative'],
  ['eventId', 'event'],
];

/** One child row (a contact, a party, a cost…) as the one value a person recognises it by. */
function childScalar(child: Record<string, unknown>): PendingScalar | null {
  if (typeof child.amountMinor === 'number') {
    return {
      type: 'money',
      amountMinor: child.amountMinor,
      currency: typeof child.currency === 'string' ? child.currency : null,
    };
  }
  for (const key of ['name', 'title']) {
    const value = child[key];
    if (typeof value === 'string' && value.trim() !== '') return text(value);
  }
  for (const [key, target] of childReferenceFields) {
    if (isUuid(child[key])) return { type: 'ref', to: target, id: child[key] };
  }
  return null;
}

function scalarOf(
  entityType: string,
  field: string,
  value: unknown,
  snapshot: Record<string, unknown>,
): PendingScalar | null {
  if (value === null || value === undefined || value === '') return null;
  const { spec } = fieldSpecOf(entityType, field);
  if (isRecord(value)) return childScalar(value);
  if (spec?.kind === 'reference') return isUuid(value) ? { type: 'ref', to: spec.to, id: value } : null;
  if (spec?.kind === 'money' && typeof value === 'number') {
    const currency = snapshot[spec.currencyField];
    return { type: 'money', amountMinor: value, currency: typeof currency === 'string' ? currency : null };
  }
  if (spec?.kind === 'code') {
    return { type: 'code', code: String(value), labelKey: `${spec.labels}.${String(value)}` };
  }
  if (spec?.kind === 'codebook') return { type: 'codebook', codebook: spec.codebook, code: String(value) };
  if (typeof value === 'boolean') return { type: 'boolean', value };
  if (typeof value === 'number') return { type: 'number', value };
  if (typeof value !== 'string') return null;
  // An id nobody declared a name for is not something a person can read.
  if (isUuid(value)) return null;
  if (datePattern.test(value)) return { type: 'date', value };
  if (dateTimePattern.test(value) && !Number.isNaN(Date.parse(value))) return { type: 'dateTime', value };
  return text(value);
}

function readValue(
  entityType: string,
  field: string,
  value: unknown,
  snapshot: Record<string, unknown>,
): PendingValue | null {
  if (!Array.isArray(value)) return scalarOf(entityType, field, value, snapshot);
  const items = value
    .map((item) => scalarOf(entityType, field, item, snapshot))
    .filter((item): item is PendingScalar => item !== null);
  if (items.length === 0) return null;
  return {
    type: 'list',
    items: items.slice(0, maxListItems),
    more: Math.max(0, items.length - maxListItems),
  };
}

function kindOf(before: PendingValue | null, after: PendingValue | null): AuditChange['kind'] {
  const value = after ?? before;
  if (!value) return 'text';
  if (value.type === 'list') return 'list';
  if (value.type === 'ref') return 'reference';
  if (value.type === 'codebook') return 'code';
  if (value.type === 'name' || value.type === 'missing') return 'reference';
  return value.type;
}

/**
 * The fields that differ between two snapshots, compared as a person reads them (so that a child
 * row read back from the database and the same row as typed are not a change).
 */
export function describeChanges(entityType: string, before: unknown, after: unknown): PendingChange[] {
  const beforeFields = flattenSnapshot(before);
  const afterFields = flattenSnapshot(after);
  const fields = [...new Set([...Object.keys(beforeFields), ...Object.keys(afterFields)])];
  const changes: PendingChange[] = [];
  for (const field of fields) {
    const { spec, labelKey } = fieldSpecOf(entityType, field);
    if (spec?.kind === 'hidden') continue;
    const beforeValue = readValue(entityType, field, beforeFields[field], beforeFields);
    const afterValue = readValue(entityType, field, afterFields[field], afterFields);
    if (beforeValue === null && afterValue === null) continue;
    if (JSON.stringify(beforeValue) === JSON.stringify(afterValue)) continue;
    changes.push({
      field,
      labelKey,
      kind: kindOf(beforeValue, afterValue),
      before: beforeValue,
      after: afterValue,
    });
    if (changes.length >= maxChanges) break;
  }
  return changes;
}

/** Every lookup the changes need, to resolve in one batch. */
export function lookupsOf(changes: PendingChange[]): Lookup[] {
  const lookups: Lookup[] = [];
  const visit = (value: PendingValue | null) => {
    if (!value) return;
    if (value.type === 'list') value.items.forEach(visit);
    else if (value.type === 'ref' || value.type === 'codebook') lookups.push(value);
  };
  for (const change of changes) {
    visit(change.before);
    visit(change.after);
  }
  return lookups;
}

export function lookupKey(lookup: Lookup): string {
  return lookup.type === 'ref' ? `${lookup.to}:${lookup.id}` : `${lookup.codebook}#${lookup.code}`;
}

/**
 * The changes with every lookup replaced by its name; a reference that is not a record of this
 * government (deleted, or never its own) reads as missing, never as its id.
 */
export function resolveChanges(changes: PendingChange[], names: ReadonlyMap<string, string>): AuditChange[] {
  const resolveScalar = (value: PendingScalar): AuditScalar => {
    if (value.type === 'ref') {
      const name = names.get(lookupKey(value));
      return name === undefined ? { type: 'missing' } : { type: 'name', name };
    }
    if (value.type === 'codebook') return { type: 'name', name: names.get(lookupKey(value)) ?? value.code };
    return value;
  };
  const resolve = (value: PendingValue | null): AuditValue | null => {
    if (!value) return null;
    if (value.type === 'list')
      return { type: 'list', items: value.items.map(resolveScalar), more: value.more };
    return resolveScalar(value);
  };
  return changes.map((change) => ({
    ...change,
    before: resolve(change.before),
    after: resolve(change.after),
  }));
}

// What the registries share on their way to and from a spreadsheet: money as a decimal amount beside
// its currency, the stubs of a registry that only exports, keyset batches, names compared as the
// sheets compare them, and the issues every registry finds the same way (an id that is not a UUID or
// not this government's, rows of one record that disagree, the contract's refusals of a row).
import { and, eq, gt, or, type SQL, sql } from 'drizzle-orm';
import type { PgColumn } from 'drizzle-orm/pg-core';
import { z } from 'zod';
import { decimalStringToMinor, minorToDecimalString } from '../../../../domain/money';
import { issueToField } from '../../../platform/errors';
import type { ParsedRecord, ParsedRow, RecordInput, RecordIssue, Resolution } from '../sheet-registry';

/** Minor units as the amount a person reads in a cell (1250050 EUR → 12500.5). */
export function moneyCell(minor: number | null | undefined, currency: string | null | undefined) {
  if (minor === null || minor === undefined) return null;
  return currency ? Number(minorToDecimalString(minor, currency)) : minor;
}

/**
 * An amount read from a cell back to minor units in its currency, by decimal text (never float
 * arithmetic); what cannot be read is passed on so that the contract names the problem.
 */
export function moneyInput(value: unknown, currency: unknown): unknown {
  if (value === null || value === undefined || value === '') return null;
  if (typeof currency !== 'string' || !/^[A-Z]{3}$/.test(currency)) return value;
  const text = typeof value === 'number' ? String(value) : String(value).trim();
  if (/e/i.test(text)) return value;
  return decimalStringToMinor(text, currency) ?? value;
}

/** Registries that go out to spreadsheets only: any file sent back is refused, row by row, changing nothing. */
export function exportOnly() {
  return {
    isExportOnly: true,
    toInput(record: { rows: { rowNumber: number }[] }): RecordInput<never> {
      const row = record.rows[0]?.rowNumber ?? 0;
      return {
        id: null,
        input: null,
        issues: [{ row, field: null, key: 'validation.sheetExportOnly' }],
        identities: [],
        label: '—',
      };
    },
    async resolve(): Promise<Resolution<never>[]> {
      return [];
    },
    changes: () => [],
    async add() {},
    async update() {},
  };
}

/** Keyset batches over any ordered query: `fetch` gets the last row of the previous batch. */
export async function* keysetBatches<Row>(
  fetch: (after: Row | null, limit: number) => Promise<Row[]>,
  limit = 1000,
): AsyncIterable<Row[]> {
  let after: Row | null = null;
  for (;;) {
    const batch = await fetch(after, limit);
    if (batch.length > 0) yield batch;
    if (batch.length < limit) return;
    after = batch[batch.length - 1] ?? null;
  }
}

/** Rows after `(key, id)` in an order by key, then id: the next keyset batch. */
export function afterKeyset(key: SQL | PgColumn, id: PgColumn, after: { key: string; id: string }): SQL {
  // `gt` and `eq` take a column or an expression alike; their overloads only do not name the union.
  const left = key as SQL;
  return or(gt(left, after.key), and(eq(left, after.key), gt(id, after.id))) as SQL;
}

/** The SQL of a name as the sheets compare it: lower case, no accents, single spaces. */
export function labelKey(value: SQL | PgColumn): SQL<string> {
  return sql<string>`regexp_replace(f_unaccent(lower(trim(${value}))), '\\s+', ' ', 'g')`;
}

/** Two values as a sheet compares them: alike when they serialise alike, absent as null. */
export const sameValue = (a: unknown, b: unknown) => JSON.stringify(a ?? null) === JSON.stringify(b ?? null);

/** An id written in the file must be a UUID. */
export function invalidIdIssues(id: string | null, row: number): RecordIssue[] {
  return id && !z.uuid().safeParse(id).success ? [{ row, field: 'id', key: 'validation.invalidId' }] : [];
}

/** An id that is not one of this government's records is refused, whoever it belongs to. */
export function unknownIdIssues(id: string | null, existing: unknown, record: ParsedRecord): RecordIssue[] {
  return id && !existing
    ? [{ row: record.rows[0]?.rowNumber ?? 0, field: 'id', key: 'validation.sheetUnknownId' }]
    : [];
}

/** Later rows of a record repeat its columns or leave them empty; a different value is a mistake. */
export function rowsDisagreeIssues(first: ParsedRow, rest: ParsedRow[], fields: readonly string[]) {
  const issues: RecordIssue[] = [];
  for (const row of rest)
    for (const field of fields) {
      const value = row.values[field];
      const isEmpty = value === null || (Array.isArray(value) && value.length === 0);
      if (!isEmpty && !sameValue(value, first.values[field]))
        issues.push({
          row: row.rowNumber,
          field,
          key: 'validation.sheetRowsDisagree',
          params: { row: first.rowNumber },
        });
    }
  return issues;
}

/** The contract's refusals of a one-row record, each at the row and the field it names. */
export function rowContractIssues(error: z.ZodError, row: number): RecordIssue[] {
  return error.issues.map((issue) => ({
    row,
    field: String(issue.path[0] ?? ''),
    key: issueToField(issue as Parameters<typeof issueToField>[0]).key,
  }));
}

/** Each parent beside each of its children, in the children's order; a parent without any, beside null. */
export function parentChildRows<Parent, Child, Row>(
  parents: Parent[],
  children: Child[],
  ids: { parent: (parent: Parent) => string; child: (child: Child) => string },
  row: (parent: Parent, child: Child | null) => Row,
): Row[] {
  const byParent = new Map<string, Child[]>();
  for (const child of children)
    byParent.set(ids.child(child), [...(byParent.get(ids.child(child)) ?? []), child]);
  const rows: Row[] = [];
  for (const parent of parents) {
    const ofParent = byParent.get(ids.parent(parent)) ?? [];
    if (ofParent.length === 0) rows.push(row(parent, null));
    for (const child of ofParent) rows.push(row(parent, child));
  }
  return rows;
}

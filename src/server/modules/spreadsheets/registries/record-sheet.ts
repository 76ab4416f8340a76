// A registry of single-row records (a demand, an offer) on the spreadsheet framework: the columns
// are the contract's fields; money columns hold the amount in its currency; a few columns name
// another record (a department, a donor) that is found by its name inside the government. A record
// is matched by its id, else by its title; fields the sheet does not carry keep their values.
import { and, inArray } from 'drizzle-orm';
import type { PgColumn, PgTable } from 'drizzle-orm/pg-core';
import type { z } from 'zod';
import type { SheetRegistry } from '../../../../contracts/spreadsheets';
import type { RoutePolicy } from '../../../platform/auth';
import type { Database } from '../../../platform/db';
import { issueToField } from '../../../platform/errors';
import { inTenant, type TenantContext } from '../../../platform/tenancy';
import type { SheetColumn } from '../sheet-columns';
import { normalizeLabel } from '../sheet-labels';
import { defineRegistry } from '../sheet-registry';
import { invalidIdIssues, labelKey, moneyInput, sameValue, unknownIdIssues } from './sheet-support';

type Versioned = { id: string; version: number; title: string };
/** A record named by another column: the column holds the name, the input the id. */
export type NamedReference = {
  column: string;
  inputField: string;
  table: PgTable & { governmentId: PgColumn };
  id: PgColumn;
  name: PgColumn;
};

export type RecordSheetSpec<Row extends Versioned, Input> = {
  name: SheetRegistry;
  title: string;
  policy: { read: RoutePolicy; write: RoutePolicy };
  columns: SheetColumn<{ row: Row; names: Record<string, string | null> }>[];
  exportQuerySchema: z.ZodObject;
  exportBatches(
    db: Database,
    context: TenantContext,
    query: Record<string, unknown>,
  ): AsyncIterable<{ row: Row; names: Record<string, string | null> }[]>;
  inputSchema: z.ZodType<Input>;
  /** Input money field → its currency field. */
  money: Record<string, string>;
  references: NamedReference[];
  /** This government's records among `ids`, and those whose title (normalised) is among `titles`. */
  find(db: Database, context: TenantContext, ids: string[], titles: string[]): Promise<Row[]>;
  /** The record as the contract's input, to keep what the sheet does not carry. */
  asInput(row: Row): Record<string, unknown>;
  add(db: Database, context: TenantContext, input: Input): Promise<void>;
  update(db: Database, context: TenantContext, row: Row, input: Input & { version: number }): Promise<void>;
};

const unresolvedId = '00000000-0000-4000-8000-000000000000';
const text = (value: unknown) => (typeof value === 'string' && value.trim() !== '' ? value.trim() : null);

export function defineRecordSheet<Row extends Versioned, Input extends Record<string, unknown>>(
  spec: RecordSheetSpec<Row, Input>,
) {
  const referenceColumns = new Set(spec.references.map((reference) => reference.column));
  const inputFields = spec.columns
    .map((column) => column.field)
    .filter((field) => field !== 'id' && !referenceColumns.has(field));
  const parsedNames = new WeakMap<object, Record<string, string | null>>();

  return defineRegistry<{ row: Row; names: Record<string, string | null> }, Input, Row>({
    name: spec.name,
    title: spec.title,
    policy: spec.policy,
    columns: spec.columns,
    exportQuerySchema: spec.exportQuerySchema,
    exportBatches: spec.exportBatches,

    toInput(record) {
      const first = record.rows[0];
      if (!first) return { id: null, input: null, issues: [], identities: [], label: '—' };
      const values = first.values;
      const raw: Record<string, unknown> = Object.fromEntries(
        inputFields.map((field) => [field, values[field]]),
      );
      for (const [field, currencyField] of Object.entries(spec.money)) {
        raw[field] = moneyInput(values[field], values[currencyField]);
      }
      // A named record stands in as a placeholder id until `resolve` finds it inside the government.
      for (const reference of spec.references)
        raw[reference.inputField] = text(values[reference.column]) ? unresolvedId : null;
      const id = text(values.id);
      const issues = invalidIdIssues(id, first.rowNumber);
      let parsed = spec.inputSchema.safeParse(raw);
      // An empty cell of a field with a default (urgency, status…) takes the default, as in the form.
      if (!parsed.success) {
        const emptied = parsed.error.issues
          .map((issue) => String(issue.path[0] ?? ''))
          .filter((field) => raw[field] === null);
        if (emptied.length > 0) {
          for (const field of emptied) delete raw[field];
          parsed = spec.inputSchema.safeParse(raw);
        }
      }
      if (!parsed.success) {
        for (const issue of parsed.error.issues) {
          const field = String(issue.path[0] ?? '');
          const reference = spec.references.find((item) => item.inputField === field);
          issues.push({
            row: first.rowNumber,
            field: reference ? reference.column : field || null,
            key: issueToField(issue as Parameters<typeof issueToField>[0]).key,
          });
        }
      }
      const title = text(values.title);
      const input = parsed.success && issues.length === 0 ? (parsed.data as Input) : null;
      if (input) {
        parsedNames.set(
          input,
          Object.fromEntries(
            spec.references.map((reference) => [reference.column, text(values[reference.column])]),
          ),
        );
      }
      return {
        id,
        input,
        issues,
        identities: [
          ...(id ? [`id:${id.toLowerCase()}`] : []),
          ...(title ? [`title:${normalizeLabel(title)}`] : []),
        ],
        label: title ?? '—',
      };
    },

    async resolve(db, context, records) {
      const ids = records.map((item) => item.parsed.id).filter((id): id is string => Boolean(id));
      const titles = records.map((item) =>
        normalizeLabel(String((item.parsed.input as Record<string, unknown>).title ?? '')),
      );
      const found = await spec.find(db, context, ids, titles);
      const byId = new Map(found.map((row) => [row.id, row]));
      const byTitle = new Map<string, Row>();
      for (const row of found)
        if (!byTitle.has(normalizeLabel(row.title))) byTitle.set(normalizeLabel(row.title), row);
      // Names of the referenced records, looked up in one query per column, inside the government.
      const idsByName = new Map<string, Map<string, string>>();
      for (const reference of spec.references) {
        const names = [
          ...new Set(
            records
              .map((item) => parsedNames.get(item.parsed.input)?.[reference.column])
              .filter((name): name is string => Boolean(name))
              .map(normalizeLabel),
          ),
        ];
        const map = new Map<string, string>();
        if (names.length > 0) {
          const key = labelKey(reference.name);
          const rows = await db
            .select({ id: reference.id, key })
            .from(reference.table)
            .where(and(inTenant(reference.table, context), inArray(key, names)));
          for (const row of rows) if (!map.has(row.key)) map.set(row.key, row.id as string);
        }
        idsByName.set(reference.column, map);
      }
      return records.map(({ record, parsed }) => {
        const firstRow = record.rows[0]?.rowNumber ?? 0;
        const existing = parsed.id
          ? (byId.get(parsed.id) ?? null)
          : (byTitle.get(normalizeLabel(String((parsed.input as Record<string, unknown>).title ?? ''))) ??
            null);
        // An id that is not one of this government's records is refused, whoever it belongs to.
        const issues = unknownIdIssues(parsed.id, existing, record);
        const names = parsedNames.get(parsed.input) ?? {};
        const input = parsed.input as Record<string, unknown>;
        for (const reference of spec.references) {
          const name = names[reference.column];
          if (!name) continue;
          const id = idsByName.get(reference.column)?.get(normalizeLabel(name));
          input[reference.inputField] = id ?? null;
          if (!id)
            issues.push({ row: firstRow, field: reference.column, key: 'validation.sheetUnknownName' });
        }
        return { existing, issues };
      });
    },

    changes(existing, input) {
      const current = spec.asInput(existing);
      const next = input as Record<string, unknown>;
      const fields = [...inputFields, ...spec.references.map((reference) => reference.inputField)];
      return fields
        .filter((field) => !sameValue(current[field], next[field]))
        .map((field) => spec.references.find((reference) => reference.inputField === field)?.column ?? field);
    },

    add: (db, context, input) => spec.add(db, context, input),

    async update(db, context, existing, input) {
      const carried = Object.fromEntries(
        [...inputFields, ...spec.references.map((reference) => reference.inputField)].map((field) => [
          field,
          (input as Record<string, unknown>)[field],
        ]),
      );
      await spec.update(db, context, existing, {
        ...(spec.asInput(existing) as Input),
        ...carried,
        version: existing.version,
      } as Input & { version: number });
    },
  });
}

// What a registry tells the spreadsheet framework: its columns, how to list its rows for an export
// (with the list's own filters) and how a file's records become the API's inputs, find the records
// they update, and are written through the registry's own services.
import type { z } from 'zod';
import type { SheetRegistry } from '../../../contracts/spreadsheets';
import type { RoutePolicy } from '../../platform/auth';
import type { Database } from '../../platform/db';
import type { MessageParams } from '../../platform/i18n';
import type { TenantContext } from '../../platform/tenancy';
import type { SheetColumn } from './sheet-columns';

/** One row of the file, its cells by column field, already turned into contract values. */
export type ParsedRow = { rowNumber: number; values: Record<string, unknown> };
/** The rows that make one record (a partner and its contacts, a link and its parties). */
export type ParsedRecord = { rows: ParsedRow[] };

/** A problem with one record, located at a row and a column field (or the whole row). */
export type RecordIssue = { row: number; field: string | null; key: string; params?: MessageParams };

export type RecordInput<Input> = {
  /** The record's id as written in the file, when it names one. */
  id: string | null;
  input: Input | null;
  issues: RecordIssue[];
  /** Keys that identify the record inside the file: two records sharing one are duplicates. */
  identities: string[];
  label: string;
};

export type Resolution<Existing> = { existing: Existing | null; issues: RecordIssue[] };

export type SheetRegistryDefinition<Row, Input, Existing> = {
  name: SheetRegistry;
  /** Key of the sheet's title in the sheets section. */
  title: string;
  policy: { read: RoutePolicy; write: RoutePolicy };
  /** A list that only exports: no template, no upload route (its rows are history or ledgers). */
  isExportOnly?: boolean;
  columns: SheetColumn<Row>[];
  /** The list endpoint's query (filters), without paging: what an export accepts. */
  exportQuerySchema: z.ZodObject;
  /** The rows of the export, a batch at a time (keyset pagination over the list's query). */
  exportBatches(db: Database, context: TenantContext, query: Record<string, unknown>): AsyncIterable<Row[]>;
  /** Rows belonging to the same record share this key (consecutive rows); null: a row is a record. */
  groupKey?(values: Record<string, unknown>): string | null;
  /** The record as the API's input, validated by the registry's contract. */
  toInput(record: ParsedRecord): RecordInput<Input>;
  /** The existing records a chunk of inputs update (by id, official identifier or natural key). */
  resolve(
    db: Database,
    context: TenantContext,
    records: { record: ParsedRecord; parsed: RecordInput<Input> & { input: Input } }[],
  ): Promise<Resolution<Existing>[]>;
  /** The column fields whose value the input changes; none: the record is unchanged. */
  changes(existing: Existing, input: Input): string[];
  add(db: Database, context: TenantContext, input: Input): Promise<void>;
  /** Adds a chunk at once, when the registry's service can (same rules, one audit record each). */
  addMany?(db: Database, context: TenantContext, inputs: Input[]): Promise<void>;
  update(db: Database, context: TenantContext, existing: Existing, input: Input): Promise<void>;
};

/** A registry with its types erased, as the routes and the import engine hold them. */
// biome-ignore lint/suspicious/noExplicitAny: each registry keeps its own types; the engine only passes them through.
export type AnySheetRegistry = SheetRegistryDefinition<any, any, any>;

export function defineRegistry<Row, Input, Existing>(
  definition: SheetRegistryDefinition<Row, Input, Existing>,
): SheetRegistryDefinition<Row, Input, Existing> {
  return definition;
}

// Reading a file into a registry: its rows become records, records become the API's inputs
// (validated by the registry's contract), and each input is classified against what the government
// already has: to add, to update (with the columns that change), unchanged, or wrong. The same pass
// serves the preview and, inside one transaction, the import itself; nothing but counts and a few
// examples is kept, so a file of 50,000 rows costs the memory of one chunk.
import type { Language } from '../../../contracts/common';
import {
  type ImportMode,
  previewEntryLimit,
  previewErrorLimit,
  type SheetFormat,
} from '../../../contracts/spreadsheets';
import type { Database } from '../../platform/db';
import { translate } from '../../platform/i18n';
import type { TenantContext } from '../../platform/tenancy';
import { parseCell } from './sheet-columns';
import { normalizeLabel, sheetLanguages, sheetText } from './sheet-labels';
import { readSheetRows, SheetFileError, type SheetRow } from './sheet-reader';
import type { AnySheetRegistry, ParsedRecord, RecordIssue } from './sheet-registry';

const chunkSize = 250;

export type PlanKind = 'add' | 'update' | 'unchanged';
export type PlannedRecord = {
  kind: PlanKind;
  row: number;
  label: string;
  changes: string[];
  input: unknown;
  existing: unknown;
};
export type PlanError = { row: number; column: string; message: string };

export type ImportCounts = { rows: number; add: number; update: number; unchanged: number; errors: number };
export type ImportPreview = {
  add: { row: number; label: string; changes: string[] }[];
  update: { row: number; label: string; changes: string[] }[];
  unchanged: { row: number; label: string; changes: string[] }[];
  errors: PlanError[];
};

/** The column index of each registry column in the file, found by its header in any language. */
function mapHeader(registry: AnySheetRegistry, header: SheetRow, language: Language): (number | null)[] {
  const positions = new Map<string, number>();
  header.cells.forEach((cell, index) => {
    if (typeof cell === 'string' && !positions.has(normalizeLabel(cell)))
      positions.set(normalizeLabel(cell), index);
  });
  const missing: string[] = [];
  const mapping = registry.columns.map((column) => {
    for (const candidate of sheetLanguages) {
      const position = positions.get(normalizeLabel(sheetText(candidate, column.header)));
      if (position !== undefined) return position;
    }
    if (column.isOptional) return null;
    missing.push(sheetText(language, column.header));
    return null;
  });
  if (missing.length > 0)
    throw new SheetFileError('validation.sheetMissingColumns', { columns: missing.join(', ') });
  return mapping;
}

/**
 * Turns rows, header first, into records: consecutive rows with the same group key form one record.
 * `push` answers the record a row completes, `finish` the last one; the file's reader and the demo's
 * data files (read whole, before any database exists) share it.
 */
export function createRecordReader(registry: AnySheetRegistry, language: Language) {
  let mapping: (number | null)[] | null = null;
  let current: ParsedRecord | null = null;
  let currentKey: string | null = null;
  return {
    push(row: SheetRow): ParsedRecord | null {
      if (!mapping) {
        mapping = mapHeader(registry, row, language);
        return null;
      }
      const values: Record<string, unknown> = {};
      registry.columns.forEach((column, index) => {
        const position = mapping?.[index];
        values[column.field] = parseCell(
          column,
          position === null || position === undefined ? null : (row.cells[position] ?? null),
        );
      });
      const key = registry.groupKey?.(values) ?? null;
      if (current && key !== null && key === currentKey) {
        current.rows.push({ rowNumber: row.rowNumber, values });
        return null;
      }
      const completed = current;
      current = { rows: [{ rowNumber: row.rowNumber, values }] };
      currentKey = key;
      return completed;
    },
    finish(): ParsedRecord | null {
      if (!mapping) throw new SheetFileError('validation.sheetEmpty');
      return current;
    },
  };
}

/** Records of the file, in order. */
async function* readRecords(
  registry: AnySheetRegistry,
  filePath: string,
  format: SheetFormat,
  language: Language,
): AsyncGenerator<ParsedRecord> {
  const reader = createRecordReader(registry, language);
  for await (const row of readSheetRows(filePath, format)) {
    const record = reader.push(row);
    if (record) yield record;
  }
  const last = reader.finish();
  if (last) yield last;
}

function columnHeader(registry: AnySheetRegistry, field: string | null, language: Language): string {
  if (!field) return '—';
  const column = registry.columns.find((candidate) => candidate.field === field);
  return column ? sheetText(language, column.header) : field;
}

/**
 * Plans the file, a chunk of records at a time: each chunk's planned records go to `onChunk`, each
 * problem to `onError`. Records in error are not planned; the caller decides what an error means.
 */
export async function planImport(
  db: Database,
  context: TenantContext,
  registry: AnySheetRegistry,
  file: { path: string; format: SheetFormat },
  language: Language,
  handlers: { onChunk: (records: PlannedRecord[]) => Promise<void>; onError: (error: PlanError) => void },
) {
  const seen = new Map<string, number>();
  let rows = 0;
  const toError = (issue: RecordIssue): PlanError => ({
    row: issue.row,
    column: columnHeader(registry, issue.field, language),
    message: translate(language, issue.key, issue.params),
  });

  const processChunk = async (chunk: ParsedRecord[]) => {
    const valid: Parameters<AnySheetRegistry['resolve']>[2] = [];
    for (const record of chunk) {
      const parsed = registry.toInput(record);
      const firstRow = record.rows[0]?.rowNumber ?? 0;
      const duplicateOf = parsed.identities
        .map((identity) => seen.get(identity))
        .find((row) => row !== undefined);
      for (const identity of parsed.identities) if (!seen.has(identity)) seen.set(identity, firstRow);
      if (duplicateOf !== undefined)
        parsed.issues.push({
          row: firstRow,
          field: null,
          key: 'validation.sheetDuplicateRecord',
          params: { row: duplicateOf },
        });
      if (parsed.issues.length > 0 || parsed.input === null) {
        for (const issue of parsed.issues) handlers.onError(toError(issue));
        continue;
      }
      valid.push({ record, parsed: { ...parsed, input: parsed.input } });
    }
    const resolutions = valid.length > 0 ? await registry.resolve(db, context, valid) : [];
    const planned: PlannedRecord[] = [];
    valid.forEach(({ record, parsed }, index) => {
      const resolution = resolutions[index];
      const row = record.rows[0]?.rowNumber ?? 0;
      if (!resolution || resolution.issues.length > 0) {
        for (const issue of resolution?.issues ?? []) handlers.onError(toError(issue));
        return;
      }
      if (!resolution.existing) {
        planned.push({
          kind: 'add',
          row,
          label: parsed.label,
          changes: [],
          input: parsed.input,
          existing: null,
        });
        return;
      }
      const changes = registry.changes(resolution.existing, parsed.input);
      planned.push({
        kind: changes.length > 0 ? 'update' : 'unchanged',
        row,
        label: parsed.label,
        changes: changes.map((field) => columnHeader(registry, field, language)),
        input: parsed.input,
        existing: resolution.existing,
      });
    });
    await handlers.onChunk(planned);
  };

  let chunk: ParsedRecord[] = [];
  for await (const record of readRecords(registry, file.path, file.format, language)) {
    rows += record.rows.length;
    chunk.push(record);
    if (chunk.length >= chunkSize) {
      await processChunk(chunk);
      chunk = [];
    }
  }
  if (chunk.length > 0) await processChunk(chunk);
  return { rows };
}

/** The preview of a file: exact counts, and the first entries of each kind. */
export async function previewImport(
  db: Database,
  context: TenantContext,
  registry: AnySheetRegistry,
  file: { path: string; format: SheetFormat },
  language: Language,
) {
  // A first pass without the database: a file over a limit or with a formula is refused before
  // any record is looked up.
  for await (const _row of readSheetRows(file.path, file.format)) {
    // reading is the check
  }
  const counts: ImportCounts = { rows: 0, add: 0, update: 0, unchanged: 0, errors: 0 };
  const preview: ImportPreview = { add: [], update: [], unchanged: [], errors: [] };
  const { rows } = await planImport(db, context, registry, file, language, {
    async onChunk(records) {
      for (const record of records) {
        counts[record.kind] += 1;
        const list = preview[record.kind];
        if (list.length < previewEntryLimit)
          list.push({ row: record.row, label: record.label, changes: record.changes });
      }
    },
    onError(error) {
      counts.errors += 1;
      if (preview.errors.length < previewErrorLimit) preview.errors.push(error);
    },
  });
  counts.rows = rows;
  if (rows === 0) throw new SheetFileError('validation.sheetEmpty');
  return { counts, preview };
}

/** The file no longer imports as previewed (the registry changed meanwhile): nothing is written. */
export class ImportChangedError extends Error {
  constructor(readonly firstError: PlanError | null) {
    super('validation.sheetChangedSincePreview');
  }
}

/**
 * Writes the file through the registry's services, inside the caller's transaction: adds, and
 * updates when the mode says so; one audit record per change (the services write them). Any error
 * throws, and the caller's transaction leaves everything as it was.
 */
export async function applyImport(
  db: Database,
  context: TenantContext,
  registry: AnySheetRegistry,
  file: { path: string; format: SheetFormat },
  language: Language,
  mode: ImportMode,
  onProgress: (written: number) => void,
) {
  let firstError: PlanError | null = null;
  const result = { added: 0, updated: 0 };
  await planImport(db, context, registry, file, language, {
    async onChunk(records) {
      if (firstError) return;
      const adds = records.filter((record) => record.kind === 'add').map((record) => record.input);
      if (registry.addMany && adds.length > 0) {
        await registry.addMany(db, context, adds);
        result.added += adds.length;
      }
      for (const record of records) {
        if (record.kind === 'add' && !registry.addMany) {
          await registry.add(db, context, record.input);
          result.added += 1;
        } else if (record.kind === 'update' && mode === 'add_and_update') {
          await registry.update(db, context, record.existing, record.input);
          result.updated += 1;
        }
      }
      onProgress(result.added + result.updated);
    },
    onError(error) {
      firstError ??= error;
    },
  });
  if (firstError) throw new ImportChangedError(firstError);
  return result;
}

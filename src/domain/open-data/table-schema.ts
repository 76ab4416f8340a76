/**
 * A dataset as Frictionless Table Schema describes it (https://specs.frictionlessdata.io/table-schema/):
 * the fields with their types, so that a CSV cell, a JSON value and an XLSX cell all mean one thing.
 */
export type FieldType = 'string' | 'integer' | 'number' | 'boolean' | 'date' | 'datetime';

export type TableField = {
  name: string;
  type: FieldType;
  title: string;
  description: string;
  format?: 'uuid' | 'uri';
  constraints?: { required?: boolean; enum?: string[] };
};

export type TableSchema = {
  fields: TableField[];
  primaryKey?: string[];
  foreignKeys?: { fields: string[]; reference: { resource: string; fields: string[] } }[];
  missingValues: string[];
};

/** One cell value as the writers take it: already in the field's type (dates as ISO strings). */
export type Cell = string | number | boolean | null;
export type Row = Record<string, Cell>;

export type DatasetDefinition = {
  /** The resource name and file stem: lower case, digits and hyphens (Data Package rule). */
  name: string;
  title: string;
  description: string;
  /** The publication kind it comes from (a resource of details shares its parent's). */
  source: string;
  schema: TableSchema;
};

/** Many values in one cell (themes, SDG goals, counterparts), separated as the field description says. */
export const listSeparator = '; ';

export function joinList(values: readonly string[]): string | null {
  return values.length > 0 ? values.join(listSeparator) : null;
}

const datePattern = /^\d{4}-\d{2}-\d{2}$/;
/** Table Schema's default datetime format: ISO 8601 in UTC, whole seconds (`%Y-%m-%dT%H:%M:%SZ`). */
const dateTimePattern = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/;

/** An instant in the default datetime format of Table Schema. */
export function toTableDateTime(value: string | Date): string {
  return new Date(value).toISOString().replace(/\.\d{3}Z$/, 'Z');
}

/** Whether a cell is valid for its field: the writers check every cell before anything is sent. */
export function isCellOfType(field: TableField, cell: Cell): boolean {
  if (cell === null) return !field.constraints?.required;
  switch (field.type) {
    case 'string':
      return typeof cell === 'string';
    case 'integer':
      return typeof cell === 'number' && Number.isSafeInteger(cell);
    case 'number':
      return (
        (typeof cell === 'number' && Number.isFinite(cell)) ||
        (typeof cell === 'string' && /^-?\d+(\.\d+)?$/.test(cell))
      );
    case 'boolean':
      return typeof cell === 'boolean';
    case 'date':
      return typeof cell === 'string' && datePattern.test(cell);
    case 'datetime':
      return typeof cell === 'string' && dateTimePattern.test(cell) && !Number.isNaN(Date.parse(cell));
  }
}

/** Throws on the first cell that does not fit its field: a bug in a flattener, never the user's input. */
export function assertRowsMatchSchema(dataset: DatasetDefinition, rows: readonly Row[]): void {
  for (const [index, row] of rows.entries()) {
    for (const field of dataset.schema.fields) {
      const cell = row[field.name] ?? null;
      if (!isCellOfType(field, cell))
        throw new Error(
          `${dataset.name} row ${index + 1}: ${field.name} is not a ${field.type}: ${String(cell)}`,
        );
    }
  }
}

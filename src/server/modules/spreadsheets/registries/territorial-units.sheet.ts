// Territorial units (comunas, alcaldías…): one row each, found by id, else by code, else by name.
// Their boundaries come from GeoJSON, not from a spreadsheet: an update keeps the geometry it had.
import { and, asc, eq, gt, ilike, inArray, or, type SQL, sql } from 'drizzle-orm';
import { z } from 'zod';
import {
  type TerritorialUnitInput,
  territorialUnitInputSchema,
  territorialUnitKinds,
  territorialUnitListQuerySchema,
} from '../../../../contracts/territory';
import { territorialUnits } from '../../../db/schema';
import { issueToField } from '../../../platform/errors';
import { inTenant, visibleInTenant } from '../../../platform/tenancy';
import { territoryPolicy } from '../../territory/territory.policy';
import { createTerritorialUnit, updateTerritorialUnit } from '../../territory/territory.service';
import type { SheetColumn } from '../sheet-columns';
import { normalizeLabel } from '../sheet-labels';
import { defineRegistry, type RecordIssue } from '../sheet-registry';

type Row = typeof territorialUnits.$inferSelect;
const h = (field: string) => `headers.territorial-units.${field}`;
const columns: SheetColumn<Row>[] = [
  { field: 'id', header: h('id'), type: 'text', width: 38, value: (row) => row.id },
  { field: 'code', header: h('code'), type: 'text', example: '17', value: (row) => row.code },
  {
    field: 'name',
    header: h('name'),
    type: 'text',
    width: 36,
    example: 'El Poblado',
    value: (row) => row.name,
  },
  {
    field: 'kind',
    header: h('kind'),
    type: 'code',
    width: 24,
    codes: { kind: 'enum', name: 'unitKind', codes: territorialUnitKinds },
    example: 'comuna',
    value: (row) => row.kind,
  },
  {
    field: 'population',
    header: h('population'),
    type: 'number',
    example: 135_000,
    value: (row) => row.population,
  },
];
const fields = ['code', 'name', 'kind', 'population'] as const;
const text = (value: unknown) => (typeof value === 'string' && value.trim() !== '' ? value.trim() : null);
const nameKey = sql<string>`regexp_replace(f_unaccent(lower(trim(${territorialUnits.name}))), '\\s+', ' ', 'g')`;
const exportQuerySchema = territorialUnitListQuerySchema.omit({
  page: true,
  pageSize: true,
  sort: true,
  direction: true,
});
type ExportQuery = z.infer<typeof exportQuerySchema>;

export const territorialUnitsSheet = defineRegistry<Row, TerritorialUnitInput, Row>({
  name: 'territorial-units',
  title: 'titles.territorial-units',
  policy: territoryPolicy,
  columns,
  exportQuerySchema,
  async *exportBatches(db, context, rawQuery) {
    const query = rawQuery as ExportQuery;
    // The list's filters, as findTerritorialUnits applies them.
    const conditions: SQL[] = [
      visibleInTenant(territorialUnits, context, { includeArchived: query.includeArchived }),
    ];
    if (query.q)
      conditions.push(
        or(
          sql`f_unaccent(lower(${territorialUnits.name})) like '%' || f_unaccent(lower(${query.q})) || '%'`,
          ilike(territorialUnits.code, `%${query.q}%`),
        ) as SQL,
      );
    if (query.kind) conditions.push(eq(territorialUnits.kind, query.kind));
    let after: { name: string; id: string } | null = null;
    for (;;) {
      const keyset: SQL | undefined = after
        ? (or(
            gt(territorialUnits.name, after.name),
            and(eq(territorialUnits.name, after.name), gt(territorialUnits.id, after.id)),
          ) as SQL)
        : undefined;
      const batch: Row[] = await db
        .select()
        .from(territorialUnits)
        .where(and(...conditions, ...(keyset ? [keyset] : [])))
        .orderBy(asc(territorialUnits.name), asc(territorialUnits.id))
        .limit(1000);
      if (batch.length === 0) return;
      yield batch;
      const last = batch[batch.length - 1];
      if (!last || batch.length < 1000) return;
      after = { name: last.name, id: last.id };
    }
  },
  toInput(record) {
    const first = record.rows[0];
    const issues: RecordIssue[] = [];
    if (!first) return { id: null, input: null, issues, identities: [], label: '—' };
    const id = text(first.values.id);
    if (id && !z.uuid().safeParse(id).success)
      issues.push({ row: first.rowNumber, field: 'id', key: 'validation.invalidId' });
    const parsed = territorialUnitInputSchema.safeParse(
      Object.fromEntries(fields.map((field) => [field, first.values[field]])),
    );
    if (!parsed.success)
      for (const issue of parsed.error.issues)
        issues.push({
          row: first.rowNumber,
          field: String(issue.path[0] ?? ''),
          key: issueToField(issue as Parameters<typeof issueToField>[0]).key,
        });
    const name = text(first.values.name);
    const code = text(first.values.code);
    return {
      id,
      input: parsed.success && issues.length === 0 ? parsed.data : null,
      issues,
      identities: [
        ...(id ? [`id:${id.toLowerCase()}`] : []),
        ...(code ? [`code:${code.toLowerCase()}`] : []),
        ...(name ? [`name:${normalizeLabel(name)}`] : []),
      ],
      label: name ?? '—',
    };
  },
  async resolve(db, context, records) {
    const ids = records.map((item) => item.parsed.id).filter((id): id is string => Boolean(id));
    const codes = records
      .map((item) => item.parsed.input.code)
      .filter((code): code is string => Boolean(code));
    const names = records.map((item) => normalizeLabel(item.parsed.input.name));
    const found = await db
      .select({ unit: territorialUnits, nameKey })
      .from(territorialUnits)
      .where(
        and(
          inTenant(territorialUnits, context),
          or(
            ids.length > 0 ? inArray(territorialUnits.id, ids) : sql`false`,
            codes.length > 0 ? inArray(territorialUnits.code, codes) : sql`false`,
            inArray(nameKey, names),
          ),
        ),
      )
      .orderBy(asc(territorialUnits.createdAt), asc(territorialUnits.id));
    const byId = new Map(found.map((row) => [row.unit.id, row.unit]));
    const byCode = new Map<string, Row>();
    const byName = new Map<string, Row>();
    for (const row of found) {
      if (row.unit.code && !byCode.has(row.unit.code)) byCode.set(row.unit.code, row.unit);
      if (!byName.has(row.nameKey)) byName.set(row.nameKey, row.unit);
    }
    return records.map(({ record, parsed }) => {
      const { input } = parsed;
      const existing = parsed.id
        ? (byId.get(parsed.id) ?? null)
        : ((input.code ? byCode.get(input.code) : undefined) ??
          byName.get(normalizeLabel(input.name)) ??
          null);
      const issues: RecordIssue[] =
        parsed.id && !existing
          ? [{ row: record.rows[0]?.rowNumber ?? 0, field: 'id', key: 'validation.sheetUnknownId' }]
          : [];
      return { existing, issues };
    });
  },
  changes(existing, input) {
    return fields.filter((field) => (existing[field] ?? null) !== (input[field] ?? null));
  },
  async add(db, context, input) {
    await createTerritorialUnit(db, context, input);
  },
  async update(db, context, existing, input) {
    await updateTerritorialUnit(db, context, existing.id, {
      ...input,
      geometry: existing.geometry as TerritorialUnitInput['geometry'],
      version: existing.version,
    });
  },
});

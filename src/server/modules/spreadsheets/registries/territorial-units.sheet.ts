// Territorial units (comunas, alcaldías…): one row each, found by id, else by code, else by name.
// Their boundaries come from GeoJSON, not from a spreadsheet: an update keeps the geometry it had.
import { and, asc, eq, ilike, inArray, or, type SQL, sql } from 'drizzle-orm';
import type { z } from 'zod';
import {
  type TerritorialUnitInput,
  territorialUnitInputSchema,
  territorialUnitKinds,
  territorialUnitListQuerySchema,
} from '../../../../contracts/territory';
import { territorialUnits } from '../../../db/schema';
import { inTenant, visibleInTenant } from '../../../platform/tenancy';
import { territoryPolicy } from '../../territory/territory.policy';
import { createTerritorialUnit, updateTerritorialUnit } from '../../territory/territory.service';
import type { SheetColumn } from '../sheet-columns';
import { normalizeLabel } from '../sheet-labels';
import { defineRegistry } from '../sheet-registry';
import {
  afterKeyset,
  invalidIdIssues,
  keysetBatches,
  labelKey,
  rowContractIssues,
  unknownIdIssues,
} from './sheet-support';

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
const nameKey = labelKey(territorialUnits.name);
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
  exportBatches(db, context, rawQuery) {
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
    return keysetBatches<Row>((after, limit) =>
      db
        .select()
        .from(territorialUnits)
        .where(
          and(
            ...conditions,
            ...(after
              ? [afterKeyset(territorialUnits.name, territorialUnits.id, { key: after.name, id: after.id })]
              : []),
          ),
        )
        .orderBy(asc(territorialUnits.name), asc(territorialUnits.id))
        .limit(limit),
    );
  },
  toInput(record) {
    const first = record.rows[0];
    if (!first) return { id: null, input: null, issues: [], identities: [], label: '—' };
    const id = text(first.values.id);
    const issues = invalidIdIssues(id, first.rowNumber);
    const parsed = territorialUnitInputSchema.safeParse(
      Object.fromEntries(fields.map((field) => [field, first.values[field]])),
    );
    if (!parsed.success) issues.push(...rowContractIssues(parsed.error, first.rowNumber));
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
      return { existing, issues: unknownIdIssues(parsed.id, existing, record) };
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

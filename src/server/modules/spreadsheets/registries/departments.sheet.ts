// Departments of the government: one row each, found by id, else by name.
import { and, asc, inArray, or, sql } from 'drizzle-orm';
import {
  type DepartmentInput,
  departmentInputSchema,
  departmentListQuerySchema,
} from '../../../../contracts/territory';
import { departments } from '../../../db/schema';
import { inTenant } from '../../../platform/tenancy';
import { territoryPolicy } from '../../territory/territory.policy';
import { departmentListCondition } from '../../territory/territory.queries';
import { createDepartment, updateDepartment } from '../../territory/territory.service';
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

type Row = typeof departments.$inferSelect;
const h = (field: string) => `headers.departments.${field}`;
const columns: SheetColumn<Row>[] = [
  { field: 'id', header: h('id'), type: 'text', width: 38, value: (row) => row.id },
  {
    field: 'name',
    header: h('name'),
    type: 'text',
    width: 40,
    example: 'Secretaría de Desarrollo Económico',
    value: (row) => row.name,
  },
  { field: 'acronym', header: h('acronym'), type: 'text', example: 'SDE', value: (row) => row.acronym },
  { field: 'headName', header: h('headName'), type: 'text', width: 30, value: (row) => row.headName },
  { field: 'email', header: h('email'), type: 'text', width: 30, value: (row) => row.email },
];
const fields = ['name', 'acronym', 'headName', 'email'] as const;
const text = (value: unknown) => (typeof value === 'string' && value.trim() !== '' ? value.trim() : null);
const nameKey = labelKey(departments.name);

export const departmentsSheet = defineRegistry<Row, DepartmentInput, Row>({
  name: 'departments',
  title: 'titles.departments',
  policy: territoryPolicy,
  columns,
  exportQuerySchema: departmentListQuerySchema.omit({ page: true, pageSize: true }),
  exportBatches(db, context, query) {
    const where = departmentListCondition(context, query as { q?: string; includeArchived: boolean });
    return keysetBatches<Row>((after, limit) =>
      db
        .select()
        .from(departments)
        .where(
          after
            ? and(where, afterKeyset(departments.name, departments.id, { key: after.name, id: after.id }))
            : where,
        )
        .orderBy(asc(departments.name), asc(departments.id))
        .limit(limit),
    );
  },
  toInput(record) {
    const first = record.rows[0];
    if (!first) return { id: null, input: null, issues: [], identities: [], label: '—' };
    const id = text(first.values.id);
    const issues = invalidIdIssues(id, first.rowNumber);
    const parsed = departmentInputSchema.safeParse(
      Object.fromEntries(fields.map((field) => [field, first.values[field]])),
    );
    if (!parsed.success) issues.push(...rowContractIssues(parsed.error, first.rowNumber));
    const name = text(first.values.name);
    return {
      id,
      input: parsed.success && issues.length === 0 ? parsed.data : null,
      issues,
      identities: [
        ...(id ? [`id:${id.toLowerCase()}`] : []),
        ...(name ? [`name:${normalizeLabel(name)}`] : []),
      ],
      label: name ?? '—',
    };
  },
  async resolve(db, context, records) {
    const ids = records.map((item) => item.parsed.id).filter((id): id is string => Boolean(id));
    const names = records.map((item) => normalizeLabel(item.parsed.input.name));
    const found = await db
      .select({ department: departments, nameKey })
      .from(departments)
      .where(
        and(
          inTenant(departments, context),
          or(ids.length > 0 ? inArray(departments.id, ids) : sql`false`, inArray(nameKey, names)),
        ),
      )
      .orderBy(asc(departments.createdAt), asc(departments.id));
    const byId = new Map(found.map((row) => [row.department.id, row.department]));
    const byName = new Map<string, Row>();
    for (const row of found) if (!byName.has(row.nameKey)) byName.set(row.nameKey, row.department);
    return records.map(({ record, parsed }) => {
      const existing = parsed.id
        ? (byId.get(parsed.id) ?? null)
        : (byName.get(normalizeLabel(parsed.input.name)) ?? null);
      return { existing, issues: unknownIdIssues(parsed.id, existing, record) };
    });
  },
  changes(existing, input) {
    return fields.filter((field) => (existing[field] ?? null) !== (input[field] ?? null));
  },
  async add(db, context, input) {
    await createDepartment(db, context, input);
  },
  async update(db, context, existing, input) {
    await updateDepartment(db, context, existing.id, { ...input, version: existing.version });
  },
});

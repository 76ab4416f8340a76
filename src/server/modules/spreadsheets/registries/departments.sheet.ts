// Departments of the government: one row each, found by id, else by name.
import { and, asc, eq, gt, inArray, or, type SQL, sql } from 'drizzle-orm';
import { z } from 'zod';
import {
  type DepartmentInput,
  departmentInputSchema,
  departmentListQuerySchema,
} from '../../../../contracts/territory';
import { departments } from '../../../db/schema';
import { issueToField } from '../../../platform/errors';
import { inTenant } from '../../../platform/tenancy';
import { territoryPolicy } from '../../territory/territory.policy';
import { departmentListCondition } from '../../territory/territory.queries';
import { createDepartment, updateDepartment } from '../../territory/territory.service';
import type { SheetColumn } from '../sheet-columns';
import { normalizeLabel } from '../sheet-labels';
import { defineRegistry, type RecordIssue } from '../sheet-registry';

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
const nameKey = sql<string>`regexp_replace(f_unaccent(lower(trim(${departments.name}))), '\\s+', ' ', 'g')`;

export const departmentsSheet = defineRegistry<Row, DepartmentInput, Row>({
  name: 'departments',
  title: 'titles.departments',
  policy: territoryPolicy,
  columns,
  exportQuerySchema: departmentListQuerySchema.omit({ page: true, pageSize: true }),
  async *exportBatches(db, context, query) {
    const where = departmentListCondition(context, query as { q?: string; includeArchived: boolean });
    let after: { name: string; id: string } | null = null;
    for (;;) {
      const keyset: SQL | undefined = after
        ? (or(
            gt(departments.name, after.name),
            and(eq(departments.name, after.name), gt(departments.id, after.id)),
          ) as SQL)
        : undefined;
      const batch: Row[] = await db
        .select()
        .from(departments)
        .where(keyset ? and(where, keyset) : where)
        .orderBy(asc(departments.name), asc(departments.id))
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
    const parsed = departmentInputSchema.safeParse(
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
    await createDepartment(db, context, input);
  },
  async update(db, context, existing, input) {
    await updateDepartment(db, context, existing.id, { ...input, version: existing.version });
  },
});

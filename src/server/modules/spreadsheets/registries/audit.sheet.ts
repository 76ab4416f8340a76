// The audit trail as a spreadsheet: one row per changed field (an entry without field changes has
// one row), with the trail's filters; labels, names and values as the audit log shows them.
import { and, desc, eq, lt, type SQL } from 'drizzle-orm';
import type { z } from 'zod';
import {
  type AuditChange,
  type AuditEntry,
  type AuditValue,
  auditActions,
  auditEntityTypes,
  auditListQuerySchema,
} from '../../../../contracts/audit';
import { type Language, languageSchema } from '../../../../contracts/common';
import { minorToDecimalString } from '../../../../domain/money';
import { auditLog, users } from '../../../db/schema';
import { auditPolicy } from '../../audit/audit.policy';
import { presentAuditEntries } from '../../audit/audit.present';
import { auditConditions } from '../../audit/audit.queries';
import { webText } from '../sheet-feature-labels';
import { sheetText } from '../sheet-labels';
import { defineRegistry } from '../sheet-registry';
import { exportOnly } from './sheet-support';

type Row = { entry: AuditEntry; change: AuditChange | null; language: Language; time: string };

function valueText(value: AuditValue | null, language: Language): string | null {
  if (value === null) return null;
  switch (value.type) {
    case 'text':
      return value.text;
    case 'number':
      return String(value.value);
    case 'boolean':
      return sheetText(language, value.value ? 'yes' : 'no');
    case 'date':
      return value.value;
    case 'dateTime':
      return value.value.slice(0, 16).replace('T', ' ');
    case 'money':
      return value.currency
        ? `${minorToDecimalString(value.amountMinor, value.currency)} ${value.currency}`
        : String(value.amountMinor);
    case 'code':
      return webText(language, value.labelKey) ?? value.code;
    case 'name':
      return value.name;
    case 'missing':
      return webText(language, 'audit.missing');
    case 'list':
      return value.items.map((item) => valueText(item, language)).join(', ');
  }
}

function fieldLabel(change: AuditChange, language: Language) {
  return (
    webText(language, change.labelKey) ?? webText(language, `audit.fields.${change.field}`) ?? change.field
  );
}

const h = (field: string) => `headers.audit.${field}`;

export const auditSheet = defineRegistry<Row, never, never>({
  name: 'audit',
  title: 'titles.audit',
  policy: { read: auditPolicy.read, write: auditPolicy.read },
  columns: [
    {
      field: 'occurredAt',
      header: h('occurredAt'),
      type: 'text',
      width: 20,
      value: (row) => row.time,
    },
    { field: 'actor', header: h('actor'), type: 'text', width: 26, value: (row) => row.entry.actorName },
    {
      field: 'entityType',
      header: h('entityType'),
      type: 'code',
      width: 26,
      codes: { kind: 'enum', name: 'audit.entityTypes', codes: auditEntityTypes },
      value: (row) => row.entry.entityType,
    },
    {
      field: 'entityName',
      header: h('entityName'),
      type: 'text',
      width: 40,
      value: (row) => row.entry.entityName,
    },
    {
      field: 'action',
      header: h('action'),
      type: 'code',
      codes: { kind: 'enum', name: 'auditAction', codes: auditActions },
      value: (row) => row.entry.action,
    },
    {
      field: 'field',
      header: h('field'),
      type: 'text',
      width: 28,
      value: (row) => (row.change ? fieldLabel(row.change, row.language) : null),
    },
    {
      field: 'before',
      header: h('before'),
      type: 'text',
      width: 40,
      value: (row) => (row.change ? valueText(row.change.before, row.language) : null),
    },
    {
      field: 'after',
      header: h('after'),
      type: 'text',
      width: 40,
      value: (row) => (row.change ? valueText(row.change.after, row.language) : null),
    },
  ],
  // The trail's filters, and the language its names and values are written in (the reader's).
  exportQuerySchema: auditListQuerySchema
    .omit({ page: true, pageSize: true })
    .extend({ lang: languageSchema.default('es') }),

  async *exportBatches(db, context, query) {
    const { lang, ...filters } = query as z.infer<typeof auditListQuerySchema> & { lang: Language };
    const where = auditConditions(context, filters);
    // The government's wall clock, written as 2026-11-30 08:31:05 (sv-SE is ISO-like).
    const clock = new Intl.DateTimeFormat('sv-SE', {
      timeZone: context.timezone ?? 'UTC',
      dateStyle: 'short',
      timeStyle: 'medium',
    });
    let afterId: number | null = null;
    for (;;) {
      const condition: SQL | undefined = afterId === null ? where : and(where, lt(auditLog.id, afterId));
      const batch = await db
        .select({ entry: auditLog, actorName: users.name })
        .from(auditLog)
        .leftJoin(users, eq(users.id, auditLog.actorId))
        .where(condition)
        .orderBy(desc(auditLog.id))
        .limit(500);
      if (batch.length === 0) return;
      const entries = await presentAuditEntries(db, context, batch, lang);
      const rows: Row[] = [];
      for (const entry of entries) {
        const time = clock.format(new Date(entry.occurredAt));
        if (entry.changes.length === 0) rows.push({ entry, change: null, language: lang, time });
        for (const change of entry.changes) rows.push({ entry, change, language: lang, time });
      }
      yield rows;
      if (batch.length < 500) return;
      afterId = batch[batch.length - 1]?.entry.id ?? null;
    }
  },
  ...exportOnly(),
});

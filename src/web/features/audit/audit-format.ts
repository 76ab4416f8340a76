import type { AuditChange, AuditScalar, AuditValue } from '../../../contracts/audit';
import { formatDate, formatDateTime, formatMoney, formatNumber } from '../../lib/format';

/** What the formatter needs of i18next: kept this small so that the rules are tested without React. */
export type Translator = {
  t: (key: string, options?: Record<string, unknown>) => string;
  exists: (key: string) => boolean;
  language: string;
};

function formatScalar(value: AuditScalar, { t, exists, language }: Translator): string {
  switch (value.type) {
    case 'text':
      return value.text;
    case 'number':
      return formatNumber(value.value, language);
    case 'boolean':
      return t(value.value ? 'audit.yes' : 'audit.no');
    case 'date':
      return formatDate(value.value, language);
    case 'dateTime':
      return formatDateTime(value.value, language);
    case 'money':
      return formatMoney(value.amountMinor, value.currency, language);
    case 'code':
      // A code without a label of its own is shown as the code: never as the i18n key.
      return exists(value.labelKey) ? t(value.labelKey) : value.code;
    case 'name':
      return value.name;
    case 'missing':
      return t('audit.missing');
  }
}

/** One side of a change as a person reads it, in the reader's language and formats. */
export function formatAuditValue(value: AuditValue | null, translator: Translator): string {
  if (value === null) return '—';
  if (value.type !== 'list') return formatScalar(value, translator);
  const text = value.items.map((item) => formatScalar(item, translator)).join(', ');
  return value.more > 0 ? `${text} ${translator.t('audit.more', { count: value.more })}` : text;
}

/** The label of a changed field: the forms' own label, else the trail's, else the field's name spelt out. */
export function auditFieldLabel(change: Pick<AuditChange, 'field' | 'labelKey'>, { t, exists }: Translator) {
  if (exists(change.labelKey)) return t(change.labelKey);
  const fallback = `audit.fields.${change.field}`;
  if (exists(fallback)) return t(fallback);
  const words = change.field
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .replace(/_/g, ' ')
    .toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

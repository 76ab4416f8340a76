import { useTranslation } from 'react-i18next';

const ignoredKeys = new Set([
  'updatedAt',
  'updatedBy',
  'createdAt',
  'createdBy',
  'version',
  'governmentId',
  'id',
]);

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function show(value: unknown): string {
  if (value === null || value === undefined || value === '') return '—';
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  const text = JSON.stringify(value);
  return text.length > 160 ? `${text.slice(0, 157)}…` : text;
}

/** The fields that changed between two snapshots of a record, as "field: before → after". */
/** A field's label from the forms' vocabulary when there is one, else its technical name. */
function useFieldLabel() {
  const { t, i18n } = useTranslation();
  return (key: string) => {
    for (const group of ['links.fields', 'partners.fields', 'territory.fields', 'departments.fields']) {
      if (i18n.exists(`${group}.${key}`)) return t(`${group}.${key}`);
    }
    return key;
  };
}

export function AuditChanges({ before, after }: { before: unknown; after: unknown }) {
  const { t } = useTranslation();
  const fieldLabel = useFieldLabel();
  const isCreation = before === null || before === undefined;
  const beforeRecord = isRecord(before) ? before : {};
  const afterRecord = isRecord(after) ? after : {};
  const keys = [...new Set([...Object.keys(beforeRecord), ...Object.keys(afterRecord)])].filter(
    (key) =>
      !ignoredKeys.has(key) &&
      JSON.stringify(beforeRecord[key]) !== JSON.stringify(afterRecord[key]) &&
      !(isCreation && show(afterRecord[key]) === '—') &&
      !(isCreation && JSON.stringify(afterRecord[key]) === '[]'),
  );
  if (keys.length === 0) return <span className="muted">{t('audit.noFieldChanges')}</span>;
  return (
    <ul className="change-list">
      {keys.map((key) => (
        <li key={key}>
          <span className="change-field">{fieldLabel(key)}</span>:{' '}
          <span className="change-before">{show(beforeRecord[key])}</span>
          <span aria-hidden="true"> → </span>
          <span className="visually-hidden"> {t('audit.changedTo')} </span>
          <span className="change-after">{show(afterRecord[key])}</span>
        </li>
      ))}
    </ul>
  );
}

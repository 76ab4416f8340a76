import { useTranslation } from 'react-i18next';
import type { AuditChange } from '../../../contracts/audit';
import { auditFieldLabel, formatAuditValue, type Translator } from './audit-format';

export function useAuditTranslator(): Translator {
  const { t, i18n } = useTranslation();
  return {
    t: (key, options) => t(key, options ?? {}),
    exists: (key) => i18n.exists(key),
    language: i18n.language,
  };
}

/** The fields that changed, as "field: before → after", already named and formatted. */
export function AuditChanges({ changes, action }: { changes: AuditChange[]; action: string }) {
  const translator = useAuditTranslator();
  const { t } = translator;
  if (changes.length === 0) return <span className="muted">{t('audit.noFieldChanges')}</span>;
  const isCreation = action === 'create' || changes.every((change) => change.before === null);
  return (
    <ul className="change-list">
      {changes.map((change) => (
        <li key={change.field}>
          <span className="change-field">{auditFieldLabel(change, translator)}</span>:{' '}
          {isCreation ? null : (
            <>
              <span className="change-before">{formatAuditValue(change.before, translator)}</span>
              <span aria-hidden="true"> → </span>
              <span className="visually-hidden"> {t('audit.changedTo')} </span>
            </>
          )}
          <span className="change-after">{formatAuditValue(change.after, translator)}</span>
        </li>
      ))}
    </ul>
  );
}

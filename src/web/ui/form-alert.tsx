import { useTranslation } from 'react-i18next';
import { isApiError } from '../lib/api-client';
import { describeError, isVersionConflict } from '../lib/form-errors';

type FormAlertProps = {
  error: unknown;
  /** Replace what the user typed with the record as it is now. */
  onReload?: () => void;
  /** Keep what the user typed and save it over the newer version. */
  onOverwrite?: () => void;
};

/**
 * The error summary at the top of a form. A version conflict keeps the typed values and lets the
 * user choose: see the current record, or save their changes over it.
 */
export function FormAlert({ error, onReload, onOverwrite }: FormAlertProps) {
  const { t } = useTranslation();
  if (!error) return null;
  if (isVersionConflict(error)) {
    return (
      <div className="alert alert-warning" role="alert">
        <p>
          <strong>{t('forms.conflictTitle')}</strong>
        </p>
        <p>{t('forms.conflictText')}</p>
        <div className="alert-actions">
          {onReload ? (
            <button type="button" className="button button-secondary" onClick={onReload}>
              {t('forms.conflictReload')}
            </button>
          ) : null}
          {onOverwrite ? (
            <button type="button" className="button button-secondary" onClick={onOverwrite}>
              {t('forms.conflictOverwrite')}
            </button>
          ) : null}
        </div>
      </div>
    );
  }
  const fieldErrors = isApiError(error) ? (error.problem.errors ?? []) : [];
  return (
    <div className="alert alert-error" role="alert">
      <p>{describeError(t, error)}</p>
      {fieldErrors.length > 0 ? (
        <ul>
          {fieldErrors.map((fieldError) => (
            <li key={`${fieldError.field}-${fieldError.code}`}>{fieldError.message}</li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}

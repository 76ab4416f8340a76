import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

type FormActionsProps = {
  submitLabel: string;
  isSubmitting: boolean;
  onCancel: () => void;
  /** More buttons after cancel (delete, for instance). */
  children?: ReactNode;
};

/** The save and cancel buttons at the foot of a form; save says «Guardando…» while it waits. */
export function FormActions({ submitLabel, isSubmitting, onCancel, children }: FormActionsProps) {
  const { t } = useTranslation();
  return (
    <div className="form-actions">
      <button type="submit" className="button button-primary" disabled={isSubmitting}>
        {isSubmitting ? t('common.saving') : submitLabel}
      </button>
      <button type="button" className="button button-secondary" onClick={onCancel}>
        {t('common.cancel')}
      </button>
      {children}
    </div>
  );
}

import { useId } from 'react';
import { useTranslation } from 'react-i18next';

/** A labelled progress bar (0..1) with the percentage written next to it; "sin medición" when null. */
export function ProgressBar({ label, value }: { label: string; value: number | null | undefined }) {
  const { t, i18n } = useTranslation();
  const id = useId();
  const hasValue = value !== null && value !== undefined;
  const percent = hasValue ? new Intl.NumberFormat(i18n.language, { style: 'percent' }).format(value) : null;
  return (
    <div className="progress-row">
      <span id={id} className="progress-label">
        {label}
      </span>
      {hasValue ? (
        <>
          <progress
            className="progress"
            aria-labelledby={id}
            max={1}
            value={Math.min(1, Math.max(0, value))}
          />
          <span className="progress-value">{percent}</span>
        </>
      ) : (
        <span className="progress-value muted">{t('initiatives.noMeasurement')}</span>
      )}
    </div>
  );
}

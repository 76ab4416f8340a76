import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type Activity, activityStatuses } from '../../../contracts/initiatives';
import { isApiError } from '../../lib/api-client';
import { enumOptions } from '../../lib/enum-options';
import { Select, TextInput } from '../../ui/field';
import { FormAlert } from '../../ui/form-alert';
import { useToast } from '../../ui/toast';
import { useReportActivityProgress } from './use-initiatives';

type ActivityProgressFormProps = { initiativeId: string; activity: Activity; onDone: () => void };

/** What a liaison reports on an activity: its status and percentage of progress. */
export function ActivityProgressForm({ initiativeId, activity, onDone }: ActivityProgressFormProps) {
  const { t } = useTranslation();
  const { showToast } = useToast();
  const report = useReportActivityProgress(initiativeId);
  const [status, setStatus] = useState<string>(activity.status);
  const [percent, setPercent] = useState(String(activity.progressPercent));
  const [error, setError] = useState<unknown>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => headingRef.current?.focus(), []);
  const parsed = Number.parseInt(percent, 10);
  const fieldError = (field: string) => {
    const match = isApiError(error)
      ? error.problem.errors?.find((item) => item.field.endsWith(field))
      : undefined;
    return match ? { message: match.message } : undefined;
  };
  const localError =
    status === 'done' && parsed !== 100
      ? { message: 'validation.doneMeansComplete' }
      : Number.isNaN(parsed) || parsed < 0 || parsed > 100
        ? { message: 'validation.outOfRange' }
        : undefined;
  const [isSubmitted, setIsSubmitted] = useState(false);
  return (
    <section className="section" aria-labelledby="activity-progress-title">
      <h3 id="activity-progress-title" ref={headingRef} tabIndex={-1}>
        {t('initiatives.activities.reportTitle', { title: activity.title })}
      </h3>
      <form
        className="form"
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          setIsSubmitted(true);
          if (localError) return;
          report.mutate(
            { id: activity.id, status, progressPercent: parsed, version: activity.version },
            {
              onSuccess: () => {
                showToast(t('initiatives.activities.reported', { title: activity.title }));
                onDone();
              },
              onError: setError,
            },
          );
        }}
      >
        <FormAlert error={error} onReload={onDone} />
        <div className="form-grid">
          <Select
            label={t('initiatives.activities.status')}
            options={enumOptions(t, 'activityStatus', activityStatuses)}
            value={status}
            onChange={(event) => {
              setStatus(event.target.value);
              if (event.target.value === 'done') setPercent('100');
            }}
            error={fieldError('status')}
          />
          <TextInput
            label={t('initiatives.activities.progressPercent')}
            inputMode="numeric"
            value={percent}
            onChange={(event) => setPercent(event.target.value)}
            error={(isSubmitted ? localError : undefined) ?? fieldError('progressPercent')}
          />
        </div>
        <div className="form-actions">
          <button type="submit" className="button button-primary" disabled={report.isPending}>
            {report.isPending ? t('common.saving') : t('initiatives.activities.saveReport')}
          </button>
          <button type="button" className="button button-secondary" onClick={onDone}>
            {t('common.cancel')}
          </button>
        </div>
      </form>
    </section>
  );
}

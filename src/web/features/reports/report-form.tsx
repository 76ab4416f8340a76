import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { languages } from '../../../contracts/common';
import { type Report, type ReportRequest, reportRequestSchema } from '../../../contracts/reports';
import { applyServerErrors, contractResolver } from '../../lib/form-errors';
import { Select, TextInput } from '../../ui/field';
import { FormAlert } from '../../ui/form-alert';
import { useGovernmentToday } from '../auth/government-context';
import { useGenerateReport } from './use-reports';

type FormValues = { from: string; to: string; language: string };

/** The period, by default the government's current year up to today, and the report's language. */
export function ReportForm({ onQueued }: { onQueued: (report: Report) => void }) {
  const { t, i18n } = useTranslation();
  const today = useGovernmentToday();
  const generate = useGenerateReport();
  const [submitError, setSubmitError] = useState<unknown>(null);
  const form = useForm<FormValues, unknown, ReportRequest>({
    defaultValues: {
      from: `${today.slice(0, 4)}-01-01`,
      to: today,
      language: (languages as readonly string[]).includes(i18n.language) ? i18n.language : 'es',
    },
    mode: 'onTouched',
    resolver: contractResolver(reportRequestSchema, (values) => values),
  });
  const { register, formState } = form;
  const { errors, isSubmitting } = formState;
  const submit = form.handleSubmit(async (input) => {
    setSubmitError(null);
    try {
      onQueued(await generate.mutateAsync(input));
    } catch (error) {
      applyServerErrors(error, form.setError);
      setSubmitError(error);
    }
  });
  return (
    <form onSubmit={submit} noValidate className="form" aria-labelledby="report-form-title">
      <h2 id="report-form-title">{t('reports.formTitle')}</h2>
      <FormAlert error={submitError} />
      <p className="field-hint">{t('reports.periodHint')}</p>
      <div className="form-grid">
        <TextInput
          type="date"
          label={t('reports.from')}
          isRequired
          error={errors.from}
          {...register('from')}
        />
        <TextInput type="date" label={t('reports.to')} isRequired error={errors.to} {...register('to')} />
        <Select
          label={t('reports.language')}
          isRequired
          options={languages.map((value) => ({ value, label: t(`languages.${value}`) }))}
          error={errors.language}
          {...register('language')}
        />
      </div>
      <div className="button-row">
        <button type="submit" className="button button-primary" disabled={isSubmitting}>
          {isSubmitting ? t('reports.generating') : t('reports.generate')}
        </button>
      </div>
    </form>
  );
}

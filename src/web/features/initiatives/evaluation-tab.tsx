import { Link } from '@tanstack/react-router';
import { lazy, Suspense, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { type Initiative, rollUpMethods } from '../../../contracts/initiatives';
import { enumOptions } from '../../lib/enum-options';
import { DataTable } from '../../ui/data-table';
import { Select, Textarea } from '../../ui/field';
import { Loading } from '../../ui/states';
import { useGovernment } from '../auth/government-context';
import { SpreadsheetActions } from '../spreadsheets/spreadsheet-actions';
import { orderMirRows } from './mir-rows';
import type { RollUpRow } from './rollup-chart';
import { useMir } from './use-initiatives';
import { useSectionForm } from './use-section-form';

// ECharts is large: it loads only when a chart is shown.
const RollUpChart = lazy(() => import('./rollup-chart').then((module) => ({ default: module.RollUpChart })));

/**
 * Evaluación: progress of the goal, the purpose and each component (their own measurements and what
 * the levels below add up to), the written assessment, and how components are combined.
 */
export function EvaluationTab({ initiative }: { initiative: Initiative }) {
  const { t, i18n } = useTranslation();
  const { canEdit } = useGovernment();
  const mir = useMir(initiative.id);
  const percent = (value: number | null) =>
    value === null ? '—' : new Intl.NumberFormat(i18n.language, { style: 'percent' }).format(value);
  const { progress } = initiative;
  const rows = useMemo<RollUpRow[]>(() => {
    const ordered = orderMirRows(mir.data?.rows ?? [], {
      goal: t('enums.mirLevel.goal'),
      purpose: t('enums.mirLevel.purpose'),
    });
    return [
      { id: 'goal', label: t('enums.mirLevel.goal'), ...progress.goal },
      {
        id: 'purpose',
        label: t('enums.mirLevel.purpose'),
        own: progress.purpose.own,
        rolledUp: progress.purpose.rolledUp,
      },
      ...progress.components.map((component) => ({
        id: component.id,
        label: ordered.find(({ row }) => row.id === component.id)?.label ?? t('enums.mirLevel.component'),
        own: component.progress,
        rolledUp: null,
      })),
    ];
  }, [progress, mir.data, t]);
  const { form, submit, alert } = useSectionForm(initiative, {
    toValues: (item) => ({ assessment: item.assessment ?? '', rollUpMethod: item.rollUpMethod as string }),
    toPatch: (values) => values,
  });
  const { errors, isSubmitting } = form.formState;
  const indicators = (mir.data?.rows ?? []).flatMap((row) => row.indicators);
  return (
    <section aria-labelledby="evaluation-title">
      <h2 id="evaluation-title">{t('initiatives.evaluation.title')}</h2>
      {/* The indicators with their measurements; liaisons load measurements from a spreadsheet. */}
      <SpreadsheetActions registry="indicators" filters={{ initiativeId: initiative.id }} />
      {progress.purpose.missingComponents > 0 ? (
        <p className="alert alert-info">
          {t('initiatives.evaluation.missingComponents', { count: progress.purpose.missingComponents })}
        </p>
      ) : null}
      <Suspense fallback={<Loading />}>
        <RollUpChart
          rows={rows}
          label={t('initiatives.evaluation.chartLabel', {
            purpose: percent(progress.purpose.rolledUp),
            goal: percent(progress.goal.rolledUp),
          })}
        />
      </Suspense>
      <DataTable
        caption={t('initiatives.evaluation.tableCaption')}
        rows={rows}
        rowKey={(row) => row.id}
        columns={[
          { key: 'level', header: t('initiatives.mir.level'), isRowHeader: true, render: (row) => row.label },
          {
            key: 'own',
            header: t('initiatives.evaluation.own'),
            isNumeric: true,
            render: (row) => percent(row.own),
          },
          {
            key: 'rolledUp',
            header: t('initiatives.evaluation.rolledUp'),
            isNumeric: true,
            render: (row) => percent(row.rolledUp),
          },
        ]}
      />
      {indicators.length > 0 ? (
        <>
          <h3>{t('initiatives.evaluation.indicators')}</h3>
          <ul className="item-list">
            {indicators.map((indicator) => (
              <li key={indicator.id}>
                <Link
                  to="/initiatives/$initiativeId/indicators/$indicatorId"
                  params={{ initiativeId: initiative.id, indicatorId: indicator.id }}
                >
                  {indicator.name}
                </Link>{' '}
                <span className="muted">
                  ({t(`enums.mirLevel.${indicator.level}`)}) —{' '}
                  {t('initiatives.indicator.measurementCount', { count: indicator.measurementCount })}
                  {indicator.missingPeriods.length > 0
                    ? `; ${t('initiatives.indicator.missingCount', { count: indicator.missingPeriods.length })}`
                    : ''}
                </span>
              </li>
            ))}
          </ul>
        </>
      ) : null}
      <form onSubmit={submit} noValidate className="form" aria-labelledby="assessment-title">
        <h3 id="assessment-title">{t('initiatives.evaluation.assessmentTitle')}</h3>
        {alert}
        <fieldset className="fieldset" disabled={!canEdit}>
          <legend className="visually-hidden">{t('initiatives.evaluation.assessmentTitle')}</legend>
          <Textarea
            label={t('initiatives.fields.assessment')}
            hint={t('initiatives.hints.assessment')}
            rows={6}
            error={errors.assessment}
            {...form.register('assessment')}
          />
          <Select
            label={t('initiatives.fields.rollUpMethod')}
            hint={t('initiatives.hints.rollUpMethod')}
            options={enumOptions(t, 'rollUpMethod', rollUpMethods)}
            error={errors.rollUpMethod}
            {...form.register('rollUpMethod')}
          />
        </fieldset>
        {canEdit ? (
          <div className="form-actions">
            <button type="submit" className="button button-primary" disabled={isSubmitting}>
              {isSubmitting ? t('common.saving') : t('initiatives.evaluation.save')}
            </button>
          </div>
        ) : null}
      </form>
    </section>
  );
}

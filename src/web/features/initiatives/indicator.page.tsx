import { getRouteApi, Link } from '@tanstack/react-router';
import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import type { indicatorDetailSchema } from '../../../contracts/initiatives';
import { enumLabel } from '../../lib/enum-options';
import { formatDate } from '../../lib/format';
import { DataTable } from '../../ui/data-table';
import { DetailItem, ErrorState, Loading, PageHeader } from '../../ui/states';
import { useGovernment } from '../auth/government-context';
import { formatDecimal } from './decimal';
import { MeasurementForm } from './measurement-form';
import { formatPeriod } from './period-label';
import { ProgressBar } from './progress-bar';
import { useIndicatorDetail, useInitiative } from './use-initiatives';
import './initiatives.css';

// ECharts is large: it loads only when a chart is shown.
const IndicatorChart = lazy(() =>
  import('./indicator-chart').then((module) => ({ default: module.IndicatorChart })),
);

const routeApi = getRouteApi('/app/initiatives/$initiativeId/indicators/$indicatorId');

export type IndicatorDetail = z.infer<typeof indicatorDetailSchema>;

export function IndicatorPage() {
  const { initiativeId, indicatorId } = routeApi.useParams();
  const query = useIndicatorDetail(initiativeId, indicatorId);
  if (query.isLoading) return <Loading />;
  if (query.isError || !query.data)
    return <ErrorState error={query.error} onRetry={() => void query.refetch()} />;
  return <IndicatorView initiativeId={initiativeId} detail={query.data} />;
}

/** One indicator: its definition, its measurements over time against baseline and target, and the form to report one. */
function IndicatorView({ initiativeId, detail }: { initiativeId: string; detail: IndicatorDetail }) {
  const { t, i18n } = useTranslation();
  const language = i18n.language;
  const { canEdit } = useGovernment();
  const initiative = useInitiative(initiativeId);
  const canReport = canEdit || Boolean(initiative.data?.canReport);
  const { indicator, measurements } = detail;
  const value = (text: string | null) => formatDecimal(text, language);
  return (
    <div className="page">
      <p className="breadcrumb">
        <Link to="/initiatives/$initiativeId" params={{ initiativeId }} search={{ tab: 'design' }}>
          {t('initiatives.indicator.back', { title: detail.initiativeTitle })}
        </Link>
      </p>
      <PageHeader
        title={indicator.name}
        description={`${t(`enums.mirLevel.${indicator.level}`)} · ${detail.initiativeTitle}`}
      />
      <section className="section" aria-labelledby="indicator-facts-title">
        <h2 id="indicator-facts-title">{t('initiatives.indicator.facts')}</h2>
        {indicator.definition ? <p className="prose">{indicator.definition}</p> : null}
        <dl className="detail-grid">
          <DetailItem label={t('initiatives.indicator.unit')}>
            {indicator.unit} ({enumLabel(t, 'indicatorMeasure', indicator.measure)})
          </DetailItem>
          <DetailItem label={t('initiatives.indicator.baseline')}>
            {value(indicator.baselineValue)} ({formatDate(indicator.baselineDate, language)})
          </DetailItem>
          <DetailItem label={t('initiatives.indicator.target')}>
            {value(indicator.targetValue)} ({formatDate(indicator.targetDate, language)})
          </DetailItem>
          <DetailItem label={t('initiatives.indicator.latest')}>
            {indicator.latestValue
              ? `${value(indicator.latestValue)} (${formatDate(indicator.latestDate, language)})`
              : t('initiatives.noMeasurement')}
          </DetailItem>
          <DetailItem label={t('initiatives.indicator.frequency')}>
            {enumLabel(t, 'frequency', indicator.frequency)}
          </DetailItem>
          <DetailItem label={t('initiatives.indicator.direction')}>
            {enumLabel(t, 'direction', indicator.direction)}
          </DetailItem>
          <DetailItem label={t('initiatives.indicator.disaggregations')}>
            {indicator.disaggregations.length
              ? indicator.disaggregations.map((item) => enumLabel(t, 'disaggregation', item)).join(', ')
              : '—'}
          </DetailItem>
        </dl>
        <ProgressBar label={t('initiatives.indicator.progressToTarget')} value={indicator.progress} />
        {indicator.isTargetMet ? (
          <p className="alert alert-success">{t('initiatives.indicator.targetMet')}</p>
        ) : null}
      </section>
      <Suspense fallback={<Loading />}>
        <IndicatorChart detail={detail} />
      </Suspense>
      <section className="section" aria-labelledby="missing-periods-title">
        <h2 id="missing-periods-title">{t('initiatives.indicator.missingPeriods')}</h2>
        {indicator.missingPeriods.length === 0 ? (
          <p className="muted">{t('initiatives.indicator.noMissingPeriods')}</p>
        ) : (
          <p>{indicator.missingPeriods.map((period) => formatPeriod(t, period, i18n.language)).join(', ')}</p>
        )}
      </section>
      <section className="section" aria-labelledby="measurements-title">
        <h2 id="measurements-title">{t('initiatives.indicator.measurements')}</h2>
        {measurements.length === 0 ? (
          <p className="muted">{t('initiatives.indicator.noMeasurements')}</p>
        ) : (
          <DataTable
            caption={t('initiatives.indicator.measurementsCaption', { count: measurements.length })}
            isCaptionHidden
            rows={[...measurements].sort((a, b) => b.date.localeCompare(a.date))}
            rowKey={(row) => row.id}
            columns={[
              {
                key: 'date',
                header: t('initiatives.measurement.date'),
                isRowHeader: true,
                render: (row) => formatDate(row.date, language),
              },
              {
                key: 'value',
                header: t('initiatives.measurement.value'),
                isNumeric: true,
                render: (row) => `${value(row.value)} ${row.unit}`,
              },
              {
                key: 'parts',
                header: t('initiatives.measurement.disaggregated'),
                render: (row) =>
                  row.disaggregatedValues.length === 0
                    ? '—'
                    : row.disaggregatedValues
                        .map(
                          (part) => `${categoryLabel(part.dimension, part.category)}: ${value(part.value)}`,
                        )
                        .join('; '),
              },
              {
                key: 'source',
                header: t('initiatives.measurement.source'),
                render: (row) => row.source ?? '—',
              },
              {
                key: 'evidence',
                header: t('initiatives.measurement.evidenceUrl'),
                render: (row) =>
                  row.evidenceUrl ? (
                    <a href={row.evidenceUrl} target="_blank" rel="noreferrer noopener">
                      {t('initiatives.measurement.evidence')}
                    </a>
                  ) : (
                    '—'
                  ),
              },
              {
                key: 'who',
                header: t('initiatives.measurement.reportedBy'),
                render: (row) => row.reportedByName ?? '—',
              },
              { key: 'notes', header: t('initiatives.measurement.notes'), render: (row) => row.notes ?? '—' },
            ]}
          />
        )}
      </section>
      {canReport ? <MeasurementForm initiativeId={initiativeId} indicator={indicator} /> : null}
    </div>
  );

  function categoryLabel(dimension: string, category: string): string {
    if (dimension === 'territorial_unit')
      return detail.byTerritorialUnit.find((unit) => unit.territorialUnitId === category)?.name ?? category;
    return t(`enums.${dimension === 'sex' ? 'sex' : 'ageGroup'}.${category}`, { defaultValue: category });
  }
}

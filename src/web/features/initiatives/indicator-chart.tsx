import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDate } from '../../lib/format';
import { DataTable } from '../../ui/data-table';
import { type ChartOption, EChart } from '../../ui/echart';
import { chartColors } from './charts';
import { formatDecimal } from './decimal';
import type { IndicatorDetail } from './indicator.page';

type Series = { name: string; points: { date: string; value: string }[] };

/**
 * The measurements over time as lines (one per territorial unit when the indicator is
 * disaggregated), with the baseline and the target as reference lines, and the same data as a table.
 */
export function IndicatorChart({ detail }: { detail: IndicatorDetail }) {
  const { t, i18n } = useTranslation();
  const language = i18n.language;
  const { indicator, measurements } = detail;
  const series = useMemo<Series[]>(() => {
    const total: Series = {
      name: t('initiatives.indicator.total'),
      points: detail.measurements.map((item) => ({ date: item.date, value: item.value })),
    };
    const units = detail.byTerritorialUnit
      .filter((unit) => unit.territorialUnitId !== null && unit.points.length > 0)
      .map((unit) => ({ name: unit.name, points: unit.points }));
    return [total, ...units];
  }, [detail, t]);
  const dates = [...new Set(series.flatMap((item) => item.points.map((point) => point.date)))].sort();
  const option = useMemo<ChartOption>(() => {
    const referenceLines = [
      indicator.baselineValue !== null
        ? {
            name: t('initiatives.indicator.baseline'),
            yAxis: Number(indicator.baselineValue),
            lineStyle: { color: '#4d5968', type: 'dashed' },
          }
        : null,
      indicator.targetValue !== null
        ? {
            name: t('initiatives.indicator.target'),
            yAxis: Number(indicator.targetValue),
            lineStyle: { color: '#1d6b34', type: 'solid' },
          }
        : null,
    ].filter((line) => line !== null);
    const references = [indicator.baselineValue, indicator.targetValue]
      .filter((value): value is string => value !== null)
      .map(Number);
    return {
      color: chartColors,
      tooltip: { trigger: 'axis' },
      legend: { top: 4, data: series.map((item) => item.name) },
      grid: { left: 56, right: 96, bottom: 40, top: 48 },
      xAxis: { type: 'time' },
      // The axis always spans the baseline and the target, so both reference lines are visible.
      yAxis: {
        type: 'value',
        name: indicator.unit,
        min: (extent: { min: number }) => Math.min(extent.min, ...references),
        max: (extent: { max: number }) => Math.max(extent.max, ...references),
      },
      series: series.map((item, index) => ({
        name: item.name,
        type: 'line',
        showSymbol: true,
        data: [...item.points]
          .sort((a, b) => a.date.localeCompare(b.date))
          .map((point) => [point.date, Number(point.value)]),
        ...(index === 0
          ? {
              markLine: {
                symbol: 'none',
                label: {
                  formatter: (params: { name?: string; value?: unknown }) =>
                    `${params.name ?? ''}: ${formatDecimal(String(params.value ?? ''), language)}`,
                  position: 'end',
                },
                data: referenceLines,
              },
            }
          : {}),
      })),
    };
  }, [series, indicator, t, language]);
  const valueOn = (item: Series, date: string) => {
    const point = item.points.find((each) => each.date === date);
    return point ? formatDecimal(point.value, language) : '—';
  };
  const label = t('initiatives.indicator.chartLabel', {
    name: indicator.name,
    count: measurements.length,
    baseline: formatDecimal(indicator.baselineValue, language),
    target: formatDecimal(indicator.targetValue, language),
    unit: indicator.unit,
  });
  return (
    <section className="section" aria-labelledby="indicator-chart-title">
      <h2 id="indicator-chart-title">{t('initiatives.indicator.chartTitle')}</h2>
      <EChart option={option} label={label} height={360} />
      <details className="chart-data">
        <summary>{t('initiatives.indicator.showTable')}</summary>
        <DataTable
          caption={t('initiatives.indicator.chartTableCaption', { name: indicator.name })}
          rows={dates}
          rowKey={(date) => date}
          columns={[
            {
              key: 'date',
              header: t('initiatives.measurement.date'),
              isRowHeader: true,
              render: (date) => formatDate(date, language),
            },
            ...series.map((item, index) => ({
              key: `series-${index}`,
              header: item.name,
              isNumeric: true,
              render: (date: string) => valueOn(item, date),
            })),
          ]}
        />
      </details>
    </section>
  );
}

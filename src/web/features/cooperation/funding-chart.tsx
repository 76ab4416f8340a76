import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Funding } from '../../../contracts/funding';
import { currencyDigits, formatMoney } from '../../lib/format';
import { type Column, DataTable } from '../../ui/data-table';
import { type ChartOption, EChart } from '../../ui/echart';
import { chartColors } from '../initiatives/charts';

type Point = Funding['series'][number];
const lines = ['committed', 'disbursed', 'spent'] as const;

/** "2026-03" as "mar 2026" in the UI language. */
function monthLabel(month: string, language: string): string {
  const [year, monthNumber] = month.split('-').map(Number);
  const date = new Date(Date.UTC(year ?? 1970, (monthNumber ?? 1) - 1, 1));
  return new Intl.DateTimeFormat(language, { month: 'short', year: 'numeric', timeZone: 'UTC' }).format(date);
}

/**
 * Committed, disbursed and spent, cumulative by month in the reporting currency: three lines, and
 * the same figures as a table for screen readers and for copying into a spreadsheet.
 */
export function FundingChart({ series, currency }: { series: Point[]; currency: string }) {
  const { t, i18n } = useTranslation();
  const language = i18n.language;
  const scale = 10 ** currencyDigits(currency);
  const option = useMemo<ChartOption>(() => {
    const compact = new Intl.NumberFormat(language, { notation: 'compact', maximumFractionDigits: 1 });
    return {
      color: chartColors,
      tooltip: {
        trigger: 'axis',
        valueFormatter: (value: unknown) =>
          typeof value === 'number' ? formatMoney(Math.round(value * scale), currency, language) : '—',
      },
      legend: { top: 4, data: lines.map((line) => t(`funding.series.${line}`)) },
      grid: { left: 72, right: 24, bottom: 32, top: 40 },
      xAxis: { type: 'category', data: series.map((point) => monthLabel(point.month, language)) },
      yAxis: {
        type: 'value',
        axisLabel: { formatter: (value: number) => `${compact.format(value)} ${currency}` },
      },
      series: lines.map((line, index) => ({
        name: t(`funding.series.${line}`),
        type: 'line',
        step: 'end',
        symbol: ['circle', 'rect', 'triangle'][index],
        symbolSize: 8,
        lineStyle: { type: (['solid', 'dashed', 'dotted'] as const)[index] },
        data: series.map((point) => point[line] / scale),
      })),
    };
  }, [series, currency, language, scale, t]);
  const last = series.at(-1);
  const label = last
    ? t('funding.chart.label', {
        month: monthLabel(last.month, language),
        committed: formatMoney(last.committed, currency, language),
        disbursed: formatMoney(last.disbursed, currency, language),
        spent: formatMoney(last.spent, currency, language),
      })
    : t('funding.chart.title');
  const columns: Column<Point>[] = [
    {
      key: 'month',
      header: t('funding.chart.month'),
      isRowHeader: true,
      render: (row) => monthLabel(row.month, language),
    },
    ...lines.map((line) => ({
      key: line,
      header: t(`funding.series.${line}`),
      isNumeric: true,
      render: (row: Point) => formatMoney(row[line], currency, language),
    })),
  ];
  return (
    <section className="section" aria-labelledby="funding-chart-title">
      <h3 id="funding-chart-title">{t('funding.chart.title')}</h3>
      {series.length === 0 ? (
        <p className="muted">{t('funding.chart.empty')}</p>
      ) : (
        <>
          <EChart option={option} label={label} height={320} />
          <details className="chart-data">
            <summary>{t('funding.chart.showTable')}</summary>
            <DataTable
              caption={t('funding.chart.tableCaption', { currency })}
              columns={columns}
              rows={series}
              rowKey={(row) => row.month}
            />
          </details>
        </>
      )}
    </section>
  );
}

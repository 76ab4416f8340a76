import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Overview } from '../../../contracts/utility';
import { formatNumber } from '../../lib/format';
import { DataTable } from '../../ui/data-table';
import { type ChartOption, EChart } from '../../ui/echart';
import { chartColors } from '../initiatives/charts';

type TrendPoint = Overview['trend'][number];

/** "2026-03" as "mar 2026" in the UI language. */
export function monthLabel(month: string, language: string): string {
  const [year, monthNumber] = month.split('-').map(Number);
  const date = new Date(Date.UTC(year ?? 1970, (monthNumber ?? 1) - 1, 1));
  return new Intl.DateTimeFormat(language, { month: 'short', year: 'numeric', timeZone: 'UTC' }).format(date);
}

/** The index month by month, from the monthly snapshots, with the same figures as a table. */
export function IndexTrendChart({ points }: { points: TrendPoint[] }) {
  const { t, i18n } = useTranslation();
  const language = i18n.language;
  const option = useMemo<ChartOption>(
    () => ({
      color: chartColors,
      tooltip: { trigger: 'axis' },
      grid: { left: 8, right: 16, bottom: 24, top: 16, containLabel: true },
      xAxis: { type: 'category', data: points.map((point) => monthLabel(point.month, language)) },
      yAxis: { type: 'value', min: 0, max: 100 },
      series: [
        {
          type: 'line',
          name: t('utility.index.title'),
          symbolSize: 8,
          connectNulls: false,
          data: points.map((point) => point.score),
        },
      ],
    }),
    [points, language, t],
  );
  const scored = points.filter((point) => point.score !== null);
  if (scored.length < 2) return <p className="muted">{t('home.index.trendEmpty')}</p>;
  return (
    <>
      <EChart
        option={option}
        height={220}
        label={t('home.index.trendLabel', {
          from: monthLabel(scored[0]?.month ?? '', language),
          to: monthLabel(scored.at(-1)?.month ?? '', language),
          first: scored[0]?.score ?? 0,
          last: scored.at(-1)?.score ?? 0,
        })}
      />
      <details className="chart-data">
        <summary>{t('home.showTable')}</summary>
        <DataTable
          caption={t('home.index.trendCaption')}
          rows={points}
          rowKey={(point) => point.month}
          columns={[
            {
              key: 'month',
              header: t('home.month'),
              isRowHeader: true,
              render: (point) => monthLabel(point.month, language),
            },
            {
              key: 'score',
              header: t('home.index.score'),
              isNumeric: true,
              render: (point) => formatNumber(point.score, language),
            },
          ]}
        />
      </details>
    </>
  );
}

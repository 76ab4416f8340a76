import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { type ChartOption, EChart } from '../../ui/echart';
import { chartColors } from './charts';

export type RollUpRow = { id: string; label: string; own: number | null; rolledUp: number | null };

/** Bars of each matrix level's own and rolled-up progress, in percent; the page shows the same as a table. */
export function RollUpChart({ rows, label }: { rows: RollUpRow[]; label: string }) {
  const { t } = useTranslation();
  const option = useMemo<ChartOption>(
    () => ({
      color: chartColors,
      tooltip: { trigger: 'axis' },
      legend: { top: 4, data: [t('initiatives.evaluation.own'), t('initiatives.evaluation.rolledUp')] },
      grid: { left: 48, right: 24, bottom: 32, top: 40 },
      xAxis: { type: 'category', data: rows.map((row) => row.label) },
      yAxis: { type: 'value', min: 0, max: 100, axisLabel: { formatter: '{value} %' } },
      series: [
        { name: t('initiatives.evaluation.own'), type: 'bar', data: rows.map((row) => toPercent(row.own)) },
        {
          name: t('initiatives.evaluation.rolledUp'),
          type: 'bar',
          data: rows.map((row) => toPercent(row.rolledUp)),
        },
      ],
    }),
    [rows, t],
  );
  return <EChart option={option} height={320} label={label} />;
}

function toPercent(value: number | null): number | null {
  return value === null ? null : Math.round(value * 1000) / 10;
}

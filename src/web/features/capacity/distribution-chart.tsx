import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Comparison } from '../../../contracts/capacity';
import { escapeHtml } from '../../lib/escape-html';
import { formatNumber } from '../../lib/format';
import { DataTable } from '../../ui/data-table';
import { type ChartOption, EChart } from '../../ui/echart';

const levelColours = ['#a4161a', '#d9822b', '#e3c35a', '#5c9e6e', '#0b3a75'];

/** How many members stand at each level, dimension by dimension (stacked bars, and the table). */
export function DistributionChart({ comparison }: { comparison: Comparison }) {
  const { t, i18n } = useTranslation();
  const language = i18n.language;
  const { questionnaire } = comparison;
  const nameOf = new Map(questionnaire.dimensions.map((dimension) => [dimension.key, dimension.name]));
  const rows = comparison.dimensions.map((item) => ({
    ...item,
    name: nameOf.get(item.dimensionKey) ?? item.dimensionKey,
  }));
  const option = useMemo<ChartOption>(
    () => ({
      tooltip: {
        trigger: 'axis',
        axisPointer: { type: 'shadow' },
        formatter: (params: unknown) => {
          const items = params as { axisValueLabel?: string; seriesName?: string; value?: number }[];
          const title = items[0]?.axisValueLabel ?? '';
          return [
            `<strong>${escapeHtml(title)}</strong>`,
            ...items.map(
              (item) =>
                `${escapeHtml(item.seriesName)}: ${escapeHtml(formatNumber(item.value ?? 0, language))}`,
            ),
          ].join('<br/>');
        },
      },
      legend: { bottom: 0 },
      grid: { left: 8, right: 16, top: 8, bottom: 40, containLabel: true },
      xAxis: { type: 'value', minInterval: 1 },
      yAxis: { type: 'category', inverse: true, data: rows.map((row) => row.name) },
      series: questionnaire.levels.map((level, index) => ({
        type: 'bar',
        stack: 'members',
        name: `${level.level} · ${level.name}`,
        itemStyle: { color: levelColours[index] },
        data: rows.map((row) => row.distribution[index] ?? 0),
      })),
    }),
    [rows, questionnaire.levels, language],
  );
  return (
    <>
      <EChart
        option={option}
        height={60 + 40 * rows.length}
        label={t('capacity.network.distributionLabel')}
      />
      <details className="chart-data">
        <summary>{t('capacity.showTable')}</summary>
        <DataTable
          caption={t('capacity.network.distributionCaption')}
          rows={rows}
          rowKey={(row) => row.dimensionKey}
          columns={[
            { key: 'name', header: t('capacity.dimension'), isRowHeader: true, render: (row) => row.name },
            ...questionnaire.levels.map((level, index) => ({
              key: `level-${level.level}`,
              header: `${level.level} · ${level.name}`,
              isNumeric: true,
              render: (row: (typeof rows)[number]) => formatNumber(row.distribution[index] ?? 0, language),
            })),
            {
              key: 'average',
              header: t('capacity.result.averageLevel'),
              isNumeric: true,
              render: (row) => formatNumber(row.averageLevel, language),
            },
          ]}
        />
      </details>
    </>
  );
}

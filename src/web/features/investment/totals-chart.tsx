import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { type Column, DataTable } from '../../ui/data-table';
import { type ChartOption, EChart } from '../../ui/echart';
import { chartColors } from '../initiatives/charts';

export type TotalsSeries = { name: string; values: number[] };

type TotalsChartProps = {
  id: string;
  title: string;
  label: string;
  categories: string[];
  series: TotalsSeries[];
  /** How one value reads in the tooltip and the table (money or jobs). */
  format: (value: number) => string;
  isHorizontal?: boolean;
};

/**
 * Grouped bars of one breakdown of the totals, with the same figures as a table below it for
 * screen readers and for copying.
 */
export function TotalsChart({
  id,
  title,
  label,
  categories,
  series,
  format,
  isHorizontal,
}: TotalsChartProps) {
  const { t, i18n } = useTranslation();
  const language = i18n.language;
  const option = useMemo<ChartOption>(() => {
    // Axis ticks in short form ("40 mil M"), so that long amounts do not overlap; tooltips stay exact.
    const compact = new Intl.NumberFormat(language, { notation: 'compact', maximumFractionDigits: 1 });
    const categoryAxis = {
      type: 'category' as const,
      data: categories,
      axisLabel: { width: 210, overflow: 'truncate' as const },
    };
    const valueAxis = {
      type: 'value' as const,
      axisLabel: { formatter: (value: number) => compact.format(value) },
    };
    return {
      color: chartColors,
      tooltip: {
        trigger: 'axis',
        valueFormatter: (value: unknown) => (typeof value === 'number' ? format(value) : '—'),
      },
      legend: { top: 4, data: series.map((item) => item.name) },
      grid: { left: isHorizontal ? 220 : 64, right: 24, bottom: 32, top: 40 },
      xAxis: isHorizontal ? valueAxis : categoryAxis,
      yAxis: isHorizontal ? categoryAxis : valueAxis,
      series: series.map((item) => ({ name: item.name, type: 'bar', data: item.values })),
    };
  }, [categories, series, format, isHorizontal, language]);
  type Row = { category: string; values: number[] };
  const rows: Row[] = categories.map((category, index) => ({
    category,
    values: series.map((item) => item.values[index] ?? 0),
  }));
  const columns: Column<Row>[] = [
    {
      key: 'category',
      header: t('investment.totals.category'),
      isRowHeader: true,
      render: (row) => row.category,
    },
    ...series.map((item, index) => ({
      key: `series-${index}`,
      header: item.name,
      isNumeric: true,
      render: (row: Row) => format(row.values[index] ?? 0),
    })),
  ];
  const height = isHorizontal ? Math.max(240, 60 + categories.length * 44) : 320;
  return (
    <section className="section">
      <h2 id={`${id}-title`}>{title}</h2>
      <EChart option={option} label={label} height={height} />
      <details className="chart-data">
        <summary>{t('investment.totals.showTable', { title })}</summary>
        <DataTable caption={title} columns={columns} rows={rows} rowKey={(row) => row.category} />
      </details>
    </section>
  );
}

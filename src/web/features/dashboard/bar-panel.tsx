import type { ReactNode } from 'react';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { type Column, DataTable } from '../../ui/data-table';
import { type ChartOption, EChart } from '../../ui/echart';
import { chartColors } from '../initiatives/charts';

export type BarRow = {
  key: string;
  label: string;
  value: number;
  /** The list this bar opens (a link in the table, a click on the bar). */
  link?: ReactNode;
  onOpen?: () => void;
};

type BarPanelProps = {
  caption: string;
  label: string;
  valueHeader: string;
  rows: BarRow[];
  format: (value: number) => string;
  color?: string;
  /** Counts: the axis shows whole numbers only. */
  isWhole?: boolean;
};

/**
 * Horizontal bars of one breakdown, clickable into the list behind each bar, with the same figures
 * as a table (each row a link) for keyboard and screen-reader users.
 */
export function BarPanel({ caption, label, valueHeader, rows, format, color, isWhole }: BarPanelProps) {
  const { t, i18n } = useTranslation();
  const language = i18n.language;
  const option = useMemo<ChartOption>(() => {
    const compact = new Intl.NumberFormat(language, { notation: 'compact', maximumFractionDigits: 1 });
    const ordered = [...rows].reverse();
    return {
      color: [color ?? chartColors[0] ?? '#0b3a75'],
      tooltip: {
        trigger: 'axis',
        axisPointer: { type: 'shadow' },
        valueFormatter: (value: unknown) => (typeof value === 'number' ? format(value) : '—'),
      },
      grid: { left: 8, right: 24, bottom: 24, top: 8, containLabel: true },
      xAxis: {
        type: 'value',
        minInterval: isWhole ? 1 : undefined,
        axisLabel: { formatter: (value: number) => compact.format(value) },
      },
      yAxis: {
        type: 'category',
        data: ordered.map((row) => row.label),
        axisLabel: { width: 230, overflow: 'truncate' },
      },
      series: [
        {
          type: 'bar',
          name: valueHeader,
          cursor: 'pointer',
          data: ordered.map((row) => ({ value: row.value, rowKey: row.key })),
        },
      ],
    };
  }, [rows, format, color, valueHeader, language, isWhole]);
  const columns: Column<BarRow>[] = [
    { key: 'label', header: t('home.category'), isRowHeader: true, render: (row) => row.link ?? row.label },
    { key: 'value', header: valueHeader, isNumeric: true, render: (row) => format(row.value) },
  ];
  return (
    <>
      <EChart
        option={option}
        label={label}
        height={Math.max(160, 48 + rows.length * 34)}
        onItemClick={(data) => {
          const key = (data as { rowKey?: string } | undefined)?.rowKey;
          rows.find((row) => row.key === key)?.onOpen?.();
        }}
      />
      <details className="chart-data">
        <summary>{t('home.showTable')}</summary>
        <DataTable caption={caption} columns={columns} rows={rows} rowKey={(row) => row.key} />
      </details>
    </>
  );
}

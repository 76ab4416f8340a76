import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { type ChartOption, EChart } from '../../ui/echart';
import { type RadarSeries, radarTooltip } from './capacity-tooltips';

export type { RadarSeries };

/**
 * Maturity per dimension on a radar (levels 1 to 5). Names come from data files and governments'
 * names: every text reaching the tooltip's HTML is escaped. The caller always shows the same numbers
 * as a table beside it.
 */
export function CapacityRadar({
  dimensions,
  series,
  label,
}: {
  dimensions: { key: string; name: string }[];
  series: RadarSeries[];
  label: string;
}) {
  const { i18n } = useTranslation();
  const language = i18n.language;
  const option = useMemo<ChartOption>(
    () => ({
      legend: { bottom: 0, data: series.map((item) => item.name) },
      tooltip: {
        trigger: 'item',
        formatter: (params: unknown) =>
          radarTooltip(series[(params as { dataIndex?: number }).dataIndex ?? 0], dimensions, language),
      },
      radar: {
        indicator: dimensions.map((dimension) => ({ name: dimension.name, min: 0, max: 5 })),
        splitNumber: 5,
        radius: '62%',
        axisName: { color: '#1b2430', fontSize: 12 },
      },
      series: [
        {
          type: 'radar',
          data: series.map((item) => ({
            name: item.name,
            value: item.values.map((value) => value ?? 0),
            symbol: item.isDashed ? 'rect' : 'circle',
            lineStyle: { color: item.color, width: 2, type: item.isDashed ? 'dashed' : 'solid' },
            itemStyle: { color: item.color },
            areaStyle: item.isDashed ? undefined : { color: item.color, opacity: 0.15 },
          })),
        },
      ],
    }),
    [dimensions, series, language],
  );
  return <EChart option={option} label={label} height={420} />;
}

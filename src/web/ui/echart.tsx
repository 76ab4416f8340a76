import { MapChart, ScatterChart } from 'echarts/charts';
import { GeoComponent, TooltipComponent, VisualMapComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { CanvasRenderer } from 'echarts/renderers';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { chartLocale, localizeChartOption } from '../lib/chart-locale';

echarts.use([MapChart, ScatterChart, GeoComponent, TooltipComponent, VisualMapComponent, CanvasRenderer]);

export { echarts };

export type ChartOption = Parameters<echarts.ECharts['setOption']>[0];

type InitLocale = NonNullable<Parameters<typeof echarts.init>[2]>['locale'];

type EChartProps = {
  option: ChartOption;
  label: string;
  height?: number;
  onItemClick?: (data: unknown) => void;
};

/**
 * An ECharts canvas exposed to assistive technology as one image with a label; every chart in Vínculo
 * also offers its data as a table next to it. Month names, and the numbers that a chart does not
 * format itself, follow the UI language (see lib/chart-locale.ts).
 */
export function EChart({ option, label, height = 420, onItemClick }: EChartProps) {
  const { i18n } = useTranslation();
  const language = i18n.language;
  const containerRef = useRef<HTMLDivElement>(null);
  const chartRef = useRef<echarts.ECharts | null>(null);
  const clickRef = useRef(onItemClick);
  clickRef.current = onItemClick;
  const optionRef = useRef(option);
  optionRef.current = option;

  // The locale is fixed at init: a change of language draws the chart anew.
  useEffect(() => {
    const container = containerRef.current;
    if (!container) return;
    const chart = echarts.init(container, undefined, {
      renderer: 'canvas',
      // ECharts completes a partial locale with its English texts; only the names of time are needed.
      locale: chartLocale(language) as unknown as InitLocale,
    });
    chartRef.current = chart;
    chart.setOption(localizeChartOption(optionRef.current, language), true);
    chart.on('click', (params) => clickRef.current?.(params.data));
    const observer = new ResizeObserver(() => chart.resize());
    observer.observe(container);
    return () => {
      observer.disconnect();
      chart.dispose();
      chartRef.current = null;
    };
  }, [language]);

  useEffect(() => {
    chartRef.current?.setOption(localizeChartOption(option, language), true);
  }, [option, language]);

  return <div ref={containerRef} className="chart" role="img" aria-label={label} style={{ height }} />;
}

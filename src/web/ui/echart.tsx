import type { EChartsCoreOption, EChartsType } from 'echarts/core';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { chartLocale, localizeChartOption } from '../lib/chart-locale';

type EChartsModule = typeof import('./echarts-setup');

export type ChartOption = EChartsCoreOption;

/** A GeoJSON feature collection to register under a map name before the option that draws it. */
export type ChartMap = { name: string; geoJson: unknown };

let echartsLoading: Promise<EChartsModule> | null = null;

/**
 * ECharts (≈ 200 KB gzip) is fetched the first time a chart is shown, never with the app shell: every
 * chart goes through <EChart>, and no other module may import 'echarts' statically.
 */
export function loadECharts(): Promise<EChartsModule> {
  echartsLoading ??= import('./echarts-setup').catch((error: unknown) => {
    echartsLoading = null; // a failed download (offline for a moment) is retried by the next chart
    throw error;
  });
  return echartsLoading;
}

type InitLocale = NonNullable<Parameters<EChartsModule['echarts']['init']>[2]>['locale'];

type EChartProps = {
  option: ChartOption;
  label: string;
  height?: number;
  /** Maps the option draws (registered with ECharts before the option is set). */
  maps?: readonly ChartMap[];
  onItemClick?: (data: unknown) => void;
};

/**
 * An ECharts canvas exposed to assistive technology as one image with a label; every chart in Vínculo
 * also offers its data as a table next to it. Month names, and the numbers that a chart does not
 * format itself, follow the UI language (see lib/chart-locale.ts).
 */
export function EChart({ option, label, height = 420, maps, onItemClick }: EChartProps) {
  const { t, i18n } = useTranslation();
  const language = i18n.language;
  const containerRef = useRef<HTMLDivElement>(null);
  const chartRef = useRef<EChartsType | null>(null);
  const clickRef = useRef(onItemClick);
  clickRef.current = onItemClick;
  const [module, setModule] = useState<EChartsModule | null>(null);
  const [loadError, setLoadError] = useState(false);
  const [chartVersion, setChartVersion] = useState(0);

  useEffect(() => {
    let isCurrent = true;
    loadECharts().then(
      (loaded) => isCurrent && setModule(loaded),
      () => isCurrent && setLoadError(true),
    );
    return () => {
      isCurrent = false;
    };
  }, []);

  // The locale is fixed at init: a change of language draws the chart anew.
  useEffect(() => {
    const container = containerRef.current;
    if (!module || !container) return;
    const chart = module.echarts.init(container, undefined, {
      renderer: 'canvas',
      // ECharts completes a partial locale with its English texts; only the names of time are needed.
      locale: chartLocale(language) as unknown as InitLocale,
    });
    chartRef.current = chart;
    chart.on('click', (params) => clickRef.current?.(params.data));
    const observer = new ResizeObserver(() => chart.resize());
    observer.observe(container);
    setChartVersion((version) => version + 1);
    return () => {
      observer.disconnect();
      chart.dispose();
      chartRef.current = null;
    };
  }, [module, language]);

  useEffect(() => {
    if (!module || !chartRef.current || chartVersion === 0) return;
    // Registered again whenever the maps change: a territory's geometry can be re-imported.
    for (const map of maps ?? [])
      module.echarts.registerMap(map.name, map.geoJson as Parameters<typeof module.echarts.registerMap>[1]);
    chartRef.current.setOption(localizeChartOption(option, language), true);
  }, [module, option, maps, language, chartVersion]);

  return (
    <div
      ref={containerRef}
      className="chart"
      role="img"
      aria-label={label}
      aria-busy={!module && !loadError}
      style={{ height }}
    >
      {loadError ? <p className="chart-error">{t('errors.network')}</p> : null}
    </div>
  );
}

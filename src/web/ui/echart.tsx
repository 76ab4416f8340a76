import type { EChartsCoreOption, EChartsType } from 'echarts/core';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';

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

type EChartProps = {
  option: ChartOption;
  label: string;
  height?: number;
  /** Maps the option refers to (geo.map / series.map), registered once ECharts has loaded. */
  maps?: readonly ChartMap[];
  onItemClick?: (data: unknown) => void;
};

/**
 * An ECharts canvas exposed to assistive technology as one image with a label; every chart in Vínculo
 * also offers its data as a table next to it.
 */
export function EChart({ option, label, height = 420, maps, onItemClick }: EChartProps) {
  const { t } = useTranslation();
  const containerRef = useRef<HTMLDivElement>(null);
  const chartRef = useRef<EChartsType | null>(null);
  const clickRef = useRef(onItemClick);
  clickRef.current = onItemClick;
  const [module, setModule] = useState<EChartsModule | null>(null);
  const [loadError, setLoadError] = useState(false);

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

  useEffect(() => {
    const container = containerRef.current;
    if (!module || !container) return;
    const chart = module.echarts.init(container, undefined, { renderer: 'canvas' });
    chartRef.current = chart;
    chart.on('click', (params) => clickRef.current?.(params.data));
    const observer = new ResizeObserver(() => chart.resize());
    observer.observe(container);
    return () => {
      observer.disconnect();
      chart.dispose();
      chartRef.current = null;
    };
  }, [module]);

  useEffect(() => {
    if (!module || !chartRef.current) return;
    // Registered again whenever the maps change: a territory's geometry can be re-imported.
    for (const map of maps ?? [])
      module.echarts.registerMap(map.name, map.geoJson as Parameters<typeof module.echarts.registerMap>[1]);
    chartRef.current.setOption(option, true);
  }, [module, option, maps]);

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

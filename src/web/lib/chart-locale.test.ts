import { BarChart, LineChart } from 'echarts/charts';
import { GridComponent, TooltipComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { SVGRenderer } from 'echarts/renderers';
import { describe, expect, it } from 'vitest';
import { chartLocale, escapeHtml, localizeChartOption } from './chart-locale';

echarts.use([BarChart, LineChart, GridComponent, TooltipComponent, SVGRenderer]);

type InitLocale = NonNullable<Parameters<typeof echarts.init>[2]>['locale'];

/** Draws a chart as ECharts really does (server-side SVG) and returns the text it wrote. */
function renderText(option: Parameters<echarts.ECharts['setOption']>[0], language: string): string {
  const chart = echarts.init(null, undefined, {
    renderer: 'svg',
    ssr: true,
    width: 800,
    height: 400,
    locale: chartLocale(language) as unknown as InitLocale,
  });
  chart.setOption(localizeChartOption(option, language));
  const svg = chart.renderToSVGString();
  chart.dispose();
  return [...svg.matchAll(/<text[^>]*>([^<]*)<\/text>/g)].map((match) => match[1]).join(' | ');
}

const monthly = {
  xAxis: { type: 'time' },
  yAxis: { type: 'value' },
  tooltip: { trigger: 'axis' },
  series: [
    {
      type: 'line',
      data: [
        ['2026-02-01', 0],
        ['2026-03-01', 6_000],
        ['2026-04-01', 12_000],
        ['2026-05-01', 18_000],
        ['2026-06-01', 24_000],
      ],
    },
  ],
};

describe('charts in the UI language', () => {
  it('writes thousands and month names in Spanish', () => {
    const text = renderText(monthly, 'es');
    expect(text).toContain('10.000');
    expect(text).not.toContain('10,000');
    expect(text).toMatch(/\babr\b/);
    expect(text).not.toContain('Apr');
  });

  it('writes them in English and Portuguese too', () => {
    const english = renderText(monthly, 'en');
    expect(english).toContain('10,000');
    expect(english).toContain('Apr');
    const portuguese = renderText(monthly, 'pt');
    expect(portuguese).toContain('10.000');
    expect(portuguese).toMatch(/\babr\.?/);
  });

  it('fixes what ECharts writes on its own ("10,000", "Apr")', () => {
    const chart = echarts.init(null, undefined, { renderer: 'svg', ssr: true, width: 800, height: 400 });
    chart.setOption(monthly);
    const svg = chart.renderToSVGString();
    chart.dispose();
    expect(svg).toContain('10,000');
    expect(svg).toContain('Apr');
  });

  it('keeps a formatter that a chart chose itself', () => {
    const own = (value: number) => `${value} %`;
    const option = localizeChartOption({ yAxis: { type: 'value', axisLabel: { formatter: own } } }, 'es');
    expect(option.yAxis.axisLabel.formatter).toBe(own);
  });

  it('formats the tooltip values and the visual map scale, on every axis of an array', () => {
    const option = localizeChartOption(
      {
        tooltip: { trigger: 'axis' },
        visualMap: { min: 0, max: 2_500_000 },
        xAxis: [{ type: 'category' }, { type: 'value' }],
      },
      'es',
    ) as unknown as {
      tooltip: { valueFormatter: (value: unknown) => string };
      visualMap: { formatter: (value: number) => string };
      xAxis: { axisLabel?: { formatter: (value: number) => string } }[];
    };
    expect(option.tooltip.valueFormatter(1_234_567.891)).toBe('1.234.567,89');
    expect(option.tooltip.valueFormatter(null)).toBe('—');
    expect(option.visualMap.formatter(2_500_000)).toBe('2.500.000');
    expect(option.xAxis[0]?.axisLabel).toBeUndefined();
    expect(option.xAxis[1]?.axisLabel?.formatter(12_000)).toBe('12.000');
  });

  it('escapes every HTML-significant character', () => {
    expect(escapeHtml('<img src=x onerror="alert(1)">Tom & Jerry\'s')).toBe(
      '&lt;img src=x onerror=&quot;alert(1)&quot;&gt;Tom &amp; Jerry&#39;s',
    );
    expect(escapeHtml(null)).toBe('');
    expect(escapeHtml(1200)).toBe('1200');
  });
});

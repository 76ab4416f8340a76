// Charts of the report as vector graphics: ECharts renders SVG on the server (no canvas, no browser)
// and pdfmake draws the SVG as paths and text, so they stay sharp when printed or zoomed.
import * as echarts from 'echarts';
import { verdictOrder } from '../../../domain/council-report';
import type { ReportFigures } from './reports.figures';
import type { ReportText } from './reports.text';

export type ReportCharts = { verdicts: string; index: string; stages: string };

const verdictColours: Record<string, string> = {
  protocol_only: '#b42318',
  at_risk: '#b54708',
  grace_period: '#175cd3',
  productive: '#067647',
};

function renderBars(
  categories: string[],
  values: { value: number; itemStyle?: { color: string } }[],
  options: { width: number; height: number; isCount?: boolean; text: ReportText },
): string {
  const chart = echarts.init(null, null, {
    renderer: 'svg',
    ssr: true,
    width: options.width,
    height: options.height,
  });
  chart.setOption({
    animation: false,
    textStyle: { fontFamily: 'Roboto', fontSize: 10 },
    grid: { left: 150, right: 60, top: 10, bottom: 20 },
    xAxis: {
      type: 'value',
      minInterval: options.isCount ? 1 : 0,
      axisLabel: { formatter: (value: number) => options.text.number(value) },
    },
    yAxis: { type: 'category', data: categories, inverse: true },
    series: [
      {
        type: 'bar',
        data: values,
        itemStyle: { color: '#1d4f91' },
        label: {
          show: true,
          position: 'right',
          formatter: (item: { value: number }) => options.text.number(item.value),
        },
      },
    ],
  });
  const svg = chart.renderToSVGString();
  chart.dispose();
  return svg;
}

/** The three charts of the report: links by verdict, points of each index component, initiatives by stage. */
export function renderReportCharts(figures: ReportFigures, text: ReportText): ReportCharts {
  const { t } = text;
  const verdicts = renderBars(
    verdictOrder.map((verdict) => t(`utility.verdict.${verdict}`)),
    verdictOrder.map((verdict) => ({
      value: figures.links.counts[verdict],
      itemStyle: { color: verdictColours[verdict] ?? '#1d4f91' },
    })),
    { width: 480, height: 130, isCount: true, text },
  );
  const index = renderBars(
    figures.overview.index.components.map((component) => t(`utility.components.${component.key}`)),
    figures.overview.index.components.map((component) => ({
      value: Math.round(component.contribution * 10) / 10,
    })),
    { width: 480, height: 170, text },
  );
  const stages = renderBars(
    figures.overview.initiativesByStage.map((row) => text.label('enums.stage.', row.stage)),
    figures.overview.initiativesByStage.map((row) => ({ value: row.count })),
    { width: 480, height: 180, isCount: true, text },
  );
  return { verdicts, index, stages };
}

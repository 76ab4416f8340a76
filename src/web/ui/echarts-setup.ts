import { BarChart, GraphChart, LineChart, MapChart, RadarChart, ScatterChart } from 'echarts/charts';
import {
  GeoComponent,
  GridComponent,
  LegendComponent,
  MarkLineComponent,
  RadarComponent,
  TooltipComponent,
  VisualMapComponent,
} from 'echarts/components';
import * as echarts from 'echarts/core';
import { CanvasRenderer } from 'echarts/renderers';

// Every chart and map of Vínculo in one registration. This module is only ever imported dynamically
// (by loadECharts in echart.tsx): ECharts is the largest library of the app and no page but those
// with a chart should download it.
echarts.use([
  MapChart,
  ScatterChart,
  BarChart,
  LineChart,
  GraphChart,
  RadarChart,
  GeoComponent,
  GridComponent,
  LegendComponent,
  MarkLineComponent,
  RadarComponent,
  TooltipComponent,
  VisualMapComponent,
  CanvasRenderer,
]);

export { echarts };

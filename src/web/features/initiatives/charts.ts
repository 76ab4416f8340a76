import { BarChart, LineChart } from 'echarts/charts';
import { GridComponent, LegendComponent, MarkLineComponent } from 'echarts/components';
import { echarts } from '../../ui/echart';

// The shared wrapper registers only what the maps need; the policy-cycle charts add bars and lines.
echarts.use([BarChart, LineChart, GridComponent, LegendComponent, MarkLineComponent]);

export const chartColors = ['#0b3a75', '#1d6b34', '#a4161a', '#7a4b00', '#5b2a86', '#006d77', '#8a5a00'];

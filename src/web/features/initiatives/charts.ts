// The palette shared by every chart (the ECharts parts they use are registered in ui/echarts-setup.ts).
export const chartColors = ['#0b3a75', '#1d6b34', '#a4161a', '#7a4b00', '#5b2a86', '#006d77', '#8a5a00'];

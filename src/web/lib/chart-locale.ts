/*
 * ECharts formats on its own: month names in English ("Apr") unless given a locale, and numbers
 * always with a comma for thousands ("1,200"), whatever the locale. Every chart of Vínculo goes
 * through the shared wrapper (ui/echart.tsx), which applies both fixes below with Intl, so that a
 * Spanish interface reads "abr" and "12.000", a Portuguese one "abr." and "12.000", an English one
 * "Apr" and "12,000".
 */

export type ChartLocale = {
  time: { month: string[]; monthAbbr: string[]; dayOfWeek: string[]; dayOfWeekAbbr: string[] };
};

const localeCache = new Map<string, ChartLocale>();

/**
 * The month and day names of a UI language for ECharts' time axes, from Intl (the same CLDR data as
 * every other date in the app). ECharts fills the texts it does not find here from its English set.
 */
export function chartLocale(language: string): ChartLocale {
  const cached = localeCache.get(language);
  if (cached) return cached;
  const names = (options: Intl.DateTimeFormatOptions, dates: Date[]) => {
    const format = new Intl.DateTimeFormat(language, { ...options, timeZone: 'UTC' });
    return dates.map((date) => format.format(date));
  };
  const months = Array.from({ length: 12 }, (_, month) => new Date(Date.UTC(2024, month, 15)));
  // 2024-01-07 was a Sunday: ECharts counts the week from Sunday, like Date#getDay.
  const days = Array.from({ length: 7 }, (_, day) => new Date(Date.UTC(2024, 0, 7 + day)));
  const locale: ChartLocale = {
    time: {
      month: names({ month: 'long' }, months),
      monthAbbr: names({ month: 'short' }, months),
      dayOfWeek: names({ weekday: 'long' }, days),
      dayOfWeekAbbr: names({ weekday: 'short' }, days),
    },
  };
  localeCache.set(language, locale);
  return locale;
}

/** Escapes the five HTML-significant characters: every string put into an HTML tooltip goes through here. */
/** One escape helper for every string that reaches chart HTML: see escape-html.ts. */
export { escapeHtml } from './escape-html';

type Loose = Record<string, unknown>;

function isObject(value: unknown): value is Loose {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function numberFormatter(language: string) {
  const format = new Intl.NumberFormat(language, { maximumFractionDigits: 2 });
  return (value: unknown) =>
    typeof value === 'number' && Number.isFinite(value) ? format.format(value) : '—';
}

function localizeAxis(axis: unknown, format: (value: unknown) => string): unknown {
  if (!isObject(axis)) return axis;
  // ECharts' default axis type is 'value' for y axes only; categories and times are not numbers.
  if (axis.type !== 'value' && axis.type !== 'log') return axis;
  const label = isObject(axis.axisLabel) ? axis.axisLabel : {};
  if (label.formatter !== undefined) return axis;
  return { ...axis, axisLabel: { ...label, formatter: (value: number) => format(value) } };
}

function localizeAxes(axes: unknown, format: (value: unknown) => string): unknown {
  return Array.isArray(axes) ? axes.map((axis) => localizeAxis(axis, format)) : localizeAxis(axes, format);
}

/**
 * Fills in the number formats that a chart did not choose itself: value axes, tooltip values and
 * the visual map's scale, in the UI language with Intl. A chart that sets its own formatter keeps it.
 */
export function localizeChartOption<Option extends object>(option: Option, language: string): Option {
  const format = numberFormatter(language);
  const localized: Loose = { ...(option as Loose) };
  if ('xAxis' in localized) localized.xAxis = localizeAxes(localized.xAxis, format);
  if ('yAxis' in localized) localized.yAxis = localizeAxes(localized.yAxis, format);
  const tooltip = localized.tooltip;
  if (isObject(tooltip) && tooltip.formatter === undefined && tooltip.valueFormatter === undefined) {
    localized.tooltip = { ...tooltip, valueFormatter: format };
  }
  const visualMap = localized.visualMap;
  if (isObject(visualMap) && visualMap.formatter === undefined) {
    localized.visualMap = { ...visualMap, formatter: (value: number) => format(value) };
  }
  return localized as Option;
}

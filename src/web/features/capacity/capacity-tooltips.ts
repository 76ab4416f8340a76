import { escapeHtml } from '../../lib/escape-html';
import { formatNumber } from '../../lib/format';

export type RadarSeries = { name: string; values: (number | null)[]; color: string; isDashed?: boolean };

/**
 * The radar's tooltip: one series, its level in every dimension. Dimension names come from a data
 * file an association may write and series names from governments' names: all of it is escaped.
 */
export function radarTooltip(
  series: RadarSeries | undefined,
  dimensions: readonly { name: string }[],
  language: string,
): string {
  if (!series) return '';
  return [
    `<strong>${escapeHtml(series.name)}</strong>`,
    ...dimensions.map(
      (dimension, index) =>
        `${escapeHtml(dimension.name)}: ${escapeHtml(formatNumber(series.values[index] ?? null, language))}`,
    ),
  ].join('<br/>');
}

/** The members' map tooltip: the government's name (escaped) and its levels. */
export function memberTooltip(name: string, lines: readonly string[]): string {
  return [`<strong>${escapeHtml(name)}</strong>`, ...lines.map((line) => escapeHtml(line))].join('<br/>');
}

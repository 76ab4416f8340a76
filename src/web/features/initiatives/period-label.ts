import type { TFunction } from 'i18next';

/**
 * A reporting period as people read it: "3.er trimestre de 2024", "1.er semestre de 2025", "marzo de
 * 2025", "2025" — never the codes the server computes with (2024-Q3, 2025-S1, 2025-03).
 */
export function formatPeriod(t: TFunction, code: string, language: string): string {
  const quarter = /^(\d{4})-Q([1-4])$/.exec(code);
  if (quarter) return t(`periods.quarter${quarter[2]}`, { year: quarter[1] });
  const half = /^(\d{4})-S([12])$/.exec(code);
  if (half) return t(`periods.semester${half[2]}`, { year: half[1] });
  const month = /^(\d{4})-(\d{2})$/.exec(code);
  if (month) {
    const date = new Date(Date.UTC(Number(month[1]), Number(month[2]) - 1, 1));
    return new Intl.DateTimeFormat(language, { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(
      date,
    );
  }
  return code;
}

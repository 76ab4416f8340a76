import type { Language } from '../../../contracts/common';
import type { Report } from '../../../contracts/reports';
import { translate } from '../../platform/i18n';
import { toIso, toIsoOrNull } from '../../platform/present';
import type { ReportListRow } from './reports.queries';

export function presentReport(row: ReportListRow, language: Language): Report {
  return {
    id: row.id,
    from: row.periodFrom,
    to: row.periodTo,
    language: row.language,
    status: row.status,
    progress: row.status === 'completed' ? 1 : row.progress,
    step: (row.step as Report['step']) ?? null,
    // Reports store message keys, so that each reader gets their own language.
    error: row.error ? translate(language, row.error) : null,
    pdfBytes: row.pdfBytes,
    xlsxBytes: row.xlsxBytes,
    createdAt: toIso(row.createdAt),
    createdByName: row.createdByName,
    startedAt: toIsoOrNull(row.startedAt),
    finishedAt: toIsoOrNull(row.finishedAt),
  };
}

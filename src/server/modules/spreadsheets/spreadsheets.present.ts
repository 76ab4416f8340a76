import type { Language } from '../../../contracts/common';
import type { SheetImportJob, SheetRegistry } from '../../../contracts/spreadsheets';
import { translate } from '../../platform/i18n';
import type { ImportCounts, ImportPreview } from './spreadsheets.import';
import type { SheetImportJobRow } from './spreadsheets.queries';

const emptyCounts: ImportCounts = { rows: 0, add: 0, update: 0, unchanged: 0, errors: 0 };
const emptyPreview: ImportPreview = { add: [], update: [], unchanged: [], errors: [] };

export function presentSheetJob(job: SheetImportJobRow, language: Language): SheetImportJob {
  const progress =
    job.status === 'completed' ? 1 : job.toWrite > 0 ? Math.min(1, job.written / job.toWrite) : 0;
  return {
    id: job.id,
    registry: job.registry as SheetRegistry,
    fileName: job.fileName,
    status: job.status,
    mode: job.mode,
    counts: { ...emptyCounts, ...(job.counts as Partial<ImportCounts>) },
    preview: { ...emptyPreview, ...(job.preview as Partial<ImportPreview>) },
    progress,
    applied: { added: job.added, updated: job.updated },
    error: job.error ? (/^\w+\.\w+$/.test(job.error) ? translate(language, job.error) : job.error) : null,
    createdAt: job.createdAt.toISOString(),
    finishedAt: job.finishedAt?.toISOString() ?? null,
  };
}

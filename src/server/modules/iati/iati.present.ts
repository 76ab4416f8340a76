import type { Language } from '../../../contracts/common';
import type { ActivityAllocation, ImportJob } from '../../../contracts/iati';
import { translate } from '../../platform/i18n';
import { toIso, toIsoOrNull } from '../../platform/present';
import type { CatalogueRow, ImportJobRow } from './iati.queries';

type SkippedEntry = { index: number; identifier: string | null; reason: string };

export function presentImportJob(job: ImportJobRow, language: Language): ImportJob {
  const progress =
    job.status === 'completed' ? 1 : job.sizeBytes > 0 ? Math.min(1, job.bytesRead / job.sizeBytes) : 0;
  return {
    id: job.id,
    fileName: job.fileName,
    sizeBytes: job.sizeBytes,
    bytesRead: job.bytesRead,
    progress,
    status: job.status,
    activitiesSeen: job.activitiesSeen,
    activitiesImported: job.activitiesImported,
    activitiesSkipped: job.activitiesSkipped,
    skipped: job.skipped as SkippedEntry[],
    // Jobs store message keys where they can, so that each reader gets their own language.
    error: job.error?.startsWith('validation.') ? translate(language, job.error) : job.error,
    createdAt: toIso(job.createdAt),
    startedAt: toIsoOrNull(job.startedAt),
    finishedAt: toIsoOrNull(job.finishedAt),
  };
}

export function presentCatalogueActivity(row: CatalogueRow) {
  return {
    id: row.id,
    iatiIdentifier: row.iatiIdentifier,
    reportingOrgRef: row.reportingOrgRef,
    reportingOrgName: row.reportingOrgName,
    partnerId: row.partnerId,
    title: row.title,
    description: row.description,
    activityStatus: row.activityStatus,
    startDate: row.startDate,
    endDate: row.endDate,
    recipientCountries: row.recipientCountries,
    recipientRegions: row.recipientRegions,
    sectors: row.sectors,
    allocation: presentAllocation(row),
    defaultCurrency: row.defaultCurrency,
    transactionTotals: row.transactionTotals as Record<string, Record<string, string>>,
    transactionCount: row.transactionCount,
    importedAt: toIso(row.importedAt),
  };
}

/** Rows imported before allocations were kept have codes only: shown without percentages. */
function presentAllocation(row: CatalogueRow): ActivityAllocation {
  const stored = row.allocation as Partial<ActivityAllocation>;
  const codesOnly = (codes: string[]) => codes.map((code) => ({ code, percentage: null }));
  return {
    countries: stored.countries ?? codesOnly(row.recipientCountries),
    regions: stored.regions ?? codesOnly(row.recipientRegions),
    sectors: stored.sectors ?? codesOnly(row.sectors),
    isGeographyFromTransactions: stored.isGeographyFromTransactions ?? false,
    isSectorFromTransactions: stored.isSectorFromTransactions ?? false,
  };
}

import { useTranslation } from 'react-i18next';
import type { ImportJob } from '../../../contracts/iati';
import { describeError } from '../../lib/form-errors';
import { formatDateTime, formatNumber } from '../../lib/format';
import { DataTable } from '../../ui/data-table';
import { Badge, type BadgeTone, ErrorState, Loading } from '../../ui/states';
import { useToast } from '../../ui/toast';
import { useGovernment } from '../auth/government-context';
import { useImportJobs, useResumeImport } from './use-iati';

const statusTones: Record<ImportJob['status'], BadgeTone> = {
  uploading: 'info',
  queued: 'info',
  running: 'info',
  completed: 'success',
  failed: 'danger',
};

/** The activities an import left out, each with its position in the file and the reason. */
export function SkippedList({ job }: { job: ImportJob }) {
  const { t } = useTranslation();
  if (job.skipped.length === 0) return null;
  return (
    <details className="skipped">
      <summary>{t('iati.import.skippedSummary', { count: job.skipped.length })}</summary>
      <DataTable
        caption={t('iati.import.skippedCaption', { name: job.fileName })}
        rows={job.skipped}
        rowKey={(row) => `${row.index}-${row.identifier ?? ''}`}
        columns={[
          {
            key: 'index',
            header: t('iati.import.position'),
            isNumeric: true,
            isRowHeader: true,
            render: (row) => row.index + 1,
          },
          { key: 'identifier', header: t('iati.import.identifier'), render: (row) => row.identifier ?? '—' },
          { key: 'reason', header: t('iati.import.reason'), render: (row) => row.reason },
        ]}
      />
    </details>
  );
}

/** Every import of this government, latest first; a failed one can be resumed where it stopped. */
export function ImportJobsTable() {
  const { t, i18n } = useTranslation();
  const language = i18n.language;
  const { canEdit } = useGovernment();
  const { showToast } = useToast();
  const query = useImportJobs();
  const resume = useResumeImport();
  if (query.isLoading) return <Loading />;
  if (query.isError) return <ErrorState error={query.error} onRetry={() => void query.refetch()} />;
  const items = query.data?.items ?? [];
  return (
    <div className="import-jobs">
      <h3>{t('iati.import.previous')}</h3>
      {items.length === 0 ? (
        <p className="muted">{t('iati.import.noPrevious')}</p>
      ) : (
        <DataTable
          caption={t('iati.import.previous')}
          isCaptionHidden
          rows={items}
          rowKey={(row) => row.id}
          columns={[
            {
              key: 'file',
              header: t('iati.import.fileName'),
              isRowHeader: true,
              render: (row) => row.fileName,
            },
            {
              key: 'when',
              header: t('iati.import.when'),
              render: (row) => formatDateTime(row.createdAt, language),
            },
            {
              key: 'status',
              header: t('iati.import.status'),
              render: (row) => <Badge tone={statusTones[row.status]}>{t(`iati.status.${row.status}`)}</Badge>,
            },
            {
              key: 'counts',
              header: t('iati.import.countsHeader'),
              render: (row) =>
                t('iati.import.countsShort', {
                  imported: t('iati.import.importedCount', {
                    count: row.activitiesImported,
                    value: formatNumber(row.activitiesImported, language),
                  }),
                  skipped: t('iati.import.skippedCount', {
                    count: row.activitiesSkipped,
                    value: formatNumber(row.activitiesSkipped, language),
                  }),
                }),
            },
            {
              key: 'details',
              header: t('iati.import.details'),
              render: (row) => (
                <>
                  {row.error ? <p className="field-error">{row.error}</p> : null}
                  <SkippedList job={row} />
                  {canEdit && row.status === 'failed' ? (
                    <button
                      type="button"
                      className="button button-secondary button-small"
                      disabled={resume.isPending}
                      onClick={() =>
                        resume.mutate(row.id, {
                          onSuccess: () => showToast(t('iati.import.resumed', { name: row.fileName })),
                          onError: (error) => showToast(describeError(t, error), 'error'),
                        })
                      }
                    >
                      {t('iati.import.resume')}
                      <span className="visually-hidden"> — {row.fileName}</span>
                    </button>
                  ) : null}
                </>
              ),
            },
          ]}
        />
      )}
    </div>
  );
}

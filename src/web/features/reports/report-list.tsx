import { useTranslation } from 'react-i18next';
import type { Report } from '../../../contracts/reports';
import { formatDate, formatDateTime } from '../../lib/format';
import { DataTable } from '../../ui/data-table';
import { Badge, type BadgeTone, ErrorState, Loading } from '../../ui/states';
import { useGovernment } from '../auth/government-context';
import { reportFileUrl, useReports } from './use-reports';

export const reportStatusTones: Record<Report['status'], BadgeTone> = {
  queued: 'info',
  running: 'info',
  completed: 'success',
  failed: 'danger',
};

/** The two download links of a ready report, each naming its period for screen readers. */
export function ReportDownloads({ report }: { report: Report }) {
  const { t, i18n } = useTranslation();
  const { governmentId } = useGovernment();
  const period = {
    from: formatDate(report.from, i18n.language),
    to: formatDate(report.to, i18n.language),
  };
  return (
    <div className="button-row">
      <a
        className="button button-secondary button-small"
        href={reportFileUrl(governmentId, report.id, 'pdf')}
        download
        aria-label={t('reports.downloadPdfOf', period)}
      >
        {t('reports.downloadPdf')}
      </a>
      <a
        className="button button-secondary button-small"
        href={reportFileUrl(governmentId, report.id, 'xlsx')}
        download
        aria-label={t('reports.downloadXlsxOf', period)}
      >
        {t('reports.downloadXlsx')}
      </a>
    </div>
  );
}

/** Every report of this government, latest first, with its files once ready. */
export function ReportList() {
  const { t, i18n } = useTranslation();
  const language = i18n.language;
  const query = useReports();
  if (query.isLoading) return <Loading />;
  if (query.isError) return <ErrorState error={query.error} onRetry={() => void query.refetch()} />;
  const items = query.data?.items ?? [];
  return (
    <section className="section" aria-labelledby="reports-past-title">
      <h2 id="reports-past-title">{t('reports.pastTitle')}</h2>
      {items.length === 0 ? (
        <p className="muted">{t('reports.pastEmpty')}</p>
      ) : (
        <DataTable
          caption={t('reports.pastCaption')}
          isCaptionHidden
          rows={items}
          rowKey={(row) => row.id}
          columns={[
            {
              key: 'period',
              header: t('reports.columns.period'),
              isRowHeader: true,
              render: (row) =>
                t('reports.periodRange', {
                  from: formatDate(row.from, language),
                  to: formatDate(row.to, language),
                }),
            },
            {
              key: 'language',
              header: t('reports.columns.language'),
              render: (row) => t(`languages.${row.language}`),
            },
            {
              key: 'status',
              header: t('reports.columns.status'),
              render: (row) => (
                <Badge tone={reportStatusTones[row.status]}>{t(`reports.status.${row.status}`)}</Badge>
              ),
            },
            {
              key: 'requested',
              header: t('reports.columns.requested'),
              render: (row) => formatDateTime(row.createdAt, language),
            },
            { key: 'by', header: t('reports.columns.by'), render: (row) => row.createdByName ?? '—' },
            {
              key: 'files',
              header: t('reports.columns.files'),
              render: (row) =>
                row.status === 'completed' ? (
                  <ReportDownloads report={row} />
                ) : row.error ? (
                  <span className="field-error">{row.error}</span>
                ) : (
                  '—'
                ),
            },
          ]}
        />
      )}
    </section>
  );
}

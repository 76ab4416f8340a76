import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ProgressMeter } from '../../ui/progress-meter';
import { PageHeader } from '../../ui/states';
import { useGovernment } from '../auth/government-context';
import { ReportForm } from './report-form';
import { ReportDownloads, ReportList } from './report-list';
import { useReport } from './use-reports';
import '../initiatives/initiatives.css';

/** The report being generated: its progress bar, then its downloads (announced politely). */
function CurrentReport({ reportId }: { reportId: string }) {
  const { t } = useTranslation();
  const query = useReport(reportId);
  const report = query.data;
  if (!report) return null;
  const step = report.status === 'queued' ? 'queued' : (report.step ?? 'figures');
  return (
    <section className="section" aria-labelledby="report-current-title">
      <h2 id="report-current-title" className="visually-hidden">
        {t('reports.progressLabel')}
      </h2>
      <ProgressMeter
        label={t('reports.progressLabel')}
        value={report.progress}
        detail={t(`reports.steps.${step}`)}
      />
      <div role="status" aria-live="polite">
        {report.status === 'completed' ? (
          <>
            <p>{t('reports.ready')}</p>
            <ReportDownloads report={report} />
          </>
        ) : null}
        {report.status === 'failed' ? <p className="field-error">{report.error}</p> : null}
      </div>
    </section>
  );
}

/** "Informe al concejo": choose a period and a language, generate, follow the progress, download. */
export function ReportsPage() {
  const { t } = useTranslation();
  const { canEdit } = useGovernment();
  const [currentId, setCurrentId] = useState<string | null>(null);
  return (
    <div className="page">
      <PageHeader title={t('reports.title')} description={t('reports.description')} />
      {canEdit ? (
        <section className="section">
          <ReportForm onQueued={(report) => setCurrentId(report.id)} />
        </section>
      ) : (
        <p className="alert alert-info">{t('reports.readOnly')}</p>
      )}
      {currentId ? <CurrentReport reportId={currentId} /> : null}
      <ReportList />
    </div>
  );
}

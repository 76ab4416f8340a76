import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../lib/api-client';
import { describeError } from '../../lib/form-errors';
import { formatNumber } from '../../lib/format';
import { Badge, Loading } from '../../ui/states';
import { governmentPath, useGovernment } from '../auth/government-context';
import { downloadFile } from './upload';
import { useExportCheck } from './use-iati';

/** A failed request said in full: the title and every field the server names. */
function ProblemAlert({ error }: { error: unknown }) {
  const { t } = useTranslation();
  const items = isApiError(error) ? (error.problem.errors ?? []) : [];
  return (
    <div className="alert alert-error" role="alert">
      <p>{describeError(t, error)}</p>
      {items.length > 0 ? (
        <ul>
          {items.map((item) => (
            <li key={`${item.field}-${item.code}`}>{item.message}</li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}

/** The government's published projects as an IATI file, and its check against the standard. */
export function ExportSection() {
  const { t, i18n } = useTranslation();
  const language = i18n.language;
  const { governmentId } = useGovernment();
  const [isCheckRequested, setIsCheckRequested] = useState(false);
  const check = useExportCheck(isCheckRequested);
  const [download, setDownload] = useState<
    { state: 'idle' | 'working' } | { state: 'done'; name: string } | { state: 'failed'; error: unknown }
  >({ state: 'idle' });
  const onDownload = async () => {
    setDownload({ state: 'working' });
    try {
      const name = await downloadFile(
        governmentPath(governmentId, '/iati/export.xml'),
        language,
        'iati-activities.xml',
      );
      setDownload({ state: 'done', name });
    } catch (error) {
      setDownload({ state: 'failed', error });
    }
  };
  const findings = check.data?.findings ?? [];
  const groups = (['error', 'warning'] as const).map((severity) => ({
    severity,
    items: findings.filter((finding) => finding.severity === severity),
  }));
  return (
    <section className="section" aria-labelledby="iati-export-title">
      <h2 id="iati-export-title">{t('iati.export.title')}</h2>
      <p className="muted">{t('iati.export.intro')}</p>
      <div className="button-row">
        <button
          type="button"
          className="button button-primary"
          disabled={download.state === 'working'}
          onClick={() => void onDownload()}
        >
          {download.state === 'working' ? t('common.working') : t('iati.export.download')}
        </button>
        <button
          type="button"
          className="button button-secondary"
          disabled={check.isFetching}
          onClick={() => (isCheckRequested ? void check.refetch() : setIsCheckRequested(true))}
        >
          {check.isFetching ? t('iati.export.checking') : t('iati.export.check')}
        </button>
      </div>
      <div role="status" aria-live="polite">
        {download.state === 'done' ? (
          <p className="alert alert-success">{t('iati.export.downloaded', { name: download.name })}</p>
        ) : null}
      </div>
      {download.state === 'failed' ? <ProblemAlert error={download.error} /> : null}
      {check.isFetching && !check.data ? <Loading label={t('iati.export.checking')} /> : null}
      {check.isError ? <ProblemAlert error={check.error} /> : null}
      {check.data && !check.isError ? (
        <div className="export-check">
          <h3 id="iati-check-title">{t('iati.export.resultTitle')}</h3>
          <p>
            {t('iati.export.activityCount', { count: check.data.activityCount })}{' '}
            {check.data.isSchemaValid ? (
              <Badge tone="success">{t('iati.export.schemaValid')}</Badge>
            ) : (
              <Badge tone="danger">{t('iati.export.schemaInvalid')}</Badge>
            )}
          </p>
          {findings.length === 0 ? <p>{t('iati.export.noFindings')}</p> : null}
          {groups.map((group) =>
            group.items.length === 0 ? null : (
              <div key={group.severity}>
                <h4>
                  {t(`iati.export.severity.${group.severity}`, {
                    count: group.items.length,
                    n: formatNumber(group.items.length, language),
                  })}
                </h4>
                <ul className="item-list">
                  {group.items.map((finding) => (
                    <li key={`${finding.ruleId}-${finding.iatiIdentifier ?? ''}-${finding.message}`}>
                      <Badge tone={group.severity === 'error' ? 'danger' : 'warning'}>
                        {t(`iati.export.severityWord.${group.severity}`)}
                      </Badge>{' '}
                      {finding.iatiIdentifier ? <code>{finding.iatiIdentifier}</code> : null}{' '}
                      {finding.message} <span className="muted">({finding.ruleId})</span>
                    </li>
                  ))}
                </ul>
              </div>
            ),
          )}
        </div>
      ) : null}
    </section>
  );
}

import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { OpenDataOverview } from '../../../contracts/open-data';
import { openDataLicenseIds, openDataLicenses } from '../../../domain/open-data/licenses';
import { describeError } from '../../lib/form-errors';
import { formatNumber } from '../../lib/format';
import { currentLanguage } from '../../lib/i18n';
import { type Column, DataTable } from '../../ui/data-table';
import { ErrorState, Loading, PageHeader } from '../../ui/states';
import { useToast } from '../../ui/toast';
import { useGovernment } from '../auth/government-context';
import { useOpenData, useSaveOpenDataSettings } from './use-open-data';

type Dataset = OpenDataOverview['datasets'][number];

/** The government's open data: its licence, each published dataset with its downloads, the catalogues. */
export function OpenDataPage() {
  const { t } = useTranslation();
  const query = useOpenData();
  const language = currentLanguage();
  const columns: Column<Dataset>[] = [
    {
      key: 'title',
      header: t('openData.fields.dataset'),
      isRowHeader: true,
      render: (row) => (
        <>
          <strong>{row.title}</strong>
          <br />
          <span className="muted">{row.description}</span>
        </>
      ),
    },
    {
      key: 'rows',
      header: t('openData.fields.rows'),
      isNumeric: true,
      render: (row) => formatNumber(row.rowCount, language),
    },
    {
      key: 'downloads',
      header: t('openData.fields.downloads'),
      render: (row) => (
        <ul className="inline-list">
          {row.downloads.map((download) => (
            <li key={download.format}>
              <a href={download.url} download>
                {download.format.toUpperCase()}
                <span className="visually-hidden"> — {row.title}</span>
              </a>
            </li>
          ))}
        </ul>
      ),
    },
  ];
  return (
    <div className="page">
      <PageHeader title={t('openData.title')} description={t('openData.pageDescription')} />
      {query.isLoading ? <Loading /> : null}
      {query.isError ? <ErrorState error={query.error} onRetry={() => void query.refetch()} /> : null}
      {query.data ? (
        <>
          <p className={query.data.isPublic ? 'alert alert-success' : 'alert alert-info'}>
            {query.data.isPublic ? t('openData.isPublic') : t('openData.isNotPublic')}
          </p>
          <LicenseSection overview={query.data} />
          <section className="section" aria-labelledby="datasets-title">
            <h2 id="datasets-title">{t('openData.datasetsTitle')}</h2>
            <DataTable
              caption={t('openData.caption')}
              isCaptionHidden
              columns={columns}
              rows={query.data.datasets}
              rowKey={(row) => row.name}
            />
          </section>
          <section className="section" aria-labelledby="catalogues-title">
            <h2 id="catalogues-title">{t('openData.cataloguesTitle')}</h2>
            <p>{t('openData.cataloguesText')}</p>
            <ul>
              <li>
                <a href={query.data.dataPackageUrl}>{t('openData.dataPackage')}</a>
              </li>
              <li>
                <a href={query.data.catalogUrl}>{t('openData.catalog')}</a>
              </li>
              <li>
                <a href={query.data.instanceCatalogUrl}>{t('openData.instanceCatalog')}</a>
              </li>
              <li>
                <a href={query.data.calendarUrl}>{t('openData.calendar')}</a>
              </li>
              {query.data.iatiUrl ? (
                <li>
                  <a href={query.data.iatiUrl}>{t('openData.iati')}</a>
                </li>
              ) : null}
            </ul>
          </section>
        </>
      ) : null}
    </div>
  );
}

/** The licence: the admin chooses it, everyone else reads it. */
function LicenseSection({ overview }: { overview: OpenDataOverview }) {
  const { t } = useTranslation();
  const { isAdmin } = useGovernment();
  const { showToast } = useToast();
  const save = useSaveOpenDataSettings();
  const id = useId();
  const [licenseId, setLicenseId] = useState(overview.settings.licenseId);
  return (
    <section className="section" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t('openData.licenseTitle')}</h2>
      <p>
        {t('openData.licenseCurrent')}{' '}
        <a href={overview.settings.licenseUrl} rel="license">
          {overview.settings.licenseTitle}
        </a>
      </p>
      {isAdmin ? (
        <form
          className="form"
          onSubmit={(event) => {
            event.preventDefault();
            save.mutate(
              { licenseId, version: overview.settings.version },
              {
                onSuccess: () => showToast(t('openData.licenseSaved')),
                onError: (error) => showToast(describeError(t, error), 'error'),
              },
            );
          }}
        >
          <div className="field">
            <label className="field-label" htmlFor={id}>
              {t('openData.licenseLabel')}
            </label>
            <p id={`${id}-hint`} className="field-hint">
              {t('openData.licenseHint')}
            </p>
            <select
              id={id}
              className="input select"
              aria-describedby={`${id}-hint`}
              value={licenseId}
              onChange={(event) => setLicenseId(event.target.value as typeof licenseId)}
            >
              {openDataLicenseIds.map((item) => (
                <option key={item} value={item}>
                  {openDataLicenses[item].title}
                </option>
              ))}
            </select>
          </div>
          <div className="form-actions">
            <button
              type="submit"
              className="button button-primary"
              disabled={save.isPending || licenseId === overview.settings.licenseId}
            >
              {save.isPending ? t('common.working') : t('openData.licenseSave')}
            </button>
          </div>
        </form>
      ) : null}
    </section>
  );
}

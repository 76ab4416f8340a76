import { Link, useNavigate } from '@tanstack/react-router';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDate } from '../../lib/format';
import { useCodelistOptions } from '../../lib/use-codelist';
import { DataTable } from '../../ui/data-table';
import { Select, TextInput } from '../../ui/field';
import { Pagination } from '../../ui/pagination';
import { EmptyState, ErrorState, Loading } from '../../ui/states';
import { useGovernment } from '../auth/government-context';
import { type CatalogueActivity, rememberCatalogueActivity } from '../cooperation/offer-values';
import { GeographyCell, SectorCell } from './allocation-cell';
import { useCatalogue } from './use-iati';

const pageSize = 25;

/** The activities donors publish in IATI, imported here: what they fund, where, and since when. */
export function CatalogueSection() {
  const { t, i18n } = useTranslation();
  const language = i18n.language;
  const navigate = useNavigate();
  const { canEdit } = useGovernment();
  const countries = useCodelistOptions('countries');
  const [draft, setDraft] = useState('');
  const [params, setParams] = useState<{ q?: string; countryCode?: string; page: number }>({ page: 1 });
  const query = useCatalogue({ ...params, pageSize });
  const items = query.data?.items ?? [];
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    setParams((previous) => ({ ...previous, q: draft.trim() || undefined, page: 1 }));
  };
  const toOffer = (activity: CatalogueActivity) => {
    rememberCatalogueActivity(activity);
    void navigate({ to: '/cooperation/offers/new', search: { fromActivity: activity.id } });
  };
  let content = <Loading />;
  if (query.isError) content = <ErrorState error={query.error} onRetry={() => void query.refetch()} />;
  else if (query.data && items.length === 0)
    content =
      params.q || params.countryCode ? (
        <EmptyState
          headingLevel={3}
          title={t('iati.catalogue.emptyFiltered')}
          description={t('common.emptyFilteredHint')}
        />
      ) : (
        <EmptyState
          headingLevel={3}
          title={t('iati.catalogue.emptyTitle')}
          description={t('iati.catalogue.emptyText')}
        />
      );
  else if (query.data)
    content = (
      <>
        <DataTable
          caption={t('iati.catalogue.caption', { count: query.data.total })}
          rows={items}
          rowKey={(row) => row.id}
          columns={[
            {
              key: 'title',
              header: t('iati.catalogue.activity'),
              isRowHeader: true,
              render: (row) => (
                <>
                  {row.title}
                  <span className="muted cell-note">{row.iatiIdentifier}</span>
                </>
              ),
            },
            {
              key: 'publisher',
              header: t('iati.catalogue.publisher'),
              render: (row) =>
                row.partnerId ? (
                  <Link to="/partners/$partnerId" params={{ partnerId: row.partnerId }}>
                    {row.reportingOrgName ?? row.reportingOrgRef}
                  </Link>
                ) : (
                  (row.reportingOrgName ?? row.reportingOrgRef ?? '—')
                ),
            },
            {
              key: 'countries',
              header: t('iati.catalogue.countries'),
              render: (row) => <GeographyCell allocation={row.allocation} />,
            },
            {
              key: 'sectors',
              header: t('cooperation.fields.sectors'),
              render: (row) => <SectorCell allocation={row.allocation} />,
            },
            {
              key: 'dates',
              header: t('iati.catalogue.dates'),
              render: (row) =>
                `${formatDate(row.startDate, language)} – ${formatDate(row.endDate, language)}`,
            },
            ...(canEdit
              ? [
                  {
                    key: 'actions',
                    header: t('common.actions'),
                    render: (row: CatalogueActivity) => (
                      <button
                        type="button"
                        className="button button-secondary button-small"
                        onClick={() => toOffer(row)}
                      >
                        {t('iati.catalogue.toOffer')}
                        <span className="visually-hidden"> — {row.title}</span>
                      </button>
                    ),
                  },
                ]
              : []),
          ]}
        />
        <Pagination
          page={params.page}
          pageSize={pageSize}
          total={query.data.total}
          onPageChange={(page) => setParams((previous) => ({ ...previous, page }))}
        />
      </>
    );
  return (
    <section className="section catalogue" aria-labelledby="iati-catalogue-title">
      <h2 id="iati-catalogue-title">{t('iati.catalogue.title')}</h2>
      <p className="muted">{t('iati.catalogue.intro')}</p>
      <form className="filters" aria-label={t('iati.catalogue.filtersLabel')} onSubmit={onSubmit}>
        <TextInput
          label={t('common.search')}
          hint={t('iati.catalogue.searchHint')}
          type="search"
          value={draft}
          onChange={(event) => setDraft(event.target.value)}
        />
        <Select
          label={t('iati.catalogue.country')}
          placeholder={t('common.all')}
          options={countries.options}
          value={params.countryCode ?? ''}
          onChange={(event) =>
            setParams((previous) => ({ ...previous, countryCode: event.target.value || undefined, page: 1 }))
          }
        />
        <div className="filters-actions">
          <button type="submit" className="button button-primary">
            {t('common.applyFilters')}
          </button>
        </div>
      </form>
      {content}
    </section>
  );
}

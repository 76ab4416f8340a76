import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PublicationStatus } from '../../../contracts/publication';
import { formatDateTime } from '../../lib/format';
import { Checkbox, Select } from '../../ui/field';
import { Pagination } from '../../ui/pagination';
import { EmptyState, ErrorState, Loading, PageHeader } from '../../ui/states';
import { useGovernment } from '../auth/government-context';
import { usePortalSettings, usePublicationActions, usePublications } from './use-publication';

/** The publication queue: what coordinators proposed, what is on the portal, and the portal switch. */
export function PublicationPage() {
  const { t, i18n } = useTranslation();
  const { isAdmin, canEdit } = useGovernment();
  const [status, setStatus] = useState<PublicationStatus | ''>('proposed');
  const [page, setPage] = useState(1);
  const query = usePublications({ ...(status ? { status } : {}), page });
  const settings = usePortalSettings();
  const actions = usePublicationActions();
  const error = actions.publish.error ?? actions.unpublish.error ?? actions.settings.error;
  return (
    <div className="page">
      <PageHeader
        title={t('publication.title')}
        description={t('publication.description')}
        actions={
          settings.data ? (
            <a
              className="button secondary"
              href={settings.data.portalUrl}
              target="_blank"
              rel="noopener noreferrer"
            >
              {t('publication.openPortal')}
            </a>
          ) : null
        }
      />
      {settings.data && (
        <Checkbox
          label={t('publication.isPublishing')}
          hint={t('publication.isPublishingHint')}
          checked={settings.data.isPublishing}
          disabled={!isAdmin || actions.settings.isPending}
          onChange={(event) =>
            actions.settings.mutate({ isPublishing: event.target.checked, version: settings.data.version })
          }
        />
      )}
      <form
        className="filters"
        aria-label={t('publication.filterLabel')}
        onSubmit={(event) => event.preventDefault()}
      >
        <Select
          label={t('publication.statusFilter')}
          placeholder={t('common.all')}
          options={(['proposed', 'published'] as const).map((value) => ({
            value,
            label: t(`publication.status.${value}`),
          }))}
          value={status}
          onChange={(event) => {
            setStatus(event.target.value as PublicationStatus | '');
            setPage(1);
          }}
        />
      </form>
      {error ? <ErrorState error={error} /> : null}
      {query.isLoading ? <Loading /> : null}
      {query.isError ? <ErrorState error={query.error} onRetry={() => void query.refetch()} /> : null}
      {query.data && query.data.items.length === 0 ? <EmptyState title={t('publication.empty')} /> : null}
      {query.data && query.data.items.length > 0 ? (
        <>
          <table className="data-table">
            <caption>{t('publication.caption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('publication.record')}</th>
                <th scope="col">{t('publication.kind')}</th>
                <th scope="col">{t('publication.statusFilter')}</th>
                <th scope="col">{t('publication.proposedBy')}</th>
                <th scope="col">{t('publication.actions')}</th>
              </tr>
            </thead>
            <tbody>
              {query.data.items.map((item) => (
                <tr key={item.id}>
                  <th scope="row">{item.title ?? '—'}</th>
                  <td>{t(`publication.entity.${item.entityType}`)}</td>
                  <td>{t(`publication.status.${item.status}`)}</td>
                  <td>
                    {item.proposedByName ?? '—'} · {formatDateTime(item.proposedAt, i18n.language)}
                  </td>
                  <td>
                    {isAdmin && item.status === 'proposed' && (
                      <button
                        type="button"
                        className="button"
                        aria-label={t('publication.publishRecord', { title: item.title ?? '' })}
                        onClick={() => actions.publish.mutate({ id: item.id, version: item.version })}
                      >
                        {t('publication.control.publish')}
                      </button>
                    )}{' '}
                    {(isAdmin || (canEdit && item.status === 'proposed')) && (
                      <button
                        type="button"
                        className="button secondary"
                        aria-label={t('publication.unpublishRecord', { title: item.title ?? '' })}
                        onClick={() => actions.unpublish.mutate({ id: item.id, version: item.version })}
                      >
                        {item.status === 'published'
                          ? t('publication.control.unpublish')
                          : t('publication.control.withdraw')}
                      </button>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          <Pagination
            page={query.data.page}
            pageSize={query.data.pageSize}
            total={query.data.total}
            onPageChange={setPage}
          />
        </>
      ) : null}
    </div>
  );
}

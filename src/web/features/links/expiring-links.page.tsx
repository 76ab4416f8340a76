import { getRouteApi } from '@tanstack/react-router';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDate } from '../../lib/format';
import { TextInput } from '../../ui/field';
import { EmptyState, ErrorState, Loading, PageHeader } from '../../ui/states';
import { LinksTable } from './links-table';
import { useExpiringLinks } from './use-links';

const routeApi = getRouteApi('/app/links-expiring');

/** "Por vencer": links whose validity ends within N days, to plan renewals in time. */
export function ExpiringLinksPage() {
  const { t, i18n } = useTranslation();
  const search = routeApi.useSearch();
  const navigate = routeApi.useNavigate();
  const days = search.days ?? 90;
  const [draft, setDraft] = useState(String(days));
  const query = useExpiringLinks(days);
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    const value = Number.parseInt(draft, 10);
    if (Number.isFinite(value) && value >= 1 && value <= 3650) void navigate({ search: { days: value } });
  };
  return (
    <div className="page">
      <PageHeader title={t('expiring.title')} description={t('expiring.description')} />
      <form className="filters" onSubmit={onSubmit} aria-label={t('expiring.filterLabel')}>
        <TextInput
          label={t('expiring.days')}
          type="number"
          min={1}
          max={3650}
          value={draft}
          onChange={(event) => setDraft(event.target.value)}
        />
        <div className="filters-actions">
          <button type="submit" className="button button-primary">
            {t('common.applyFilters')}
          </button>
        </div>
      </form>
      {query.isLoading ? <Loading /> : null}
      {query.isError ? <ErrorState error={query.error} onRetry={() => void query.refetch()} /> : null}
      {query.data && query.data.items.length === 0 ? (
        <EmptyState
          title={t('expiring.emptyTitle', { count: days, days })}
          description={t('expiring.emptyText')}
        />
      ) : null}
      {query.data && query.data.items.length > 0 ? (
        <LinksTable
          caption={t('expiring.caption', {
            count: query.data.items.length,
            days,
            date: formatDate(query.data.asOf, i18n.language),
          })}
          rows={query.data.items}
        />
      ) : null}
    </div>
  );
}

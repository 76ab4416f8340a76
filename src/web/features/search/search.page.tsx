import { getRouteApi, Link } from '@tanstack/react-router';
import { type FormEvent, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { TextInput } from '../../ui/field';
import { EmptyState, ErrorState, Loading, PageHeader } from '../../ui/states';
import { useSearch } from './use-search';

const routeApi = getRouteApi('/app/search');

/** Full results of a search over partners and links. */
export function SearchPage() {
  const { t } = useTranslation();
  const { q = '' } = routeApi.useSearch();
  const navigate = routeApi.useNavigate();
  const [draft, setDraft] = useState(q);
  useEffect(() => setDraft(q), [q]);
  const query = useSearch(q, 50);
  const results = query.data?.results ?? [];
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    void navigate({ search: { q: draft.trim() || undefined } });
  };
  return (
    <div className="page">
      <PageHeader
        title={t('search.title')}
        description={q ? t('search.resultsFor', { q }) : t('search.intro')}
      />
      <form className="filters" onSubmit={onSubmit} aria-label={t('search.title')}>
        <TextInput
          label={t('search.label')}
          type="search"
          value={draft}
          onChange={(event) => setDraft(event.target.value)}
        />
        <div className="filters-actions">
          <button type="submit" className="button button-primary">
            {t('common.search')}
          </button>
        </div>
      </form>
      {q.trim().length > 0 && q.trim().length < 2 ? <p>{t('search.tooShort')}</p> : null}
      {query.isLoading ? <Loading /> : null}
      {query.isError ? <ErrorState error={query.error} onRetry={() => void query.refetch()} /> : null}
      {query.data && results.length === 0 ? (
        <EmptyState
          title={t('search.noResults', { q })}
          description={t('search.noResultsText')}
          action={
            <Link to="/partners/new" className="button button-secondary">
              {t('partners.new')}
            </Link>
          }
        />
      ) : null}
      {results.length > 0 ? (
        <section className="section">
          <h2>{t('search.count', { count: results.length })}</h2>
          <ul className="item-list">
            {results.map((result) => (
              <li key={`${result.type}-${result.id}`} className="item-row">
                <span>
                  {result.type === 'partner' ? (
                    <Link to="/partners/$partnerId" params={{ partnerId: result.id }}>
                      {result.title}
                    </Link>
                  ) : (
                    <Link to="/links/$linkId" params={{ linkId: result.id }}>
                      {result.title}
                    </Link>
                  )}
                  <span className="muted">
                    {' '}
                    · {t(`search.type.${result.type}`)}
                    {result.subtitle ? ` · ${result.subtitle}` : ''}
                  </span>
                </span>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </div>
  );
}

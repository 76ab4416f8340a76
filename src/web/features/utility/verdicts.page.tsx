import { getRouteApi, Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { type VerdictSummary, verdictSubjectKinds, verdicts } from '../../../contracts/utility';
import { formatDate, formatNumber } from '../../lib/format';
import { type Column, DataTable } from '../../ui/data-table';
import { Select } from '../../ui/field';
import { Pagination } from '../../ui/pagination';
import { EmptyState, ErrorState, Loading, PageHeader } from '../../ui/states';
import { RecordLink } from './record-link';
import { useVerdicts } from './use-utility';
import { VerdictBadge } from './verdict-badge';
import { reasonText, verdictLabel } from './verdict-text';
import './utility.css';

const routeApi = getRouteApi('/app/utility/verdicts');

/** Every link (or event) with its verdict and its first reason, those needing attention first. */
export function VerdictsPage() {
  const { t, i18n } = useTranslation();
  const language = i18n.language;
  const search = routeApi.useSearch();
  const navigate = routeApi.useNavigate();
  const kind = search.kind ?? 'link';
  const page = search.page ?? 1;
  const query = useVerdicts({ kind, verdict: search.verdict, contested: search.contested, page });
  const data = query.data;
  const columns: Column<VerdictSummary>[] = [
    {
      key: 'subject',
      header: t(kind === 'link' ? 'utility.verdicts.link' : 'utility.verdicts.event'),
      isRowHeader: true,
      render: (row) => (
        <RecordLink kind={row.subject.kind} id={row.subject.id}>
          {row.subject.label}
        </RecordLink>
      ),
    },
    {
      key: 'verdict',
      header: t('utility.verdicts.verdict'),
      render: (row) => <VerdictBadge verdict={row.verdict} isContested={row.isContested} />,
    },
    {
      key: 'reason',
      header: t('utility.verdicts.topReason'),
      render: (row) => (row.topReason ? reasonText(t, row.topReason, language) : '—'),
    },
    {
      key: 'grace',
      header: t('utility.verdicts.graceEndsOn'),
      render: (row) => formatDate(row.graceEndsOn, language),
    },
    {
      key: 'counterpart',
      header: t('utility.verdicts.counterpart'),
      render: (row) =>
        row.counterpart ? (
          <RecordLink kind={row.counterpart.kind} id={row.counterpart.id}>
            {row.counterpart.label}
          </RecordLink>
        ) : (
          '—'
        ),
    },
    {
      key: 'department',
      header: t('utility.verdicts.department'),
      render: (row) => row.ownerDepartment?.label ?? '—',
    },
  ];
  return (
    <div className="page">
      <PageHeader
        title={t('utility.verdicts.title')}
        description={t('utility.verdicts.description')}
        actions={
          <Link to="/utility/method" hash="verdict" className="button button-secondary">
            {t('utility.method.title')}
          </Link>
        }
      />
      <form
        className="filters"
        aria-label={t('utility.verdicts.filtersLabel')}
        onSubmit={(event) => event.preventDefault()}
      >
        <Select
          label={t('utility.verdicts.kind')}
          value={kind}
          options={verdictSubjectKinds.map((value) => ({
            value,
            label: t(`utility.verdicts.kinds.${value}`),
          }))}
          onChange={(event) =>
            void navigate({ search: { ...search, kind: event.target.value as typeof kind, page: undefined } })
          }
        />
        <Select
          label={t('utility.verdicts.verdict')}
          value={search.verdict ?? ''}
          options={[
            { value: '', label: t('common.all') },
            ...verdicts.map((value) => ({ value, label: verdictLabel(t, value) })),
          ]}
          onChange={(event) =>
            void navigate({
              search: {
                ...search,
                verdict: (event.target.value || undefined) as typeof search.verdict,
                page: undefined,
              },
            })
          }
        />
        <Select
          label={t('utility.verdicts.contested')}
          value={search.contested ?? ''}
          options={[
            { value: '', label: t('common.all') },
            { value: 'true', label: t('utility.verdicts.onlyContested') },
            { value: 'false', label: t('utility.verdicts.notContested') },
          ]}
          onChange={(event) =>
            void navigate({
              search: {
                ...search,
                contested: (event.target.value || undefined) as typeof search.contested,
                page: undefined,
              },
            })
          }
        />
      </form>
      {data ? (
        <ul className="verdict-counts" aria-label={t('utility.verdicts.countsLabel')}>
          {verdicts.map((verdict) => (
            <li key={verdict}>
              <VerdictBadge verdict={verdict} /> {formatNumber(data.counts[verdict] ?? 0, language)}
            </li>
          ))}
          <li>{t('utility.verdicts.contestedCount', { count: data.contestedCount })}</li>
        </ul>
      ) : null}
      {query.isLoading ? <Loading /> : null}
      {query.isError ? <ErrorState error={query.error} onRetry={() => void query.refetch()} /> : null}
      {data && data.items.length === 0 ? (
        <EmptyState
          title={t('utility.verdicts.emptyTitle')}
          description={t(
            search.verdict || search.contested
              ? 'common.emptyFilteredHint'
              : `utility.verdicts.emptyText.${kind}`,
          )}
          action={
            kind === 'link' ? (
              <Link to="/links/new" className="button button-primary">
                {t('links.new')}
              </Link>
            ) : (
              <Link to="/agenda/events/new" className="button button-primary">
                {t('utility.verdicts.newEvent')}
              </Link>
            )
          }
        />
      ) : null}
      {data && data.items.length > 0 ? (
        <>
          <DataTable
            caption={t('utility.verdicts.tableCaption', { count: data.total })}
            columns={columns}
            rows={data.items}
            rowKey={(row) => row.subject.id}
          />
          <Pagination
            page={data.page}
            pageSize={data.pageSize}
            total={data.total}
            onPageChange={(next) => void navigate({ search: { ...search, page: next } })}
          />
        </>
      ) : null}
    </div>
  );
}

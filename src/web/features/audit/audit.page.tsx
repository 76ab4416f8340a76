import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { auditActions, auditEntityTypes } from '../../../contracts/audit';
import { buildQueryString } from '../../lib/api-client';
import { Select, TextInput } from '../../ui/field';
import { Pagination } from '../../ui/pagination';
import { EmptyState, ErrorState, Loading, PageHeader } from '../../ui/states';
import { governmentPath, useGovernment } from '../auth/government-context';
import { AuditTable } from './audit-table';
import { type AuditParams, useAudit, useAuditActors } from './use-audit';

type Filters = Required<Pick<AuditParams, 'entityType' | 'actorId' | 'action' | 'from' | 'to'>>;
const noFilters: Filters = { entityType: '', actorId: '', action: '', from: '', to: '' };

/** Every change made in the government, newest first, for auditors: by person, dates, record and action. */
export function AuditPage() {
  const { t, i18n } = useTranslation();
  const [filters, setFilters] = useState<Filters>(noFilters);
  const [page, setPage] = useState(1);
  const actors = useAuditActors();
  const params = Object.fromEntries(Object.entries(filters).filter(([, value]) => value !== ''));
  const query = useAudit({ ...params, page, pageSize: 25 });
  const { governmentId } = useGovernment();
  // The export carries the filters on screen and the reader's language for names and labels.
  const exportHref = (format: 'xlsx' | 'csv') =>
    `/api${governmentPath(governmentId, '/spreadsheets/audit/export')}${buildQueryString({ ...params, format, lang: i18n.language })}`;
  const change = (key: keyof Filters) => (event: { target: { value: string } }) => {
    setFilters((current) => ({ ...current, [key]: event.target.value }));
    setPage(1);
  };
  const collator = new Intl.Collator(i18n.language);
  const entityOptions = auditEntityTypes
    .map((type) => ({ value: type, label: t(`audit.entityTypes.${type}`) }))
    .sort((left, right) => collator.compare(left.label, right.label));
  return (
    <div className="page">
      <PageHeader title={t('audit.title')} description={t('audit.description')} />
      <form
        className="filters"
        aria-label={t('audit.filterLabel')}
        onSubmit={(event) => event.preventDefault()}
      >
        <Select
          label={t('audit.person')}
          placeholder={t('common.all')}
          options={(actors.data?.items ?? []).map((actor) => ({ value: actor.id, label: actor.name }))}
          value={filters.actorId}
          onChange={change('actorId')}
        />
        <TextInput label={t('audit.from')} type="date" value={filters.from} onChange={change('from')} />
        <TextInput label={t('audit.to')} type="date" value={filters.to} onChange={change('to')} />
        <Select
          label={t('audit.entityType')}
          placeholder={t('common.all')}
          options={entityOptions}
          value={filters.entityType}
          onChange={change('entityType')}
        />
        <Select
          label={t('audit.action')}
          placeholder={t('common.all')}
          options={auditActions.map((action) => ({ value: action, label: t(`enums.auditAction.${action}`) }))}
          value={filters.action}
          onChange={change('action')}
        />
      </form>
      <p className="actions">
        <a className="button" href={exportHref('xlsx')} download>
          {t('audit.exportXlsx')}
        </a>{' '}
        <a className="button" href={exportHref('csv')} download>
          {t('audit.exportCsv')}
        </a>
      </p>
      {query.isLoading ? <Loading /> : null}
      {query.isError ? <ErrorState error={query.error} onRetry={() => void query.refetch()} /> : null}
      {query.data && query.data.items.length === 0 ? (
        <EmptyState title={t('audit.empty')} description={t('audit.emptyText')} />
      ) : null}
      {query.data && query.data.items.length > 0 ? (
        <>
          <AuditTable entries={query.data.items} caption={t('audit.caption')} showEntity />
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

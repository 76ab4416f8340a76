import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Select } from '../../ui/field';
import { Pagination } from '../../ui/pagination';
import { EmptyState, ErrorState, Loading, PageHeader } from '../../ui/states';
import { AuditTable } from './audit-table';
import { useAudit } from './use-audit';

const entityTypes = [
  'partner',
  'link',
  'government',
  'territorial_unit',
  'department',
  'membership',
  'user',
  'initiative',
  'mir_row',
  'indicator',
  'measurement',
  'activity',
] as const;

/** Every change made in the government, newest first, for auditors. */
export function AuditPage() {
  const { t } = useTranslation();
  const [entityType, setEntityType] = useState('');
  const [page, setPage] = useState(1);
  const query = useAudit({ entityType: entityType || undefined, page, pageSize: 25 });
  return (
    <div className="page">
      <PageHeader title={t('audit.title')} description={t('audit.description')} />
      <form
        className="filters"
        aria-label={t('audit.filterLabel')}
        onSubmit={(event) => event.preventDefault()}
      >
        <Select
          label={t('audit.entityType')}
          placeholder={t('common.all')}
          options={entityTypes.map((type) => ({ value: type, label: t(`enums.entityType.${type}`) }))}
          value={entityType}
          onChange={(event) => {
            setEntityType(event.target.value);
            setPage(1);
          }}
        />
      </form>
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

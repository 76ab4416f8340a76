import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useFeatureMessages } from '../../lib/use-feature-messages';
import { Pagination } from '../../ui/pagination';
import { ErrorState, Loading } from '../../ui/states';
import { AuditTable } from './audit-table';
import { useAudit } from './use-audit';

/** The "Historial" section of a detail page: who changed what and when. */
export function AuditHistory({ entityType, entityId }: { entityType: string; entityId: string }) {
  const { t } = useTranslation();
  const [page, setPage] = useState(1);
  const query = useAudit({ entityType, entityId, page, pageSize: 10 });
  // The readable changes (field labels, record kinds) load with the first history shown.
  const hasMessages = useFeatureMessages('audit');
  if (!hasMessages)
    return (
      <section className="section">
        <Loading />
      </section>
    );
  return (
    <section className="section">
      <h2 id={`history-${entityId}`}>{t('audit.historyTitle')}</h2>
      {query.isLoading ? <Loading /> : null}
      {query.isError ? <ErrorState error={query.error} onRetry={() => void query.refetch()} /> : null}
      {query.data && query.data.items.length === 0 ? <p className="muted">{t('audit.empty')}</p> : null}
      {query.data && query.data.items.length > 0 ? (
        <>
          <AuditTable entries={query.data.items} caption={t('audit.historyTitle')} />
          {query.data.total > query.data.pageSize ? (
            <Pagination
              page={page}
              pageSize={query.data.pageSize}
              total={query.data.total}
              onPageChange={setPage}
            />
          ) : null}
        </>
      ) : null}
    </section>
  );
}

import { useTranslation } from 'react-i18next';
import type { Initiative } from '../../../contracts/initiatives';
import { formatDateTime } from '../../lib/format';
import { DataTable } from '../../ui/data-table';
import { AuditHistory } from '../audit/audit-history';

/** Historial: every stage change with who, when, from → to and why; then the audit trail. */
export function HistoryTab({ initiative }: { initiative: Initiative }) {
  const { t, i18n } = useTranslation();
  const stage = (value: string | null) => (value ? t(`enums.stage.${value}`) : '—');
  const changes = [...initiative.history].reverse();
  return (
    <>
      <div className="section">
        <h2 id="stage-history-title">{t('initiatives.history.title')}</h2>
        {changes.length === 0 ? (
          <p className="muted">{t('initiatives.history.empty')}</p>
        ) : (
          <DataTable
            caption={t('initiatives.history.title')}
            isCaptionHidden
            rows={changes}
            rowKey={(row) => String(row.id)}
            columns={[
              {
                key: 'when',
                header: t('audit.when'),
                isRowHeader: true,
                render: (row) => formatDateTime(row.occurredAt, i18n.language),
              },
              { key: 'who', header: t('audit.who'), render: (row) => row.actorName ?? t('audit.system') },
              { key: 'from', header: t('initiatives.history.from'), render: (row) => stage(row.fromStage) },
              { key: 'to', header: t('initiatives.history.to'), render: (row) => stage(row.toStage) },
              { key: 'why', header: t('initiatives.history.reason'), render: (row) => row.reason ?? '—' },
            ]}
          />
        )}
      </div>
      <AuditHistory entityType="initiative" entityId={initiative.id} />
    </>
  );
}

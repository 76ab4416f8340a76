import { useTranslation } from 'react-i18next';
import type { AuditEntry } from '../../../contracts/audit';
import { formatDateTime } from '../../lib/format';
import { type Column, DataTable } from '../../ui/data-table';
import { AuditChanges } from './audit-changes';

export function AuditTable({
  entries,
  caption,
  showEntity,
}: {
  entries: AuditEntry[];
  caption: string;
  showEntity?: boolean;
}) {
  const { t, i18n } = useTranslation();
  const columns: Column<AuditEntry>[] = [
    { key: 'when', header: t('audit.when'), render: (row) => formatDateTime(row.occurredAt, i18n.language) },
    { key: 'who', header: t('audit.who'), render: (row) => row.actorName ?? t('audit.system') },
    ...(showEntity
      ? [
          {
            key: 'entity',
            header: t('audit.entity'),
            render: (row: AuditEntry) => (
              <>
                <span className="muted">
                  {t(`audit.entityTypes.${row.entityType}`, { defaultValue: t('audit.otherEntity') })}
                </span>
                {row.entityName ? (
                  <>
                    <br />
                    {row.entityName}
                  </>
                ) : null}
              </>
            ),
          },
        ]
      : []),
    {
      key: 'action',
      header: t('audit.action'),
      render: (row) => t(`enums.auditAction.${row.action}`, { defaultValue: row.action }),
    },
    {
      key: 'changes',
      header: t('audit.changes'),
      render: (row) => <AuditChanges changes={row.changes} action={row.action} />,
    },
  ];
  return (
    <DataTable
      caption={caption}
      isCaptionHidden
      columns={columns}
      rows={entries}
      rowKey={(row) => String(row.id)}
    />
  );
}

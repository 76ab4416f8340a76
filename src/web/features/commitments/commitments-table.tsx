import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import type { Commitment } from '../../../contracts/agenda';
import { formatDate } from '../../lib/format';
import { DataTable } from '../../ui/data-table';
import { CommitmentActions } from './commitment-actions';
import { CommitmentStatusBadge, DueText } from './commitment-status-badge';

type CommitmentsTableProps = { caption: string; commitments: Commitment[]; hasActions?: boolean };

export function CommitmentsTable({ caption, commitments, hasActions = false }: CommitmentsTableProps) {
  const { t, i18n } = useTranslation();
  return (
    <DataTable
      caption={caption}
      rows={commitments}
      rowKey={(row) => row.id}
      columns={[
        {
          key: 'title',
          header: t('commitments.fields.title'),
          isRowHeader: true,
          render: (row) => (
            <Link to="/commitments/$commitmentId" params={{ commitmentId: row.id }}>
              {row.title}
            </Link>
          ),
        },
        {
          key: 'status',
          header: t('commitments.fields.status'),
          render: (row) => <CommitmentStatusBadge status={row.status} />,
        },
        {
          key: 'due',
          header: t('commitments.fields.dueDate'),
          render: (row) => (
            <>
              {formatDate(row.dueDate, i18n.language)} <DueText commitment={row} />
            </>
          ),
        },
        {
          key: 'owner',
          header: t('commitments.fields.owner'),
          render: (row) => `${row.ownerName} · ${row.ownerDepartmentName}`,
        },
        {
          key: 'counterpart',
          header: t('commitments.fields.counterpart'),
          render: (row) => row.counterpartName ?? '—',
        },
        {
          key: 'origin',
          header: t('commitments.fields.origin'),
          render: (row) => row.eventTitle ?? row.linkTitle ?? '—',
        },
        ...(hasActions
          ? [
              {
                key: 'actions',
                header: t('common.actions'),
                render: (row: Commitment) => <CommitmentActions commitment={row} isCompact />,
              },
            ]
          : []),
      ]}
    />
  );
}

import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import type { LinkSummary } from '../../../contracts/links';
import { enumLabel } from '../../lib/enum-options';
import { formatDate } from '../../lib/format';
import { type Column, DataTable, type SortState } from '../../ui/data-table';
import { Badge } from '../../ui/states';
import { DaysToExpiry, LinkStatusBadge } from './link-status-badge';

type LinksTableProps = {
  caption: string;
  isCaptionHidden?: boolean;
  rows: LinkSummary[];
  sort?: SortState;
  onSort?: (field: string) => void;
};

export function LinksTable({ caption, isCaptionHidden, rows, sort, onSort }: LinksTableProps) {
  const { t, i18n } = useTranslation();
  const columns: Column<LinkSummary>[] = [
    {
      key: 'title',
      header: t('links.fields.title'),
      sortKey: 'title',
      isRowHeader: true,
      render: (row) => (
        <>
          <Link to="/links/$linkId" params={{ linkId: row.id }}>
            {row.title}
          </Link>
          {row.archivedAt ? (
            <>
              {' '}
              <Badge>{t('common.archived')}</Badge>
            </>
          ) : null}
        </>
      ),
    },
    { key: 'kind', header: t('links.fields.kind'), render: (row) => enumLabel(t, 'linkKind', row.kind) },
    {
      key: 'status',
      header: t('links.fields.status'),
      sortKey: 'status',
      render: (row) => <LinkStatusBadge status={row.status} />,
    },
    {
      key: 'parties',
      header: t('links.fields.parties'),
      render: (row) => (row.parties.length ? row.parties.map((party) => party.partnerName).join(', ') : '—'),
    },
    {
      key: 'signedOn',
      header: t('links.fields.signedOn'),
      sortKey: 'signedOn',
      render: (row) => formatDate(row.signedOn, i18n.language),
    },
    {
      key: 'validTo',
      header: t('links.fields.validTo'),
      sortKey: 'validTo',
      render: (row) => (
        <>
          {formatDate(row.validTo, i18n.language)}
          {row.validTo ? (
            <>
              {' '}
              <DaysToExpiry days={row.daysToExpiry} />
            </>
          ) : null}
        </>
      ),
    },
  ];
  return (
    <DataTable
      caption={caption}
      isCaptionHidden={isCaptionHidden}
      columns={columns}
      rows={rows}
      rowKey={(row) => row.id}
      sort={sort}
      onSort={onSort}
    />
  );
}

import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { stageOrder } from '../../../domain/investment-pipeline';
import { countryName, formatMoney, formatNumber } from '../../lib/format';
import { type Column, DataTable, type SortState } from '../../ui/data-table';
import type { LeadSummary } from './lead-values';

type LeadsTableProps = {
  caption: string;
  rows: LeadSummary[];
  sort: SortState;
  onSort: (field: string) => void;
};

/** Sorts in the browser: the board and the table share one list of up to 500 leads. */
export function sortLeads(rows: LeadSummary[], sort: SortState, language: string): LeadSummary[] {
  const text = (a: string, b: string) => a.localeCompare(b, language);
  const number = (a: number | null, b: number | null) => (a ?? -1) - (b ?? -1);
  const compare: Record<string, (a: LeadSummary, b: LeadSummary) => number> = {
    company: (a, b) => text(a.companyName, b.companyName),
    title: (a, b) => text(a.title, b.title),
    country: (a, b) =>
      text(countryName(a.originCountryCode, language), countryName(b.originCountryCode, language)),
    stage: (a, b) => stageOrder(a.stage) - stageOrder(b.stage),
    expected: (a, b) => number(a.expectedAmountMinor, b.expectedAmountMinor),
    jobs: (a, b) => number(a.expectedJobs, b.expectedJobs),
    updatedAt: (a, b) => text(a.updatedAt, b.updatedAt),
  };
  const by = compare[sort.field] ?? compare.updatedAt;
  const sign = sort.direction === 'asc' ? 1 : -1;
  return [...rows].sort((a, b) => (by ? by(a, b) * sign : 0));
}

export function LeadsTable({ caption, rows, sort, onSort }: LeadsTableProps) {
  const { t, i18n } = useTranslation();
  const language = i18n.language;
  const columns: Column<LeadSummary>[] = [
    {
      key: 'title',
      header: t('investment.fields.title'),
      sortKey: 'title',
      isRowHeader: true,
      render: (row) => (
        <Link to="/investment/$leadId" params={{ leadId: row.id }}>
          {row.title}
        </Link>
      ),
    },
    {
      key: 'company',
      header: t('investment.fields.company'),
      sortKey: 'company',
      render: (row) => row.companyName,
    },
    {
      key: 'country',
      header: t('investment.fields.originCountry'),
      sortKey: 'country',
      render: (row) => countryName(row.originCountryCode, language),
    },
    {
      key: 'sector',
      header: t('investment.fields.sector'),
      render: (row) => row.sectorName ?? row.sector,
    },
    {
      key: 'stage',
      header: t('investment.fields.stage'),
      sortKey: 'stage',
      render: (row) => t(`investment.stages.${row.stage}`),
    },
    {
      key: 'expected',
      header: t('investment.fields.expectedAmount'),
      sortKey: 'expected',
      isNumeric: true,
      render: (row) => formatMoney(row.expectedAmountMinor, row.currency, language),
    },
    {
      key: 'jobs',
      header: t('investment.fields.expectedJobs'),
      sortKey: 'jobs',
      isNumeric: true,
      render: (row) => formatNumber(row.expectedJobs, language),
    },
  ];
  return (
    <DataTable
      caption={caption}
      columns={columns}
      rows={rows}
      rowKey={(row) => row.id}
      sort={sort}
      onSort={onSort}
    />
  );
}

import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type TerritorialUnit, territorialUnitKinds } from '../../../contracts/territory';
import { enumLabel, enumOptions } from '../../lib/enum-options';
import { formatNumber } from '../../lib/format';
import { type Column, DataTable, type SortState, toggleSort } from '../../ui/data-table';
import { Checkbox, Select, TextInput } from '../../ui/field';
import { Pagination } from '../../ui/pagination';
import { RowArchiveDialog, RowEditArchiveButtons } from '../../ui/row-archive';
import { Badge, EmptyState, ErrorState, Loading } from '../../ui/states';
import { useGovernment } from '../auth/government-context';
import { SpreadsheetActions } from '../spreadsheets/spreadsheet-actions';
import { UnitForm } from './unit-form';
import { useSetUnitArchived, useTerritorialUnits } from './use-territory';

type Editing = { mode: 'new' } | { mode: 'edit'; unit: TerritorialUnit } | null;

/** Territorial units (comunas, alcaldías...) with population; admins add, edit and archive. */
export function TerritorialUnits() {
  const { t, i18n } = useTranslation();
  const { isAdmin } = useGovernment();
  const [draft, setDraft] = useState('');
  const [q, setQ] = useState('');
  const [kind, setKind] = useState('');
  const [includeArchived, setIncludeArchived] = useState(false);
  const [sort, setSort] = useState<SortState>({ field: 'name', direction: 'asc' });
  const [page, setPage] = useState(1);
  const [editing, setEditing] = useState<Editing>(null);
  const [archiving, setArchiving] = useState<TerritorialUnit | null>(null);
  const setArchived = useSetUnitArchived();
  const query = useTerritorialUnits({
    q: q || undefined,
    kind: kind || undefined,
    includeArchived: includeArchived || undefined,
    sort: sort.field,
    direction: sort.direction,
    page,
    pageSize: 25,
  });
  const onSearch = (event: FormEvent) => {
    event.preventDefault();
    setQ(draft.trim());
    setPage(1);
  };
  const columns: Column<TerritorialUnit>[] = [
    {
      key: 'name',
      header: t('territory.units.fields.name'),
      sortKey: 'name',
      isRowHeader: true,
      render: (row) => (
        <>
          {row.name} {row.archivedAt ? <Badge>{t('common.archived')}</Badge> : null}
        </>
      ),
    },
    {
      key: 'code',
      header: t('territory.units.fields.code'),
      sortKey: 'code',
      render: (row) => row.code ?? '—',
    },
    {
      key: 'kind',
      header: t('territory.units.fields.kind'),
      render: (row) => enumLabel(t, 'unitKind', row.kind),
    },
    {
      key: 'population',
      header: t('territory.units.fields.population'),
      sortKey: 'population',
      isNumeric: true,
      render: (row) => formatNumber(row.population, i18n.language),
    },
    {
      key: 'geometry',
      header: t('territory.units.fields.hasGeometry'),
      render: (row) => (row.hasGeometry ? t('common.yes') : t('common.no')),
    },
    ...(isAdmin
      ? [
          {
            key: 'actions',
            header: t('common.actions'),
            render: (row: TerritorialUnit) => (
              <RowEditArchiveButtons
                isArchived={Boolean(row.archivedAt)}
                editLabel={t('territory.units.editOne', { name: row.name })}
                archiveLabel={
                  row.archivedAt
                    ? t('territory.units.restoreOne', { name: row.name })
                    : t('territory.units.archiveOne', { name: row.name })
                }
                onEdit={() => setEditing({ mode: 'edit', unit: row })}
                onArchive={() => setArchiving(row)}
              />
            ),
          },
        ]
      : []),
  ];
  return (
    <>
      {isAdmin && !editing ? (
        <p>
          <button type="button" className="button button-primary" onClick={() => setEditing({ mode: 'new' })}>
            {t('territory.units.new')}
          </button>
        </p>
      ) : null}
      {editing ? (
        <div className="section">
          <h3>
            {editing.mode === 'new'
              ? t('territory.units.new')
              : t('territory.units.editTitle', { name: editing.unit.name })}
          </h3>
          <UnitForm
            key={editing.mode === 'edit' ? editing.unit.id : 'new'}
            unit={editing.mode === 'edit' ? editing.unit : undefined}
            onDone={() => setEditing(null)}
          />
        </div>
      ) : null}
      <form className="filters" aria-label={t('territory.units.filtersLabel')} onSubmit={onSearch}>
        <TextInput
          label={t('common.search')}
          type="search"
          value={draft}
          onChange={(event) => setDraft(event.target.value)}
        />
        <Select
          label={t('territory.units.fields.kind')}
          placeholder={t('common.all')}
          options={enumOptions(t, 'unitKind', territorialUnitKinds)}
          value={kind}
          onChange={(event) => {
            setKind(event.target.value);
            setPage(1);
          }}
        />
        <Checkbox
          label={t('territory.units.includeArchived')}
          checked={includeArchived}
          onChange={(event) => setIncludeArchived(event.target.checked)}
        />
        <div className="filters-actions">
          <button type="submit" className="button button-primary">
            {t('common.search')}
          </button>
        </div>
      </form>
      <SpreadsheetActions
        registry="territorial-units"
        filters={{
          q: q || undefined,
          kind: kind || undefined,
          includeArchived: includeArchived || undefined,
        }}
      />
      {query.isLoading ? <Loading /> : null}
      {query.isError ? <ErrorState error={query.error} onRetry={() => void query.refetch()} /> : null}
      {query.data && query.data.items.length === 0 ? (
        <EmptyState
          headingLevel={3}
          title={t('territory.units.emptyTitle')}
          description={isAdmin ? t('territory.units.emptyText') : undefined}
        />
      ) : null}
      {query.data && query.data.items.length > 0 ? (
        <>
          <DataTable
            caption={t('territory.units.caption', { count: query.data.total })}
            columns={columns}
            rows={query.data.items}
            rowKey={(row) => row.id}
            sort={sort}
            onSort={(field) => {
              setSort(toggleSort(sort, field));
              setPage(1);
            }}
          />
          <Pagination
            page={query.data.page}
            pageSize={query.data.pageSize}
            total={query.data.total}
            onPageChange={setPage}
          />
        </>
      ) : null}
      <RowArchiveDialog
        row={archiving}
        titles={{ archive: t('territory.units.archiveTitle'), restore: t('territory.units.restoreTitle') }}
        messages={{ archived: t('territory.units.archived'), restored: t('territory.units.restored') }}
        description={archiving?.name}
        mutation={setArchived}
        onClose={() => setArchiving(null)}
      />
    </>
  );
}

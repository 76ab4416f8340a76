import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Department } from '../../../contracts/territory';
import { type Column, DataTable } from '../../ui/data-table';
import { Checkbox, TextInput } from '../../ui/field';
import { Pagination } from '../../ui/pagination';
import { RowArchiveDialog, RowEditArchiveButtons } from '../../ui/row-archive';
import { Badge, EmptyState, ErrorState, Loading, PageHeader } from '../../ui/states';
import { useGovernment } from '../auth/government-context';
import { SpreadsheetActions } from '../spreadsheets/spreadsheet-actions';
import { DepartmentForm } from './department-form';
import { useDepartments, useSetDepartmentArchived } from './use-departments';

type Editing = { mode: 'new' } | { mode: 'edit'; department: Department } | null;

/** Departments (dependencias) of the government: list for everyone, changes for admins. */
export function DepartmentsPage() {
  const { t } = useTranslation();
  const { isAdmin } = useGovernment();
  const [draft, setDraft] = useState('');
  const [q, setQ] = useState('');
  const [includeArchived, setIncludeArchived] = useState(false);
  const [page, setPage] = useState(1);
  const [editing, setEditing] = useState<Editing>(null);
  const [archiving, setArchiving] = useState<Department | null>(null);
  const setArchived = useSetDepartmentArchived();
  const query = useDepartments({
    q: q || undefined,
    includeArchived: includeArchived || undefined,
    page,
    pageSize: 25,
  });

  const onSearch = (event: FormEvent) => {
    event.preventDefault();
    setQ(draft.trim());
    setPage(1);
  };
  const columns: Column<Department>[] = [
    {
      key: 'name',
      header: t('departments.fields.name'),
      isRowHeader: true,
      render: (row) => (
        <>
          {row.name} {row.archivedAt ? <Badge>{t('common.archived')}</Badge> : null}
        </>
      ),
    },
    { key: 'acronym', header: t('departments.fields.acronym'), render: (row) => row.acronym ?? '—' },
    { key: 'head', header: t('departments.fields.headName'), render: (row) => row.headName ?? '—' },
    { key: 'email', header: t('departments.fields.email'), render: (row) => row.email ?? '—' },
    ...(isAdmin
      ? [
          {
            key: 'actions',
            header: t('common.actions'),
            render: (row: Department) => (
              <RowEditArchiveButtons
                isArchived={Boolean(row.archivedAt)}
                editLabel={t('departments.editOne', { name: row.name })}
                archiveLabel={
                  row.archivedAt
                    ? t('departments.restoreOne', { name: row.name })
                    : t('departments.archiveOne', { name: row.name })
                }
                onEdit={() => setEditing({ mode: 'edit', department: row })}
                onArchive={() => setArchiving(row)}
              />
            ),
          },
        ]
      : []),
  ];
  return (
    <div className="page">
      <PageHeader
        title={t('departments.title')}
        description={t('departments.description')}
        actions={
          isAdmin && !editing ? (
            <button
              type="button"
              className="button button-primary"
              onClick={() => setEditing({ mode: 'new' })}
            >
              {t('departments.new')}
            </button>
          ) : null
        }
      />
      {editing ? (
        <section className="section">
          <h2>
            {editing.mode === 'new'
              ? t('departments.new')
              : t('departments.editTitle', { name: editing.department.name })}
          </h2>
          <DepartmentForm
            key={editing.mode === 'edit' ? editing.department.id : 'new'}
            department={editing.mode === 'edit' ? editing.department : undefined}
            onDone={() => setEditing(null)}
          />
        </section>
      ) : null}
      <form className="filters" aria-label={t('departments.filtersLabel')} onSubmit={onSearch}>
        <TextInput
          label={t('common.search')}
          type="search"
          value={draft}
          onChange={(event) => setDraft(event.target.value)}
        />
        <Checkbox
          label={t('departments.includeArchived')}
          checked={includeArchived}
          onChange={(event) => {
            setIncludeArchived(event.target.checked);
            setPage(1);
          }}
        />
        <div className="filters-actions">
          <button type="submit" className="button button-primary">
            {t('common.search')}
          </button>
        </div>
      </form>
      <SpreadsheetActions
        registry="departments"
        filters={{ q: q || undefined, includeArchived: includeArchived || undefined }}
      />
      {query.isLoading ? <Loading /> : null}
      {query.isError ? <ErrorState error={query.error} onRetry={() => void query.refetch()} /> : null}
      {query.data && query.data.items.length === 0 ? (
        <EmptyState
          title={q ? t('departments.emptyFiltered') : t('departments.emptyTitle')}
          description={isAdmin ? t('departments.emptyText') : undefined}
        />
      ) : null}
      {query.data && query.data.items.length > 0 ? (
        <>
          <DataTable
            caption={t('departments.caption', { count: query.data.total })}
            columns={columns}
            rows={query.data.items}
            rowKey={(row) => row.id}
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
        titles={{ archive: t('departments.archiveTitle'), restore: t('departments.restoreTitle') }}
        messages={{ archived: t('departments.archived'), restored: t('departments.restored') }}
        description={archiving?.name}
        mutation={setArchived}
        onClose={() => setArchiving(null)}
      />
    </div>
  );
}

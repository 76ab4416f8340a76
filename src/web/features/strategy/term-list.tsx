import { Link } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { StrategyTerm, StrategyTermKind } from '../../../contracts/strategy';
import { formatNumber } from '../../lib/format';
import { type Column, DataTable } from '../../ui/data-table';
import type { SelectOption } from '../../ui/field';
import { RowArchiveDialog, RowEditArchiveButtons } from '../../ui/row-archive';
import { Badge, EmptyState } from '../../ui/states';
import { useGovernment } from '../auth/government-context';
import { TermForm } from './term-form';
import { useSetTermArchived, useTermLabel } from './use-strategy';

type TermListProps = {
  kind: StrategyTermKind;
  terms: StrategyTerm[];
  parentOptions?: SelectOption[];
};

const labelKind = (kind: StrategyTermKind) =>
  kind === 'strategy_line' ? 'strategyLine' : kind === 'theme' ? 'theme' : 'plan';

type Editing = { mode: 'new' } | { mode: 'edit'; term: StrategyTerm } | null;

/** One vocabulary as a table: what each term is called, how many records use it, and the admin's actions. */
export function TermList({ kind, terms, parentOptions }: TermListProps) {
  const { t, i18n } = useTranslation();
  const { isAdmin } = useGovernment();
  const label = useTermLabel();
  const setArchived = useSetTermArchived();
  const [editing, setEditing] = useState<Editing>(null);
  const [archiving, setArchiving] = useState<StrategyTerm | null>(null);
  const nameOf = (term: StrategyTerm) => label(labelKind(kind), term.code);

  const columns: Column<StrategyTerm>[] = [
    {
      key: 'name',
      header: t('strategy.fields.name'),
      isRowHeader: true,
      render: (row) => (
        <>
          {kind === 'plan_programme' ? <span aria-hidden="true">— </span> : null}
          {nameOf(row)} {row.archivedAt ? <Badge>{t('common.archived')}</Badge> : null}
          {row.isBuiltIn && !row.name ? <Badge tone="info">{t('strategy.builtIn')}</Badge> : null}
          {row.description ? <span className="muted block">{row.description}</span> : null}
        </>
      ),
    },
    { key: 'code', header: t('strategy.fields.code'), render: (row) => <code>{row.code}</code> },
    {
      key: 'usage',
      header: t('strategy.fields.usage'),
      isNumeric: true,
      render: (row) =>
        kind === 'strategy_line' && row.usageCount > 0 ? (
          <Link to="/links" search={{ strategyLine: row.code }}>
            {t('strategy.usageCount', {
              count: row.usageCount,
              formatted: formatNumber(row.usageCount, i18n.language),
            })}
          </Link>
        ) : (
          t('strategy.usageCount', {
            count: row.usageCount,
            formatted: formatNumber(row.usageCount, i18n.language),
          })
        ),
    },
    ...(isAdmin
      ? [
          {
            key: 'actions',
            header: t('common.actions'),
            render: (row: StrategyTerm) => (
              <RowEditArchiveButtons
                isArchived={Boolean(row.archivedAt)}
                editLabel={t('strategy.editOne', { name: nameOf(row) })}
                archiveLabel={
                  row.archivedAt
                    ? t('strategy.restoreOne', { name: nameOf(row) })
                    : t('strategy.archiveOne', { name: nameOf(row) })
                }
                onEdit={() => setEditing({ mode: 'edit', term: row })}
                onArchive={() => setArchiving(row)}
              />
            ),
          },
        ]
      : []),
  ];

  return (
    // Not a landmark of its own: the table inside already is a region named like this heading.
    <div className="section">
      <div className="section-header">
        <h2 id={`strategy-${kind}-title`}>{t(`strategy.kinds.${kind}`)}</h2>
        {isAdmin && !editing ? (
          <button type="button" className="button button-primary" onClick={() => setEditing({ mode: 'new' })}>
            {t(`strategy.addKind.${kind}`)}
          </button>
        ) : null}
      </div>
      <p className="muted">{t(`strategy.explain.${kind}`)}</p>
      {editing ? (
        <TermForm
          key={editing.mode === 'edit' ? editing.term.id : 'new'}
          kind={kind}
          term={editing.mode === 'edit' ? editing.term : undefined}
          currentName={editing.mode === 'edit' ? nameOf(editing.term) : undefined}
          parentOptions={parentOptions}
          onDone={() => setEditing(null)}
        />
      ) : null}
      {terms.length === 0 ? (
        <EmptyState
          headingLevel={3}
          title={t(`strategy.empty.${kind}`)}
          description={isAdmin ? t(`strategy.emptyHint.${kind}`) : undefined}
        />
      ) : (
        <DataTable
          caption={t(`strategy.kinds.${kind}`)}
          isCaptionHidden
          columns={columns}
          rows={terms}
          rowKey={(row) => row.id}
        />
      )}
      <RowArchiveDialog
        row={archiving}
        titles={{ archive: t('strategy.archiveTitle'), restore: t('strategy.restoreTitle') }}
        messages={{ archived: t('strategy.archived'), restored: t('strategy.restored') }}
        description={
          archiving
            ? `${nameOf(archiving)}${archiving.usageCount > 0 && !archiving.archivedAt ? ` — ${t('strategy.archiveInUse', { count: archiving.usageCount })}` : ''}`
            : undefined
        }
        mutation={setArchived}
        onClose={() => setArchiving(null)}
      />
    </div>
  );
}

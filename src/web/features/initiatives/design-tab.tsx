import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Indicator, Initiative, MirRow } from '../../../contracts/initiatives';
import { describeError } from '../../lib/form-errors';
import { ConfirmDialog } from '../../ui/confirm-dialog';
import { ErrorState, Loading } from '../../ui/states';
import { useToast } from '../../ui/toast';
import { useGovernment } from '../auth/government-context';
import { IndicatorForm } from './indicator-form';
import { MirRowView } from './mir-row-view';
import { orderMirRows } from './mir-rows';
import { useDeleteChild, useMir, useSaveMirRow } from './use-initiatives';

export type IndicatorEditing = { row: MirRow; rowLabel: string; indicator: Indicator | null };

/**
 * Diseño: the logical-framework matrix (MIR) in the CONEVAL layout. Each row is edited and saved on
 * its own with its own version, so two people working on different rows never overwrite each other.
 */
export function DesignTab({ initiative }: { initiative: Initiative }) {
  const { t } = useTranslation();
  const { canEdit } = useGovernment();
  const { showToast } = useToast();
  const mir = useMir(initiative.id);
  const saveRow = useSaveMirRow(initiative.id);
  const deleteRow = useDeleteChild(initiative.id, 'mir-rows');
  const [createdId, setCreatedId] = useState<string | null>(null);
  const [toDelete, setToDelete] = useState<{ id: string; label: string } | null>(null);
  const [indicatorEditing, setIndicatorEditing] = useState<IndicatorEditing | null>(null);

  if (mir.isLoading) return <Loading />;
  if (mir.isError || !mir.data) return <ErrorState error={mir.error} onRetry={() => void mir.refetch()} />;
  const rows = mir.data.rows;
  const ordered = orderMirRows(rows, {
    goal: t('enums.mirLevel.goal'),
    purpose: t('enums.mirLevel.purpose'),
  });
  const count = (level: MirRow['level'], parentId: string | null = null) =>
    rows.filter((row) => row.level === level && (level !== 'activity' || row.parentId === parentId)).length;
  const addRow = (level: MirRow['level'], parentId: string | null = null) =>
    saveRow.mutate(
      { body: { level, parentId, position: count(level, parentId), weight: 1 } },
      {
        onSuccess: (row) => setCreatedId(row.id),
        onError: (error) => showToast(describeError(t, error), 'error'),
      },
    );

  return (
    <section aria-labelledby="design-title">
      <h2 id="design-title">{t('initiatives.mir.title')}</h2>
      <p className="muted">{t('initiatives.mir.intro')}</p>
      {rows.length === 0 ? <p>{t('initiatives.mir.empty')}</p> : null}
      {/* biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must be reachable by keyboard */}
      <section className="table-wrapper" tabIndex={0} aria-labelledby="mir-caption">
        <table className="table mir-table">
          <caption id="mir-caption" className="visually-hidden">
            {t('initiatives.mir.caption')}
          </caption>
          <thead>
            <tr>
              <th scope="col">{t('initiatives.mir.level')}</th>
              <th scope="col">{t('initiatives.mir.narrativeSummary')}</th>
              <th scope="col">{t('initiatives.mir.indicators')}</th>
              <th scope="col">{t('initiatives.mir.meansOfVerification')}</th>
              <th scope="col">{t('initiatives.mir.assumptions')}</th>
              {canEdit ? <th scope="col">{t('common.actions')}</th> : null}
            </tr>
          </thead>
          <tbody>
            {ordered.map(({ row, label }) => (
              <MirRowView
                key={row.id}
                initiativeId={initiative.id}
                row={row}
                label={label}
                canEdit={canEdit}
                startsEditing={row.id === createdId}
                onAddActivity={row.level === 'component' ? () => addRow('activity', row.id) : undefined}
                onDelete={() => setToDelete({ id: row.id, label })}
                onEditIndicator={(indicator) => setIndicatorEditing({ row, rowLabel: label, indicator })}
              />
            ))}
          </tbody>
        </table>
      </section>
      {canEdit ? (
        <div className="button-row">
          {count('goal') === 0 ? (
            <button type="button" className="button button-secondary" onClick={() => addRow('goal')}>
              {t('initiatives.mir.addGoal')}
            </button>
          ) : null}
          {count('purpose') === 0 ? (
            <button type="button" className="button button-secondary" onClick={() => addRow('purpose')}>
              {t('initiatives.mir.addPurpose')}
            </button>
          ) : null}
          <button type="button" className="button button-secondary" onClick={() => addRow('component')}>
            {t('initiatives.mir.addComponent')}
          </button>
        </div>
      ) : null}
      {indicatorEditing ? (
        <IndicatorForm
          key={`${indicatorEditing.row.id}-${indicatorEditing.indicator?.id ?? 'new'}`}
          initiativeId={initiative.id}
          editing={indicatorEditing}
          onDone={() => setIndicatorEditing(null)}
        />
      ) : null}
      <ConfirmDialog
        isOpen={toDelete !== null}
        title={t('initiatives.mir.deleteTitle', { label: toDelete?.label ?? '' })}
        description={t('initiatives.mir.deleteText')}
        confirmLabel={t('initiatives.delete')}
        isDanger
        isPending={deleteRow.isPending}
        onCancel={() => setToDelete(null)}
        onConfirm={() => {
          if (!toDelete) return;
          deleteRow.mutate(toDelete.id, {
            onSuccess: () => {
              showToast(t('initiatives.mir.deleted', { label: toDelete.label }));
              setToDelete(null);
            },
            onError: (error) => {
              showToast(describeError(t, error), 'error');
              setToDelete(null);
            },
          });
        }}
      />
    </section>
  );
}

import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Activity, Initiative } from '../../../contracts/initiatives';
import { enumLabel } from '../../lib/enum-options';
import { describeError } from '../../lib/form-errors';
import { formatDate } from '../../lib/format';
import { ConfirmDialog } from '../../ui/confirm-dialog';
import { DataTable } from '../../ui/data-table';
import { Badge, EmptyState, ErrorState, Loading } from '../../ui/states';
import { useToast } from '../../ui/toast';
import { useGovernment } from '../auth/government-context';
import { ActivityForm } from './activity-form';
import { ActivityProgressForm } from './activity-progress-form';
import { orderMirRows } from './mir-rows';
import { useActivities, useDeleteChild, useMir } from './use-initiatives';

/**
 * Implementación: the activities that carry the design out, tagged interpretación, organización or
 * aplicación. Coordinators plan them; a liaison reports status and progress only.
 */
export function ImplementationTab({ initiative }: { initiative: Initiative }) {
  const { t, i18n } = useTranslation();
  const language = i18n.language;
  const { canEdit } = useGovernment();
  const { showToast } = useToast();
  const activities = useActivities(initiative.id);
  const mir = useMir(initiative.id);
  const deleteActivity = useDeleteChild(initiative.id, 'activities');
  const [editing, setEditing] = useState<Activity | 'new' | null>(null);
  const [reporting, setReporting] = useState<Activity | null>(null);
  const [toDelete, setToDelete] = useState<Activity | null>(null);
  const mirOptions = orderMirRows(mir.data?.rows ?? [], {
    goal: t('enums.mirLevel.goal'),
    purpose: t('enums.mirLevel.purpose'),
  }).filter(({ row }) => row.level === 'activity' || row.level === 'component');
  const mirLabel = (id: string | null) => mirOptions.find(({ row }) => row.id === id)?.label ?? '—';
  const canReport = canEdit || initiative.canReport;

  let content = null;
  if (activities.isLoading) content = <Loading />;
  else if (activities.isError || !activities.data)
    content = <ErrorState error={activities.error} onRetry={() => void activities.refetch()} />;
  else if (activities.data.length === 0)
    content = (
      <EmptyState
        headingLevel={3}
        title={t('initiatives.activities.emptyTitle')}
        description={t('initiatives.activities.emptyText')}
      />
    );
  else
    content = (
      <DataTable
        caption={t('initiatives.activities.caption', { count: activities.data.length })}
        rows={activities.data}
        rowKey={(row) => row.id}
        columns={[
          {
            key: 'title',
            header: t('initiatives.activities.title'),
            isRowHeader: true,
            render: (row) => row.title,
          },
          {
            key: 'kind',
            header: t('initiatives.activities.kind'),
            render: (row) => enumLabel(t, 'activityKind', row.kind),
          },
          { key: 'mir', header: t('initiatives.activities.mirRow'), render: (row) => mirLabel(row.mirRowId) },
          {
            key: 'owner',
            header: t('initiatives.activities.owner'),
            render: (row) => [row.ownerDepartmentName, row.ownerName].filter(Boolean).join(' — ') || '—',
          },
          {
            key: 'dates',
            header: t('initiatives.activities.dates'),
            render: (row) => `${formatDate(row.startDate, language)} – ${formatDate(row.endDate, language)}`,
          },
          {
            key: 'status',
            header: t('initiatives.activities.status'),
            render: (row) => (
              <Badge
                tone={row.status === 'done' ? 'success' : row.status === 'blocked' ? 'danger' : 'neutral'}
              >
                {enumLabel(t, 'activityStatus', row.status)}
              </Badge>
            ),
          },
          {
            key: 'progress',
            header: t('initiatives.activities.progress'),
            isNumeric: true,
            render: (row) => `${row.progressPercent} %`,
          },
          ...(canReport
            ? [
                {
                  key: 'actions',
                  header: t('common.actions'),
                  render: (row: Activity) => (
                    <div className="button-row">
                      {canEdit ? (
                        <button
                          type="button"
                          className="button button-secondary button-small"
                          onClick={() => setEditing(row)}
                        >
                          {t('common.edit')}
                          <span className="visually-hidden"> {row.title}</span>
                        </button>
                      ) : null}
                      <button
                        type="button"
                        className="button button-secondary button-small"
                        onClick={() => setReporting(row)}
                      >
                        {t('initiatives.activities.report')}
                        <span className="visually-hidden"> {row.title}</span>
                      </button>
                      {canEdit ? (
                        <button
                          type="button"
                          className="button button-danger-outline button-small"
                          onClick={() => setToDelete(row)}
                        >
                          {t('initiatives.delete')}
                          <span className="visually-hidden"> {row.title}</span>
                        </button>
                      ) : null}
                    </div>
                  ),
                },
              ]
            : []),
        ]}
      />
    );

  return (
    <section aria-labelledby="implementation-title">
      <h2 id="implementation-title">{t('initiatives.activities.heading')}</h2>
      <p className="muted">{t('initiatives.activities.intro')}</p>
      {content}
      {canEdit && editing === null ? (
        <button type="button" className="button button-primary" onClick={() => setEditing('new')}>
          {t('initiatives.activities.add')}
        </button>
      ) : null}
      {editing !== null ? (
        <ActivityForm
          key={editing === 'new' ? 'new' : editing.id}
          initiativeId={initiative.id}
          activity={editing === 'new' ? null : editing}
          mirOptions={mirOptions.map(({ row, label }) => ({
            value: row.id,
            label: `${label} ${row.narrativeSummary ?? ''}`.trim(),
          }))}
          onDone={() => setEditing(null)}
        />
      ) : null}
      {reporting ? (
        <ActivityProgressForm
          key={reporting.id}
          initiativeId={initiative.id}
          activity={reporting}
          onDone={() => setReporting(null)}
        />
      ) : null}
      <ConfirmDialog
        isOpen={toDelete !== null}
        title={t('initiatives.activities.deleteTitle', { title: toDelete?.title ?? '' })}
        confirmLabel={t('initiatives.delete')}
        isDanger
        isPending={deleteActivity.isPending}
        onCancel={() => setToDelete(null)}
        onConfirm={() => {
          if (!toDelete) return;
          deleteActivity.mutate(toDelete.id, {
            onSuccess: () => showToast(t('initiatives.activities.deleted', { title: toDelete.title })),
            onError: (error) => showToast(describeError(t, error), 'error'),
            onSettled: () => setToDelete(null),
          });
        }}
      />
    </section>
  );
}

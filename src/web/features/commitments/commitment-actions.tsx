import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Commitment } from '../../../contracts/agenda';
import { mayReportOnCommitment } from '../../../domain/commitments';
import { isApiError } from '../../lib/api-client';
import { applyServerErrors, describeError } from '../../lib/form-errors';
import { ConfirmDialog } from '../../ui/confirm-dialog';
import { FormAlert } from '../../ui/form-alert';
import { useToast } from '../../ui/toast';
import { useGovernment } from '../auth/government-context';
import { useSession } from '../auth/use-session';
import { type StatusAction, StatusFields, useStatusForm } from './commitment-status-form';
import { useChangeCommitmentStatus } from './use-commitments';

/**
 * Whether the signed-in person may move this commitment: the rule the server applies
 * (mayReportOnCommitment), so that a liaison is offered actions only on their department's
 * commitments or their own, never a button that ends in a refusal.
 */
export function useCanReport(commitment: Pick<Commitment, 'ownerUserId' | 'ownerDepartmentId'>) {
  const { role, membership } = useGovernment();
  const session = useSession();
  const userId = session.data?.user.id;
  if (!userId) return false;
  return mayReportOnCommitment({ userId, role, departmentId: membership.departmentId }, commitment);
}

function actionsFor(commitment: Commitment, isCompact: boolean): StatusAction[] {
  const isClosed = commitment.storedStatus === 'fulfilled' || commitment.storedStatus === 'cancelled';
  // Cards and table rows offer only the two closing moves; the detail page offers every move.
  if (isCompact) return isClosed ? [] : ['fulfilled', 'cancelled'];
  if (isClosed) return ['pending'];
  const start: StatusAction[] = commitment.storedStatus === 'pending' ? ['in_progress'] : ['pending'];
  return ['fulfilled', ...start, 'cancelled'];
}

/** Buttons that fulfil (with evidence), cancel (with a reason), start or reopen one commitment. */
export function CommitmentActions({
  commitment,
  isCompact,
}: {
  commitment: Commitment;
  isCompact?: boolean;
}) {
  const { t } = useTranslation();
  const canReport = useCanReport(commitment);
  const [action, setAction] = useState<StatusAction | null>(null);
  if (!canReport || actionsFor(commitment, Boolean(isCompact)).length === 0) return null;
  return (
    <div className="button-row commitment-actions">
      {actionsFor(commitment, Boolean(isCompact)).map((item) => (
        <button
          key={item}
          type="button"
          className={`button ${item === 'fulfilled' ? 'button-primary' : 'button-secondary'} ${isCompact ? 'button-small' : ''}`}
          onClick={() => setAction(item)}
        >
          {t(`commitments.actions.${item}`)}
          {isCompact ? <span className="visually-hidden">: {commitment.title}</span> : null}
        </button>
      ))}
      {action ? (
        <StatusDialog commitment={commitment} action={action} onClose={() => setAction(null)} />
      ) : null}
    </div>
  );
}

type StatusDialogProps = { commitment: Commitment; action: StatusAction; onClose: () => void };

function StatusDialog({ commitment, action, onClose }: StatusDialogProps) {
  const { t } = useTranslation();
  const { showToast } = useToast();
  const change = useChangeCommitmentStatus();
  const form = useStatusForm(action, commitment.version);
  const [error, setError] = useState<unknown>(null);
  const submit = form.handleSubmit(async (body) => {
    setError(null);
    try {
      await change.mutateAsync({ ...body, id: commitment.id });
      showToast(t(`commitments.changed.${action}`, { title: commitment.title }));
      onClose();
    } catch (caught) {
      applyServerErrors(caught, form.setError);
      setError(caught);
    }
  });
  const isForbidden = isApiError(error) && error.status === 403;
  return (
    <ConfirmDialog
      isOpen
      title={t(`commitments.dialogs.${action}`, { title: commitment.title })}
      description={
        action === 'pending' || action === 'in_progress' ? t(`commitments.dialogs.${action}Text`) : undefined
      }
      confirmLabel={t(`commitments.actions.${action}`)}
      isDanger={action === 'cancelled'}
      isPending={change.isPending || form.formState.isSubmitting}
      onCancel={onClose}
      onConfirm={() => void submit()}
    >
      {isForbidden ? (
        <div className="alert alert-error" role="alert">
          <p>{t('commitments.forbidden')}</p>
          <p className="muted">{describeError(t, error)}</p>
        </div>
      ) : (
        <FormAlert error={error} />
      )}
      <StatusFields action={action} form={form} />
    </ConfirmDialog>
  );
}

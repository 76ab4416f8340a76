import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Link, LinkStatus } from '../../../contracts/links';
import { enumLabel } from '../../lib/enum-options';
import { describeError, translateMessage } from '../../lib/form-errors';
import { ConfirmDialog } from '../../ui/confirm-dialog';
import { Textarea } from '../../ui/field';
import { useToast } from '../../ui/toast';
import { useChangeLinkStatus } from './use-links';

/** One button per transition the server allows; terminating (and any change) asks for a reason. */
export function LinkStatusActions({ link }: { link: Link }) {
  const { t } = useTranslation();
  const { showToast } = useToast();
  const changeStatus = useChangeLinkStatus(link.id);
  const [target, setTarget] = useState<LinkStatus | null>(null);
  const [reason, setReason] = useState('');
  const [reasonError, setReasonError] = useState<string | undefined>();
  if (link.allowedTransitions.length === 0 || link.archivedAt) return null;
  const isReasonRequired = target === 'terminated';
  const close = () => {
    setTarget(null);
    setReason('');
    setReasonError(undefined);
  };
  return (
    <div className="status-actions">
      <h3 className="status-actions-title">{t('links.changeStatus')}</h3>
      <div className="button-row">
        {link.allowedTransitions.map((status) => (
          <button
            key={status}
            type="button"
            className={`button ${status === 'terminated' ? 'button-danger-outline' : 'button-secondary'}`}
            onClick={() => setTarget(status)}
          >
            {t('links.moveTo', { status: enumLabel(t, 'linkStatus', status) })}
          </button>
        ))}
      </div>
      <ConfirmDialog
        isOpen={target !== null}
        title={t('links.statusDialogTitle', { status: enumLabel(t, 'linkStatus', target) })}
        description={t('links.statusDialogText', {
          from: enumLabel(t, 'linkStatus', link.status),
          to: enumLabel(t, 'linkStatus', target),
        })}
        confirmLabel={t('links.confirmStatus')}
        isDanger={target === 'terminated'}
        isPending={changeStatus.isPending}
        onCancel={close}
        onConfirm={() => {
          if (!target) return;
          if (isReasonRequired && reason.trim() === '') {
            setReasonError('validation.reasonRequired');
            return;
          }
          changeStatus.mutate(
            { status: target, reason: reason.trim() || null, version: link.version },
            {
              onSuccess: () => {
                showToast(t('links.statusChanged', { status: enumLabel(t, 'linkStatus', target) }));
                close();
              },
              onError: (error) => {
                const fieldMessage = (error as { problem?: { errors?: Array<{ message: string }> } }).problem
                  ?.errors?.[0]?.message;
                setReasonError(fieldMessage ?? describeError(t, error));
              },
            },
          );
        }}
      >
        <Textarea
          label={isReasonRequired ? t('links.fields.reasonRequired') : t('links.fields.reason')}
          isRequired={isReasonRequired}
          value={reason}
          onChange={(event) => setReason(event.target.value)}
          error={reasonError ? { message: translateMessage(t, reasonError) } : undefined}
        />
      </ConfirmDialog>
    </div>
  );
}

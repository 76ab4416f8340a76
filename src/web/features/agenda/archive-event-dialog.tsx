import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Event } from '../../../contracts/agenda';
import { isApiError } from '../../lib/api-client';
import { describeError } from '../../lib/form-errors';
import { ConfirmDialog } from '../../ui/confirm-dialog';
import { Textarea } from '../../ui/field';
import { useToast } from '../../ui/toast';
import { useArchiveEvent } from './use-agenda';

function openCommitmentsOf(event: Event) {
  return event.commitments.filter(
    (item) => item.storedStatus === 'pending' || item.storedStatus === 'in_progress',
  );
}

type ArchiveEventDialogProps = { event: Event; isOpen: boolean; onClose: () => void };

/**
 * Archiving an event with open commitments asks what happens to them: keep them (they stay followed
 * without the event) or cancel them with a reason. Nothing is dropped silently; when the server finds
 * open commitments the page did not know of, the question appears.
 */
export function ArchiveEventDialog({ event, isOpen, onClose }: ArchiveEventDialogProps) {
  const { t } = useTranslation();
  const { showToast } = useToast();
  const archive = useArchiveEvent(event.id);
  const [mustAsk, setMustAsk] = useState(false);
  const [choice, setChoice] = useState<'keep' | 'cancel'>('keep');
  const [reason, setReason] = useState('');
  const [reasonError, setReasonError] = useState<string | undefined>();
  const openCount = openCommitmentsOf(event).length;
  const isAsking = openCount > 0 || mustAsk;
  const close = () => {
    setMustAsk(false);
    setReasonError(undefined);
    onClose();
  };
  const confirm = () => {
    if (isAsking && choice === 'cancel' && !reason.trim()) {
      setReasonError('validation.reasonRequired');
      return;
    }
    archive.mutate(
      {
        version: event.version,
        ...(isAsking
          ? { commitments: choice, cancelReason: choice === 'cancel' ? reason.trim() : null }
          : {}),
      },
      {
        onSuccess: () => {
          close();
          showToast(
            isAsking && choice === 'cancel'
              ? t('agenda.archivedCancelled', { count: openCount })
              : t('agenda.archived'),
          );
        },
        onError: (error) => {
          const asksCommitments =
            isApiError(error) &&
            error.status === 422 &&
            error.problem.errors?.some((item) => item.field.endsWith('commitments'));
          if (asksCommitments) {
            setMustAsk(true);
            return;
          }
          close();
          showToast(describeError(t, error), 'error');
        },
      },
    );
  };
  return (
    <ConfirmDialog
      isOpen={isOpen}
      title={t('agenda.archiveTitle', { title: event.title })}
      description={
        isAsking ? t('agenda.archiveAsk', { count: Math.max(openCount, 1) }) : t('agenda.archiveText')
      }
      confirmLabel={t('common.archive')}
      isDanger
      isPending={archive.isPending}
      onCancel={close}
      onConfirm={confirm}
    >
      {isAsking ? (
        <fieldset className="fieldset">
          <legend>{t('agenda.archiveChoice')}</legend>
          <label className="checkbox-option">
            <input
              type="radio"
              name="archive-choice"
              checked={choice === 'keep'}
              onChange={() => setChoice('keep')}
            />
            {t('agenda.archiveKeep')}
          </label>
          <label className="checkbox-option">
            <input
              type="radio"
              name="archive-choice"
              checked={choice === 'cancel'}
              onChange={() => setChoice('cancel')}
            />
            {t('agenda.archiveCancel')}
          </label>
          {choice === 'cancel' ? (
            <Textarea
              label={t('agenda.archiveReason')}
              isRequired
              value={reason}
              error={reasonError ? { message: reasonError } : undefined}
              onChange={(change) => setReason(change.target.value)}
            />
          ) : null}
        </fieldset>
      ) : null}
    </ConfirmDialog>
  );
}

import { type ReactNode, useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Stage } from '../../../contracts/initiatives';
import { isApiError } from '../../lib/api-client';
import { describeError, isVersionConflict, translateMessage } from '../../lib/form-errors';
import { ConfirmDialog } from '../../ui/confirm-dialog';
import { Textarea } from '../../ui/field';
import { GateProblemList } from './gate-problems';
import { type MissingItem, needsReason } from './initiative-values';
import { useChangeStage } from './use-initiatives';

export type MovableInitiative = { id: string; title: string; stage: Stage; version: number };

type Refusal = { initiative: MovableInitiative; to: Stage; items: MissingItem[]; message: string };

/**
 * Moving an initiative between stages, shared by the board (drag and drop, "Mover a…") and the
 * initiative page: asks for a reason when the move goes back, cancels or reopens; when the server
 * refuses, explains what is missing in a dialog; announces the result in a live region.
 */
export function useStageMover() {
  const { t } = useTranslation();
  const changeStage = useChangeStage();
  const [pending, setPending] = useState<{ initiative: MovableInitiative; to: Stage } | null>(null);
  const [reason, setReason] = useState('');
  const [reasonError, setReasonError] = useState<string | undefined>();
  const [refusal, setRefusal] = useState<Refusal | null>(null);
  const [announcement, setAnnouncement] = useState('');
  const stageName = (stage: Stage) => t(`enums.stage.${stage}`);

  const send = (initiative: MovableInitiative, to: Stage, reasonText: string | null) => {
    setAnnouncement(t('initiatives.move.moving', { title: initiative.title, stage: stageName(to) }));
    changeStage.mutate(
      { initiativeId: initiative.id, stage: to, reason: reasonText, version: initiative.version },
      {
        onSuccess: () => {
          setPending(null);
          setReason('');
          setAnnouncement(t('initiatives.move.moved', { title: initiative.title, stage: stageName(to) }));
        },
        onError: (error) => {
          const fieldErrors = isApiError(error) ? (error.problem.errors ?? []) : [];
          const reasonProblem = fieldErrors.find((item) => item.field.replace(/^body\./, '') === 'reason');
          if (pending && reasonProblem) {
            setReasonError(reasonProblem.message);
            return;
          }
          setPending(null);
          const items = fieldErrors.map((item) => ({
            field: item.field,
            message: item.message,
            key: item.code,
          }));
          const message = isVersionConflict(error)
            ? t('initiatives.move.conflict')
            : items.length > 0
              ? t('initiatives.move.refusedText', { stage: stageName(to) })
              : describeError(t, error);
          setRefusal({ initiative, to, items, message });
          setAnnouncement(t('initiatives.move.refused', { title: initiative.title, stage: stageName(to) }));
        },
      },
    );
  };

  const requestMove = (initiative: MovableInitiative, to: Stage) => {
    if (to === initiative.stage || changeStage.isPending) return;
    if (needsReason(initiative.stage, to)) {
      setReason('');
      setReasonError(undefined);
      setPending({ initiative, to });
      return;
    }
    send(initiative, to, null);
  };

  const element: ReactNode = (
    <>
      <p role="status" aria-live="polite" className="move-status">
        {announcement}
      </p>
      <ConfirmDialog
        isOpen={pending !== null}
        title={t('initiatives.move.reasonTitle', {
          title: pending?.initiative.title ?? '',
          stage: pending ? stageName(pending.to) : '',
        })}
        description={t('initiatives.move.reasonText')}
        confirmLabel={t('initiatives.move.confirm')}
        isDanger={pending?.to === 'cancelled'}
        isPending={changeStage.isPending}
        onCancel={() => setPending(null)}
        onConfirm={() => {
          if (!pending) return;
          if (reason.trim() === '') {
            setReasonError('validation.reasonRequired');
            return;
          }
          send(pending.initiative, pending.to, reason.trim());
        }}
      >
        <Textarea
          label={t('initiatives.move.reason')}
          isRequired
          value={reason}
          onChange={(event) => setReason(event.target.value)}
          error={reasonError ? { message: translateMessage(t, reasonError) } : undefined}
        />
      </ConfirmDialog>
      <RefusalDialog refusal={refusal} onClose={() => setRefusal(null)} />
    </>
  );

  return { requestMove, element, isMoving: changeStage.isPending };
}

/** The explanation of a refused move: an alert dialog with the list of what is missing. */
function RefusalDialog({ refusal, onClose }: { refusal: Refusal | null; onClose: () => void }) {
  const { t } = useTranslation();
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  const textId = useId();
  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (refusal && !dialog.open) dialog.showModal();
    if (!refusal && dialog.open) dialog.close();
  }, [refusal]);
  return (
    <dialog
      ref={ref}
      className="dialog"
      role="alertdialog"
      aria-labelledby={titleId}
      aria-describedby={textId}
      onCancel={(event) => {
        event.preventDefault();
        onClose();
      }}
    >
      {refusal ? (
        <div>
          <h2 id={titleId} className="dialog-title">
            {t('initiatives.move.refusedTitle', {
              title: refusal.initiative.title,
              stage: t(`enums.stage.${refusal.to}`),
            })}
          </h2>
          <p id={textId}>{refusal.message}</p>
          {refusal.items.length > 0 ? (
            <GateProblemList
              initiativeId={refusal.initiative.id}
              items={refusal.items}
              onNavigate={onClose}
            />
          ) : null}
          <div className="dialog-actions">
            <button type="button" className="button button-primary" onClick={onClose}>
              {t('common.close')}
            </button>
          </div>
        </div>
      ) : null}
    </dialog>
  );
}

import { Link, useNavigate } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Match } from '../../../contracts/cooperation';
import { isApiError } from '../../lib/api-client';
import { describeError, translateMessage } from '../../lib/form-errors';
import { ConfirmDialog } from '../../ui/confirm-dialog';
import { Select, Textarea } from '../../ui/field';
import { useToast } from '../../ui/toast';
import { type AcceptMatchVariables, useAcceptMatch, useDismissMatch } from './use-cooperation';

type DialogProps = { demandId: string; match: Match | null; onClose: () => void };

type Refusal = { message: string; items: Array<{ field: string; message: string }> };

const agendaSetters = ['department', 'mayor', 'council', 'citizens', 'partner'] as const;

/**
 * Accepting asks how the demand enters the agenda (approach, its justification, who puts it there);
 * the demand becomes an initiative in Agenda. When the gate refuses, the dialog lists what the
 * demand's problem lacks, with a link to complete it.
 */
export function AcceptMatchDialog({ demandId, match, onClose }: DialogProps) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { showToast } = useToast();
  const acceptMatch = useAcceptMatch();
  const [approach, setApproach] = useState<AcceptMatchVariables['approach']>('bottom_up');
  const [justification, setJustification] = useState('');
  const [agendaSetter, setAgendaSetter] = useState<AcceptMatchVariables['agendaSetter']>('department');
  const [justificationError, setJustificationError] = useState<string | undefined>();
  const [refusal, setRefusal] = useState<Refusal | null>(null);
  const close = () => {
    setJustification('');
    setJustificationError(undefined);
    setRefusal(null);
    onClose();
  };
  const confirm = async () => {
    if (!match) return;
    if (justification.trim() === '') {
      setJustificationError('validation.required');
      return;
    }
    setRefusal(null);
    try {
      const result = await acceptMatch.accept({
        demandId,
        offerId: match.offerId,
        approach,
        approachJustification: justification.trim(),
        agendaSetter,
      });
      showToast(t('cooperation.match.accepted', { title: match.offerTitle }));
      close();
      if (result.initiativeId)
        await navigate({
          to: '/initiatives/$initiativeId',
          params: { initiativeId: result.initiativeId },
          search: { tab: 'agenda' },
        });
    } catch (error) {
      const items = isApiError(error) ? (error.problem.errors ?? []) : [];
      const isGate = isApiError(error) && error.problem.code === 'gate_refused';
      setRefusal({
        message: isGate ? t('cooperation.match.gateRefused') : describeError(t, error),
        items: items.map((item) => ({ field: item.field, message: item.message })),
      });
    }
  };
  return (
    <ConfirmDialog
      isOpen={match !== null}
      title={t('cooperation.match.acceptTitle', { title: match?.offerTitle ?? '' })}
      description={t('cooperation.match.acceptText')}
      confirmLabel={t('cooperation.match.accept')}
      isPending={acceptMatch.isPending}
      onCancel={close}
      onConfirm={() => void confirm()}
    >
      {refusal ? (
        <div className="alert alert-error" role="alert">
          <p>{refusal.message}</p>
          {refusal.items.length > 0 ? (
            <ul>
              {refusal.items.map((item) => (
                <li key={`${item.field}|${item.message}`}>{item.message}</li>
              ))}
            </ul>
          ) : null}
          <p>
            <Link to="/cooperation/demands/$demandId/edit" params={{ demandId }} onClick={close}>
              {t('cooperation.match.completeDemand')}
            </Link>
          </p>
        </div>
      ) : null}
      <Select
        label={t('cooperation.match.approach')}
        isRequired
        options={(['bottom_up', 'top_down'] as const).map((value) => ({
          value,
          label: t(`enums.approach.${value}`),
        }))}
        value={approach}
        onChange={(event) => setApproach(event.target.value as AcceptMatchVariables['approach'])}
      />
      <Textarea
        label={t('cooperation.match.justification')}
        hint={t('cooperation.match.justificationHint')}
        isRequired
        rows={3}
        value={justification}
        onChange={(event) => setJustification(event.target.value)}
        error={justificationError ? { message: translateMessage(t, justificationError) } : undefined}
      />
      <Select
        label={t('cooperation.match.agendaSetter')}
        options={agendaSetters.map((value) => ({ value, label: t(`enums.agendaSetter.${value}`) }))}
        value={agendaSetter}
        onChange={(event) => setAgendaSetter(event.target.value as AcceptMatchVariables['agendaSetter'])}
      />
    </ConfirmDialog>
  );
}

/** Dismissing keeps the match out of the ranking, with the reason written for the record. */
export function DismissMatchDialog({ demandId, match, onClose }: DialogProps) {
  const { t } = useTranslation();
  const { showToast } = useToast();
  const dismissMatch = useDismissMatch();
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string | undefined>();
  const close = () => {
    setReason('');
    setError(undefined);
    onClose();
  };
  return (
    <ConfirmDialog
      isOpen={match !== null}
      title={t('cooperation.match.dismissTitle', { title: match?.offerTitle ?? '' })}
      description={t('cooperation.match.dismissText')}
      confirmLabel={t('cooperation.match.dismiss')}
      isDanger
      isPending={dismissMatch.isPending}
      onCancel={close}
      onConfirm={() => {
        if (!match) return;
        if (reason.trim() === '') {
          setError(t('validation.required'));
          return;
        }
        dismissMatch.mutate(
          { demandId, offerId: match.offerId, reason: reason.trim() },
          {
            onSuccess: () => {
              showToast(t('cooperation.match.dismissed', { title: match.offerTitle }));
              close();
            },
            onError: (failure) => setError(describeError(t, failure)),
          },
        );
      }}
    >
      <Textarea
        label={t('cooperation.match.dismissReason')}
        isRequired
        rows={3}
        value={reason}
        onChange={(event) => setReason(event.target.value)}
        error={error ? { message: error } : undefined}
      />
    </ConfirmDialog>
  );
}

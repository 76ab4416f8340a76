import type { TFunction } from 'i18next';
import { type ReactNode, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { LeadStage } from '../../../contracts/investment';
import { isApiError } from '../../lib/api-client';
import { describeError, isVersionConflict } from '../../lib/form-errors';
import { useGovernment } from '../auth/government-context';
import {
  type CompletionValues,
  fixableFields,
  LeadStageDialog,
  type StageRefusal,
} from './lead-stage-dialog';
import { type LeadSummary, leadToInput } from './lead-values';
import { fetchLead, useChangeLeadStage, useUpdateLead } from './use-investment';

const amountFields = ['expectedAmountMinor', 'expectedJobs', 'realisedAmountMinor', 'createdJobs'] as const;

/** Turns a refused move into what the dialog shows: the server's explanation and what can be filled. */
export function toRefusal(t: TFunction, lead: LeadSummary, to: LeadStage, error: unknown): StageRefusal {
  const fieldErrors = isApiError(error) ? (error.problem.errors ?? []) : [];
  const fields = fieldErrors
    .map((item) => item.field.replace(/^body\./, ''))
    .filter((field): field is StageRefusal['fields'][number] =>
      (fixableFields as readonly string[]).includes(field),
    );
  return {
    lead,
    to,
    fields: [...new Set(fields)],
    messages: fieldErrors.map((item) => item.message),
    summary: isVersionConflict(error) ? t('investment.move.conflict') : describeError(t, error),
    error,
  };
}

/**
 * Moving a lead along the pipeline, shared by the board (drag and drop, "Mover a…") and the lead
 * page. The server decides; when it refuses, a dialog explains why and, when the missing data can be
 * typed there (amounts, jobs, dates, a reason), saves it and tries the move again. Results are
 * announced in a live region.
 */
export function useLeadStageMover() {
  const { t } = useTranslation();
  const { governmentId } = useGovernment();
  const changeStage = useChangeLeadStage();
  const updateLead = useUpdateLead();
  const [refusal, setRefusal] = useState<StageRefusal | null>(null);
  const [announcement, setAnnouncement] = useState('');
  const stageName = (stage: LeadStage) => t(`investment.stages.${stage}`);

  const refuse = (lead: LeadSummary, to: LeadStage, error: unknown) => {
    setRefusal(toRefusal(t, lead, to, error));
    setAnnouncement(t('investment.move.refused', { title: lead.title, stage: stageName(to) }));
  };

  const requestMove = (lead: LeadSummary, to: LeadStage) => {
    if (to === lead.stage || changeStage.isPending) return;
    setAnnouncement(t('investment.move.moving', { title: lead.title, stage: stageName(to) }));
    changeStage.mutate(
      { leadId: lead.id, stage: to, version: lead.version },
      {
        onSuccess: () =>
          setAnnouncement(t('investment.move.moved', { title: lead.title, stage: stageName(to) })),
        onError: (error) => refuse(lead, to, error),
      },
    );
  };

  // Saves what the dialog asked for (amounts and jobs are data of the lead), then moves it.
  const complete = async (current: StageRefusal, values: CompletionValues) => {
    const fresh = await fetchLead(governmentId, current.lead.id);
    let version = fresh.version;
    const patch: Record<string, number> = {};
    for (const field of amountFields) {
      const value = values[field];
      if (current.fields.includes(field) && typeof value === 'number') patch[field] = value;
    }
    if (Object.keys(patch).length > 0) {
      const saved = await updateLead.mutateAsync({ leadId: fresh.id, body: leadToInput(fresh, patch) });
      version = saved.version;
    }
    await changeStage.mutateAsync({
      leadId: fresh.id,
      stage: current.to,
      version,
      reason: values.reason || null,
      announcedOn: current.to === 'announced' ? values.announcedOn || null : undefined,
      establishedOn: current.to === 'established' ? values.establishedOn || null : undefined,
    });
    setRefusal(null);
    setAnnouncement(t('investment.move.moved', { title: current.lead.title, stage: stageName(current.to) }));
  };

  const element: ReactNode = (
    <>
      <p role="status" aria-live="polite" className="move-status">
        {announcement}
      </p>
      <LeadStageDialog
        refusal={refusal}
        onClose={() => setRefusal(null)}
        onComplete={complete}
        onRefusedAgain={(error) => {
          if (refusal) refuse(refusal.lead, refusal.to, error);
        }}
      />
    </>
  );

  return { requestMove, element, isMoving: changeStage.isPending || updateLead.isPending };
}

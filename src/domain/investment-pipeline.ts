import type { LeadStage } from '../contracts/investment';

/**
 * The pipeline of a foreign-direct-investment lead: lead → contact → visit → decision → announced →
 * established → aftercare, one stage at a time; or lost, with a reason. A lost lead comes back to the
 * stage it was lost from, or starts again as a lead. Going back one stage is a correction and needs a
 * reason, because the history must explain it. What a stage needs is checked on the stored data, so
 * that an announced investment always has its expected amount and jobs and an established one its
 * realised amount, jobs and date.
 */

export const pipelineStages = [
  'lead',
  'contact',
  'visit',
  'decision',
  'announced',
  'established',
  'aftercare',
] as const satisfies readonly LeadStage[];

/** Stages from which a lead can still be lost: once established, the investment has happened. */
export const openStages = [
  'lead',
  'contact',
  'visit',
  'decision',
  'announced',
] as const satisfies readonly LeadStage[];

/** Stages whose leads count as announced investment. */
export const announcedStages = [
  'announced',
  'established',
  'aftercare',
] as const satisfies readonly LeadStage[];

/** Stages whose leads count as realised investment. */
export const realisedStages = ['established', 'aftercare'] as const satisfies readonly LeadStage[];

export type LeadForPipeline = {
  stage: LeadStage;
  expectedAmountMinor: number | null;
  expectedJobs: number | null;
  realisedAmountMinor: number | null;
  createdJobs: number | null;
  establishedOn: string | null;
  /** For a lost lead, the stage it was lost from (read from its history). */
  lostFrom: LeadStage | null;
};

/** One problem: the form field it points at, a message key and its parameters. */
export type PipelineProblem = { field: string; key: string; params?: Record<string, string> };

const isBlank = (value: string | null | undefined) => !value || value.trim() === '';

function indexOf(stage: LeadStage): number {
  return (pipelineStages as readonly LeadStage[]).indexOf(stage);
}

function isOpen(stage: LeadStage): boolean {
  return (openStages as readonly LeadStage[]).includes(stage);
}

/** The stages a lead may move to from `from`, before looking at its data: forward first. */
export function allowedStages(from: LeadStage, lostFrom: LeadStage | null = null): LeadStage[] {
  if (from === 'lost') {
    const back = lostFrom && lostFrom !== 'lost' ? [lostFrom] : [];
    return [...new Set<LeadStage>([...back, 'lead'])];
  }
  const index = indexOf(from);
  const next = pipelineStages[index + 1];
  const previous = index > 0 ? pipelineStages[index - 1] : undefined;
  return [
    ...(next ? [next] : []),
    ...(previous ? [previous] : []),
    ...(isOpen(from) ? ['lost' as const] : []),
  ];
}

/** Going back one stage, or leaving `lost`: a correction that the history must explain. */
export function isBackward(from: LeadStage, to: LeadStage): boolean {
  if (from === 'lost' || to === 'lost') return false;
  return indexOf(to) < indexOf(from);
}

/**
 * What a lead needs to be in `stage`: announced and later need the expected amount and jobs;
 * established and later also the realised amount, the jobs created (zero is an answer, empty is not)
 * and the date of establishment. Also used when a lead's data is edited in place.
 */
export function stageRequirements(lead: Omit<LeadForPipeline, 'stage' | 'lostFrom'>, stage: LeadStage) {
  const problems: PipelineProblem[] = [];
  if ((announcedStages as readonly LeadStage[]).includes(stage)) {
    for (const field of ['expectedAmountMinor', 'expectedJobs'] as const) {
      if (lead[field] === null)
        problems.push({ field, key: 'validation.leadAmountRequired', params: { which: 'expected' } });
    }
  }
  if ((realisedStages as readonly LeadStage[]).includes(stage)) {
    for (const field of ['realisedAmountMinor', 'createdJobs'] as const) {
      if (lead[field] === null)
        problems.push({ field, key: 'validation.leadAmountRequired', params: { which: 'realised' } });
    }
    if (!lead.establishedOn)
      problems.push({ field: 'establishedOn', key: 'validation.establishedOnRequired' });
  }
  return problems;
}

/**
 * What stands in the way of moving a lead to `to`; an empty list means the move is allowed. A move
 * the pipeline does not allow is reported alone; otherwise every missing item is listed at once.
 */
export function checkLeadStageChange(
  lead: LeadForPipeline,
  to: LeadStage,
  reason: string | null,
): PipelineProblem[] {
  const from = lead.stage;
  if (from === to) return [];
  if (!allowedStages(from, lead.lostFrom).includes(to)) {
    return [{ field: 'stage', key: 'validation.leadStageSkip', params: { from, to } }];
  }
  const problems: PipelineProblem[] = [];
  if (to === 'lost' && isBlank(reason))
    problems.push({ field: 'reason', key: 'validation.lostReasonRequired' });
  if ((from === 'lost' || isBackward(from, to)) && isBlank(reason))
    problems.push({ field: 'reason', key: 'validation.reasonRequired' });
  if (to !== 'lost') problems.push(...stageRequirements(lead, to));
  return problems;
}

/** Where a stage sits in the board, for sorting: the pipeline order, lost last. */
export function stageOrder(stage: LeadStage): number {
  return stage === 'lost' ? pipelineStages.length : indexOf(stage);
}

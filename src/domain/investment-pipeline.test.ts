import { describe, expect, it } from 'vitest';
import {
  allowedStages,
  checkLeadStageChange,
  isBackward,
  type LeadForPipeline,
  stageOrder,
  stageRequirements,
} from './investment-pipeline';

const bare: LeadForPipeline = {
  stage: 'lead',
  expectedAmountMinor: null,
  expectedJobs: null,
  realisedAmountMinor: null,
  createdJobs: null,
  establishedOn: null,
  lostFrom: null,
};
const announced: LeadForPipeline = {
  ...bare,
  stage: 'announced',
  expectedAmountMinor: 12_000_000_000,
  expectedJobs: 350,
};
const established: LeadForPipeline = {
  ...announced,
  stage: 'established',
  realisedAmountMinor: 9_500_000_000,
  createdJobs: 0,
  establishedOn: '2025-03-01',
};

describe('allowed stages', () => {
  it('moves forward one stage at a time, back one stage, or to lost while the lead is open', () => {
    expect(allowedStages('lead')).toEqual(['contact', 'lost']);
    expect(allowedStages('contact')).toEqual(['visit', 'lead', 'lost']);
    expect(allowedStages('decision')).toEqual(['announced', 'visit', 'lost']);
    expect(allowedStages('announced')).toEqual(['established', 'decision', 'lost']);
  });

  it('reaches aftercare only from established, and an established investment is no longer lost', () => {
    expect(allowedStages('established')).toEqual(['aftercare', 'announced']);
    expect(allowedStages('aftercare')).toEqual(['established']);
    for (const stage of ['lead', 'contact', 'visit', 'decision', 'announced', 'lost'] as const) {
      expect(allowedStages(stage, 'visit')).not.toContain('aftercare');
    }
  });

  it('brings a lost lead back to the stage it was lost from, or to lead', () => {
    expect(allowedStages('lost', 'visit')).toEqual(['visit', 'lead']);
    expect(allowedStages('lost', 'lead')).toEqual(['lead']);
    expect(allowedStages('lost', null)).toEqual(['lead']);
  });

  it('orders stages for the board with lost last', () => {
    expect(stageOrder('lead')).toBe(0);
    expect(stageOrder('aftercare')).toBe(6);
    expect(stageOrder('lost')).toBe(7);
    expect(isBackward('visit', 'contact')).toBe(true);
    expect(isBackward('contact', 'visit')).toBe(false);
    expect(isBackward('lost', 'lead')).toBe(false);
  });
});

describe('stage changes', () => {
  it('refuses a skip alone, naming both stages', () => {
    expect(checkLeadStageChange(bare, 'established', null)).toEqual([
      { field: 'stage', key: 'validation.leadStageSkip', params: { from: 'lead', to: 'established' } },
    ]);
    expect(checkLeadStageChange({ ...announced, stage: 'decision' }, 'aftercare', null)[0]?.key).toBe(
      'validation.leadStageSkip',
    );
  });

  it('allows a plain forward move without a reason', () => {
    expect(checkLeadStageChange(bare, 'contact', null)).toEqual([]);
    expect(checkLeadStageChange({ ...bare, stage: 'contact' }, 'visit', null)).toEqual([]);
  });

  it('asks for expected amount and jobs before announcing', () => {
    const decision = { ...bare, stage: 'decision' as const };
    expect(checkLeadStageChange(decision, 'announced', null)).toEqual([
      { field: 'expectedAmountMinor', key: 'validation.leadAmountRequired', params: { which: 'expected' } },
      { field: 'expectedJobs', key: 'validation.leadAmountRequired', params: { which: 'expected' } },
    ]);
    expect(
      checkLeadStageChange({ ...decision, expectedAmountMinor: 0, expectedJobs: 0 }, 'announced', null),
    ).toEqual([]);
  });

  it('asks for realised amount, created jobs and the date before establishing; zero jobs is an answer', () => {
    expect(checkLeadStageChange(announced, 'established', null).map((problem) => problem.field)).toEqual([
      'realisedAmountMinor',
      'createdJobs',
      'establishedOn',
    ]);
    const ready = { ...announced, realisedAmountMinor: 1, createdJobs: 0, establishedOn: '2025-01-10' };
    expect(checkLeadStageChange(ready, 'established', null)).toEqual([]);
    expect(checkLeadStageChange(established, 'aftercare', null)).toEqual([]);
    expect(checkLeadStageChange({ ...established, createdJobs: null }, 'aftercare', null)).toHaveLength(1);
  });

  it('needs a reason to lose a lead, to go back and to bring a lost lead back', () => {
    expect(checkLeadStageChange({ ...bare, stage: 'visit' }, 'lost', ' ')).toEqual([
      { field: 'reason', key: 'validation.lostReasonRequired' },
    ]);
    expect(checkLeadStageChange({ ...bare, stage: 'visit' }, 'lost', 'Eligió Monterrey')).toEqual([]);
    expect(checkLeadStageChange({ ...bare, stage: 'visit' }, 'contact', null)).toEqual([
      { field: 'reason', key: 'validation.reasonRequired' },
    ]);
    expect(checkLeadStageChange({ ...bare, stage: 'visit' }, 'contact', 'Visita aplazada')).toEqual([]);
    const lost = { ...bare, stage: 'lost' as const, lostFrom: 'visit' as const };
    expect(checkLeadStageChange(lost, 'visit', null)).toEqual([
      { field: 'reason', key: 'validation.reasonRequired' },
    ]);
    expect(checkLeadStageChange(lost, 'lead', 'Nuevo director de expansión')).toEqual([]);
    expect(checkLeadStageChange(lost, 'contact', 'x')[0]?.key).toBe('validation.leadStageSkip');
  });

  it('checks what the target stage needs when a lost lead comes back', () => {
    const lost = { ...bare, stage: 'lost' as const, lostFrom: 'announced' as const };
    expect(checkLeadStageChange(lost, 'announced', 'Retoma el proyecto').map((p) => p.field)).toEqual([
      'expectedAmountMinor',
      'expectedJobs',
    ]);
  });

  it('treats the same stage as no move', () => {
    expect(checkLeadStageChange(announced, 'announced', null)).toEqual([]);
  });
});

describe('stage requirements of edited data', () => {
  it('keeps an established lead from losing its realised figures', () => {
    expect(stageRequirements({ ...established, realisedAmountMinor: null }, 'established')).toHaveLength(1);
    expect(stageRequirements(bare, 'visit')).toEqual([]);
    expect(stageRequirements(bare, 'lost')).toEqual([]);
  });
});

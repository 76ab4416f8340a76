import { describe, expect, it } from 'vitest';
import {
  computeVerdict,
  defaultVerdictSettings,
  hasProduced,
  localToday,
  type ProductionSummary,
  type VerdictSubject,
} from './protocol-verdict';

const nothing: ProductionSummary = {
  initiatives: { beyondAgenda: 0, earlier: 0, earlierItems: [] },
  commitments: { made: 0, fulfilled: 0, overdue: 0, overdueSince: null, openItems: [] },
  resourcesMobilisedMinor: 0,
  reportingCurrency: 'COP',
  beneficiaries: 0,
  investment: { realisedLeads: 0, realisedMinor: 0, createdJobs: 0 },
};

function link(signedOn: string | null, extra: Partial<Extract<VerdictSubject, { kind: 'link' }>> = {}) {
  return {
    kind: 'link' as const,
    status: 'active' as const,
    signedOn,
    validFrom: null,
    recordedOn: '2020-01-01',
    ...extra,
  };
}

/** Noon UTC on a date is the same calendar day in Bogotá and Mexico City. */
const at = (date: string) => new Date(`${date}T12:00:00Z`);
const bogota = 'America/Bogota';
const settings = defaultVerdictSettings;

describe('protocol-only verdict of a link', () => {
  it('keeps a link in negotiation in its grace period, without remedies', () => {
    const outcome = computeVerdict(
      link(null, { status: 'negotiation' }),
      nothing,
      settings,
      at('2026-06-01'),
      bogota,
    );
    expect(outcome.verdict).toBe('grace_period');
    expect(outcome.graceEndsOn).toBeNull();
    expect(outcome.reasons).toEqual([{ code: 'in_negotiation', params: {} }]);
    expect(outcome.remedies).toEqual([]);
  });

  it('judges the same link afresh on another day, with other settings, in another zone', () => {
    // The calendar arithmetic is remembered between calls: each input must still count.
    const first = computeVerdict(link('2025-01-31'), nothing, settings, at('2025-06-01'), bogota);
    const later = computeVerdict(link('2025-01-31'), nothing, settings, at('2026-03-15'), bogota);
    const shorter = computeVerdict(
      link('2025-01-31'),
      nothing,
      { ...settings, linkGraceMonths: 1 },
      at('2025-06-01'),
      bogota,
    );
    expect(first.reasons[0]).toEqual({
      code: 'signed_ago',
      params: { date: '2025-01-31', years: 0, months: 4 },
    });
    expect(later.reasons[0]).toEqual({
      code: 'signed_ago',
      params: { date: '2025-01-31', years: 1, months: 1 },
    });
    expect(later.verdict).toBe('protocol_only');
    expect(shorter.graceEndsOn).toBe('2025-02-28');
    // 03:00 UTC is still the day before in Bogotá, already the day in Madrid.
    const instant = new Date('2026-03-01T03:00:00Z');
    expect(localToday(instant, bogota)).toBe('2026-02-28');
    expect(localToday(instant, 'Europe/Madrid')).toBe('2026-03-01');
  });

  it('is in grace period more than 90 days before the grace ends', () => {
    const outcome = computeVerdict(link('2026-01-15'), nothing, settings, at('2026-06-01'), bogota);
    expect(outcome.verdict).toBe('grace_period');
    expect(outcome.graceEndsOn).toBe('2027-01-15');
    expect(outcome.reasons[0]).toEqual({
      code: 'signed_ago',
      params: { date: '2026-01-15', years: 0, months: 4 },
    });
    expect(outcome.reasons[1]).toEqual({ code: 'grace_ends_on', params: { date: '2027-01-15', days: 228 } });
  });

  it('turns at risk exactly 90 days before the grace ends, not 91', () => {
    // Grace ends 2027-01-15; 90 days before is 2026-10-17.
    expect(computeVerdict(link('2026-01-15'), nothing, settings, at('2026-10-16'), bogota).verdict).toBe(
      'grace_period',
    );
    const atRisk = computeVerdict(link('2026-01-15'), nothing, settings, at('2026-10-17'), bogota);
    expect(atRisk.verdict).toBe('at_risk');
    expect(atRisk.reasons[0]).toEqual({ code: 'grace_ends_on', params: { date: '2027-01-15', days: 90 } });
  });

  it('is protocol-only from the first day after the grace period, at risk the day before', () => {
    expect(computeVerdict(link('2026-01-15'), nothing, settings, at('2027-01-14'), bogota).verdict).toBe(
      'at_risk',
    );
    const outcome = computeVerdict(link('2026-01-15'), nothing, settings, at('2027-01-15'), bogota);
    expect(outcome.verdict).toBe('protocol_only');
    expect(outcome.reasons.map((reason) => reason.code)).toEqual([
      'signed_ago',
      'no_initiative_beyond_agenda',
      'no_commitment_fulfilled',
      'no_resources_mobilised',
      'no_beneficiaries',
      'no_investment',
      'grace_ended_on',
    ]);
  });

  it('says how long ago it was signed, and which commitments are overdue since when', () => {
    const summary: ProductionSummary = {
      ...nothing,
      initiatives: {
        beyondAgenda: 0,
        earlier: 1,
        earlierItems: [{ id: 'i1', title: 'Idea', stage: 'agenda' }],
      },
      commitments: {
        made: 3,
        fulfilled: 0,
        overdue: 2,
        overdueSince: '2023-05-01',
        openItems: [
          { id: 'c2', title: 'Later', dueDate: '2023-09-01' },
          { id: 'c1', title: 'Earlier', dueDate: '2023-05-01' },
        ],
      },
    };
    const outcome = computeVerdict(link('2023-03-10'), summary, settings, at('2026-04-20'), bogota);
    expect(outcome.verdict).toBe('protocol_only');
    expect(outcome.reasons[0]).toEqual({
      code: 'signed_ago',
      params: { date: '2023-03-10', years: 3, months: 1 },
    });
    expect(outcome.reasons).toContainEqual({
      code: 'commitments_overdue',
      params: { count: 2, since: '2023-05-01' },
    });
    expect(outcome.reasons).toContainEqual({ code: 'no_initiative_beyond_agenda', params: { count: 1 } });
    expect(outcome.remedies.slice(0, 3)).toEqual([
      {
        code: 'fulfil_commitment',
        params: { title: 'Earlier', dueDate: '2023-05-01' },
        records: [{ kind: 'commitment', id: 'c1' }],
      },
      {
        code: 'fulfil_commitment',
        params: { title: 'Later', dueDate: '2023-09-01' },
        records: [{ kind: 'commitment', id: 'c2' }],
      },
      {
        code: 'advance_initiative',
        params: { title: 'Idea', stage: 'agenda' },
        records: [{ kind: 'initiative', id: 'i1' }],
      },
    ]);
    expect(outcome.remedies.map((remedy) => remedy.code)).toContain('link_initiative');
  });

  it('names at most five records of each kind in the remedies', () => {
    const openItems = Array.from({ length: 8 }, (_, index) => ({
      id: `c${index}`,
      title: `C${index}`,
      dueDate: `2024-0${index + 1}-01`,
    }));
    const summary = { ...nothing, commitments: { ...nothing.commitments, made: 8, openItems } };
    const outcome = computeVerdict(link('2020-01-01'), summary, settings, at('2026-01-01'), bogota);
    expect(outcome.remedies.filter((remedy) => remedy.code === 'fulfil_commitment')).toHaveLength(5);
  });

  it('falls back on the start of validity, then on the day the record was created', () => {
    const byValidity = computeVerdict(
      link(null, { validFrom: '2025-02-01' }),
      nothing,
      settings,
      at('2025-03-01'),
      bogota,
    );
    expect(byValidity.graceEndsOn).toBe('2026-02-01');
    const byRecord = computeVerdict(
      link(null, { recordedOn: '2024-01-01' }),
      nothing,
      settings,
      at('2026-01-01'),
      bogota,
    );
    expect(byRecord.graceEndsOn).toBe('2025-01-01');
    expect(byRecord.reasons[0]).toEqual({ code: 'undated_since_recorded', params: { date: '2024-01-01' } });
  });

  it('clamps month arithmetic to the end of the month', () => {
    const outcome = computeVerdict(link('2024-02-29'), nothing, settings, at('2024-03-01'), bogota);
    expect(outcome.graceEndsOn).toBe('2025-02-28');
  });

  it('follows the government settings', () => {
    const custom = { linkGraceMonths: 24, eventGraceMonths: 3, atRiskWindowDays: 30 };
    expect(computeVerdict(link('2025-01-01'), nothing, custom, at('2026-06-01'), bogota).verdict).toBe(
      'grace_period',
    );
    expect(computeVerdict(link('2025-01-01'), nothing, custom, at('2026-12-02'), bogota).verdict).toBe(
      'at_risk',
    );
    expect(computeVerdict(link('2025-01-01'), nothing, custom, at('2027-01-01'), bogota).verdict).toBe(
      'protocol_only',
    );
  });
});

describe('what counts as produced', () => {
  const cases: [string, ProductionSummary][] = [
    ['an initiative beyond agenda', { ...nothing, initiatives: { beyondAgenda: 1, earlier: 0 } }],
    [
      'a fulfilled commitment',
      { ...nothing, commitments: { ...nothing.commitments, made: 1, fulfilled: 1 } },
    ],
    ['resources mobilised', { ...nothing, resourcesMobilisedMinor: 1 }],
    ['beneficiaries', { ...nothing, beneficiaries: 12 }],
    ['investment', { ...nothing, investment: { realisedLeads: 1, realisedMinor: 0, createdJobs: 5 } }],
  ];
  for (const [label, summary] of cases) {
    it(`is productive with ${label}, even long after the grace period`, () => {
      expect(hasProduced(summary)).toBe(true);
      const outcome = computeVerdict(link('2015-01-01'), summary, settings, at('2026-01-01'), bogota);
      expect(outcome.verdict).toBe('productive');
      expect(outcome.remedies).toEqual([]);
      expect(outcome.reasons.some((reason) => reason.code.startsWith('no_'))).toBe(false);
    });
  }

  it('is productive inside the grace period as soon as something is produced', () => {
    const outcome = computeVerdict(
      link('2026-05-01'),
      { ...nothing, beneficiaries: 3 },
      settings,
      at('2026-06-01'),
      bogota,
    );
    expect(outcome.verdict).toBe('productive');
    expect(outcome.reasons[0]).toEqual({ code: 'beneficiaries_reached', params: { count: 3 } });
  });

  it('does not count initiatives still at problematization or agenda, nor open commitments', () => {
    const summary = {
      ...nothing,
      initiatives: { beyondAgenda: 0, earlier: 2 },
      commitments: { made: 2, fulfilled: 0, overdue: 0, overdueSince: null },
    };
    expect(hasProduced(summary)).toBe(false);
  });

  it('keeps overdue commitments visible on a productive link', () => {
    const summary = {
      ...nothing,
      resourcesMobilisedMinor: 500,
      commitments: { made: 1, fulfilled: 0, overdue: 1, overdueSince: '2025-01-01' },
    };
    const outcome = computeVerdict(link('2024-01-01'), summary, settings, at('2026-01-01'), bogota);
    expect(outcome.reasons).toContainEqual({
      code: 'commitments_overdue',
      params: { count: 1, since: '2025-01-01' },
    });
    expect(outcome.reasons).toContainEqual({
      code: 'resources_mobilised',
      params: { amountMinor: 500, currency: 'COP' },
    });
  });
});

describe('events and the government time zone', () => {
  it('counts six months from the last day of the event in the government time zone', () => {
    // 03:00 UTC on 1 March is still 28 February in Mexico City (UTC−6).
    const event = { kind: 'event' as const, endsAt: '2026-03-01T03:00:00Z' };
    const outcome = computeVerdict(event, nothing, settings, at('2026-04-01'), 'America/Mexico_City');
    expect(outcome.graceEndsOn).toBe('2026-08-28');
    expect(outcome.reasons[0]).toEqual({
      code: 'event_ended_ago',
      params: { date: '2026-02-28', months: 1 },
    });
    const inMadrid = computeVerdict(event, nothing, settings, at('2026-04-01'), 'Europe/Madrid');
    expect(inMadrid.graceEndsOn).toBe('2026-09-01');
  });

  it('judges on the local day: late evening in Bogotá is still the day before in UTC terms', () => {
    // 2027-01-15T03:00Z is 22:00 on 14 January in Bogotá: still at risk there, protocol-only in UTC.
    const now = new Date('2027-01-15T03:00:00Z');
    expect(localToday(now, bogota)).toBe('2027-01-14');
    expect(computeVerdict(link('2026-01-15'), nothing, settings, now, bogota).verdict).toBe('at_risk');
    expect(computeVerdict(link('2026-01-15'), nothing, settings, now, 'UTC').verdict).toBe('protocol_only');
  });

  it('is at risk for an event whose six months end within 90 days', () => {
    const event = { kind: 'event' as const, endsAt: new Date('2026-01-10T23:00:00Z') };
    expect(computeVerdict(event, nothing, settings, at('2026-04-11'), bogota).verdict).toBe('at_risk');
    expect(computeVerdict(event, nothing, settings, at('2026-04-10'), bogota).verdict).toBe('grace_period');
    expect(computeVerdict(event, nothing, settings, at('2026-07-10'), bogota).verdict).toBe('protocol_only');
  });
});

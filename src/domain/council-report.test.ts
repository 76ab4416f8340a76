import { describe, expect, it } from 'vitest';
import {
  averageProgress,
  bound,
  groupLinksByVerdict,
  type ReportCommitment,
  reportAsOf,
  summariseAgenda,
  summariseCommitments,
  totalMoney,
} from './council-report';

const period = { from: '2026-01-01', to: '2026-06-30' };

describe('the day cumulative figures are computed for', () => {
  it('is the end of a past period, and today for a period that has not ended', () => {
    expect(reportAsOf(period, '2026-11-30')).toBe('2026-06-30');
    expect(reportAsOf({ from: '2026-01-01', to: '2026-12-31' }, '2026-11-30')).toBe('2026-11-30');
  });
});

describe('money', () => {
  it('adds converted amounts and keeps the unconverted apart per currency, largest first', () => {
    const total = totalMoney([
      { amountMinor: 1000, currency: 'COP', convertedMinor: 1000 },
      { amountMinor: 500, currency: 'EUR', convertedMinor: 2_000_000 },
      { amountMinor: 300, currency: 'JPY', convertedMinor: null },
      { amountMinor: 700, currency: 'BRL', convertedMinor: null },
      { amountMinor: 100, currency: 'JPY', convertedMinor: null },
    ]);
    expect(total.convertedMinor).toBe(2_001_000);
    expect(total.unconverted).toEqual([
      { currency: 'BRL', amountMinor: 700, count: 1 },
      { currency: 'JPY', amountMinor: 400, count: 2 },
    ]);
  });
});

describe('commitments', () => {
  const commitment = (overrides: Partial<ReportCommitment>): ReportCommitment => ({
    id: overrides.title ?? 'x',
    title: 'x',
    dueDate: '2026-03-01',
    status: 'pending',
    fulfilledOn: null,
    ownerDepartment: null,
    ...overrides,
  });

  it('counts fulfilled in the period and overdue on the report day', () => {
    const summary = summariseCommitments(
      [
        commitment({ title: 'a', status: 'fulfilled', fulfilledOn: '2026-02-15', dueDate: '2026-03-01' }),
        commitment({ title: 'b', status: 'fulfilled', fulfilledOn: '2025-12-31', dueDate: '2026-03-01' }),
        commitment({ title: 'c', status: 'pending', dueDate: '2026-05-01' }),
        commitment({ title: 'd', status: 'in_progress', dueDate: '2026-07-01' }),
        commitment({ title: 'e', status: 'cancelled', dueDate: '2026-02-01' }),
        commitment({ title: 'f', status: 'fulfilled', fulfilledOn: '2026-04-10', dueDate: '2026-04-01' }),
      ],
      period,
      '2026-06-30',
    );
    expect(summary.fulfilled.map((c) => c.title)).toEqual(['a', 'f']);
    expect(summary.overdue.map((c) => c.title)).toEqual(['c']);
    // a, b, c and f fall due in the period (e was cancelled); a and b were fulfilled in time.
    expect(summary.dueInPeriod).toBe(4);
    expect(summary.dueInPeriodFulfilledOnTime).toBe(2);
  });
});

describe('agenda', () => {
  it('keeps the events of the period in date order with their cost and the cost of all', () => {
    const agenda = summariseAgenda(
      [
        {
          id: '1',
          title: 'Misión a Lyon',
          kind: 'mission_abroad',
          startsOn: '2026-05-02',
          city: 'Lyon',
          countryCode: 'FR',
          strategyLine: null,
          costs: [
            { amountMinor: 100_00, currency: 'EUR', convertedMinor: 450_000_00 },
            { amountMinor: 50_00, currency: 'CHF', convertedMinor: null },
          ],
        },
        {
          id: '2',
          title: 'Delegación de Busan',
          kind: 'incoming_delegation',
          startsOn: '2026-02-10',
          city: null,
          countryCode: null,
          strategyLine: null,
          costs: [{ amountMinor: 1_000_00, currency: 'COP', convertedMinor: 1_000_00 }],
        },
        {
          id: '3',
          title: 'Fuera del periodo',
          kind: 'forum',
          startsOn: '2026-07-01',
          city: null,
          countryCode: null,
          strategyLine: null,
          costs: [{ amountMinor: 9, currency: 'COP', convertedMinor: 9 }],
        },
      ],
      period,
    );
    expect(agenda.events.map((event) => event.id)).toEqual(['2', '1']);
    expect(agenda.events[1]?.cost).toEqual({
      convertedMinor: 450_000_00,
      unconverted: [{ currency: 'CHF', amountMinor: 50_00, count: 1 }],
    });
    expect(agenda.total.convertedMinor).toBe(451_000_00);
    expect(agenda.byKind).toEqual([
      { kind: 'incoming_delegation', count: 1 },
      { kind: 'mission_abroad', count: 1 },
    ]);
  });
});

describe('links by verdict', () => {
  it('groups worst first and counts every verdict, zeros included', () => {
    const link = (id: string, verdict: 'productive' | 'protocol_only') => ({
      id,
      title: id,
      partner: null,
      status: 'active',
      verdict,
      reasons: [] as string[],
    });
    const grouped = groupLinksByVerdict([link('a', 'productive'), link('b', 'protocol_only')]);
    expect([...grouped.groups.keys()]).toEqual(['protocol_only', 'at_risk', 'grace_period', 'productive']);
    expect(grouped.counts).toEqual({ protocol_only: 1, at_risk: 0, grace_period: 0, productive: 1 });
    expect(grouped.total).toBe(2);
  });
});

describe('bounds and averages', () => {
  it('bounds a list and says how many there were', () => {
    expect(bound([1, 2, 3], 2)).toEqual({ items: [1, 2], total: 3 });
  });
  it('averages only the indicators that can be measured', () => {
    const indicator = (progress: number | null) => ({
      name: 'i',
      unit: 'u',
      baseline: 0,
      target: 1,
      latest: null,
      latestOn: null,
      progress,
    });
    expect(averageProgress([indicator(0.5), indicator(null), indicator(1)])).toBe(0.75);
    expect(averageProgress([indicator(null)])).toBeNull();
  });
});

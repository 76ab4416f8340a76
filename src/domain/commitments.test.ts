import { describe, expect, it } from 'vitest';
import {
  daysUntilDue,
  effectiveStatus,
  isEventSpanValid,
  isoWeekOf,
  mayReportOnCommitment,
  nextWeeklyDigest,
  planCommitmentReminders,
} from './commitments';

describe('overdue is derived', () => {
  it('marks open commitments past their due date as overdue', () => {
    expect(effectiveStatus({ status: 'pending', dueDate: '2026-11-23' }, '2026-11-24')).toBe('overdue');
    expect(effectiveStatus({ status: 'in_progress', dueDate: '2026-11-23' }, '2026-11-24')).toBe('overdue');
  });

  it('never marks a commitment due today, fulfilled or cancelled as overdue', () => {
    expect(effectiveStatus({ status: 'pending', dueDate: '2026-11-24' }, '2026-11-24')).toBe('pending');
    expect(effectiveStatus({ status: 'fulfilled', dueDate: '2020-01-01' }, '2026-11-24')).toBe('fulfilled');
    expect(effectiveStatus({ status: 'cancelled', dueDate: '2020-01-01' }, '2026-11-24')).toBe('cancelled');
  });

  it('counts days to the due date', () => {
    expect(daysUntilDue('2026-12-01', '2026-11-24')).toBe(7);
    expect(daysUntilDue('2026-11-20', '2026-11-24')).toBe(-4);
  });
});

describe('reminder scheduling', () => {
  const now = new Date('2026-01-01T00:00:00Z');

  it('reminds at 09:00 Bogotá time (UTC−5, no daylight saving)', () => {
    const reminders = planCommitmentReminders(
      { id: 'c1', dueDate: '2026-03-10' },
      'America/Bogota',
      [7, 1],
      now,
    );
    expect(
      reminders.map((reminder) => [reminder.kind, reminder.daysBefore, reminder.sendAt.toISOString()]),
    ).toEqual([
      ['due_soon', 7, '2026-03-03T14:00:00.000Z'],
      ['due_soon', 1, '2026-03-09T14:00:00.000Z'],
      ['overdue', null, '2026-03-11T14:00:00.000Z'],
    ]);
  });

  it('keeps 09:00 local across a daylight-saving change (Madrid, last Sunday of March)', () => {
    const [weekBefore, dayBefore] = planCommitmentReminders(
      { id: 'c2', dueDate: '2026-03-31' },
      'Europe/Madrid',
      [7, 1],
      now,
    );
    // 24 March is still winter time (UTC+1); 30 March is summer time (UTC+2).
    expect(weekBefore?.sendAt.toISOString()).toBe('2026-03-24T08:00:00.000Z');
    expect(dayBefore?.sendAt.toISOString()).toBe('2026-03-30T07:00:00.000Z');
  });

  it('handles Mexico City, which no longer observes daylight saving', () => {
    const [reminder] = planCommitmentReminders(
      { id: 'c3', dueDate: '2026-07-15' },
      'America/Mexico_City',
      [1],
      now,
    );
    expect(reminder?.sendAt.toISOString()).toBe('2026-07-14T15:00:00.000Z');
  });

  it('skips reminders already past and gives each a stable unique key', () => {
    const late = planCommitmentReminders({ id: 'c4', dueDate: '2026-01-03' }, 'America/Bogota', [7, 1], now);
    expect(late.map((reminder) => reminder.kind)).toEqual(['due_soon', 'overdue']);
    expect(late[0]?.dedupeKey).toBe('commitment:c4:2026-01-03:due_soon:1');
    const again = planCommitmentReminders(
      { id: 'c4', dueDate: '2026-01-03' },
      'America/Bogota',
      [7, 1, 1],
      now,
    );
    expect(again.map((reminder) => reminder.dedupeKey)).toEqual(late.map((reminder) => reminder.dedupeKey));
  });

  it('plans the weekly digest for the next Monday 08:00 local', () => {
    expect(nextWeeklyDigest(new Date('2026-11-24T12:00:00Z'), 'America/Bogota').toISOString()).toBe(
      '2026-11-30T13:00:00.000Z',
    );
    // Monday 07:00 in Bogotá: this Monday's digest is still ahead.
    expect(nextWeeklyDigest(new Date('2026-11-30T12:00:00Z'), 'America/Bogota').toISOString()).toBe(
      '2026-11-30T13:00:00.000Z',
    );
    expect(isoWeekOf(new Date('2026-11-30T13:00:00Z'), 'America/Bogota')).toBe('2026-W49');
  });
});

describe('events', () => {
  it('compares start and end as instants across zones', () => {
    expect(isEventSpanValid('2026-05-10T09:00:00-05:00', '2026-05-10T17:00:00+02:00')).toBe(true);
    expect(isEventSpanValid('2026-05-10T09:00:00-05:00', '2026-05-10T16:00:00+02:00')).toBe(false);
    expect(isEventSpanValid('2026-05-10T09:00:00-05:00', '2026-05-10T15:00:00+02:00')).toBe(false);
  });
});

describe('who may report on a commitment', () => {
  const commitment = { ownerUserId: 'user-b', ownerDepartmentId: 'dept-planning' };

  it('the office always, a liaison for their department or as owner, a viewer never', () => {
    expect(mayReportOnCommitment({ userId: 'x', role: 'admin' }, commitment)).toBe(true);
    expect(mayReportOnCommitment({ userId: 'x', role: 'coordinator' }, commitment)).toBe(true);
    expect(
      mayReportOnCommitment({ userId: 'x', role: 'liaison', departmentId: 'dept-planning' }, commitment),
    ).toBe(true);
    expect(mayReportOnCommitment({ userId: 'user-b', role: 'liaison', departmentId: null }, commitment)).toBe(
      true,
    );
    expect(
      mayReportOnCommitment({ userId: 'x', role: 'liaison', departmentId: 'dept-environment' }, commitment),
    ).toBe(false);
    expect(mayReportOnCommitment({ userId: 'x', role: 'liaison', departmentId: null }, commitment)).toBe(
      false,
    );
    expect(
      mayReportOnCommitment({ userId: 'user-b', role: 'viewer', departmentId: 'dept-planning' }, commitment),
    ).toBe(false);
  });
});

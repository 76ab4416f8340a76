import { describe, expect, it } from 'vitest';
import {
  daysUntilDue,
  effectiveStatus,
  isEventSpanValid,
  isoWeekOf,
  mayReportOnCommitment,
  nextWeeklyDigest,
  planCommitmentReminders,
  planRenewalAlerts,
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

  it('sends the overdue reminder at once when the due date has already passed', () => {
    const recordedLate = planCommitmentReminders(
      { id: 'c5', dueDate: '2025-12-01' },
      'America/Bogota',
      [7, 1],
      now,
    );
    expect(recordedLate).toEqual([
      {
        kind: 'overdue',
        daysBefore: null,
        sendAt: now,
        dedupeKey: 'commitment:c5:2025-12-01:overdue',
      },
    ]);
  });

  it('plans the overdue reminder for the next morning when the due date is today, at the edge of the day', () => {
    // 23:30 in Bogotá on the due date (04:30 UTC the next day): overdue from 09:00 local tomorrow.
    const lateEvening = new Date('2026-03-11T04:30:00Z');
    const [overdue] = planCommitmentReminders(
      { id: 'c6', dueDate: '2026-03-10' },
      'America/Bogota',
      [7, 1],
      lateEvening,
    );
    expect(overdue?.kind).toBe('overdue');
    expect(overdue?.sendAt.toISOString()).toBe('2026-03-11T14:00:00.000Z');
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

describe('renewal alerts of a link', () => {
  it('plans 90, 30 and 7 days before the end of validity, at 09:00 local', () => {
    const alerts = planRenewalAlerts(
      { id: 'l1', validTo: '2026-12-31' },
      'America/Bogota',
      [7, 90, 30],
      new Date('2026-06-01T12:00:00Z'),
    );
    expect(alerts.map((alert) => [alert.daysBefore, alert.sendAt.toISOString(), alert.dedupeKey])).toEqual([
      [7, '2026-12-24T14:00:00.000Z', 'link:l1:2026-12-31:renewal:7'],
      [30, '2026-12-01T14:00:00.000Z', 'link:l1:2026-12-31:renewal:30'],
      [90, '2026-10-02T14:00:00.000Z', 'link:l1:2026-12-31:renewal:90'],
    ]);
  });

  it('sends only the most recent passed threshold at once, never the older ones late', () => {
    const now = new Date('2026-12-11T12:00:00Z'); // 20 days before the end
    const alerts = planRenewalAlerts({ id: 'l2', validTo: '2026-12-31' }, 'America/Bogota', [90, 30, 7], now);
    expect(alerts.map((alert) => [alert.daysBefore, alert.sendAt.toISOString()])).toEqual([
      [30, now.toISOString()],
      [7, '2026-12-24T14:00:00.000Z'],
    ]);
  });

  it('still warns on the last day of validity, in the government calendar, and never after it', () => {
    // 23:00 on 31 Dec in Mexico City is already 1 Jan in UTC: the link is still valid locally.
    const lastEvening = new Date('2027-01-01T05:00:00Z');
    const alerts = planRenewalAlerts(
      { id: 'l3', validTo: '2026-12-31' },
      'America/Mexico_City',
      [7],
      lastEvening,
    );
    expect(alerts.map((alert) => alert.daysBefore)).toEqual([7]);
    const nextDay = new Date('2027-01-01T07:00:00Z');
    expect(
      planRenewalAlerts({ id: 'l3', validTo: '2026-12-31' }, 'America/Mexico_City', [7], nextDay),
    ).toEqual([]);
  });

  it('starts a new series when the link is renewed', () => {
    const now = new Date('2026-06-01T12:00:00Z');
    const [first] = planRenewalAlerts({ id: 'l4', validTo: '2026-12-31' }, 'America/Bogota', [7], now);
    const [renewed] = planRenewalAlerts({ id: 'l4', validTo: '2030-12-31' }, 'America/Bogota', [7], now);
    expect(first?.dedupeKey).not.toBe(renewed?.dedupeKey);
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

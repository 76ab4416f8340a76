import { DateTime } from 'luxon';

/**
 * Commitments (compromisos) born from events and agreements. Overdue is derived, never typed: a
 * commitment still open after its due date, counted in the government's calendar day.
 */
export type StoredCommitmentStatus = 'pending' | 'in_progress' | 'fulfilled' | 'cancelled';
export type CommitmentStatus = StoredCommitmentStatus | 'overdue';

export function effectiveStatus(
  commitment: { status: StoredCommitmentStatus; dueDate: string },
  today: string,
): CommitmentStatus {
  const isOpen = commitment.status === 'pending' || commitment.status === 'in_progress';
  return isOpen && commitment.dueDate < today ? 'overdue' : commitment.status;
}

/** Days until due (negative when late), between calendar dates. */
export function daysUntilDue(dueDate: string, today: string): number {
  return Math.round((Date.parse(`${dueDate}T00:00:00Z`) - Date.parse(`${today}T00:00:00Z`)) / 86_400_000);
}

export type ReminderKind = 'due_soon' | 'overdue';
export type PlannedReminder = {
  kind: ReminderKind;
  daysBefore: number | null;
  sendAt: Date;
  dedupeKey: string;
};

/** Reminders go out at this local hour: the start of an office day. */
export const reminderHour = 9;

/**
 * When to remind the owner of a commitment: `daysBefore` days before the due date and on the day
 * after it (overdue), at 09:00 in the government's time zone, whatever the daylight-saving offset
 * of each of those days. Reminders already in the past are not planned. The dedupe key makes each
 * reminder unique, so that several app processes never send one twice.
 */
export function planCommitmentReminders(
  commitment: { id: string; dueDate: string },
  timeZone: string,
  daysBefore: number[],
  now: Date,
): PlannedReminder[] {
  const due = DateTime.fromISO(commitment.dueDate, { zone: timeZone }).set({
    hour: reminderHour,
    minute: 0,
    second: 0,
    millisecond: 0,
  });
  const planned: PlannedReminder[] = [...new Set(daysBefore)]
    .filter((days) => days > 0)
    .sort((a, b) => b - a)
    .map((days) => ({
      kind: 'due_soon' as const,
      daysBefore: days,
      sendAt: due.minus({ days }).toJSDate(),
      dedupeKey: `commitment:${commitment.id}:${commitment.dueDate}:due_soon:${days}`,
    }));
  const upcoming = planned.filter((reminder) => reminder.sendAt.getTime() > now.getTime());
  // Overdue work must reach its owner even when the commitment is recorded (or re-planned) after its
  // due date has passed: the overdue reminder then goes out at once. Its dedupe key keeps it to one.
  const overdueAt = due.plus({ days: 1 }).toJSDate();
  upcoming.push({
    kind: 'overdue',
    daysBefore: null,
    sendAt: overdueAt.getTime() > now.getTime() ? overdueAt : now,
    dedupeKey: `commitment:${commitment.id}:${commitment.dueDate}:overdue`,
  });
  return upcoming;
}

/** Renewal alerts of a link go out this many days before its validity ends, unless set otherwise. */
export const defaultRenewalAlertDays = [90, 30, 7] as const;

export type PlannedRenewalAlert = { daysBefore: number; sendAt: Date; dedupeKey: string };

/**
 * When to warn that a link's validity ends: `daysBefore` days before `validTo`, at 09:00 in the
 * government's time zone. Thresholds already passed are not all sent late: only the most recent one
 * goes out at once (a link recorded 20 days before it ends gets its "30 days" alert now, not also its
 * "90 days" one). A link whose validity already ended gets none. Dedupe keys carry the end date, so
 * renewing the link (a new `validTo`) plans a fresh series.
 */
export function planRenewalAlerts(
  link: { id: string; validTo: string },
  timeZone: string,
  daysBefore: readonly number[],
  now: Date,
): PlannedRenewalAlert[] {
  const today = DateTime.fromJSDate(now, { zone: timeZone }).toISODate() ?? '';
  if (link.validTo < today) return [];
  const end = DateTime.fromISO(link.validTo, { zone: timeZone }).set({
    hour: reminderHour,
    minute: 0,
    second: 0,
    millisecond: 0,
  });
  const thresholds = [...new Set(daysBefore)].filter((days) => days > 0).sort((a, b) => a - b);
  const alerts = thresholds.map((days) => ({
    daysBefore: days,
    sendAt: end.minus({ days }).toJSDate(),
    dedupeKey: `link:${link.id}:${link.validTo}:renewal:${days}`,
  }));
  const upcoming = alerts.filter((alert) => alert.sendAt.getTime() > now.getTime());
  const mostRecentPassed = alerts.find((alert) => alert.sendAt.getTime() <= now.getTime());
  return mostRecentPassed ? [{ ...mostRecentPassed, sendAt: now }, ...upcoming] : upcoming;
}

/** The next weekly digest for coordinators: Monday 08:00 local time, strictly after `now`. */
export function nextWeeklyDigest(now: Date, timeZone: string): Date {
  const local = DateTime.fromJSDate(now, { zone: timeZone });
  let candidate = local.set({ weekday: 1, hour: 8, minute: 0, second: 0, millisecond: 0 });
  if (candidate <= local) candidate = candidate.plus({ weeks: 1 });
  return candidate.toJSDate();
}

/** The ISO week a digest covers, for its dedupe key: 2026-W48. */
export function isoWeekOf(date: Date, timeZone: string): string {
  const local = DateTime.fromJSDate(date, { zone: timeZone });
  return `${local.weekYear}-W${String(local.weekNumber).padStart(2, '0')}`;
}

/** An event must end after it starts; both are instants, compared across time zones. */
export function isEventSpanValid(startsAt: string, endsAt: string): boolean {
  return Date.parse(endsAt) > Date.parse(startsAt);
}

/** Who acts: a member of the government with a role, and for a liaison the department they report for. */
export type CommitmentActor = {
  userId: string;
  role: 'admin' | 'coordinator' | 'liaison' | 'viewer';
  departmentId?: string | null;
};

/**
 * Whether someone may report on (move the status of) a commitment: the office (admin, coordinator)
 * on every one; a liaison on those their department owns or that name them as owner; a viewer never.
 * The server enforces it and the web offers the actions only where it holds.
 */
export function mayReportOnCommitment(
  actor: CommitmentActor,
  commitment: { ownerUserId: string | null; ownerDepartmentId: string },
): boolean {
  if (actor.role === 'admin' || actor.role === 'coordinator') return true;
  if (actor.role !== 'liaison') return false;
  return (
    commitment.ownerUserId === actor.userId ||
    Boolean(actor.departmentId && commitment.ownerDepartmentId === actor.departmentId)
  );
}

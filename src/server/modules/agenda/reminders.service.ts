import { randomUUID } from 'node:crypto';
import type { Language } from '../../../contracts/common';
import {
  effectiveStatus,
  isoWeekOf,
  nextWeeklyDigest,
  planCommitmentReminders,
} from '../../../domain/commitments';
import { todayIn } from '../../../domain/link-lifecycle';
import type { Database } from '../../platform/db';
import { translate } from '../../platform/i18n';
import type { Mailer } from '../../platform/mailer';
import { scheduleRenewalAlerts, sendRenewalAlert } from '../links/renewals.service';
import { sendVerdictAlert } from '../utility/alerts.service';
import type { CommitmentRow } from './agenda.queries';
import * as queries from './reminders.queries';

/**
 * Plans (or re-plans) the reminders of a commitment after any change: pending ones are cancelled and
 * the current plan inserted; a commitment that is fulfilled or cancelled gets none.
 */
export async function scheduleCommitmentReminders(
  db: Database,
  commitment: CommitmentRow,
  settings: { timezone: string; reminderDaysBefore: number[] },
  recipientEmail: string | null,
  now: Date = new Date(),
) {
  await queries.cancelPendingForCommitment(db, commitment.id);
  const isOpen = commitment.status === 'pending' || commitment.status === 'in_progress';
  if (!isOpen || (!commitment.ownerUserId && !recipientEmail)) return;
  const plan = planCommitmentReminders(commitment, settings.timezone, settings.reminderDaysBefore, now);
  for (const reminder of plan) {
    await queries.upsertScheduled(db, {
      governmentId: commitment.governmentId,
      kind: reminder.kind === 'overdue' ? 'commitment_overdue' : 'commitment_due_soon',
      dedupeKey: reminder.dedupeKey,
      commitmentId: commitment.id,
      recipientUserId: commitment.ownerUserId,
      recipientEmail,
      sendAt: reminder.sendAt,
    });
  }
}

/** Makes sure each government has its next weekly digest planned (once per government and week). */
export async function scheduleWeeklyDigests(db: Database, now: Date) {
  for (const government of await queries.findGovernments(db)) {
    const sendAt = nextWeeklyDigest(now, government.timezone);
    await queries.upsertScheduled(db, {
      governmentId: government.id,
      kind: 'weekly_digest',
      dedupeKey: `digest:${government.id}:${isoWeekOf(sendAt, government.timezone)}`,
      sendAt,
    });
  }
}

type WorkerOptions = {
  db: Database;
  mailer: Mailer;
  publicUrl: string;
  workerId?: string;
  now?: Date;
  batchSize?: number;
  /**
   * Only this government's reminders. Tests that share one database scope their workers so that one
   * test never sends another's reminders; the app's worker is never scoped.
   */
  governmentId?: string;
};

/**
 * One pass of the reminder worker: claims what is due and sends each reminder once (e-mail when
 * SMTP is configured, and always an in-app notification). Bounded by `batchSize`; safe to run in
 * several processes at once. Returns what it did, for logs and tests.
 */
export async function runReminderWorker(options: WorkerOptions) {
  const { db, mailer } = options;
  const workerId = options.workerId ?? `worker-${randomUUID()}`;
  const now = options.now ?? new Date();
  await scheduleWeeklyDigests(db, now);
  await scheduleRenewalAlerts(db, now);
  const claimed = await queries.claimDue(db, workerId, now, options.batchSize ?? 50, options.governmentId);
  const outcome = { claimed: claimed.length, sent: 0, cancelled: 0, failed: 0 };
  for (const item of claimed) {
    try {
      const result =
        item.kind === 'weekly_digest'
          ? await sendDigest(db, mailer, options.publicUrl, item, now)
          : item.kind === 'link_renewal'
            ? await sendRenewalAlert(db, mailer, options.publicUrl, item, now)
            : item.kind === 'verdict_change'
              ? await sendVerdictAlert(db, mailer, options.publicUrl, item)
              : await sendCommitmentReminder(db, mailer, options.publicUrl, item, now);
      await queries.finishScheduled(db, item.id, workerId, { status: result });
      outcome[result] += 1;
    } catch (error) {
      // Retried by a later pass, up to five attempts in all.
      const status = item.attempts >= 5 ? 'failed' : 'pending';
      await queries.finishScheduled(db, item.id, workerId, { status, lastError: (error as Error).message });
      if (status === 'failed') outcome.failed += 1;
    }
  }
  return outcome;
}

async function sendCommitmentReminder(
  db: Database,
  mailer: Mailer,
  publicUrl: string,
  item: queries.ScheduledRow,
  now: Date,
): Promise<'sent' | 'cancelled'> {
  const found = item.commitmentId ? await queries.findCommitmentForReminder(db, item.commitmentId) : null;
  if (!found) return 'cancelled';
  const { commitment } = found;
  const today = todayIn(found.timezone, now);
  const status = effectiveStatus(commitment, today);
  // Fulfilled or cancelled since it was planned: nothing to remind.
  if (status === 'fulfilled' || status === 'cancelled') return 'cancelled';
  const user = commitment.ownerUserId ? await queries.findUser(db, commitment.ownerUserId) : null;
  const language = ((user?.language as Language | undefined) ?? 'es') as Language;
  const isOverdue = item.kind === 'commitment_overdue';
  const days = Math.round(
    (Date.parse(`${commitment.dueDate}T00:00:00Z`) - Date.parse(`${today}T00:00:00Z`)) / 86_400_000,
  );
  const params = {
    title: commitment.title,
    name: user?.name ?? commitment.ownerName,
    department: found.departmentName,
    dueDate: formatDate(commitment.dueDate, language),
    days,
    origin: '',
    url: `${publicUrl}/commitments/${commitment.id}`,
  };
  const subject = isOverdue
    ? translate(language, 'emails.overdueSubject', params)
    : translate(language, days <= 1 ? 'emails.dueTomorrowSubject' : 'emails.dueSoonSubject', params);
  const text = translate(language, isOverdue ? 'emails.overdueBody' : 'emails.commitmentBody', params);
  const email = user?.email ?? item.recipientEmail;
  if (mailer.isEnabled && email) await mailer.send({ to: email, subject, text });
  if (user) {
    await queries.insertNotification(db, {
      governmentId: item.governmentId,
      userId: user.id,
      kind: item.kind,
      title: translate(
        language,
        isOverdue ? 'emails.notificationOverdue' : 'emails.notificationDueSoon',
        params,
      ),
      body: subject,
      path: `/commitments/${commitment.id}`,
    });
  }
  return 'sent';
}

async function sendDigest(
  db: Database,
  mailer: Mailer,
  publicUrl: string,
  item: queries.ScheduledRow,
  now: Date,
): Promise<'sent'> {
  const governments = await queries.findGovernments(db);
  const government = governments.find((each) => each.id === item.governmentId);
  if (!government) return 'sent';
  const today = todayIn(government.timezone, now);
  const horizon = new Date(`${today}T00:00:00Z`);
  horizon.setUTCDate(horizon.getUTCDate() + 7);
  const rows = await queries.findDigestCommitments(
    db,
    government.id,
    today,
    horizon.toISOString().slice(0, 10),
  );
  const overdue = rows.filter((row) => row.isOverdue).length;
  for (const recipient of await queries.findDigestRecipients(db, government.id)) {
    const language = (recipient.language as Language) ?? 'es';
    const lines = rows
      .map((row) =>
        translate(language, 'emails.digestLine', {
          title: row.title,
          department: row.departmentName,
          dueDate: formatDate(row.dueDate, language),
          late: row.isOverdue ? translate(language, 'emails.digestLate') : '',
        }),
      )
      .join('\n');
    const params = {
      name: recipient.name,
      government: government.name,
      overdue,
      dueSoon: rows.length - overdue,
      lines,
      url: `${publicUrl}/commitments`,
    };
    if (mailer.isEnabled) {
      await mailer.send({
        to: recipient.email,
        subject: translate(language, 'emails.digestSubject', params),
        text: translate(language, 'emails.digestBody', params),
      });
    }
    await queries.insertNotification(db, {
      governmentId: government.id,
      userId: recipient.id,
      kind: 'weekly_digest',
      title: translate(language, 'emails.notificationDigest', params),
      path: '/commitments',
    });
  }
  return 'sent';
}

function formatDate(date: string, language: Language): string {
  const locale = { es: 'es-CO', en: 'en-GB', pt: 'pt-BR' }[language];
  return new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' }).format(
    new Date(`${date}T00:00:00Z`),
  );
}

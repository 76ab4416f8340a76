import type { Language } from '../../../contracts/common';
import { daysUntilDue, planRenewalAlerts } from '../../../domain/commitments';
import { todayIn } from '../../../domain/link-lifecycle';
import type { Database } from '../../platform/db';
import { translate } from '../../platform/i18n';
import type { Mailer } from '../../platform/mailer';
import { insertNotification, type ScheduledRow } from '../agenda/reminders.queries';
import * as queries from './renewals.queries';

type LinkValidity = { id: string; governmentId: string; status: string; validTo: string | null };

/**
 * Re-plans a link's renewal alerts after it is saved: pending ones are cancelled and the current plan
 * inserted, so a link recorded 20 days before it ends gets its alert now, and a renewed one a new series.
 */
export async function planLinkRenewalAlerts(db: Database, link: LinkValidity, now: Date = new Date()) {
  await queries.cancelPendingRenewals(db, link.id);
  const isRenewable = (queries.renewableStatuses as readonly string[]).includes(link.status);
  if (!isRenewable || !link.validTo) return;
  const settings = await queries.findRenewalSettings(db, link.governmentId);
  if (!settings) return;
  const validTo = link.validTo;
  const plan = planRenewalAlerts({ id: link.id, validTo }, settings.timezone, settings.renewalAlertDays, now);
  await queries.insertRenewalAlerts(
    db,
    plan.map((alert) => ({
      governmentId: link.governmentId,
      linkId: link.id,
      dedupeKey: alert.dedupeKey,
      sendAt: alert.sendAt,
    })),
  );
}

/**
 * The worker's share: plans the alerts of links that reach a threshold around today. Idempotent
 * (dedupe keys), so several processes may run it at once.
 */
export async function scheduleRenewalAlerts(db: Database, now: Date) {
  const candidates = await queries.findLinksAtRenewalThreshold(db, now);
  const rows = candidates.flatMap((link) =>
    planRenewalAlerts(link, link.timezone, link.renewalAlertDays, now).map((alert) => ({
      governmentId: link.governmentId,
      linkId: link.id,
      dedupeKey: alert.dedupeKey,
      sendAt: alert.sendAt,
    })),
  );
  await queries.insertRenewalAlerts(db, rows);
  return rows.length;
}

/**
 * Sends one renewal alert: an in-app notification to each recipient and an e-mail when SMTP is
 * configured. An alert for a link that left force, was archived or changed its end date is cancelled.
 */
export async function sendRenewalAlert(
  db: Database,
  mailer: Mailer,
  publicUrl: string,
  item: ScheduledRow,
  now: Date,
): Promise<'sent' | 'cancelled'> {
  const link = item.linkId ? await queries.findLinkForRenewal(db, item.linkId) : null;
  if (!link || link.archivedAt || !link.validTo) return 'cancelled';
  if (!(queries.renewableStatuses as readonly string[]).includes(link.status)) return 'cancelled';
  if (!item.dedupeKey.startsWith(`link:${link.id}:${link.validTo}:`)) return 'cancelled';
  const today = todayIn(link.timezone, now);
  if (link.validTo < today) return 'cancelled';
  const days = daysUntilDue(link.validTo, today);
  for (const recipient of await queries.findRenewalRecipients(db, link.governmentId, link.departmentId)) {
    const language = (recipient.language ?? 'es') as Language;
    const params = {
      title: link.title,
      name: recipient.name,
      days,
      validTo: formatDate(link.validTo, language),
      url: `${publicUrl}/links/${link.id}`,
    };
    const subjectKey =
      days === 0
        ? 'emails.renewalSubjectToday'
        : days === 1
          ? 'emails.renewalSubjectTomorrow'
          : 'emails.renewalSubject';
    const subject = translate(language, subjectKey, params);
    if (mailer.isEnabled) {
      await mailer.send({
        to: recipient.email,
        subject,
        text: translate(language, 'emails.renewalBody', params),
      });
    }
    await insertNotification(db, {
      governmentId: link.governmentId,
      userId: recipient.id,
      kind: 'link_renewal',
      title: translate(language, 'emails.notificationRenewal', params),
      body: subject,
      path: `/links/${link.id}`,
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

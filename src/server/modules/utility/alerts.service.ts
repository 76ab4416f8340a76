import { eq } from 'drizzle-orm';
import type { Language } from '../../../contracts/common';
import { events, links, scheduledNotifications, verdictStates } from '../../db/schema';
import type { Database } from '../../platform/db';
import { translate } from '../../platform/i18n';
import type { Mailer } from '../../platform/mailer';
import { insertNotification, type ScheduledRow } from '../agenda/reminders.queries';
import { findRenewalRecipients } from '../links/renewals.queries';

type VerdictChange = { subjectKind: 'link' | 'event'; subjectId: string; verdict: string; changedAt: string };

/** The verdicts someone must hear about: the link or event has produced nothing, or soon will be judged so. */
const alarming = new Set(['at_risk', 'protocol_only']);

/**
 * Plans one alert per change of verdict towards at risk or protocol-only. The change itself is found
 * once across processes (verdict states move only when the verdict differs), and the dedupe key,
 * made of the subject, the verdict and the moment it changed, keeps the alert to one.
 */
export async function scheduleVerdictAlerts(db: Database, governmentId: string, changes: VerdictChange[]) {
  const rows = changes
    .filter((change) => alarming.has(change.verdict))
    .map((change) => ({
      governmentId,
      kind: 'verdict_change' as const,
      dedupeKey: `verdict:${change.subjectKind}:${change.subjectId}:${change.verdict}:${change.changedAt}`,
      linkId: change.subjectKind === 'link' ? change.subjectId : null,
      eventId: change.subjectKind === 'event' ? change.subjectId : null,
      sendAt: new Date(),
    }));
  for (let start = 0; start < rows.length; start += 500) {
    await db
      .insert(scheduledNotifications)
      .values(rows.slice(start, start + 500))
      .onConflictDoNothing({ target: scheduledNotifications.dedupeKey });
  }
  return rows.length;
}

async function findSubject(db: Database, item: ScheduledRow) {
  if (item.linkId) {
    const [row] = await db
      .select({ id: links.id, title: links.title, departmentId: links.departmentId })
      .from(links)
      .where(eq(links.id, item.linkId));
    return row ? { ...row, kind: 'link' as const, path: `/links/${row.id}` } : null;
  }
  if (item.eventId) {
    const [row] = await db
      .select({ id: events.id, title: events.title })
      .from(events)
      .where(eq(events.id, item.eventId));
    return row
      ? { ...row, departmentId: null, kind: 'event' as const, path: `/agenda/events/${row.id}` }
      : null;
  }
  return null;
}

/**
 * Sends a verdict alert to the government's admins and coordinators (and the liaisons of the link's
 * department): in the app always, by e-mail when SMTP is configured. If the verdict moved on before
 * the alert went out, the alert is cancelled: only the verdict that still holds is announced.
 */
export async function sendVerdictAlert(
  db: Database,
  mailer: Mailer,
  publicUrl: string,
  item: ScheduledRow,
): Promise<'sent' | 'cancelled'> {
  const subject = await findSubject(db, item);
  if (!subject) return 'cancelled';
  const [state] = await db.select().from(verdictStates).where(eq(verdictStates.subjectId, subject.id));
  const announced = item.dedupeKey.split(':')[3];
  if (!state || state.verdict !== announced) return 'cancelled';
  for (const recipient of await findRenewalRecipients(db, item.governmentId, subject.departmentId)) {
    const language = (recipient.language ?? 'es') as Language;
    const params = {
      title: subject.title,
      name: recipient.name,
      url: `${publicUrl}${subject.path}`,
    };
    const key = `${subject.kind}_${state.verdict}`;
    const subjectLine = translate(language, `emails.verdictSubject_${key}`, params);
    if (mailer.isEnabled) {
      await mailer.send({
        to: recipient.email,
        subject: subjectLine,
        text: translate(language, `emails.verdictBody_${key}`, params),
      });
    }
    await insertNotification(db, {
      governmentId: item.governmentId,
      userId: recipient.id,
      kind: 'verdict_change',
      title: subjectLine,
      body: translate(language, 'emails.verdictNotificationBody', params),
      path: subject.path,
    });
  }
  return 'sent';
}

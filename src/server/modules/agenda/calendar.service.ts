import { createHash, randomBytes } from 'node:crypto';
import ical from 'ical-generator';
import type { Database } from '../../platform/db';
import { NotFoundError } from '../../platform/errors';
import type { TenantContext } from '../../platform/tenancy';
import * as queries from './agenda.queries';

const hashToken = (token: string) => createHash('sha256').update(token).digest('hex');

/**
 * The person's private feed URL (created on first use) and the government's public one. The token is
 * stored hashed; resetting it gives a new URL and revokes the old one.
 */
export async function getCalendarFeeds(
  db: Database,
  context: TenantContext,
  publicUrl: string,
  isReset: boolean,
) {
  const settings = await queries.findGovernmentSettings(db, context);
  const existing = await queries.findCalendarTokenOfUser(db, context, context.userId);
  let token: string | null = null;
  if (!existing || isReset) {
    token = randomBytes(24).toString('base64url');
    await queries.upsertCalendarToken(db, context, context.userId, hashToken(token));
  }
  return {
    // The token is shown only when created; afterwards the person resets it to see a new URL.
    privateUrl: token ? `${publicUrl}/api/calendar/${token}.ics` : `${publicUrl}/api/calendar/…`,
    publicUrl: `${publicUrl}/api/public/governments/${settings.slug}/calendar.ics`,
    isNew: Boolean(token),
  };
}

function buildCalendar(
  name: string,
  publicUrl: string,
  rows: queries.EventRow[],
  dueDates: { id: string; title: string; dueDate: string }[] = [],
) {
  const calendar = ical({
    name,
    prodId: { company: 'Vínculo', product: 'agenda', language: 'ES' },
    ttl: 3600,
  });
  for (const event of rows) {
    calendar.createEvent({
      id: `event-${event.id}@vinculo`,
      start: event.startsAt,
      end: event.endsAt,
      summary: event.title,
      description: event.objectives ?? undefined,
      location: [event.venue, event.city, event.countryCode].filter(Boolean).join(', ') || undefined,
      url: `${publicUrl}/agenda/events/${event.id}`,
      lastModified: event.updatedAt,
    });
  }
  for (const commitment of dueDates) {
    const start = new Date(`${commitment.dueDate}T00:00:00Z`);
    calendar.createEvent({
      id: `commitment-${commitment.id}@vinculo`,
      start,
      allDay: true,
      summary: `Vence: ${commitment.title}`,
      url: `${publicUrl}/commitments/${commitment.id}`,
    });
  }
  return calendar.toString();
}

/** The private feed of a token: every event of the government and the person's open commitments. */
export async function privateFeed(db: Database, token: string, publicUrl: string) {
  const found = await queries.findCalendarToken(db, hashToken(token));
  if (!found) throw new NotFoundError();
  const context = { governmentId: found.governmentId };
  const settings = await queries.findGovernmentSettings(db, context);
  const [rows, owned] = await Promise.all([
    queries.findFeedEvents(db, context, false),
    queries.findOpenCommitmentsOfUser(db, context, found.userId),
  ]);
  return buildCalendar(`Vínculo — ${settings.name}`, publicUrl, rows, owned);
}

/** The public feed of a government: only the events it chose to publish. */
export async function publicFeed(db: Database, slug: string, publicUrl: string) {
  const government = await queries.findGovernmentBySlug(db, slug);
  if (!government) throw new NotFoundError();
  const rows = await queries.findFeedEvents(db, { governmentId: government.id }, true);
  return buildCalendar(`${government.name} — agenda internacional`, publicUrl, rows);
}

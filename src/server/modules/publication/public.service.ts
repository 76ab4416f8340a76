import type { PublicFilter } from '../../../contracts/publication';
import { todayIn } from '../../../domain/calendar';
import type { Database } from '../../platform/db';
import * as present from './public.present';
import * as queries from './public.queries';
import { findPublishedIds } from './publication.queries';

/*
 * What other modules (the portal, the open-data downloads) call to read a government's published
 * records: only published rows, only the allow-listed fields of the public presenters.
 */

export async function findPublicLinks(db: Database, governmentId: string, filter: PublicFilter = {}) {
  return present.presentPublicLinks(await queries.findPublishedLinks(db, governmentId, filter));
}

/** One published link, or null when it is not published (or not of this government). */
export async function findPublicLink(db: Database, governmentId: string, linkId: string) {
  const [link] = present.presentPublicLinks(await queries.findPublishedLinks(db, governmentId, {}, linkId));
  return link ?? null;
}

export async function findPublicEvents(db: Database, governmentId: string, filter: PublicFilter = {}) {
  return present.presentPublicEvents(await queries.findPublishedEvents(db, governmentId, filter));
}

export async function findPublicCommitments(
  db: Database,
  government: { id: string; timezone: string },
  filter: PublicFilter = {},
  now = new Date(),
) {
  const [rows, links, events] = [
    await queries.findPublishedCommitments(db, government.id, filter),
    new Set(await findPublishedIds(db, government.id, 'link')),
    new Set(await findPublishedIds(db, government.id, 'event')),
  ];
  return present.presentPublicCommitments(rows, todayIn(government.timezone, now), { links, events });
}

export async function findPublicInitiatives(db: Database, governmentId: string, filter: PublicFilter = {}) {
  const rows = await queries.findPublishedInitiatives(db, governmentId, filter);
  const details = await queries.findInitiativeDetails(
    db,
    governmentId,
    rows.map((row) => row.id),
  );
  return present.presentPublicInitiatives(rows, details);
}

export async function findPublicProjects(db: Database, governmentId: string, filter: PublicFilter = {}) {
  const rows = await queries.findPublishedProjects(db, governmentId, filter);
  const ids = rows.map((row) => row.initiative.id);
  const money = await queries.findProjectMoney(db, governmentId, ids);
  const details = await queries.findInitiativeDetails(db, governmentId, ids);
  return present.presentPublicProjects(rows, money, details);
}

export async function findPublicPositions(db: Database, governmentId: string, filter: PublicFilter = {}) {
  return present.presentPublicPositions(await queries.findPublishedPositions(db, governmentId, filter));
}

export { findPublishedInitiativeIdsOfLink } from './public.queries';

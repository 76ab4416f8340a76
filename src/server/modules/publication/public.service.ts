import type { PublicFilter } from '../../../contracts/publication';
import { todayIn } from '../../../domain/calendar';
import type { Database } from '../../platform/db';
import * as present from './public.present';
import type { Slice } from './public.queries';
import * as queries from './public.queries';
import { findPublishedIds } from './publication.queries';

/*
 * What other modules (the portal, the open-data downloads) call to read a government's published
 * records: only published rows, only the allow-listed fields of the public presenters.
 */

export async function findPublicLinks(
  db: Database,
  governmentId: string,
  filter: PublicFilter = {},
  slice?: Slice,
) {
  return present.presentPublicLinks(
    await queries.findPublishedLinks(db, governmentId, filter, undefined, slice),
  );
}

/** One published link, or null when it is not published (or not of this government). */
export async function findPublicLink(db: Database, governmentId: string, linkId: string) {
  const [link] = present.presentPublicLinks(await queries.findPublishedLinks(db, governmentId, {}, linkId));
  return link ?? null;
}

export async function findPublicEvents(
  db: Database,
  governmentId: string,
  filter: PublicFilter = {},
  slice?: Slice,
) {
  return present.presentPublicEvents(await queries.findPublishedEvents(db, governmentId, filter, slice));
}

export async function findPublicCommitments(
  db: Database,
  government: { id: string; timezone: string },
  filter: PublicFilter = {},
  now = new Date(),
  slice?: Slice,
) {
  const [rows, links, events] = [
    await queries.findPublishedCommitments(db, government.id, filter, slice),
    new Set(await findPublishedIds(db, government.id, 'link')),
    new Set(await findPublishedIds(db, government.id, 'event')),
  ];
  return present.presentPublicCommitments(rows, todayIn(government.timezone, now), { links, events });
}

export async function findPublicInitiatives(
  db: Database,
  governmentId: string,
  filter: PublicFilter = {},
  slice?: Slice,
) {
  const rows = await queries.findPublishedInitiatives(db, governmentId, filter, slice);
  const details = await queries.findInitiativeDetails(
    db,
    governmentId,
    rows.map((row) => row.id),
  );
  return present.presentPublicInitiatives(rows, details);
}

export async function findPublicProjects(
  db: Database,
  governmentId: string,
  filter: PublicFilter = {},
  slice?: Slice,
) {
  const rows = await queries.findPublishedProjects(db, governmentId, filter, slice);
  const ids = rows.map((row) => row.initiative.id);
  const money = await queries.findProjectMoney(db, governmentId, ids);
  const details = await queries.findInitiativeDetails(db, governmentId, ids);
  return present.presentPublicProjects(rows, money, details);
}

export async function findPublicPositions(
  db: Database,
  governmentId: string,
  filter: PublicFilter = {},
  slice?: Slice,
) {
  return present.presentPublicPositions(
    await queries.findPublishedPositions(db, governmentId, filter, slice),
  );
}

/** How many published records of each list match a filter: the portal's "Página 2 de 7". */
export const countPublic = {
  links: queries.countPublishedLinks,
  events: queries.countPublishedEvents,
  commitments: queries.countPublishedCommitments,
  initiatives: queries.countPublishedInitiatives,
  projects: queries.countPublishedProjects,
  positions: queries.countPublishedPositions,
};

/**
 * The years and countries each list's filters offer, read with distinct queries over every published
 * row (not from a page of them), bounded to `filterValueLimit` values each.
 */
export const publicFilterValues = {
  links: queries.findLinkFilterValues,
  events: queries.findEventFilterValues,
  commitments: queries.findCommitmentFilterValues,
  projects: queries.findProjectFilterValues,
  positions: queries.findPositionFilterValues,
};

/**
 * Every published row of a list, read in keyset batches of `batchSize` (bounded memory per query),
 * up to `maxRows`; `isTruncated` says the bound was hit so that a download can say so.
 */
export async function readAllPublic<T extends { id: string }>(
  read: (slice: Slice) => Promise<T[]>,
  maxRows: number,
  batchSize = queries.publicListLimit,
): Promise<{ rows: T[]; isTruncated: boolean }> {
  const rows: T[] = [];
  let after: string | null = null;
  for (;;) {
    const limit = Math.min(batchSize, maxRows + 1 - rows.length);
    const batch = await read({ limit, after });
    rows.push(...batch);
    if (rows.length > maxRows) return { rows: rows.slice(0, maxRows), isTruncated: true };
    if (batch.length < limit) return { rows, isTruncated: false };
    after = batch[batch.length - 1]?.id ?? null;
  }
}

export type { PublicFilterValues, Slice } from './public.queries';

export { findPublishedInitiativeIdsOfLink } from './public.queries';

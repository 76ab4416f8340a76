import { eq } from 'drizzle-orm';
import { portalSettings } from '../../db/schema';
import * as publicRecords from '../publication/public.service';
import { findPublishingGovernments } from '../publication/publication.queries';
import { openDataMaxRows, type PublishedRecords } from './open-data.records';
import type { OpenDataSource } from './open-data.service';

/**
 * The published records, read through the publication module's public service (its presenters are
 * the allow-list: nothing personal leaves). A government's open data exists while its portal is on.
 */
export const publicationSource: OpenDataSource = {
  // Every published row (keyset batches, up to openDataMaxRows per list), not the portal's first page.
  records: async (db, government, now) => {
    const all = <T extends { id: string }>(read: (slice: publicRecords.Slice) => Promise<T[]>) =>
      publicRecords.readAllPublic(read, openDataMaxRows);
    const id = government.id;
    const lists = {
      links: await all((slice) => publicRecords.findPublicLinks(db, id, {}, slice)),
      events: await all((slice) => publicRecords.findPublicEvents(db, id, {}, slice)),
      commitments: await all((slice) => publicRecords.findPublicCommitments(db, government, {}, now, slice)),
      initiatives: await all((slice) => publicRecords.findPublicInitiatives(db, id, {}, slice)),
      projects: await all((slice) => publicRecords.findPublicProjects(db, id, {}, slice)),
      positions: await all((slice) => publicRecords.findPublicPositions(db, id, {}, slice)),
    };
    const truncated = (Object.keys(lists) as (keyof typeof lists)[]).filter((key) => lists[key].isTruncated);
    return {
      links: lists.links.rows,
      events: lists.events.rows,
      commitments: lists.commitments.rows,
      initiatives: lists.initiatives.rows,
      projects: lists.projects.rows,
      positions: lists.positions.rows,
      truncated,
    } satisfies PublishedRecords;
  },
  isPublishing: async (db, governmentId) => {
    const [row] = await db
      .select({ isPublishing: portalSettings.isPublishing })
      .from(portalSettings)
      .where(eq(portalSettings.governmentId, governmentId));
    return row?.isPublishing ?? false;
  },
  countPublished: async (db, governmentId) => {
    const count = publicRecords.countPublic;
    return {
      links: await count.links(db, governmentId, {}),
      events: await count.events(db, governmentId, {}),
      commitments: await count.commitments(db, governmentId, {}),
      initiatives: await count.initiatives(db, governmentId, {}),
      projects: await count.projects(db, governmentId, {}),
      positions: await count.positions(db, governmentId, {}),
    };
  },
  publishingGovernmentIds: async (db) => (await findPublishingGovernments(db)).map((row) => row.id),
};

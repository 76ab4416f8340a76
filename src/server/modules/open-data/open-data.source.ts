import { eq } from 'drizzle-orm';
import { portalSettings } from '../../db/schema';
import * as publicRecords from '../publication/public.service';
import { findPublishingGovernments } from '../publication/publication.queries';
import type { OpenDataSource } from './open-data.service';

/**
 * The published records, read through the publication module's public service (its presenters are
 * the allow-list: nothing personal leaves). A government's open data exists while its portal is on.
 */
export const publicationSource: OpenDataSource = {
  records: async (db, government, now) => {
    const [links, events, commitments, initiatives, projects, positions] = [
      await publicRecords.findPublicLinks(db, government.id),
      await publicRecords.findPublicEvents(db, government.id),
      await publicRecords.findPublicCommitments(db, government, {}, now),
      await publicRecords.findPublicInitiatives(db, government.id),
      await publicRecords.findPublicProjects(db, government.id),
      await publicRecords.findPublicPositions(db, government.id),
    ];
    return { links, events, commitments, initiatives, projects, positions };
  },
  isPublishing: async (db, governmentId) => {
    const [row] = await db
      .select({ isPublishing: portalSettings.isPublishing })
      .from(portalSettings)
      .where(eq(portalSettings.governmentId, governmentId));
    return row?.isPublishing ?? false;
  },
  publishingGovernmentIds: async (db) => (await findPublishingGovernments(db)).map((row) => row.id),
};

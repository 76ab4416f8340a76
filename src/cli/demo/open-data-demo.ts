import { asc, eq } from 'drizzle-orm';
import type { PublicationEntityType } from '../../contracts/publication';
import {
  commitments,
  diplomacyPositions,
  events,
  initiatives,
  links,
  projectProfiles,
} from '../../server/db/schema';
import { updateSettings } from '../../server/modules/open-data/open-data.service';
import {
  getPortalSettings,
  requestPublication,
  updatePortalSettings,
} from '../../server/modules/publication/publication.service';
import type { Database } from '../../server/platform/db';
import type { TenantContext } from '../../server/platform/tenancy';

/** How many records of each kind the demo publishes: enough for every dataset to have rows. */
const demoShare = 4;

/**
 * The demo's open data: the admin publishes a few records of each kind (the same service the API
 * uses; asking twice is harmless, so the portal's own demo may publish the same ones), switches the
 * portal on and confirms the licence, so that every dataset downloads with real rows on first start.
 */
export async function seedOpenDataDemo(db: Database, context: TenantContext) {
  const first = async (
    entityType: PublicationEntityType,
    query: Promise<{ id: string }[]>,
  ): Promise<void> => {
    for (const row of await query)
      await requestPublication(db, context, { entityType, entityId: row.id, status: 'published' });
  };
  const government = context.governmentId;
  await first(
    'link',
    db
      .select({ id: links.id })
      .from(links)
      .where(eq(links.governmentId, government))
      .orderBy(asc(links.createdAt))
      .limit(demoShare),
  );
  await first(
    'event',
    db
      .select({ id: events.id })
      .from(events)
      .where(eq(events.governmentId, government))
      .orderBy(asc(events.startsAt))
      .limit(demoShare),
  );
  await first(
    'commitment',
    db
      .select({ id: commitments.id })
      .from(commitments)
      .where(eq(commitments.governmentId, government))
      .orderBy(asc(commitments.dueDate))
      .limit(demoShare),
  );
  await first(
    'initiative',
    db
      .select({ id: initiatives.id })
      .from(initiatives)
      .where(eq(initiatives.governmentId, government))
      .orderBy(asc(initiatives.createdAt))
      .limit(demoShare),
  );
  await first(
    'project',
    db
      .select({ id: projectProfiles.initiativeId })
      .from(projectProfiles)
      .where(eq(projectProfiles.governmentId, government))
      .limit(demoShare),
  );
  await first(
    'position',
    db
      .select({ id: diplomacyPositions.id })
      .from(diplomacyPositions)
      .where(eq(diplomacyPositions.governmentId, government))
      .limit(demoShare),
  );
  const portal = await getPortalSettings(db, context);
  if (!portal.isPublishing)
    await updatePortalSettings(db, context, { isPublishing: true, version: portal.version });
  await updateSettings(db, context, { licenseId: 'CC-BY-4.0', version: 0 });
}

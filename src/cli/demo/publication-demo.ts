import { and, eq, inArray, isNull } from 'drizzle-orm';
import type { PublicationEntityType } from '../../contracts/publication';
import { commitments, diplomacyPositions, initiatives, links, projectProfiles } from '../../server/db/schema';
import {
  requestPublication,
  updatePortalSettings,
} from '../../server/modules/publication/publication.service';
import type { Database } from '../../server/platform/db';
import type { TenantContext } from '../../server/platform/tenancy';

/**
 * The demo governments publish their portal on first start, as an office would: agreements in force
 * (not those still in negotiation), the initiatives and cooperation projects, the commitments of
 * published agreements and the positions. Events were published by their own form ("Publicar en el
 * portal de transparencia"); one link is left as a proposal for the admin's queue.
 */
export async function seedPublicationDemo(db: Database, context: TenantContext) {
  await updatePortalSettings(db, context, { isPublishing: true, version: 0 });
  const g = context.governmentId;
  const linkRows = await db
    .select({ id: links.id, status: links.status })
    .from(links)
    .where(and(eq(links.governmentId, g), isNull(links.archivedAt)))
    .orderBy(links.title);
  const published = linkRows.filter((link) => ['signed', 'active', 'dormant'].includes(link.status));
  const proposed = linkRows.find((link) => link.status === 'negotiation');
  const publish = (entityType: PublicationEntityType, entityId: string) =>
    requestPublication(db, context, { entityType, entityId, status: 'published' });
  for (const link of published) await publish('link', link.id);
  if (proposed)
    await requestPublication(
      db,
      { ...context, role: 'coordinator' },
      {
        entityType: 'link',
        entityId: proposed.id,
        status: 'proposed',
      },
    );
  const initiativeRows = await db
    .select({ id: initiatives.id })
    .from(initiatives)
    .where(eq(initiatives.governmentId, g));
  for (const initiative of initiativeRows) await publish('initiative', initiative.id);
  const projectRows = await db
    .select({ id: projectProfiles.initiativeId })
    .from(projectProfiles)
    .where(eq(projectProfiles.governmentId, g));
  for (const project of projectRows) await publish('project', project.id);
  if (published.length > 0) {
    const commitmentRows = await db
      .select({ id: commitments.id })
      .from(commitments)
      .where(
        and(
          eq(commitments.governmentId, g),
          inArray(
            commitments.linkId,
            published.map((link) => link.id),
          ),
        ),
      );
    for (const commitment of commitmentRows) await publish('commitment', commitment.id);
  }
  const positionRows = await db
    .select({ id: diplomacyPositions.id })
    .from(diplomacyPositions)
    .where(and(eq(diplomacyPositions.governmentId, g), isNull(diplomacyPositions.archivedAt)));
  for (const position of positionRows) await publish('position', position.id);
}

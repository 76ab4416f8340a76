import type { AuditEntityType } from '../../../contracts/audit';
import type {
  PortalSettingsInput,
  PublicationEntityType,
  PublicationListQuery,
  PublicationRequest,
} from '../../../contracts/publication';
import { publications } from '../../db/schema';
import { recordAudit } from '../../platform/audit';
import type { Database } from '../../platform/db';
import { ForbiddenError, NotFoundError, ValidationError, VersionConflictError } from '../../platform/errors';
import { type TenantContext, updateVersioned } from '../../platform/tenancy';
import * as queries from './publication.queries';

export { findPublishedIds } from './publication.queries';

/**
 * Every publication step is written to the record's own history, so that the audit trail of a link
 * (or event, commitment…) says who proposed it, who published it and who took it down.
 */
/**
 * The audit type of the published record itself, so that a publication step shows in that record's
 * history: positions are audited as `diplomacy_position`, and a cooperation project is an initiative.
 */
const auditTypeOf: Record<PublicationEntityType, AuditEntityType> = {
  link: 'link',
  event: 'event',
  commitment: 'commitment',
  initiative: 'initiative',
  project: 'initiative',
  position: 'diplomacy_position',
};

async function auditStep(
  db: Database,
  context: TenantContext,
  row: queries.PublicationRow,
  before: queries.PublicationRow['status'] | null,
  after: queries.PublicationRow['status'] | null,
) {
  await recordAudit(db, context, {
    entityType: auditTypeOf[row.entityType],
    entityId: row.entityId,
    action: 'status_change',
    before: { publication: before },
    after: { publication: after, publicationId: row.id },
  });
}

/** The event's own flag feeds the public iCal feed: it follows the publication. */
async function mirror(
  db: Database,
  context: TenantContext,
  row: queries.PublicationRow,
  isPublished: boolean,
) {
  if (row.entityType === 'event') await queries.setEventPublishedFlag(db, context, row.entityId, isPublished);
}

async function assertRecord(
  db: Database,
  context: TenantContext,
  entityType: PublicationEntityType,
  id: string,
) {
  const titles = await queries.findRecordTitles(db, context, entityType, [id]);
  if (!titles.has(id)) throw new NotFoundError();
  return titles.get(id) as string;
}

/** A publication with its names and its record's title, as the API shows it. */
async function reread(db: Database, context: TenantContext, id: string) {
  const row = await queries.findPublication(db, context, id);
  if (!row) throw new NotFoundError();
  return withTitle(db, context, row);
}

async function withTitle(db: Database, context: TenantContext, row: queries.PublicationWithNames) {
  const { entityType, entityId } = row.publication;
  const titles = await queries.findRecordTitles(db, context, entityType, [entityId]);
  return { ...row, title: titles.get(entityId) ?? null };
}

/**
 * Proposes a record for the portal (coordinator) or publishes it at once (admin). Asking again is
 * harmless: an existing proposal is published when an admin asks for it, otherwise left as it is.
 */
export async function requestPublication(db: Database, context: TenantContext, input: PublicationRequest) {
  if (input.status === 'published' && context.role !== 'admin') throw new ForbiddenError();
  await assertRecord(db, context, input.entityType, input.entityId);
  const existing = await queries.findPublicationOfRecord(db, context, input.entityType, input.entityId);
  if (existing) {
    if (input.status === 'published' && existing.publication.status === 'proposed')
      return publishPublication(db, context, existing.publication.id, existing.publication.version);
    return withTitle(db, context, existing);
  }
  const now = new Date();
  const isPublishing = input.status === 'published';
  const row = await queries.insertPublication(db, {
    governmentId: context.governmentId,
    entityType: input.entityType,
    entityId: input.entityId,
    status: input.status,
    proposedBy: context.userId,
    proposedAt: now,
    publishedBy: isPublishing ? context.userId : null,
    publishedAt: isPublishing ? now : null,
    createdBy: context.userId,
    updatedBy: context.userId,
  });
  await auditStep(db, context, row, null, row.status);
  if (isPublishing) await mirror(db, context, row, true);
  return reread(db, context, row.id);
}

/** An admin publishes a proposal (the version read guards against a concurrent change). */
export async function publishPublication(db: Database, context: TenantContext, id: string, version: number) {
  const current = await queries.findPublication(db, context, id);
  if (!current) throw new NotFoundError();
  if (current.publication.version !== version)
    throw new VersionConflictError(current.publication.version, version);
  if (current.publication.status === 'published') return withTitle(db, context, current);
  const after = await updateVersioned(db, publications, context, id, version, {
    status: 'published',
    publishedBy: context.userId,
    publishedAt: new Date(),
  });
  await auditStep(db, context, after, 'proposed', 'published');
  await mirror(db, context, after, true);
  return reread(db, context, id);
}

/**
 * Takes a record off the portal (admin), or withdraws a proposal (its coordinator or an admin):
 * a coordinator may not take down what an admin published.
 */
export async function unpublishPublication(
  db: Database,
  context: TenantContext,
  id: string,
  version: number,
) {
  const current = await queries.findPublication(db, context, id);
  if (!current) throw new NotFoundError();
  if (current.publication.status === 'published' && context.role !== 'admin') throw new ForbiddenError();
  const [deleted] = await queries.deletePublication(db, context, id, version);
  if (!deleted) throw new VersionConflictError(current.publication.version, version);
  await auditStep(db, context, deleted, deleted.status, null);
  await mirror(db, context, deleted, false);
  return deleted;
}

export async function listPublications(db: Database, context: TenantContext, query: PublicationListQuery) {
  const page = await queries.findPublications(db, context, query);
  const titles = new Map<string, string>();
  for (const type of new Set(page.items.map((item) => item.publication.entityType))) {
    const ids = page.items
      .filter((item) => item.publication.entityType === type)
      .map((item) => item.publication.entityId);
    for (const [id, title] of await queries.findRecordTitles(db, context, type, ids))
      titles.set(`${type}:${id}`, title);
  }
  return {
    total: page.total,
    items: page.items.map((item) => ({
      ...item,
      title: titles.get(`${item.publication.entityType}:${item.publication.entityId}`) ?? null,
    })),
  };
}

/** Where one record stands: 404 when it is not a record of this government. */
export async function getPublicationState(
  db: Database,
  context: TenantContext,
  entityType: PublicationEntityType,
  entityId: string,
) {
  const title = await assertRecord(db, context, entityType, entityId);
  const row = await queries.findPublicationOfRecord(db, context, entityType, entityId);
  const settings = await queries.findPortalSettings(db, context);
  return { title, row, slug: settings?.slug ?? '' };
}

/**
 * The event form's "Publicar en el portal de transparencia" goes through the same approval: an
 * admin publishes or unpublishes, a coordinator proposes or withdraws a proposal.
 */
export async function setPublishedFromForm(
  db: Database,
  context: TenantContext,
  entityType: PublicationEntityType,
  entityId: string,
  isWanted: boolean,
) {
  const existing = await queries.findPublicationOfRecord(db, context, entityType, entityId);
  if (isWanted) {
    if (existing?.publication.status === 'published') return;
    if (existing && context.role !== 'admin') return;
    await requestPublication(db, context, {
      entityType,
      entityId,
      status: context.role === 'admin' ? 'published' : 'proposed',
    });
    return;
  }
  // The form's box shows whether the record is published: unticking it leaves a proposal alone.
  if (existing?.publication.status !== 'published') return;
  if (context.role !== 'admin')
    throw new ValidationError([{ field: 'isPublished', key: 'publication.onlyAdminUnpublishes' }]);
  await unpublishPublication(db, context, existing.publication.id, existing.publication.version);
}

export async function getPortalSettings(db: Database, context: TenantContext) {
  const row = await queries.findPortalSettings(db, context);
  if (!row) throw new NotFoundError();
  return {
    isPublishing: row.settings?.isPublishing ?? false,
    slug: row.slug,
    version: row.settings?.version ?? 0,
  };
}

/** Turns the government's portal on or off; version 0 means "never set" (no row yet). */
export async function updatePortalSettings(db: Database, context: TenantContext, input: PortalSettingsInput) {
  const before = await getPortalSettings(db, context);
  if (before.version !== input.version) throw new VersionConflictError(before.version, input.version);
  const row =
    input.version === 0
      ? await queries.insertPortalSettings(db, {
          governmentId: context.governmentId,
          isPublishing: input.isPublishing,
          createdBy: context.userId,
          updatedBy: context.userId,
        })
      : await queries.updatePortalSettings(db, context, input.version, input.isPublishing);
  if (!row) throw new VersionConflictError(before.version + 1, input.version);
  await recordAudit(db, context, {
    entityType: 'portal_settings',
    entityId: context.governmentId,
    action: 'update',
    before: { isPublishing: before.isPublishing },
    after: { isPublishing: row.isPublishing },
  });
  return getPortalSettings(db, context);
}

import type { Publication, PublicationEntityType } from '../../../contracts/publication';
import { toIso, toIsoOrNull } from '../../platform/present';
import type { PublicationWithNames } from './publication.queries';

export function presentPublication(row: PublicationWithNames & { title?: string | null }): Publication {
  const { publication } = row;
  return {
    id: publication.id,
    entityType: publication.entityType,
    entityId: publication.entityId,
    title: row.title ?? null,
    status: publication.status,
    proposedByName: row.proposedByName,
    proposedAt: toIsoOrNull(publication.proposedAt),
    publishedByName: row.publishedByName,
    publishedAt: toIsoOrNull(publication.publishedAt),
    updatedAt: toIso(publication.updatedAt),
    version: publication.version,
  };
}

/** The stable portal address of a record (its own page for links, else its list at its anchor). */
export function portalPathOf(slug: string, entityType?: PublicationEntityType, entityId?: string): string {
  const root = `/transparencia/${encodeURIComponent(slug)}`;
  if (!entityType || !entityId) return root;
  switch (entityType) {
    case 'link':
      return `${root}/vinculos/${entityId}`;
    case 'event':
      return `${root}/agenda#r-${entityId}`;
    case 'commitment':
      return `${root}/compromisos#r-${entityId}`;
    case 'initiative':
      return `${root}/iniciativas#r-${entityId}`;
    case 'project':
      return `${root}/cooperacion#r-${entityId}`;
    case 'position':
      return `${root}/posiciones#r-${entityId}`;
  }
}

import { presentRecordMeta, toIso, toIsoOrNull } from '../../platform/present';
import type { PartnerSummaryRow } from './partners.queries';
import type { getPartner } from './partners.service';

export function presentPartnerSummary(row: { partner: PartnerSummaryRow; linkCount: number }) {
  const { partner } = row;
  return {
    id: partner.id,
    name: partner.name,
    acronym: partner.acronym,
    kind: partner.kind,
    countryCode: partner.countryCode,
    city: partner.city,
    latitude: partner.latitude,
    longitude: partner.longitude,
    tags: partner.tags,
    linkCount: Number(row.linkCount),
    archivedAt: toIsoOrNull(partner.archivedAt),
    version: partner.version,
    updatedAt: toIso(partner.updatedAt),
  };
}

export function presentPartner(detail: Awaited<ReturnType<typeof getPartner>>) {
  const { partner } = detail;
  return {
    id: partner.id,
    governmentId: partner.governmentId,
    name: partner.name,
    acronym: partner.acronym,
    kind: partner.kind,
    countryCode: partner.countryCode,
    city: partner.city,
    latitude: partner.latitude,
    longitude: partner.longitude,
    iatiOrgId: partner.iatiOrgId,
    iatiOrgType: partner.iatiOrgType,
    website: partner.website,
    email: partner.email,
    tags: partner.tags,
    notes: partner.notes,
    archivedAt: toIsoOrNull(partner.archivedAt),
    mergedIntoId: partner.mergedIntoId,
    contacts: detail.contacts.map((contact) => ({
      id: contact.id,
      name: contact.name,
      position: contact.position,
      email: contact.email,
      phone: contact.phone,
      language: contact.language,
      channel: contact.channel,
      isPrimary: contact.isPrimary,
    })),
    relations: detail.relations,
    links: detail.links,
    ...presentRecordMeta(partner),
  };
}

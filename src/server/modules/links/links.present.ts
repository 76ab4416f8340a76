import { daysToExpiry } from '../../../domain/link-lifecycle';
import { presentRecordMeta, toIso, toIsoOrNull } from '../../platform/present';
import type { findPartiesOfLinks, LinkRow } from './links.queries';
import type { getLink } from './links.service';

type PartyRow = Awaited<ReturnType<typeof findPartiesOfLinks>>[number];

export function presentLinkSummary(link: LinkRow, parties: PartyRow[], today: string) {
  return {
    id: link.id,
    title: link.title,
    kind: link.kind,
    status: link.status,
    registryNumber: link.registryNumber,
    signedOn: link.signedOn,
    validFrom: link.validFrom,
    validTo: link.validTo,
    daysToExpiry: daysToExpiry(link.validTo, today),
    parties: parties
      .filter((party) => party.linkId === link.id)
      .map((party) => ({
        partnerId: party.partnerId,
        partnerName: party.partnerName,
        countryCode: party.countryCode,
      })),
    themes: link.themes,
    strategyLines: link.strategyLines,
    archivedAt: toIsoOrNull(link.archivedAt),
    version: link.version,
    updatedAt: toIso(link.updatedAt),
  };
}

export function presentLink(detail: Awaited<ReturnType<typeof getLink>>) {
  const { link } = detail;
  return {
    id: link.id,
    governmentId: link.governmentId,
    title: link.title,
    kind: link.kind,
    status: link.status,
    statusReason: link.statusReason,
    registryNumber: link.registryNumber,
    description: link.description,
    rationale: link.rationale,
    signedOn: link.signedOn,
    validFrom: link.validFrom,
    validTo: link.validTo,
    daysToExpiry: daysToExpiry(link.validTo, detail.today),
    isCouncilApproved: link.isCouncilApproved,
    councilApprovalDate: link.councilApprovalDate,
    councilApprovalReference: link.councilApprovalReference,
    networkRole: link.networkRole,
    workingGroups: link.workingGroups,
    annualFeeMinor: link.annualFeeMinor,
    annualFeeCurrency: link.annualFeeCurrency,
    themes: link.themes,
    strategyLines: link.strategyLines,
    planCodes: link.planCodes,
    sdgGoals: link.sdgGoals,
    departmentId: link.departmentId,
    departmentName: detail.departmentName,
    parties: detail.parties.map(({ linkId: _linkId, ...party }) => party),
    signatories: detail.signatories.map((signatory) => ({
      id: signatory.id,
      name: signatory.name,
      position: signatory.position,
      side: signatory.side,
      partnerId: signatory.partnerId,
    })),
    documents: detail.documents.map((document) => ({
      id: document.id,
      title: document.title,
      kind: document.kind,
      url: document.url,
      fileName: document.fileName,
      mediaType: document.mediaType,
      sizeBytes: document.sizeBytes,
      issuedOn: document.issuedOn,
    })),
    allowedTransitions: [...detail.allowedTransitions],
    archivedAt: toIsoOrNull(link.archivedAt),
    ...presentRecordMeta(link),
  };
}

import type { Link } from '../../../contracts/links';
import { currencyDigits } from '../../lib/format';
import { minorToInputText, parseAmountToMinor } from '../../lib/money';

export type PartyValues = { partnerId: string; partnerName: string; role: string };
export type SignatoryValues = { name: string; position: string; side: string; partnerId: string };
export type DocumentValues = {
  title: string;
  kind: string;
  url: string;
  fileName: string;
  mediaType: string;
  sizeBytes: string;
  issuedOn: string;
};

export type LinkFormValues = {
  title: string;
  kind: string;
  status: string;
  registryNumber: string;
  description: string;
  rationale: string;
  signedOn: string;
  validFrom: string;
  validTo: string;
  isCouncilApproved: boolean;
  councilApprovalDate: string;
  councilApprovalReference: string;
  networkRole: string;
  workingGroupsText: string;
  annualFee: string;
  annualFeeCurrency: string;
  themes: string[];
  strategyLines: string[];
  planCodes: string[];
  sdgGoals: string[];
  departmentId: string;
  parties: PartyValues[];
  signatories: SignatoryValues[];
  documents: DocumentValues[];
};

export const emptySignatory: SignatoryValues = { name: '', position: '', side: 'own', partnerId: '' };
export const emptyDocument: DocumentValues = {
  title: '',
  kind: 'signed_text',
  url: '',
  fileName: '',
  mediaType: '',
  sizeBytes: '',
  issuedOn: '',
};

export function linkToFormValues(language: string, link?: Link): LinkFormValues {
  const currency = link?.annualFeeCurrency ?? '';
  return {
    title: link?.title ?? '',
    kind: link?.kind ?? 'sister_city',
    status: link?.status ?? 'negotiation',
    registryNumber: link?.registryNumber ?? '',
    description: link?.description ?? '',
    rationale: link?.rationale ?? '',
    signedOn: link?.signedOn ?? '',
    validFrom: link?.validFrom ?? '',
    validTo: link?.validTo ?? '',
    isCouncilApproved: link?.isCouncilApproved ?? false,
    councilApprovalDate: link?.councilApprovalDate ?? '',
    councilApprovalReference: link?.councilApprovalReference ?? '',
    networkRole: link?.networkRole ?? '',
    workingGroupsText: link?.workingGroups.join('\n') ?? '',
    annualFee: minorToInputText(link?.annualFeeMinor, currency ? currencyDigits(currency) : 2, language),
    annualFeeCurrency: currency,
    themes: link?.themes ?? [],
    strategyLines: link?.strategyLines ?? [],
    planCodes: link?.planCodes ?? [],
    sdgGoals: link?.sdgGoals ?? [],
    departmentId: link?.departmentId ?? '',
    parties: (link?.parties ?? []).map((party) => ({
      partnerId: party.partnerId,
      partnerName: party.partnerName,
      role: party.role,
    })),
    signatories: (link?.signatories ?? []).map((signatory) => ({
      name: signatory.name,
      position: signatory.position ?? '',
      side: signatory.side,
      partnerId: signatory.partnerId ?? '',
    })),
    documents: (link?.documents ?? []).map((document) => ({
      title: document.title,
      kind: document.kind,
      url: document.url ?? '',
      fileName: document.fileName ?? '',
      mediaType: document.mediaType ?? '',
      sizeBytes: document.sizeBytes?.toString() ?? '',
      issuedOn: document.issuedOn ?? '',
    })),
  };
}

function parseFee(values: LinkFormValues) {
  return parseAmountToMinor(
    values.annualFee,
    values.annualFeeCurrency ? currencyDigits(values.annualFeeCurrency) : 2,
  );
}

/** The amount typed must be a plain decimal with no more decimals than the currency has. */
export function checkLinkValues(values: LinkFormValues) {
  return parseFee(values).ok ? [] : [{ path: 'annualFee', message: 'forms.invalidAmount' }];
}

/** Turns the form into the body linkInputSchema validates; fields hidden for this kind are sent empty. */
export function formValuesToLinkInput(values: LinkFormValues): unknown {
  const fee = parseFee(values);
  const isNetwork = values.kind === 'network_membership';
  return {
    title: values.title,
    kind: values.kind,
    status: values.status,
    registryNumber: values.kind === 'interinstitutional_agreement' ? values.registryNumber : null,
    description: values.description,
    rationale: values.rationale,
    signedOn: values.signedOn,
    validFrom: values.validFrom,
    validTo: values.validTo,
    isCouncilApproved: values.isCouncilApproved,
    councilApprovalDate: values.councilApprovalDate,
    councilApprovalReference: values.councilApprovalReference,
    networkRole: isNetwork ? values.networkRole : null,
    workingGroups: isNetwork
      ? values.workingGroupsText
          .split('\n')
          .map((group) => group.trim())
          .filter(Boolean)
      : [],
    annualFeeMinor: fee.ok ? fee.minor : null,
    annualFeeCurrency: values.annualFeeCurrency || null,
    themes: values.themes,
    strategyLines: values.strategyLines,
    planCodes: values.planCodes,
    sdgGoals: values.sdgGoals,
    departmentId: values.departmentId || null,
    parties: values.parties.map((party) => ({ partnerId: party.partnerId, role: party.role })),
    signatories: values.signatories.map((signatory) => ({
      name: signatory.name,
      position: signatory.position,
      side: signatory.side,
      partnerId: signatory.partnerId || null,
    })),
    documents: values.documents.map((document) => ({
      title: document.title,
      kind: document.kind,
      url: document.url,
      fileName: document.fileName,
      mediaType: document.mediaType,
      sizeBytes: document.sizeBytes === '' ? null : Number.parseInt(document.sizeBytes, 10),
      issuedOn: document.issuedOn,
    })),
  };
}

export function mapLinkPath(path: string): string {
  if (path.startsWith('annualFeeMinor')) return 'annualFee';
  if (path.startsWith('workingGroups')) return 'workingGroupsText';
  return path;
}

import type { ContactInput } from '../../contracts/partners';
import type { DemoLink, DemoPartner } from './demo-types';

/** Appended to every link description: the agreements are real relationships, the details are not. */
export const demoNote =
  'Registro de demostración: las contrapartes son reales; fechas, estados, montos y números de registro son ilustrativos.';

/** The e-mail shared by the demo administrator of every demo government. */
export const demoAdminEmail = 'admin@vinculo.demo';

type DateOffset = { years?: number; months?: number; days?: number };

/**
 * An ISO calendar date relative to `today`, read with the UTC getters so that the result never
 * depends on the machine's time zone; `today` is the government's calendar day at 00:00 UTC
 * (calendarDayIn in buildDemoGovernments): the demo always shows agreements that are about to
 * expire, whatever day and hour it is seeded.
 */
export function dateFrom(today: Date, offset: DateOffset): string {
  const date = new Date(
    Date.UTC(
      today.getUTCFullYear() + (offset.years ?? 0),
      today.getUTCMonth() + (offset.months ?? 0),
      today.getUTCDate() + (offset.days ?? 0),
    ),
  );
  return date.toISOString().slice(0, 10);
}

type PartnerSeed = Pick<DemoPartner, 'key' | 'name' | 'kind'> &
  Partial<Omit<DemoPartner, 'key' | 'name' | 'kind'>>;

/** A partner with every optional field spelled out, as the partner contract outputs it. */
export function demoPartner(seed: PartnerSeed): DemoPartner {
  return {
    acronym: null,
    countryCode: null,
    city: null,
    latitude: null,
    longitude: null,
    iatiOrgId: null,
    iatiOrgType: null,
    website: null,
    email: null,
    tags: [],
    notes: null,
    contacts: [],
    ...seed,
  };
}

/** A role-based contact: the demo never names real or invented people. */
export function roleContact(
  name: string,
  options: {
    position?: string;
    language?: string;
    channel?: ContactInput['channel'];
    isPrimary?: boolean;
  } = {},
): ContactInput {
  return {
    name,
    position: options.position ?? null,
    email: null,
    phone: null,
    language: options.language ?? 'es',
    channel: options.channel ?? 'email',
    isPrimary: options.isPrimary ?? true,
  };
}

type LinkSeed = Pick<DemoLink, 'key' | 'title' | 'kind' | 'status' | 'parties'> &
  Partial<Omit<DemoLink, 'key' | 'title' | 'kind' | 'status' | 'parties'>>;

/** A link with every optional field spelled out and the demo note appended to its description. */
export function demoLink(seed: LinkSeed): DemoLink {
  const { description, ...rest } = seed;
  return {
    registryNumber: null,
    rationale: null,
    signedOn: null,
    validFrom: null,
    validTo: null,
    isCouncilApproved: false,
    councilApprovalDate: null,
    councilApprovalReference: null,
    networkRole: null,
    workingGroups: [],
    annualFeeMinor: null,
    annualFeeCurrency: null,
    themes: [],
    strategyLines: [],
    planCodes: [],
    sdgGoals: [],
    signatories: [],
    documents: [],
    ...rest,
    description: description ? `${description} ${demoNote}` : demoNote,
  };
}

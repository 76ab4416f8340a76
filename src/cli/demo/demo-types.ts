import type { LinkInput } from '../../contracts/links';
import type { PartnerInput } from '../../contracts/partners';
import type { DepartmentInput, TerritorialUnitInput } from '../../contracts/territory';
import type { DemoAgenda } from './agenda-types';
import type { DemoSheet, DemoSheetName } from './demo-files';
import type { DemoInitiative } from './initiatives-types';

/** A partner of the demo, referred to by a stable key instead of a database id. */
export type DemoPartner = PartnerInput & { key: string };

/** A link of the demo: parties point to partner keys, the department to its acronym. */
export type DemoLink = Omit<LinkInput, 'parties' | 'departmentId'> & {
  key: string;
  parties: { partnerKey: string; role: LinkInput['parties'][number]['role'] }[];
  departmentAcronym?: string;
};

export type DemoRelation = {
  fromKey: string;
  toKey: string;
  kind: 'member_of' | 'part_of' | 'funds' | 'represents' | 'partner_of';
  notes?: string;
};

export type DemoUser = {
  email: string;
  name: string;
  role: 'admin' | 'coordinator' | 'liaison' | 'viewer';
  departmentAcronym?: string;
};

export type DemoGovernment = {
  slug: string;
  profile: {
    name: string;
    kind: 'municipality' | 'city' | 'state' | 'other';
    countryCode: string;
    population: number | null;
    languages: string[];
    reportingCurrency: string;
    timezone: string;
    website: string | null;
  };
  territorialUnits: TerritorialUnitInput[];
  departments: DepartmentInput[];
  partners: DemoPartner[];
  relations: DemoRelation[];
  links: DemoLink[];
  users: DemoUser[];
  /** Initiatives of the policy cycle, each to be walked by the seeder up to its target stage. */
  initiatives: DemoInitiative[];
  /** Events with their commitments, investment leads and city diplomacy (modules 7 and 8). */
  agenda: DemoAgenda;
  /**
   * The CSV files behind departments, territorial units, partners, links and cooperation demands and
   * offers, as the importers take them.
   */
  sheets: Record<DemoSheetName, DemoSheet>;
};

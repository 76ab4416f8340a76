export { openDataMaxRows } from '../../../domain/open-data/datapackage';

import type { Database } from '../../platform/db';

/**
 * The published records as the publication module's public presenters give them (an allow-list: no
 * contacts, e-mails, phones, internal notes nor user names). Only the fields the open data uses are
 * named here, so any source of those shapes fits.
 */
type Amount = { currency: string; amountMinor: number };

export type PublishedLink = {
  id: string;
  title: string;
  kind: string;
  status: string;
  description: string | null;
  signedOn: string | null;
  validFrom: string | null;
  validTo: string | null;
  isCouncilApproved: boolean;
  themes: string[];
  strategyLines: string[];
  sdgGoals: string[];
  counterparts: { name: string; kind: string; countryCode: string | null; city: string | null }[];
};

export type PublishedEvent = {
  id: string;
  title: string;
  kind: string;
  startsAt: string;
  endsAt: string;
  timezone: string;
  city: string | null;
  countryCode: string | null;
  strategyLine: string | null;
  themes: string[];
  sdgGoals: string[];
  objectives: string | null;
  outcomes: string | null;
  costs: ({ category: string; source: string } & Amount)[];
};

export type PublishedCommitment = {
  id: string;
  title: string;
  dueDate: string;
  status: string;
  fulfilledOn: string | null;
  linkId: string | null;
  eventId: string | null;
};

export type PublishedIndicator = {
  name: string;
  unit: string;
  baselineValue: number | null;
  targetValue: number | null;
  targetDate: string | null;
  latestValue: number | null;
  latestOn: string | null;
  progress: number | null;
};

export type PublishedInitiative = {
  id: string;
  title: string;
  summary: string | null;
  stage: string;
  strategyLine: string | null;
  themes: string[];
  sdgGoals: string[];
  objective: string | null;
  affectedPopulation: number | null;
  isWholeTerritory: boolean;
  territorialUnits: { id: string; name: string }[];
  indicators: PublishedIndicator[];
};

export type PublishedProject = {
  id: string;
  title: string;
  summary: string | null;
  strategyLine: string | null;
  iatiIdentifier: string;
  activityStatus: string;
  startPlanned: string | null;
  endPlanned: string | null;
  startActual: string | null;
  endActual: string | null;
  participants: { name: string; role: string; countryCode: string | null }[];
  budgets: Amount[];
  received: Amount[];
  territorialUnits: { id: string; name: string }[];
};

export type PublishedPosition = {
  id: string;
  kind: string;
  title: string;
  text: string;
  madeOn: string;
  forumName: string | null;
  topics: string[];
  sdgGoals: string[];
  coSigners: string[];
  url: string | null;
};

export type PublishedRecords = {
  links: PublishedLink[];
  events: PublishedEvent[];
  commitments: PublishedCommitment[];
  initiatives: PublishedInitiative[];
  projects: PublishedProject[];
  positions: PublishedPosition[];
  /** The lists that hit `openDataMaxRows` (absent or empty: nothing was left out). */
  truncated?: (keyof Omit<PublishedRecords, 'truncated'>)[];
};

/** Where the open data reads a government's published records (the publication module's service). */
export type PublishedRecordsSource = (
  db: Database,
  government: { id: string; timezone: string },
  now: Date,
) => Promise<PublishedRecords>;

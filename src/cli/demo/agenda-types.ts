import type { CommitmentInput, EventInput } from '../../contracts/agenda';
import type { NetworkRoleInput, PositionInput } from '../../contracts/diplomacy';
import type { LeadInput, LeadStage } from '../../contracts/investment';

type ParticipantInput = EventInput['participants'][number];

/** A participant of a demo event: the own side names a role title, the other side a partner key. */
export type DemoParticipant = Omit<
  ParticipantInput,
  'userId' | 'departmentId' | 'partnerId' | 'partnerContactId'
> & {
  userEmail?: string;
  departmentAcronym?: string;
  partnerKey?: string;
};

/** Alignment to the strategy is optional in the demo files: the seeder fills empty lists. */
type AlignmentFields = 'themes' | 'planCodes' | 'sdgGoals' | 'strategyLines';
type WithOptionalAlignment<T> = Omit<T, AlignmentFields> &
  Partial<Pick<T, Extract<keyof T, AlignmentFields>>>;

/** An event of the demo agenda: links, initiatives and partners are referred to by key. */
export type DemoEvent = WithOptionalAlignment<
  Omit<EventInput, 'participants' | 'linkIds' | 'initiativeIds'>
> & {
  key: string;
  participants: DemoParticipant[];
  linkKeys: string[];
  initiativeKeys: string[];
};

/** What happened to a commitment after it was made; an absent outcome leaves it pending. */
export type DemoCommitmentOutcome =
  | { status: 'in_progress' }
  | {
      status: 'fulfilled';
      evidenceDescription: string;
      evidenceUrl?: string;
      fulfilledOn: string;
      resultingInitiativeKey?: string;
      resultingLeadKey?: string;
    }
  | { status: 'cancelled'; cancelReason: string };

export type DemoCommitment = Omit<
  CommitmentInput,
  'eventId' | 'linkId' | 'ownerDepartmentId' | 'ownerUserId' | 'counterpartPartnerId'
> & {
  key: string;
  eventKey?: string;
  linkKey?: string;
  ownerDepartmentAcronym: string;
  /** A demo user (by e-mail) who owns it: it then shows in that user's "Mis compromisos". */
  ownerUserEmail?: string;
  counterpartPartnerKey?: string;
  outcome?: DemoCommitmentOutcome;
};

/**
 * An investment lead: the seeder registers it at `lead` and walks it one stage at a time to
 * `targetStage` (for `lost`: up to `lostFrom`, then lost with `lostReason`).
 */
export type DemoLead = WithOptionalAlignment<
  Omit<LeadInput, 'companyPartnerId' | 'territorialUnitId' | 'responsibleUserId' | 'eventIds'>
> & {
  key: string;
  companyPartnerKey: string;
  territorialUnitCode?: string;
  responsibleUserEmail?: string;
  eventKeys: string[];
  targetStage: LeadStage;
  announcedOn?: string;
  establishedOn?: string;
  lostFrom?: Exclude<LeadStage, 'lost' | 'established' | 'aftercare'>;
  lostReason?: string;
};

export type DemoPosition = Omit<PositionInput, 'networkPartnerId' | 'eventId'> & {
  key: string;
  networkPartnerKey?: string;
  eventKey?: string;
};

export type DemoNetworkRole = Omit<NetworkRoleInput, 'networkPartnerId'> & {
  key: string;
  networkPartnerKey: string;
};

/** Modules 7 and 8 of the demo: the agenda with its commitments, the investment pipeline, diplomacy. */
export type DemoAgenda = {
  events: DemoEvent[];
  commitments: DemoCommitment[];
  leads: DemoLead[];
  positions: DemoPosition[];
  roles: DemoNetworkRole[];
};

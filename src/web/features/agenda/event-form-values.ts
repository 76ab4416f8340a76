import type { Event } from '../../../contracts/agenda';
import { currencyDigits } from '../../lib/format';
import { minorToInputText, parseAmountToMinor } from '../../lib/money';
import { instantToLocalInput, localInputToInstant } from './time';

export type ParticipantValues = {
  side: 'own' | 'partner';
  name: string;
  position: string;
  userId: string;
  departmentId: string;
  partnerId: string;
  partnerContactId: string;
};
export type CostValues = {
  category: string;
  source: string;
  amount: string;
  currency: string;
  description: string;
};

export type EventFormValues = {
  title: string;
  kind: string;
  startsAt: string;
  endsAt: string;
  timezone: string;
  city: string;
  countryCode: string;
  venue: string;
  strategyLine: string;
  themes: string[];
  planCodes: string[];
  sdgGoals: string[];
  objectives: string;
  outcomes: string;
  minutes: string;
  isPublished: boolean;
  participants: ParticipantValues[];
  costs: CostValues[];
  linkIds: string[];
  initiativeIds: string[];
};

export function emptyParticipant(side: ParticipantValues['side']): ParticipantValues {
  return { side, name: '', position: '', userId: '', departmentId: '', partnerId: '', partnerContactId: '' };
}

export function emptyCost(currency: string): CostValues {
  return { category: 'travel', source: 'own', amount: '', currency, description: '' };
}

type Defaults = { timezone: string; currency: string; date: string; language: string };

export function eventToFormValues(defaults: Defaults, event?: Event): EventFormValues {
  const timezone = event?.timezone ?? defaults.timezone;
  return {
    title: event?.title ?? '',
    kind: event?.kind ?? 'mission_abroad',
    startsAt: event ? instantToLocalInput(event.startsAt, timezone) : `${defaults.date}T09:00`,
    endsAt: event ? instantToLocalInput(event.endsAt, timezone) : `${defaults.date}T10:00`,
    timezone,
    city: event?.city ?? '',
    countryCode: event?.countryCode ?? '',
    venue: event?.venue ?? '',
    strategyLine: event?.strategyLine ?? '',
    themes: event?.themes ?? [],
    planCodes: event?.planCodes ?? [],
    sdgGoals: event?.sdgGoals ?? [],
    objectives: event?.objectives ?? '',
    outcomes: event?.outcomes ?? '',
    minutes: event?.minutes ?? '',
    isPublished: event?.isPublished ?? false,
    participants: (event?.participants ?? []).map((participant) => ({
      side: participant.side,
      name: participant.name,
      position: participant.position ?? '',
      userId: participant.userId ?? '',
      departmentId: participant.departmentId ?? '',
      partnerId: participant.partnerId ?? '',
      partnerContactId: participant.partnerContactId ?? '',
    })),
    costs: (event?.costs ?? []).map((cost) => ({
      category: cost.category,
      source: cost.source,
      amount: minorToInputText(cost.amountMinor, currencyDigits(cost.currency), defaults.language),
      currency: cost.currency,
      description: cost.description ?? '',
    })),
    linkIds: event?.links.map((link) => link.id) ?? [],
    initiativeIds: event?.initiatives.map((initiative) => initiative.id) ?? [],
  };
}

function parseCost(cost: CostValues) {
  return parseAmountToMinor(cost.amount, cost.currency ? currencyDigits(cost.currency) : 2);
}

/** Checks the contract cannot make on form values: amounts typed as text, and empty amounts. */
export function checkEventValues(values: EventFormValues) {
  const issues: Array<{ path: string; message: string }> = [];
  values.costs.forEach((cost, index) => {
    const parsed = parseCost(cost);
    if (!parsed.ok) issues.push({ path: `costs.${index}.amount`, message: 'forms.invalidAmount' });
    else if (parsed.minor === null)
      issues.push({ path: `costs.${index}.amount`, message: 'validation.required' });
  });
  return issues;
}

/** The body eventInputSchema validates: wall-clock times become instants with the zone's offset. */
export function formValuesToEventInput(values: EventFormValues): unknown {
  return {
    title: values.title,
    kind: values.kind,
    startsAt: localInputToInstant(values.startsAt, values.timezone) ?? values.startsAt,
    endsAt: localInputToInstant(values.endsAt, values.timezone) ?? values.endsAt,
    timezone: values.timezone,
    city: values.city,
    countryCode: values.countryCode || null,
    venue: values.venue,
    strategyLine: values.strategyLine || null,
    themes: values.themes,
    planCodes: values.planCodes,
    sdgGoals: values.sdgGoals,
    objectives: values.objectives,
    outcomes: values.outcomes,
    minutes: values.minutes,
    isPublished: values.isPublished,
    participants: values.participants.map((participant) => ({
      side: participant.side,
      name: participant.name,
      position: participant.position,
      userId: participant.side === 'own' ? participant.userId || null : null,
      departmentId: participant.side === 'own' ? participant.departmentId || null : null,
      partnerId: participant.side === 'partner' ? participant.partnerId || null : null,
      partnerContactId: participant.side === 'partner' ? participant.partnerContactId || null : null,
    })),
    costs: values.costs.map((cost) => {
      const parsed = parseCost(cost);
      return {
        category: cost.category,
        source: cost.source,
        amountMinor: parsed.ok && parsed.minor !== null ? parsed.minor : 0,
        currency: cost.currency,
        description: cost.description,
      };
    }),
    linkIds: values.linkIds,
    initiativeIds: values.initiativeIds,
  };
}

export function mapEventPath(path: string): string {
  return path.replace(/^costs\.(\d+)\.amountMinor/, 'costs.$1.amount');
}

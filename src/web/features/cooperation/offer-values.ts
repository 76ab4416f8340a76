import type { z } from 'zod';
import type { Offer, OfferInput } from '../../../contracts/cooperation';
import { catalogueActivitySchema } from '../../../contracts/iati';
import { minorToInputText, parseAmountToMinor } from '../../lib/money';
import { digitsOf } from './demand-values';

export type CatalogueActivity = z.infer<typeof catalogueActivitySchema>;

export type OfferFormValues = {
  kind: OfferInput['kind'];
  title: string;
  description: string;
  donorPartnerId: string;
  status: OfferInput['status'];
  currency: string;
  amountMin: string;
  amountMax: string;
  modalities: string[];
  sectors: string[];
  sdgGoals: string[];
  sdgTargets: string[];
  themes: string[];
  eligibleCountries: string[];
  eligibleGovernmentKinds: string[];
  opensOn: string;
  deadline: string;
  url: string;
};

export function offerToFormValues(language: string, defaultCurrency: string, offer?: Offer): OfferFormValues {
  const currency = offer?.currency ?? defaultCurrency;
  const digits = digitsOf(currency);
  const targets = offer?.sdgTargets ?? [];
  return {
    kind: offer?.kind ?? 'call',
    title: offer?.title ?? '',
    description: offer?.description ?? '',
    donorPartnerId: offer?.donorPartnerId ?? '',
    status: offer?.status ?? 'open',
    currency,
    amountMin: minorToInputText(offer?.amountMinMinor, digits, language),
    amountMax: minorToInputText(offer?.amountMaxMinor, digits, language),
    modalities: offer?.modalities ?? [],
    sectors: offer?.sectors ?? [],
    sdgGoals:
      offer?.sdgGoals ?? [...new Set(targets.map((target) => target.split('.')[0] ?? ''))].filter(Boolean),
    sdgTargets: targets,
    themes: offer?.themes ?? [],
    eligibleCountries: offer?.eligibleCountries ?? [],
    eligibleGovernmentKinds: offer?.eligibleGovernmentKinds ?? [],
    opensOn: offer?.opensOn ?? '',
    deadline: offer?.deadline ?? '',
    url: offer?.url ?? '',
  };
}

/**
 * A donor activity of the IATI catalogue as a programme the city could join: its title, text, DAC
 * sectors, recipient countries, currency and publisher; the officer completes the rest.
 */
export function activityToFormValues(activity: CatalogueActivity, defaultCurrency: string): OfferFormValues {
  const blank = offerToFormValues('es', defaultCurrency);
  return {
    ...blank,
    kind: 'programme',
    title: activity.title.slice(0, 300),
    description: [activity.description ?? '', `IATI: ${activity.iatiIdentifier}`]
      .filter(Boolean)
      .join('\n\n')
      .slice(0, 10000),
    donorPartnerId: activity.partnerId ?? '',
    currency: activity.defaultCurrency ?? defaultCurrency,
    sectors: activity.sectors.filter((code) => /^\d{5}$/.test(code)).slice(0, 40),
    eligibleCountries: activity.recipientCountries.filter((code) => /^[A-Z]{2}$/.test(code)),
    opensOn: activity.startDate ?? '',
    url: `https://d-portal.org/ctrack.html#view=act&aid=${encodeURIComponent(activity.iatiIdentifier)}`,
  };
}

export function checkOfferValues(values: OfferFormValues) {
  const digits = digitsOf(values.currency);
  const issues: Array<{ path: string; message: string }> = [];
  if (!parseAmountToMinor(values.amountMin, digits).ok)
    issues.push({ path: 'amountMin', message: 'forms.invalidAmount' });
  if (!parseAmountToMinor(values.amountMax, digits).ok)
    issues.push({ path: 'amountMax', message: 'forms.invalidAmount' });
  return issues;
}

function amountOrNull(text: string, currency: string): number | null {
  const parsed = parseAmountToMinor(text, digitsOf(currency));
  return parsed.ok ? parsed.minor : null;
}

export function formValuesToOfferInput(values: OfferFormValues): unknown {
  const amountMinMinor = amountOrNull(values.amountMin, values.currency);
  const amountMaxMinor = amountOrNull(values.amountMax, values.currency);
  const hasAmount = amountMinMinor !== null || amountMaxMinor !== null;
  return {
    kind: values.kind,
    title: values.title,
    description: values.description,
    donorPartnerId: values.donorPartnerId || null,
    status: values.status,
    currency: hasAmount ? values.currency || null : null,
    amountMinMinor,
    amountMaxMinor,
    modalities: values.modalities,
    sectors: values.sectors,
    // The goals ticked are sent too: a goal without targets used to be lost on save.
    sdgGoals: values.sdgGoals,
    sdgTargets: values.sdgTargets.filter((target) => values.sdgGoals.includes(target.split('.')[0] ?? '')),
    themes: values.themes,
    eligibleCountries: values.eligibleCountries,
    eligibleGovernmentKinds: values.eligibleGovernmentKinds,
    opensOn: values.opensOn || null,
    deadline: values.deadline || null,
    url: values.url,
  };
}

export function mapOfferPath(path: string): string {
  if (path.startsWith('amountMinMinor')) return 'amountMin';
  if (path.startsWith('amountMaxMinor')) return 'amountMax';
  for (const list of [
    'modalities',
    'sectors',
    'sdgTargets',
    'themes',
    'eligibleCountries',
    'eligibleGovernmentKinds',
  ])
    if (path.startsWith(`${list}.`)) return list;
  return path;
}

const catalogueStoragePrefix = 'vinculo.catalogueActivity.';

/** The catalogue row travels to the offer form through the session: there is no endpoint for one activity. */
export function rememberCatalogueActivity(activity: CatalogueActivity) {
  sessionStorage.setItem(`${catalogueStoragePrefix}${activity.id}`, JSON.stringify(activity));
}

export function recallCatalogueActivity(id: string | undefined): CatalogueActivity | null {
  if (!id) return null;
  const text = sessionStorage.getItem(`${catalogueStoragePrefix}${id}`);
  if (!text) return null;
  try {
    const parsed = catalogueActivitySchema.safeParse(JSON.parse(text));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

import type { Partner } from '../../../contracts/partners';

export type ContactValues = {
  id?: string;
  name: string;
  position: string;
  email: string;
  phone: string;
  language: string;
  channel: string;
  isPrimary: boolean;
};

export type PartnerFormValues = {
  name: string;
  acronym: string;
  kind: string;
  countryCode: string;
  city: string;
  latitude: string;
  longitude: string;
  iatiOrgId: string;
  iatiOrgType: string;
  website: string;
  email: string;
  tagsText: string;
  notes: string;
  contacts: ContactValues[];
};

export const emptyContact: ContactValues = {
  name: '',
  position: '',
  email: '',
  phone: '',
  language: '',
  channel: '',
  isPrimary: false,
};

export function partnerToFormValues(partner?: Partner): PartnerFormValues {
  return {
    name: partner?.name ?? '',
    acronym: partner?.acronym ?? '',
    kind: partner?.kind ?? 'city_government',
    countryCode: partner?.countryCode ?? '',
    city: partner?.city ?? '',
    latitude: partner?.latitude?.toString() ?? '',
    longitude: partner?.longitude?.toString() ?? '',
    iatiOrgId: partner?.iatiOrgId ?? '',
    iatiOrgType: partner?.iatiOrgType ?? '',
    website: partner?.website ?? '',
    email: partner?.email ?? '',
    tagsText: partner?.tags.join(', ') ?? '',
    notes: partner?.notes ?? '',
    contacts: (partner?.contacts ?? []).map((contact) => ({
      id: contact.id,
      name: contact.name,
      position: contact.position ?? '',
      email: contact.email ?? '',
      phone: contact.phone ?? '',
      language: contact.language ?? '',
      channel: contact.channel ?? '',
      isPrimary: contact.isPrimary,
    })),
  };
}

/** Turns the form's text values into the request body that partnerInputSchema validates. */
export function formValuesToPartnerInput(values: PartnerFormValues): unknown {
  const { tagsText, ...rest } = values;
  return {
    ...rest,
    countryCode: values.countryCode || null,
    iatiOrgType: values.iatiOrgType || null,
    tags: tagsText
      .split(',')
      .map((tag) => tag.trim())
      .filter(Boolean),
    contacts: values.contacts.map((contact) => ({
      ...contact,
      id: contact.id || undefined,
      channel: contact.channel || null,
    })),
  };
}

/** Issues about one tag belong to the single tags input. */
export function mapPartnerPath(path: string): string {
  return path.startsWith('tags') ? 'tagsText' : path;
}

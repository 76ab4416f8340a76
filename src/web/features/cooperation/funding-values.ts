import type { Funding, ProjectProfileInput, Transaction } from '../../../contracts/funding';
import { minorToInputText, parseAmountToMinor } from '../../lib/money';
import { digitsOf } from './demand-values';

export type ProfileFormValues = {
  iatiIdentifier: string;
  activityStatus: ProjectProfileInput['activityStatus'];
  sectors: Array<{ code: string; percentage: string }>;
  recipientCountryCode: string;
  startPlanned: string;
  endPlanned: string;
  startActual: string;
  endActual: string;
  isPublished: boolean;
  participants: Array<{
    partnerId: string;
    role: ProjectProfileInput['participants'][number]['role'];
    sharePercent: string;
  }>;
};

/** The stored profile, or a first one: identifier from the organisation's IATI id and the initiative. */
export function profileToFormValues(
  funding: Funding,
  defaultCountry: string,
  orgId: string | null,
): ProfileFormValues {
  const profile = funding.profile;
  const decimal = (value: string | null | undefined) => (value ?? '').replace('.', ',');
  return {
    iatiIdentifier: profile?.iatiIdentifier ?? (orgId ? `${orgId}-${funding.initiativeId.slice(0, 8)}` : ''),
    activityStatus: profile?.activityStatus ?? '2',
    sectors: (profile?.sectors ?? []).map((sector) => ({
      code: sector.code,
      percentage: decimal(sector.percentage),
    })),
    recipientCountryCode: profile?.recipientCountryCode ?? defaultCountry,
    startPlanned: profile?.startPlanned ?? '',
    endPlanned: profile?.endPlanned ?? '',
    startActual: profile?.startActual ?? '',
    endActual: profile?.endActual ?? '',
    isPublished: profile?.isPublished ?? false,
    participants: (profile?.participants ?? []).map((participant) => ({
      partnerId: participant.partnerId,
      role: participant.role,
      sharePercent: decimal(participant.sharePercent),
    })),
  };
}

export function formValuesToProfileInput(values: ProfileFormValues): unknown {
  return {
    iatiIdentifier: values.iatiIdentifier,
    activityStatus: values.activityStatus,
    sectors: values.sectors.map((sector) => ({ code: sector.code, percentage: sector.percentage })),
    recipientCountryCode: values.recipientCountryCode || null,
    startPlanned: values.startPlanned || null,
    endPlanned: values.endPlanned || null,
    startActual: values.startActual || null,
    endActual: values.endActual || null,
    isPublished: values.isPublished,
    participants: values.participants.map((participant) => ({
      partnerId: participant.partnerId,
      role: participant.role,
      sharePercent: participant.sharePercent.trim() === '' ? null : participant.sharePercent,
    })),
  };
}

/** Hundredths of a typed percentage ("33,33" → 3333); NaN when it is not one. */
export function percentHundredths(text: string): number {
  const match = /^(\d{1,3})(?:[.,](\d{1,2}))?$/.exec(text.trim());
  if (!match) return Number.NaN;
  return Number(match[1]) * 100 + Number((match[2] ?? '').padEnd(2, '0'));
}

/** The running sum of typed percentages, in hundredths; null when one of them is not a percentage. */
export function sumHundredths(texts: string[]): number | null {
  let total = 0;
  for (const text of texts) {
    const value = percentHundredths(text);
    if (Number.isNaN(value)) return null;
    total += value;
  }
  return total;
}

export type TransactionFormValues = {
  type: Transaction['type'];
  transactionDate: string;
  valueDate: string;
  amount: string;
  currency: string;
  providerPartnerId: string;
  receiverPartnerId: string;
  reference: string;
  description: string;
};

/** `today` is the government's calendar day (useGovernmentToday), never UTC's. */
export function transactionToFormValues(
  language: string,
  defaultCurrency: string,
  today: string,
  transaction?: Transaction,
): TransactionFormValues {
  const currency = transaction?.currency ?? defaultCurrency;
  return {
    type: transaction?.type ?? '3',
    transactionDate: transaction?.transactionDate ?? today,
    // Empty unless it differs from the transaction date: an empty value date follows the transaction
    // date (also when that date is edited later), never today's rate.
    valueDate:
      transaction && transaction.valueDate !== transaction.transactionDate ? transaction.valueDate : '',
    amount: minorToInputText(transaction?.amountMinor, digitsOf(currency), language),
    currency,
    providerPartnerId: transaction?.providerPartnerId ?? '',
    receiverPartnerId: transaction?.receiverPartnerId ?? '',
    reference: transaction?.reference ?? '',
    description: transaction?.description ?? '',
  };
}

export function checkTransactionValues(values: TransactionFormValues) {
  const parsed = parseAmountToMinor(values.amount, digitsOf(values.currency));
  if (!parsed.ok) return [{ path: 'amount', message: 'forms.invalidAmount' }];
  if (parsed.minor === null) return [{ path: 'amount', message: 'validation.required' }];
  return [];
}

export function formValuesToTransactionInput(values: TransactionFormValues): unknown {
  const parsed = parseAmountToMinor(values.amount, digitsOf(values.currency));
  return {
    type: values.type,
    transactionDate: values.transactionDate,
    valueDate: values.valueDate || null,
    amountMinor: parsed.ok ? parsed.minor : null,
    currency: values.currency,
    providerPartnerId: values.providerPartnerId || null,
    receiverPartnerId: values.receiverPartnerId || null,
    reference: values.reference,
    description: values.description,
  };
}

export function mapTransactionPath(path: string): string {
  return path.startsWith('amountMinor') ? 'amount' : path;
}

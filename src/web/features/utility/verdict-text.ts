import type { TFunction } from 'i18next';
import type { Reason, Remedy, Verdict } from '../../../contracts/utility';
import { enumLabel } from '../../lib/enum-options';
import { formatDate, formatMoney, formatNumber } from '../../lib/format';
import type { BadgeTone } from '../../ui/states';

export const verdictTones: Record<Verdict, BadgeTone> = {
  grace_period: 'info',
  productive: 'success',
  at_risk: 'warning',
  protocol_only: 'danger',
};

/** The order in which a head of office reads verdicts: what needs attention first. */
export const verdictOrder: Verdict[] = ['protocol_only', 'at_risk', 'grace_period', 'productive'];

type Params = Record<string, string | number>;

const dateParams = ['date', 'since', 'dueDate'];

/** "3 años y 2 meses" from whole years and months. */
function durationText(t: TFunction, years: number, months: number): string {
  const parts = [
    years > 0 ? t('utility.duration.years', { count: years }) : null,
    months > 0 || years === 0 ? t('utility.duration.months', { count: months }) : null,
  ].filter((part): part is string => part !== null);
  return parts.join(t('utility.duration.and'));
}

/**
 * The parameters of a reason or remedy as a sentence needs them: dates and money in the UI language,
 * stages by their name, elapsed time as words. `count` stays a number so that i18next picks the
 * plural form; `value` is the same count written in the UI language.
 */
function readableParams(t: TFunction, params: Params, language: string): Record<string, string | number> {
  const readable: Record<string, string | number> = { ...params };
  for (const key of dateParams) {
    const value = params[key];
    if (typeof value === 'string') readable[key] = formatDate(value, language);
  }
  if (typeof params.years === 'number' || typeof params.months === 'number') {
    const total = Number(params.years ?? 0) * 12 + Number(params.months ?? 0);
    readable.ago = durationText(t, Math.floor(total / 12), total % 12);
  }
  if (typeof params.days === 'number' && params.count === undefined) readable.count = params.days;
  if (typeof readable.count === 'number') readable.value = formatNumber(readable.count, language);
  if (typeof params.jobs === 'number') readable.jobs = formatNumber(params.jobs, language);
  if (typeof params.amountMinor === 'number') {
    readable.amount = formatMoney(params.amountMinor, String(params.currency ?? ''), language);
  }
  if (typeof params.stage === 'string') readable.stage = enumLabel(t, 'stage', params.stage);
  return readable;
}

export function reasonText(t: TFunction, reason: Reason, language: string): string {
  return t(`utility.reason.${reason.code}`, readableParams(t, reason.params, language));
}

export function remedyText(t: TFunction, remedy: Remedy, language: string): string {
  return t(`utility.remedy.${remedy.code}`, readableParams(t, remedy.params, language));
}

export function verdictLabel(t: TFunction, verdict: Verdict): string {
  return t(`utility.verdict.${verdict}`);
}

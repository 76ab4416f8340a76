import type { Lead, LeadInput, LeadStage } from '../../../contracts/investment';

import { pipelineStages } from '../../../domain/investment-pipeline';
import { currencyDigits } from '../../lib/format';
import { minorToInputText, parseAmountToMinor } from '../../lib/money';

/** Board columns: the pipeline in order, then the lost leads. */
export const boardStages: readonly LeadStage[] = [...pipelineStages, 'lost'];

/**
 * Common investment sectors with their DAC 5-digit codes (IATI Sector codelist). There is no sector
 * list endpoint, so the form offers these and lets the officer type any other official code.
 */
export const commonSectors = [
  '22040',
  '22020',
  '32182',
  '32120',
  '32161',
  '32163',
  '32168',
  '32171',
  '32172',
  '23210',
  '33210',
  '24030',
  '25010',
  '21010',
  '43030',
  '12191',
  '16061',
] as const;

export const otherSector = 'other';

/** A lead as the board and the table list it (without history and events). */
export type LeadSummary = Omit<Lead, 'history' | 'events'>;

export type LeadFormValues = {
  companyPartnerId: string;
  title: string;
  originCountryCode: string;
  sectorChoice: string;
  sectorCode: string;
  description: string;
  currency: string;
  expectedAmount: string;
  realisedAmount: string;
  expectedJobs: string;
  createdJobs: string;
  territorialUnitId: string;
  responsibleUserId: string;
  responsibleName: string;
  eventIds: string[];
  strategyLines: string[];
  themes: string[];
  planCodes: string[];
  sdgGoals: string[];
};

export function leadToFormValues(language: string, defaultCurrency: string, lead?: Lead): LeadFormValues {
  const currency = lead?.currency ?? defaultCurrency;
  const digits = currencyDigits(currency);
  const sector = lead?.sector ?? '';
  const isCommon = sector === '' || (commonSectors as readonly string[]).includes(sector);
  return {
    companyPartnerId: lead?.companyPartnerId ?? '',
    title: lead?.title ?? '',
    originCountryCode: lead?.originCountryCode ?? '',
    sectorChoice: isCommon ? sector : otherSector,
    sectorCode: isCommon ? '' : sector,
    description: lead?.description ?? '',
    currency,
    expectedAmount: minorToInputText(lead?.expectedAmountMinor, digits, language),
    realisedAmount: minorToInputText(lead?.realisedAmountMinor, digits, language),
    expectedJobs: lead?.expectedJobs?.toString() ?? '',
    createdJobs: lead?.createdJobs?.toString() ?? '',
    territorialUnitId: lead?.territorialUnitId ?? '',
    responsibleUserId: lead?.responsibleUserId ?? '',
    responsibleName: lead?.responsibleName ?? '',
    eventIds: lead?.events.map((event) => event.id) ?? [],
    strategyLines: lead?.strategyLines ?? [],
    themes: lead?.themes ?? [],
    planCodes: lead?.planCodes ?? [],
    sdgGoals: lead?.sdgGoals ?? [],
  };
}

function digitsOf(currency: string): number {
  return /^[A-Z]{3}$/.test(currency) ? currencyDigits(currency) : 2;
}

/** Whole numbers typed with or without thousands separators ("1.200" or "1200"); '' is no answer. */
export function parseJobs(text: string): number | null | undefined {
  const trimmed = text.trim();
  if (trimmed === '') return null;
  if (!/^(?:\d+|\d{1,3}(?:[.,\s]\d{3})+)$/.test(trimmed)) return undefined;
  return Number.parseInt(trimmed.replace(/[\s.,]/g, ''), 10);
}

/** Amounts must be plain decimals with no more decimals than the currency has; jobs whole numbers. */
export function checkLeadValues(values: LeadFormValues) {
  const digits = digitsOf(values.currency);
  const issues: Array<{ path: string; message: string }> = [];
  if (!parseAmountToMinor(values.expectedAmount, digits).ok)
    issues.push({ path: 'expectedAmount', message: 'forms.invalidAmount' });
  if (!parseAmountToMinor(values.realisedAmount, digits).ok)
    issues.push({ path: 'realisedAmount', message: 'forms.invalidAmount' });
  if (parseJobs(values.expectedJobs) === undefined)
    issues.push({ path: 'expectedJobs', message: 'validation.invalidNumber' });
  if (parseJobs(values.createdJobs) === undefined)
    issues.push({ path: 'createdJobs', message: 'validation.invalidNumber' });
  return issues;
}

function amountOrNull(text: string, currency: string): number | null {
  const parsed = parseAmountToMinor(text, digitsOf(currency));
  return parsed.ok ? parsed.minor : null;
}

/** Turns the form into the body leadInputSchema validates. */
export function formValuesToLeadInput(values: LeadFormValues): unknown {
  return {
    companyPartnerId: values.companyPartnerId,
    title: values.title,
    originCountryCode: values.originCountryCode,
    sector: values.sectorChoice === otherSector ? values.sectorCode.trim() : values.sectorChoice,
    description: values.description,
    currency: values.currency,
    expectedAmountMinor: amountOrNull(values.expectedAmount, values.currency),
    realisedAmountMinor: amountOrNull(values.realisedAmount, values.currency),
    expectedJobs: parseJobs(values.expectedJobs) ?? null,
    createdJobs: parseJobs(values.createdJobs) ?? null,
    territorialUnitId: values.territorialUnitId || null,
    responsibleUserId: values.responsibleUserId || null,
    responsibleName: values.responsibleName,
    eventIds: values.eventIds,
    strategyLines: values.strategyLines,
    themes: values.themes,
    planCodes: values.planCodes,
    sdgGoals: values.sdgGoals,
  };
}

export function mapLeadPath(path: string): string {
  if (path.startsWith('expectedAmountMinor')) return 'expectedAmount';
  if (path.startsWith('realisedAmountMinor')) return 'realisedAmount';
  if (path === 'sector') return 'sectorChoice';
  if (path.startsWith('eventIds')) return 'eventIds';
  return path;
}

/** The body of a PUT that keeps everything of the lead as stored and changes only `patch`. */
export function leadToInput(lead: Lead, patch: Partial<LeadInput> = {}): LeadInput & { version: number } {
  return {
    companyPartnerId: lead.companyPartnerId,
    title: lead.title,
    originCountryCode: lead.originCountryCode,
    sector: lead.sector,
    description: lead.description,
    currency: lead.currency,
    expectedAmountMinor: lead.expectedAmountMinor,
    realisedAmountMinor: lead.realisedAmountMinor,
    expectedJobs: lead.expectedJobs,
    createdJobs: lead.createdJobs,
    territorialUnitId: lead.territorialUnitId,
    responsibleUserId: lead.responsibleUserId,
    responsibleName: lead.responsibleName,
    eventIds: lead.events.map((event) => event.id),
    strategyLines: lead.strategyLines,
    themes: lead.themes,
    planCodes: lead.planCodes,
    sdgGoals: lead.sdgGoals,
    ...patch,
    version: lead.version,
  };
}

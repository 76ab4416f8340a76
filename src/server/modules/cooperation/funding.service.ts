import { parse } from 'csv-parse/sync';
import type { Language } from '../../../contracts/common';
import type { ProjectProfileInput, TransactionInput } from '../../../contracts/funding';
import { convertMinor } from '../../../domain/money';
import { partners, projectTransactions } from '../../db/schema';
import { recordAudit } from '../../platform/audit';
import type { Database } from '../../platform/db';
import {
  type FieldIssue,
  fieldError,
  NotFoundError,
  ValidationError,
  VersionConflictError,
} from '../../platform/errors';
import { translate } from '../../platform/i18n';
import { normalizeDecimal } from '../../platform/present';
import { findIdsInTenant, type TenantContext, updateVersioned } from '../../platform/tenancy';
import * as iatiService from '../iati/iati.service';
import { assertOpen, getInitiativeRow } from '../initiatives/initiatives.service';
import { isKnownCode, isKnownSector } from '../reference/reference.service';
import * as cooperationQueries from './cooperation.queries';
import * as queries from './funding.queries';

type Rate = { currency: string; rateDate: string; rate: string };

/** The field of the profile form each IATI date rule is about. */
const profileRuleFields: Record<string, string> = {
  '11.1.2': 'endPlanned',
  '11.1.3': 'endActual',
  '11.1.4': 'startActual',
  '11.1.5': 'endActual',
  '11.2.1': 'transactions',
  '11.2.2': 'transactions',
  '8.6.3': 'budgets',
  '7.5.3': 'budgets',
};
const transactionRuleFields: Record<string, string> = { '11.2.1': 'transactionDate', '11.2.2': 'valueDate' };
const budgetRuleFields: Record<string, string> = { '8.6.3': 'periodEnd', '7.5.3': 'periodEnd' };

/**
 * Refuses (422, each rule in the caller's language) what would publish data the IATI standard
 * rulesets forbid, checked on the saved state inside the caller's transaction, which rolls back.
 * `fields` names the rules this write answers for; `isEveryRule` makes any other error count too.
 */
async function assertPublishable(
  db: Database,
  context: TenantContext,
  initiativeId: string,
  fields: Record<string, string>,
  isEveryRule = false,
) {
  const findings = (await iatiService.findPublicationErrors(db, context, initiativeId)).filter(
    (finding) => isEveryRule || finding.ruleId in fields,
  );
  const issues = iatiService.ruleIssues(findings, (ruleId) => fields[ruleId] ?? 'isPublished');
  const unique = [...new Map(issues.map((issue) => [`${issue.field} ${issue.key}`, issue])).values()];
  if (unique.length > 0) throw new ValidationError(unique);
}

/** After a write to a published project's money: its transactions or budgets must still be publishable. */
async function assertStillPublishable(
  db: Database,
  context: TenantContext,
  initiativeId: string,
  fields: Record<string, string>,
) {
  const profile = await queries.findProfile(db, context, initiativeId);
  if (profile?.isPublished) await assertPublishable(db, context, initiativeId, fields);
}

/** The latest rate of `currency` on or before `date` (rates sorted by date within each currency). */
export function findRate(rates: Rate[], currency: string, date: string): Rate | null {
  let found: Rate | null = null;
  for (const rate of rates) if (rate.currency === currency && rate.rateDate <= date) found = rate;
  return found;
}

/** Sums of shares per role must be exactly 100 when any share is given; compared in hundredths. */
function sumInHundredths(values: string[]): number {
  return values.reduce((sum, value) => {
    const [whole = '0', fraction = ''] = value.split('.');
    return sum + Number(whole) * 100 + Number(fraction.padEnd(2, '0'));
  }, 0);
}

/**
 * Saves the IATI profile of a funded initiative and its participating organisations: partners of this
 * government, shares per role adding up to 100, sector percentages adding up to 100, a unique identifier.
 */
export async function saveProfile(
  db: Database,
  context: TenantContext,
  initiativeId: string,
  input: ProjectProfileInput & { version?: number | undefined },
) {
  assertOpen(await getInitiativeRow(db, context, initiativeId));
  const issues: FieldIssue[] = [];
  const government = await cooperationQueries.findGovernmentProfile(db, context);
  // Every published identifier begins with the publisher's organisation identifier (rule 1.1.21):
  // publishing needs it, and a draft is checked as soon as there is one.
  if (input.isPublished && !government.iatiOrgId?.trim())
    issues.push({ field: 'isPublished', key: 'iatiRules.publishNeedsIatiOrgId' });
  if (government.iatiOrgId && !input.iatiIdentifier.startsWith(`${government.iatiOrgId.trim()}-`)) {
    issues.push({ field: 'iatiIdentifier', key: 'validation.invalidIatiIdentifier' });
  }
  const taken = await queries.findProfileByIdentifier(db, context, input.iatiIdentifier);
  if (taken && taken.initiativeId !== initiativeId)
    issues.push({ field: 'iatiIdentifier', key: 'validation.iatiIdentifierTaken' });
  input.sectors.forEach((sector, index) => {
    if (!isKnownSector(sector.code))
      issues.push({ field: `sectors.${index}.code`, key: 'validation.unknownSector' });
  });
  if (
    input.sectors.length > 0 &&
    sumInHundredths(input.sectors.map((sector) => sector.percentage)) !== 10_000
  ) {
    issues.push({
      field: 'sectors',
      key: 'validation.sectorsMustAddUp',
      params: { sum: sumInHundredths(input.sectors.map((s) => s.percentage)) / 100 },
    });
  }
  if (input.recipientCountryCode && !isKnownCode('countries', input.recipientCountryCode)) {
    issues.push({ field: 'recipientCountryCode', key: 'validation.unknownCountry' });
  }
  const partnerIds = await findIdsInTenant(
    db,
    partners,
    context,
    input.participants.map((participant) => participant.partnerId),
  );
  input.participants.forEach((participant, index) => {
    if (!partnerIds.has(participant.partnerId))
      issues.push({ field: `participants.${index}.partnerId`, key: 'validation.unknownPartner' });
  });
  for (const role of ['funding', 'accountable', 'extending', 'implementing'] as const) {
    const shares = input.participants.filter(
      (participant) => participant.role === role && participant.sharePercent != null,
    );
    if (shares.length === 0) continue;
    const sum = sumInHundredths(shares.map((participant) => participant.sharePercent as string));
    if (sum !== 10_000)
      issues.push({
        field: 'participants',
        key: 'validation.sharesMustAddUp',
        params: { role, sum: sum / 100 },
      });
  }
  // What the IATI standard requires of a published activity (XSD and rules 6.11.1, 6.2.2), asked for
  // when the project is published rather than discovered when the export fails.
  if (input.isPublished) {
    if (!input.startPlanned && !input.startActual)
      issues.push({ field: 'startPlanned', key: 'validation.publishNeedsStartDate' });
    if (input.sectors.length === 0) issues.push({ field: 'sectors', key: 'validation.publishNeedsSector' });
  }
  if (issues.length > 0) throw new ValidationError(issues);
  const before = await queries.findProfile(db, context, initiativeId);
  const { participants, version, ...profile } = input;
  const saved = await queries.upsertProfile(
    db,
    {
      ...profile,
      initiativeId,
      governmentId: context.governmentId,
      recipientCountryCode: profile.recipientCountryCode ?? null,
      collaborationType: profile.collaborationType ?? null,
      defaultFlowType: profile.defaultFlowType ?? null,
      defaultFinanceType: profile.defaultFinanceType ?? null,
      defaultAidType: profile.defaultAidType ?? null,
      defaultTiedStatus: profile.defaultTiedStatus ?? null,
      startPlanned: profile.startPlanned ?? null,
      endPlanned: profile.endPlanned ?? null,
      startActual: profile.startActual ?? null,
      endActual: profile.endActual ?? null,
      createdBy: context.userId,
      updatedBy: context.userId,
    },
    before ? (version ?? before.version) : null,
  );
  if (!saved) throw new VersionConflictError(before?.version ?? 0, version ?? 0);
  await queries.replaceParticipants(
    db,
    context,
    initiativeId,
    participants.map((participant) => ({
      partnerId: participant.partnerId,
      role: participant.role,
      sharePercent: participant.sharePercent ?? null,
    })),
  );
  // The rulesets judge the activity as it is now saved, with its budgets and transactions.
  if (input.isPublished) await assertPublishable(db, context, initiativeId, profileRuleFields, true);
  await recordAudit(db, context, {
    entityType: 'project_profile',
    entityId: initiativeId,
    action: before ? 'update' : 'create',
    before,
    after: { ...saved, participants },
  });
  return saved;
}

async function checkTransaction(db: Database, context: TenantContext, input: TransactionInput) {
  const issues: FieldIssue[] = [];
  if (!isKnownCode('currencies', input.currency))
    issues.push({ field: 'currency', key: 'validation.unknownCurrency' });
  const ids = [input.providerPartnerId, input.receiverPartnerId].filter((id): id is string => Boolean(id));
  const existing = await findIdsInTenant(db, partners, context, ids);
  if (input.providerPartnerId && !existing.has(input.providerPartnerId))
    issues.push({ field: 'providerPartnerId', key: 'validation.unknownPartner' });
  if (input.receiverPartnerId && !existing.has(input.receiverPartnerId))
    issues.push({ field: 'receiverPartnerId', key: 'validation.unknownPartner' });
  if (issues.length > 0) throw new ValidationError(issues);
}

function transactionValues(input: TransactionInput) {
  return {
    type: input.type,
    transactionDate: input.transactionDate,
    // Converted, charted and exported at its value date; without one, at its transaction date.
    valueDate: input.valueDate ?? input.transactionDate,
    amountMinor: input.amountMinor,
    currency: input.currency,
    providerPartnerId: input.providerPartnerId ?? null,
    receiverPartnerId: input.receiverPartnerId ?? null,
    reference: input.reference ?? null,
    description: input.description ?? null,
  };
}

export async function addTransaction(
  db: Database,
  context: TenantContext,
  initiativeId: string,
  input: TransactionInput,
) {
  assertOpen(await getInitiativeRow(db, context, initiativeId));
  await checkTransaction(db, context, input);
  const row = await queries.insertTransaction(db, {
    ...transactionValues(input),
    initiativeId,
    governmentId: context.governmentId,
    createdBy: context.userId,
    updatedBy: context.userId,
  });
  await assertStillPublishable(db, context, initiativeId, transactionRuleFields);
  await recordAudit(db, context, {
    entityType: 'transaction',
    entityId: row.id,
    action: 'create',
    after: row,
  });
  return row;
}

export async function updateTransaction(
  db: Database,
  context: TenantContext,
  initiativeId: string,
  id: string,
  input: TransactionInput & { version: number },
) {
  assertOpen(await getInitiativeRow(db, context, initiativeId));
  const before = await queries.findTransaction(db, context, initiativeId, id);
  if (!before) throw new NotFoundError();
  await checkTransaction(db, context, input);
  const after = await updateVersioned(
    db,
    projectTransactions,
    context,
    id,
    input.version,
    transactionValues(input),
  );
  await assertStillPublishable(db, context, initiativeId, transactionRuleFields);
  await recordAudit(db, context, {
    entityType: 'transaction',
    entityId: id,
    action: 'update',
    before,
    after,
  });
  return after;
}

export async function removeTransaction(
  db: Database,
  context: TenantContext,
  initiativeId: string,
  id: string,
) {
  assertOpen(await getInitiativeRow(db, context, initiativeId));
  const before = await queries.findTransaction(db, context, initiativeId, id);
  if (!before) throw new NotFoundError();
  await queries.deleteTransaction(db, context, id);
  await recordAudit(db, context, { entityType: 'transaction', entityId: id, action: 'delete', before });
}

export async function addBudget(
  db: Database,
  context: TenantContext,
  initiativeId: string,
  input: {
    kind: 'original' | 'revised';
    status: 'indicative' | 'committed';
    periodStart: string;
    periodEnd: string;
    amountMinor: number;
    currency: string;
    valueDate: string;
  },
) {
  assertOpen(await getInitiativeRow(db, context, initiativeId));
  if (!isKnownCode('currencies', input.currency)) throw fieldError('currency', 'validation.unknownCurrency');
  const row = await queries.insertBudget(db, { ...input, initiativeId, governmentId: context.governmentId });
  await assertStillPublishable(db, context, initiativeId, budgetRuleFields);
  await recordAudit(db, context, { entityType: 'budget', entityId: row.id, action: 'create', after: row });
  return row;
}

export async function removeBudget(db: Database, context: TenantContext, initiativeId: string, id: string) {
  assertOpen(await getInitiativeRow(db, context, initiativeId));
  const removed = await queries.deleteBudget(db, context, initiativeId, id);
  if (!removed) throw new NotFoundError();
  await recordAudit(db, context, { entityType: 'budget', entityId: id, action: 'delete', before: removed });
}

const committedTypes = new Set(['2', '11']);

/**
 * The funding page: profile, budgets and transactions, each converted to the reporting currency at the
 * latest rate on or before its value date, totals per type and the cumulative committed / disbursed /
 * spent series by month for the chart. Amounts without a rate are counted apart, never guessed.
 */
export async function getFunding(db: Database, context: TenantContext, initiativeId: string) {
  const initiative = await getInitiativeRow(db, context, initiativeId);
  const government = await cooperationQueries.findGovernmentProfile(db, context);
  const reporting = government.reportingCurrency;
  const [profile, participants, budgets, transactions, rates] = await Promise.all([
    queries.findProfile(db, context, initiativeId),
    queries.findParticipants(db, context, initiativeId),
    queries.findBudgets(db, context, initiativeId),
    queries.findTransactions(db, context, initiativeId),
    queries.findRates(db, context, reporting),
  ]);
  const converted = transactions.map((row) => {
    const { transaction } = row;
    const rate =
      transaction.currency === reporting
        ? { rate: '1', rateDate: transaction.valueDate }
        : findRate(rates, transaction.currency, transaction.valueDate);
    return {
      ...row,
      reportingAmountMinor: rate
        ? convertMinor(transaction.amountMinor, transaction.currency, reporting, rate.rate)
        : null,
      rateUsed: rate && transaction.currency !== reporting ? normalizeDecimal(rate.rate) : null,
      rateDate: rate && transaction.currency !== reporting ? rate.rateDate : null,
    };
  });
  const totals = (['11', '1', '2', '3', '4'] as const).map((type) => {
    const ofType = converted.filter((row) => row.transaction.type === type);
    return {
      type,
      reportingAmountMinor: ofType.reduce((sum, row) => sum + (row.reportingAmountMinor ?? 0), 0),
      unconvertedCount: ofType.filter((row) => row.reportingAmountMinor === null).length,
    };
  });
  const months = [...new Set(converted.map((row) => row.transaction.valueDate.slice(0, 7)))].sort();
  let committed = 0;
  let disbursed = 0;
  let spent = 0;
  const series = months.map((month) => {
    for (const row of converted.filter((each) => each.transaction.valueDate.slice(0, 7) === month)) {
      const amount = row.reportingAmountMinor ?? 0;
      if (committedTypes.has(row.transaction.type)) committed += amount;
      else if (row.transaction.type === '3') disbursed += amount;
      else if (row.transaction.type === '4') spent += amount;
    }
    return { month, committed, disbursed, spent };
  });
  return { initiative, reporting, profile, participants, budgets, transactions: converted, totals, series };
}

/**
 * Loads exchange rates from a CSV with the header currency,date,rate (a spreadsheet export), rate in
 * units of the reporting currency per unit of the currency. Good lines are saved, bad ones reported
 * by line number; nothing is half-saved within a line.
 */
export async function importRates(
  db: Database,
  context: TenantContext,
  csv: string,
  source: string | null,
  language: Language,
) {
  const government = await cooperationQueries.findGovernmentProfile(db, context);
  let records: string[][];
  try {
    records = parse(csv, {
      trim: true,
      skip_empty_lines: true,
      relax_column_count: true,
      bom: true,
    }) as string[][];
  } catch (error) {
    throw fieldError('csv', 'validation.csvHeader', { detail: (error as Error).message });
  }
  const [header, ...lines] = records;
  const columns = (header ?? []).map((name) => name.toLowerCase());
  const index = {
    currency: columns.indexOf('currency'),
    date: columns.indexOf('date'),
    rate: columns.indexOf('rate'),
  };
  if (index.currency < 0 || index.date < 0 || index.rate < 0) throw fieldError('csv', 'validation.csvHeader');
  const result = { imported: 0, updated: 0, errors: [] as { line: number; message: string }[] };
  for (const [offset, line] of lines.entries()) {
    const lineNumber = offset + 2;
    const currency = (line[index.currency] ?? '').toUpperCase();
    const date = line[index.date] ?? '';
    const rate = (line[index.rate] ?? '').replace(',', '.');
    // A decimal comma splits a line into more columns than the header: refuse rather than drop digits.
    const problem =
      line.length > columns.length
        ? 'validation.csvExtraColumns'
        : !isKnownCode('currencies', currency)
          ? 'validation.unknownCurrency'
          : !/^\d{4}-\d{2}-\d{2}$/.test(date) || Number.isNaN(Date.parse(date))
            ? 'validation.invalidDate'
            : !/^\d{1,12}(?:\.\d{1,12})?$/.test(rate) || Number(rate) <= 0
              ? 'validation.invalidNumber'
              : null;
    if (problem) {
      result.errors.push({ line: lineNumber, message: translate(language, problem) });
      continue;
    }
    const isInsert = await queries.upsertRate(db, {
      governmentId: context.governmentId,
      currency,
      reportingCurrency: government.reportingCurrency,
      rateDate: date,
      rate,
      source,
    });
    if (isInsert) result.imported += 1;
    else result.updated += 1;
  }
  await recordAudit(db, context, {
    entityType: 'exchange_rates',
    entityId: context.governmentId,
    action: 'import',
    after: { ...result, source },
  });
  return result;
}

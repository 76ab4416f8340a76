import type { Contest, Ledger, UtilitySettings, VerdictDetail } from '../../../contracts/utility';
import type { verdictContests } from '../../db/schema';
import { normalizeDecimal, toIso, toIsoOrNull } from '../../platform/present';
import type { Environment } from './facts.service';
import type { getLedger } from './ledger.service';
import type { getVerdict } from './verdicts.service';

const toNumber = (value: string | null) => (value === null ? null : Number(value));

export function presentSettings(environment: Environment): UtilitySettings {
  const row = environment.settingsRow;
  return {
    ...environment.settings,
    reportingCurrency: environment.facts.reportingCurrency,
    population: environment.facts.population,
    isDefault: row === null,
    version: row?.version ?? 1,
    updatedAt: row ? toIso(row.updatedAt) : null,
    updatedBy: row?.updatedBy ?? null,
  };
}

export function presentContest(row: {
  contest: typeof verdictContests.$inferSelect;
  createdByName: string | null;
}): Contest {
  const { contest } = row;
  return {
    id: contest.id,
    subjectKind: contest.subjectKind,
    subjectId: contest.subjectId,
    justification: contest.justification,
    verdictAtFiling: contest.verdictAtFiling,
    createdAt: toIso(contest.createdAt),
    createdBy: contest.createdBy,
    createdByName: row.createdByName,
    withdrawnAt: toIsoOrNull(contest.withdrawnAt),
    withdrawnBy: contest.withdrawnBy,
    version: contest.version,
  };
}

export function presentVerdict(result: Awaited<ReturnType<typeof getVerdict>>): VerdictDetail {
  const { subject, contests } = result;
  const history = contests.map(presentContest);
  return {
    subject: { kind: subject.kind, id: subject.id, label: subject.label },
    verdict: subject.outcome.verdict,
    graceEndsOn: subject.outcome.graceEndsOn,
    asOf: subject.outcome.asOf,
    reasons: subject.outcome.reasons,
    remedies: subject.outcome.remedies,
    contest: history.find((contest) => contest.withdrawnAt === null) ?? null,
    contestHistory: history,
  };
}

function apart(map: Map<string, { amountMinor: number; count: number }>) {
  return [...map.entries()].map(([currency, value]) => ({ currency, ...value }));
}

function breakdownOf(parts: { dimension: string; category: string; value: number }[], dimension: string) {
  return parts
    .filter((part) => part.dimension === dimension)
    .map((part) => ({ category: part.category, value: part.value }));
}

export function presentLedger(
  kind: Ledger['subject']['kind'],
  id: string,
  ledger: Awaited<ReturnType<typeof getLedger>>,
): Ledger {
  const { facts, environment } = ledger;
  const byUnit = new Map(
    ledger.breakdown
      .filter((part) => part.dimension === 'territorial_unit')
      .map((part) => [part.category, part.value]),
  );
  return {
    subject: { kind, id, label: ledger.label },
    asOf: environment.today,
    reportingCurrency: environment.facts.reportingCurrency,
    initiatives: {
      total: ledger.initiatives.total,
      items: ledger.initiatives.rows.map((row) => ({
        kind: 'initiative' as const,
        id: row.id,
        title: row.title,
        stage: row.stage as 'agenda',
        isBeyondAgenda: ['design', 'implementation', 'evaluation', 'closed'].includes(row.stage),
        via: row.via as 'link',
      })),
    },
    events: {
      total: ledger.events.total,
      items: ledger.events.rows.map((row) => ({
        kind: 'event' as const,
        id: row.id,
        title: row.title,
        eventKind: row.kind,
        startsAt: toIso(row.starts_at),
        endsAt: toIso(row.ends_at),
      })),
    },
    links: {
      total: ledger.links.total,
      items: ledger.links.rows.map((row) => ({
        kind: 'link' as const,
        id: row.id,
        title: row.title,
        linkKind: row.kind,
        status: row.status,
        signedOn: row.signed_on,
      })),
    },
    commitments: {
      total: ledger.commitments.total,
      counts: {
        fulfilledOnTime: facts.commitments.onTime,
        fulfilledLate: facts.commitments.late,
        overdue: facts.commitments.overdue,
        open: facts.commitments.open,
        cancelled: facts.commitments.cancelled,
      },
      items: ledger.commitments.rows.map((row) => ({
        kind: 'commitment' as const,
        id: row.id,
        title: row.title,
        dueDate: row.due_date,
        status: row.status as 'pending',
        fulfilledOn: row.fulfilled_on,
        isOnTime: row.status === 'fulfilled' ? (row.fulfilled_on ?? row.due_date) <= row.due_date : null,
        eventId: row.event_id,
        linkId: row.link_id,
        ownerDepartment:
          row.department_id && row.department_name
            ? { kind: 'department' as const, id: row.department_id, label: row.department_name }
            : null,
      })),
    },
    resources: {
      total: ledger.transactions.total,
      mobilisedMinor: facts.resources.mobilisedMinor,
      byType: [...facts.resources.byType.entries()].map(([type, amountMinor]) => ({ type, amountMinor })),
      unconverted: apart(facts.resources.unconverted),
      items: ledger.transactions.rows.map((row) => ({
        kind: 'transaction' as const,
        id: row.id,
        initiativeId: row.initiative_id,
        initiativeTitle: row.initiative_title,
        type: row.type,
        valueDate: row.value_date,
        amountMinor: Number(row.amount_minor),
        currency: row.currency,
        reportingAmountMinor: toNumber(row.reporting_minor),
        provider:
          row.provider_id && row.provider_name
            ? { kind: 'partner' as const, id: row.provider_id, label: row.provider_name }
            : null,
      })),
    },
    beneficiaries: {
      total: facts.beneficiaries,
      byTerritorialUnit: breakdownOf(ledger.breakdown, 'territorial_unit'),
      bySex: breakdownOf(ledger.breakdown, 'sex'),
      byAgeGroup: breakdownOf(ledger.breakdown, 'age_group'),
    },
    indicators: {
      total: ledger.indicators.total,
      items: ledger.indicators.rows.map((row) => ({
        kind: 'indicator' as const,
        id: row.id,
        initiativeId: row.initiative_id,
        initiativeTitle: row.initiative_title,
        name: row.name,
        unit: row.unit,
        countsBeneficiaries: row.counts_beneficiaries,
        baselineValue: normalizeDecimal(row.baseline_value),
        targetValue: normalizeDecimal(row.target_value),
        latestValue: normalizeDecimal(row.latest_value),
        latestMeasuredOn: row.latest_on,
        progress: row.progress,
      })),
    },
    investment: {
      total: ledger.leads.total,
      realisedMinor: facts.leads.realisedMinor,
      expectedMinor: facts.leads.expectedMinor,
      createdJobs: facts.leads.createdJobs,
      expectedJobs: facts.leads.expectedJobs,
      unconverted: apart(facts.leads.unconverted),
      items: ledger.leads.rows.map((row) => ({
        kind: 'investment_lead' as const,
        id: row.id,
        title: row.title,
        company: { kind: 'partner' as const, id: row.company_id, label: row.company_name },
        stage: row.stage as 'lead',
        currency: row.currency,
        expectedAmountMinor: toNumber(row.expected_amount_minor),
        realisedAmountMinor: toNumber(row.realised_amount_minor),
        reportingRealisedMinor: toNumber(row.reporting_realised),
        expectedJobs: row.expected_jobs,
        createdJobs: row.created_jobs,
      })),
    },
    networkRoles: {
      total: ledger.roles.total,
      items: ledger.roles.rows.map((row) => ({
        kind: 'network_role' as const,
        id: row.id,
        title: row.title,
        roleKind: row.kind,
        network: { kind: 'partner' as const, id: row.network_id, label: row.network_name },
        startsOn: row.starts_on,
        endsOn: row.ends_on,
      })),
    },
    positions: {
      total: ledger.positions.total,
      items: ledger.positions.rows.map((row) => ({
        kind: 'diplomacy_position' as const,
        id: row.id,
        title: row.title,
        positionKind: row.kind,
        madeOn: row.made_on,
        network:
          row.network_id && row.network_name
            ? { kind: 'partner' as const, id: row.network_id, label: row.network_name }
            : null,
        eventId: row.event_id,
      })),
    },
    territorialUnits: {
      total: ledger.units.total,
      items: ledger.units.rows.map((row) => ({
        kind: 'territorial_unit' as const,
        id: row.id,
        name: row.name,
        code: row.code,
        population: toNumber(row.population),
        beneficiaries: byUnit.get(row.id) ?? 0,
      })),
    },
  };
}

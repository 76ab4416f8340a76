import type { Initiative } from '../../../contracts/initiatives';
import { currencyDigits } from '../../lib/format';
import { minorToInputText, parseAmountToMinor } from '../../lib/money';

export type BudgetLineValues = { source: string; amount: string; currency: string; description: string };
export type PartnerRoleValues = { partnerId: string; name: string; role: string };
export type DepartmentRoleValues = { departmentId: string; role: string };

export type AgendaValues = {
  agendaSetter: string;
  agendaSetterDetail: string;
  agendaDate: string;
  approach: string;
  approachJustification: string;
  objective: string;
  causalHypothesis: string;
  legalBasis: string;
  agents: string;
  procedures: string;
  linkIds: string[];
  budget: BudgetLineValues[];
  partners: PartnerRoleValues[];
  departments: DepartmentRoleValues[];
  themes: string[];
  planCodes: string[];
  sdgGoals: string[];
  sdgTargets: string[];
};

export function agendaToValues(language: string) {
  return (initiative: Initiative): AgendaValues => ({
    agendaSetter: initiative.agendaSetter ?? '',
    agendaSetterDetail: initiative.agendaSetterDetail ?? '',
    agendaDate: initiative.agendaDate ?? '',
    approach: initiative.approach ?? '',
    approachJustification: initiative.approachJustification ?? '',
    objective: initiative.objective ?? '',
    causalHypothesis: initiative.causalHypothesis ?? '',
    legalBasis: initiative.legalBasis ?? '',
    agents: initiative.agents ?? '',
    procedures: initiative.procedures ?? '',
    linkIds: initiative.links.map((link) => link.linkId),
    budget: initiative.budget.map((line) => ({
      source: line.source,
      amount: minorToInputText(line.amountMinor, currencyDigits(line.currency), language),
      currency: line.currency,
      description: line.description ?? '',
    })),
    partners: initiative.partners.map((partner) => ({
      partnerId: partner.partnerId,
      name: partner.name,
      role: partner.role,
    })),
    departments: initiative.departments.map(({ departmentId, role }) => ({ departmentId, role })),
    themes: initiative.themes,
    planCodes: initiative.planCodes,
    sdgGoals: initiative.sdgGoals,
    sdgTargets: initiative.sdgTargets,
  });
}

function parseLine(line: BudgetLineValues) {
  return parseAmountToMinor(line.amount, line.currency ? currencyDigits(line.currency) : 2);
}

export function agendaToPatch(values: AgendaValues) {
  return {
    agendaSetter: values.agendaSetter || null,
    agendaSetterDetail: values.agendaSetterDetail,
    agendaDate: values.agendaDate,
    approach: values.approach || null,
    approachJustification: values.approachJustification,
    objective: values.objective,
    causalHypothesis: values.causalHypothesis,
    legalBasis: values.legalBasis,
    agents: values.agents,
    procedures: values.procedures,
    linkIds: values.linkIds,
    budget: values.budget.map((line) => {
      const amount = parseLine(line);
      // An amount that does not parse is sent as a non-integer so the contract flags that line.
      return {
        source: line.source,
        amountMinor: amount.ok ? (amount.minor ?? Number.NaN) : Number.NaN,
        currency: line.currency,
        description: line.description,
      };
    }),
    partners: values.partners.map(({ partnerId, role }) => ({ partnerId, role })),
    departments: values.departments.filter((item) => item.departmentId !== ''),
    themes: values.themes,
    planCodes: values.planCodes,
    sdgGoals: values.sdgGoals,
    // Targets of goals that were unticked go with them.
    sdgTargets: values.sdgTargets.filter((code) => values.sdgGoals.includes(code.split('.')[0] ?? '')),
  };
}

export function mapAgendaPath(path: string): string {
  return path.replace(/^budget\.(\d+)\.amountMinor$/, 'budget.$1.amount');
}

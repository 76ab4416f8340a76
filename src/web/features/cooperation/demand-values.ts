import type { Demand, DemandInput } from '../../../contracts/cooperation';
import type { ProblemTree } from '../../../domain/policy-cycle';
import { currencyDigits } from '../../lib/format';
import { minorToInputText, parseAmountToMinor } from '../../lib/money';
import { withoutBlankNodes } from '../initiatives/problem-tree';

export type DemandFormValues = {
  title: string;
  description: string;
  departmentId: string;
  raisedBy: 'department' | 'community';
  communityName: string;
  problemStatement: string;
  problemTree: ProblemTree;
  affectedPopulation: string;
  affectedPopulationDescription: string;
  territorialUnitIds: string[];
  themes: string[];
  sectors: string[];
  sdgGoals: string[];
  sdgTargets: string[];
  modalities: string[];
  amountSought: string;
  currency: string;
  urgency: DemandInput['urgency'];
  neededBy: string;
  status: DemandInput['status'];
};

export function digitsOf(currency: string): number {
  return /^[A-Z]{3}$/.test(currency) ? currencyDigits(currency) : 2;
}

export function demandToFormValues(
  language: string,
  defaultCurrency: string,
  demand?: Demand,
): DemandFormValues {
  const currency = demand?.currency ?? defaultCurrency;
  const targets = demand?.sdgTargets ?? [];
  return {
    title: demand?.title ?? '',
    description: demand?.description ?? '',
    departmentId: demand?.departmentId ?? '',
    raisedBy: demand?.raisedBy ?? 'department',
    communityName: demand?.communityName ?? '',
    problemStatement: demand?.problemStatement ?? '',
    problemTree: demand?.problemTree ?? { causes: [], effects: [] },
    affectedPopulation: demand?.affectedPopulation?.toString() ?? '',
    affectedPopulationDescription: demand?.affectedPopulationDescription ?? '',
    territorialUnitIds: demand?.territorialUnitIds ?? [],
    themes: demand?.themes ?? [],
    sectors: demand?.sectors ?? [],
    sdgGoals:
      demand?.sdgGoals ?? [...new Set(targets.map((target) => target.split('.')[0] ?? ''))].filter(Boolean),
    sdgTargets: targets,
    modalities: demand?.modalities ?? [],
    amountSought: minorToInputText(demand?.amountSoughtMinor, digitsOf(currency), language),
    currency,
    urgency: demand?.urgency ?? 'medium',
    neededBy: demand?.neededBy ?? '',
    status: demand?.status ?? 'open',
  };
}

/** Whole numbers typed with or without thousands separators; '' is no answer, undefined is invalid. */
export function parseWholeNumber(text: string): number | null | undefined {
  const trimmed = text.trim();
  if (trimmed === '') return null;
  if (!/^(?:\d+|\d{1,3}(?:[.,\s]\d{3})+)$/.test(trimmed)) return undefined;
  return Number.parseInt(trimmed.replace(/[\s.,]/g, ''), 10);
}

export function checkDemandValues(values: DemandFormValues) {
  const issues: Array<{ path: string; message: string }> = [];
  if (!parseAmountToMinor(values.amountSought, digitsOf(values.currency)).ok)
    issues.push({ path: 'amountSought', message: 'forms.invalidAmount' });
  if (parseWholeNumber(values.affectedPopulation) === undefined)
    issues.push({ path: 'affectedPopulation', message: 'validation.invalidNumber' });
  return issues;
}

/** Turns the form into the body demandInputSchema validates; targets only of the chosen goals. */
export function formValuesToDemandInput(values: DemandFormValues): unknown {
  const amount = parseAmountToMinor(values.amountSought, digitsOf(values.currency));
  const amountMinor = amount.ok ? amount.minor : null;
  return {
    title: values.title,
    description: values.description,
    departmentId: values.departmentId || null,
    raisedBy: values.raisedBy,
    communityName: values.raisedBy === 'community' ? values.communityName : '',
    problemStatement: values.problemStatement,
    problemTree: {
      causes: withoutBlankNodes(values.problemTree.causes),
      effects: withoutBlankNodes(values.problemTree.effects),
    },
    affectedPopulation: parseWholeNumber(values.affectedPopulation) ?? null,
    affectedPopulationDescription: values.affectedPopulationDescription,
    territorialUnitIds: values.territorialUnitIds,
    themes: values.themes,
    sectors: values.sectors,
    // The goals ticked are sent too: a goal without targets used to be lost on save.
    sdgGoals: values.sdgGoals,
    sdgTargets: values.sdgTargets.filter((target) => values.sdgGoals.includes(target.split('.')[0] ?? '')),
    modalities: values.modalities,
    amountSoughtMinor: amountMinor,
    currency: amountMinor === null ? null : values.currency || null,
    urgency: values.urgency,
    neededBy: values.neededBy || null,
    status: values.status,
  };
}

export function mapDemandPath(path: string): string {
  if (path.startsWith('amountSoughtMinor')) return 'amountSought';
  if (path.startsWith('problemTree.causes')) return 'problemTree.causes';
  if (path.startsWith('problemTree.effects')) return 'problemTree.effects';
  for (const list of ['territorialUnitIds', 'themes', 'sectors', 'sdgTargets', 'modalities'])
    if (path.startsWith(`${list}.`)) return list;
  return path;
}

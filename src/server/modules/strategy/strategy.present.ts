import type { StrategyTerm } from '../../../contracts/strategy';
import { presentRecordMeta, toIsoOrNull } from '../../platform/present';
import { isBuiltInTerm, type StrategyTermRow } from './strategy.queries';

export function presentStrategyTerm(
  row: StrategyTermRow,
  usage: Map<string, number> = new Map(),
): StrategyTerm {
  const usageKey =
    row.kind === 'plan_axis' || row.kind === 'plan_programme'
      ? `plan:${row.code}`
      : `${row.kind}:${row.code}`;
  return {
    id: row.id,
    kind: row.kind,
    code: row.code,
    name: row.name,
    description: row.description,
    parentCode: row.parentCode,
    sortOrder: row.sortOrder,
    isBuiltIn: isBuiltInTerm(row.kind, row.code),
    usageCount: usage.get(usageKey) ?? 0,
    archivedAt: toIsoOrNull(row.archivedAt),
    ...presentRecordMeta(row),
  };
}

export function presentVocabulary(terms: StrategyTermRow[], usage: Map<string, number>) {
  const of = (kind: StrategyTermRow['kind']) =>
    terms.filter((term) => term.kind === kind).map((term) => presentStrategyTerm(term, usage));
  return {
    strategyLines: of('strategy_line'),
    themes: of('theme'),
    planAxes: of('plan_axis'),
    planProgrammes: of('plan_programme'),
  };
}

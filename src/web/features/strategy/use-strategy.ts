import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useCallback, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import {
  importPlanResultSchema,
  type StrategyTerm,
  type StrategyTermInput,
  type StrategyTermKind,
  strategyTermSchema,
  strategyVocabularySchema,
  type UpdateStrategyTermBody,
} from '../../../contracts/strategy';
import { apiRequest } from '../../lib/api-client';
import type { SelectOption } from '../../ui/field';
import { governmentPath, useGovernment } from '../auth/government-context';

/** The government's strategy lines, themes and development plan; cached, they change rarely. */
export function useStrategyVocabulary(includeArchived = false) {
  const { governmentId } = useGovernment();
  return useQuery({
    queryKey: ['gov', governmentId, 'strategy', { includeArchived }],
    queryFn: () =>
      apiRequest(governmentPath(governmentId, '/strategy'), strategyVocabularySchema, {
        query: { includeArchived: includeArchived ? 'true' : 'false' },
      }),
    staleTime: 5 * 60_000,
  });
}

type LabelKind = 'strategyLine' | 'theme' | 'plan';

/**
 * Names of terms by code, in the reader's language: a built-in term without a name of its own is
 * named by the translations; a code the government no longer has reads as itself.
 */
export function useTermLabel() {
  const { t } = useTranslation();
  const vocabulary = useStrategyVocabulary(true);
  const names = useMemo(() => {
    const map = new Map<string, string | null>();
    const data = vocabulary.data;
    if (!data) return map;
    for (const term of data.strategyLines) map.set(`strategyLine:${term.code}`, term.name);
    for (const term of data.themes) map.set(`theme:${term.code}`, term.name);
    for (const term of [...data.planAxes, ...data.planProgrammes]) {
      map.set(`plan:${term.code}`, `${term.code}. ${term.name ?? ''}`);
    }
    return map;
  }, [vocabulary.data]);
  return useCallback(
    (kind: LabelKind, code: string | null | undefined): string => {
      if (!code) return '—';
      const name = names.get(`${kind}:${code}`);
      if (name) return name;
      if (kind === 'plan') return code;
      return t(`enums.${kind}.${code}`, { defaultValue: code });
    },
    [names, t],
  );
}

/**
 * Options of one vocabulary for a form or a filter: the active terms in their order, plus any code the
 * record already holds that was archived since (so that saving it unchanged never drops it).
 */
export function useTermOptions(kind: LabelKind, selected: readonly string[] = []): SelectOption[] {
  const vocabulary = useStrategyVocabulary(true);
  const label = useTermLabel();
  return useMemo(() => {
    const data = vocabulary.data;
    if (!data) return selected.map((code) => ({ value: code, label: label(kind, code) }));
    const terms: StrategyTerm[] =
      kind === 'strategyLine'
        ? data.strategyLines
        : kind === 'theme'
          ? data.themes
          : planInTreeOrder(data.planAxes, data.planProgrammes);
    const options = terms
      .filter((term) => !term.archivedAt || selected.includes(term.code))
      .map((term) => ({
        value: term.code,
        label: term.kind === 'plan_programme' ? `— ${label(kind, term.code)}` : label(kind, term.code),
      }));
    const known = new Set(options.map((option) => option.value));
    for (const code of selected)
      if (!known.has(code)) options.push({ value: code, label: label(kind, code) });
    return options;
  }, [vocabulary.data, kind, label, selected]);
}

/** Each axis followed by its programmes. */
export function planInTreeOrder(axes: StrategyTerm[], programmes: StrategyTerm[]): StrategyTerm[] {
  const ordered: StrategyTerm[] = [];
  for (const axis of axes) {
    ordered.push(axis);
    ordered.push(...programmes.filter((programme) => programme.parentCode === axis.code));
  }
  const placed = new Set(ordered.map((term) => term.id));
  ordered.push(...programmes.filter((programme) => !placed.has(programme.id)));
  return ordered;
}

function useStrategyMutation<TVariables, TResult>(
  mutationFn: (governmentId: string, variables: TVariables) => Promise<TResult>,
) {
  const { governmentId } = useGovernment();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (variables: TVariables) => mutationFn(governmentId, variables),
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: ['gov', governmentId, 'strategy'] });
      await queryClient.invalidateQueries({ queryKey: ['gov', governmentId, 'audit'] });
    },
  });
}

export function useCreateTerm() {
  return useStrategyMutation((governmentId, body: StrategyTermInput) =>
    apiRequest(governmentPath(governmentId, '/strategy/terms'), strategyTermSchema, { method: 'POST', body }),
  );
}

export function useUpdateTerm() {
  return useStrategyMutation((governmentId, variables: { id: string; body: UpdateStrategyTermBody }) =>
    apiRequest(governmentPath(governmentId, `/strategy/terms/${variables.id}`), strategyTermSchema, {
      method: 'PUT',
      body: variables.body,
    }),
  );
}

export function useSetTermArchived() {
  return useStrategyMutation(
    (governmentId, variables: { id: string; isArchived: boolean; version: number }) =>
      apiRequest(
        governmentPath(
          governmentId,
          `/strategy/terms/${variables.id}/${variables.isArchived ? 'archive' : 'restore'}`,
        ),
        strategyTermSchema,
        { method: 'POST', body: { version: variables.version } },
      ),
  );
}

export function useImportPlan() {
  return useStrategyMutation((governmentId, csv: string) =>
    apiRequest(governmentPath(governmentId, '/strategy/plan/import'), importPlanResultSchema, {
      method: 'POST',
      body: { csv },
    }),
  );
}

export type { StrategyTermKind };

import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import {
  type ContestInput,
  componentSourcePageSchema,
  contestSchema,
  type IndexComponentKey,
  type IndexScopeKind,
  indexResultSchema,
  ledgerSchema,
  overviewSchema,
  trendSchema,
  type UtilitySettingsInput,
  utilityPaths,
  utilitySettingsSchema,
  type Verdict,
  type VerdictSubjectKind,
  verdictDetailSchema,
  verdictPageSchema,
} from '../../../contracts/utility';
import { apiRequest } from '../../lib/api-client';
import { useGovernment } from '../auth/government-context';

/** A route of the contract (`/api/governments/:governmentId/utility/…`) as the API client wants it. */
function utilityPath(path: string, params: Record<string, string>): string {
  return path.replace(/^\/api/, '').replace(/:([A-Za-z]+)/g, (_, name: string) => {
    const value = params[name];
    if (value === undefined) throw new Error(`Missing route parameter ${name} for ${path}`);
    return encodeURIComponent(value);
  });
}

export function utilityKey(governmentId: string) {
  return ['gov', governmentId, 'utility'] as const;
}

// Verdicts, ledgers and the index follow from records edited on other pages (a commitment fulfilled,
// an initiative linked): they are read again each time a page shows them, never from a stale cache.
const fresh = { staleTime: 0 } as const;

/** Everything the home page shows, in one call. */
export function useOverview() {
  const { governmentId } = useGovernment();
  return useQuery({
    queryKey: [...utilityKey(governmentId), 'overview'],
    queryFn: ({ signal }) =>
      apiRequest(utilityPath(utilityPaths.overview, { governmentId }), overviewSchema, { signal }),
    ...fresh,
  });
}

export type LedgerSubjectKind = 'link' | 'event' | 'partner' | 'strategy_line';

const ledgerPaths: Record<LedgerSubjectKind, string> = {
  link: utilityPaths.linkLedger,
  event: utilityPaths.eventLedger,
  partner: utilityPaths.partnerLedger,
  strategy_line: utilityPaths.strategyLineLedger,
};

/** What a link, event, partner or strategy line produced ("Qué ha producido"). */
export function useLedger(kind: LedgerSubjectKind, id: string) {
  const { governmentId } = useGovernment();
  const params: Record<string, string> =
    kind === 'strategy_line' ? { governmentId, key: id } : { governmentId, id };
  return useQuery({
    queryKey: [...utilityKey(governmentId), 'ledger', kind, id],
    queryFn: ({ signal }) =>
      apiRequest(utilityPath(ledgerPaths[kind], params), ledgerSchema, { signal, query: { limit: 50 } }),
    ...fresh,
  });
}

/** The protocol-only verdict of a link or an event, with its reasons, remedies and contest. */
export function useVerdict(kind: VerdictSubjectKind, id: string) {
  const { governmentId } = useGovernment();
  const path = kind === 'link' ? utilityPaths.linkVerdict : utilityPaths.eventVerdict;
  return useQuery({
    queryKey: [...utilityKey(governmentId), 'verdict', kind, id],
    queryFn: ({ signal }) =>
      apiRequest(utilityPath(path, { governmentId, id }), verdictDetailSchema, { signal }),
    ...fresh,
  });
}

export type VerdictListParams = {
  kind: VerdictSubjectKind;
  verdict?: Verdict;
  contested?: 'true' | 'false';
  page: number;
  pageSize?: number;
};

/** Links or events with their verdict, at-risk and protocol-only first. */
export function useVerdicts(params: VerdictListParams) {
  const { governmentId } = useGovernment();
  return useQuery({
    queryKey: [...utilityKey(governmentId), 'verdicts', params],
    queryFn: ({ signal }) =>
      apiRequest(utilityPath(utilityPaths.verdicts, { governmentId }), verdictPageSchema, {
        signal,
        query: { pageSize: 25, ...params },
      }),
    placeholderData: keepPreviousData,
    ...fresh,
  });
}

export type IndexScope = { scopeKind: IndexScopeKind; scopeId?: string };

/** The social-utility index of one scope with its components. */
export function useUtilityIndex(scope: IndexScope) {
  const { governmentId } = useGovernment();
  return useQuery({
    queryKey: [...utilityKey(governmentId), 'index', scope.scopeKind, scope.scopeId ?? null],
    queryFn: ({ signal }) =>
      apiRequest(utilityPath(utilityPaths.index, { governmentId }), indexResultSchema, {
        signal,
        query: { scopeKind: scope.scopeKind, scopeId: scope.scopeId },
      }),
    ...fresh,
  });
}

/** The source records behind one component of one scope's index, a page at a time. */
export function useComponentSources(
  scope: IndexScope,
  component: IndexComponentKey,
  page: number,
  isEnabled: boolean,
) {
  const { governmentId } = useGovernment();
  return useQuery({
    queryKey: [
      ...utilityKey(governmentId),
      'component',
      scope.scopeKind,
      scope.scopeId ?? null,
      component,
      page,
    ],
    queryFn: ({ signal }) =>
      apiRequest(
        utilityPath(utilityPaths.indexComponent, { governmentId, component }),
        componentSourcePageSchema,
        {
          signal,
          query: { scopeKind: scope.scopeKind, scopeId: scope.scopeId, page, pageSize: 10 },
        },
      ),
    enabled: isEnabled,
    placeholderData: keepPreviousData,
    ...fresh,
  });
}

/** The monthly trend of one scope's index. */
export function useTrend(scope: IndexScope, months = 12) {
  const { governmentId } = useGovernment();
  return useQuery({
    queryKey: [...utilityKey(governmentId), 'trend', scope.scopeKind, scope.scopeId ?? null, months],
    queryFn: ({ signal }) =>
      apiRequest(utilityPath(utilityPaths.trend, { governmentId }), trendSchema, {
        signal,
        query: { scopeKind: scope.scopeKind, scopeId: scope.scopeId, months },
      }),
    ...fresh,
  });
}

export function useUtilitySettings() {
  const { governmentId } = useGovernment();
  return useQuery({
    queryKey: [...utilityKey(governmentId), 'settings'],
    queryFn: ({ signal }) =>
      apiRequest(utilityPath(utilityPaths.settings, { governmentId }), utilitySettingsSchema, { signal }),
  });
}

/** Saves grace periods, weights and targets; a stale version answers 409. Everything derived is read again. */
export function useSaveUtilitySettings() {
  const { governmentId } = useGovernment();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: UtilitySettingsInput & { version: number }) =>
      apiRequest(utilityPath(utilityPaths.settings, { governmentId }), utilitySettingsSchema, {
        method: 'PUT',
        body,
      }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['gov', governmentId] }),
  });
}

export function useFileContest() {
  const { governmentId } = useGovernment();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: ContestInput) =>
      apiRequest(utilityPath(utilityPaths.contests, { governmentId }), contestSchema, {
        method: 'POST',
        body,
      }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: utilityKey(governmentId) }),
  });
}

export function useWithdrawContest() {
  const { governmentId } = useGovernment();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, version }: { id: string; version: number }) =>
      apiRequest(utilityPath(utilityPaths.withdrawContest, { governmentId, id }), contestSchema, {
        method: 'POST',
        body: { version },
      }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: utilityKey(governmentId) }),
  });
}

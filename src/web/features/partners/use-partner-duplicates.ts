import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import {
  type MergePartnerBody,
  mergePreviewSchema,
  mergeResultSchema,
  similarPartnersSchema,
} from '../../../contracts/partner-duplicates';
import { placeSuggestionsSchema } from '../../../contracts/places';
import { apiRequest } from '../../lib/api-client';
import { governmentPath, useGovernment } from '../auth/government-context';
import { partnersKey } from './use-partners';

export type DuplicateCheck = {
  name: string;
  acronym?: string | null;
  countryCode?: string | null;
  iatiOrgId?: string | null;
  excludeId?: string;
};

/** Asks the server for likely duplicates of what the form is about to save (called on submit). */
export function useFindSimilarPartners() {
  const { governmentId } = useGovernment();
  return (check: DuplicateCheck) =>
    apiRequest(governmentPath(governmentId, '/partners/similar'), similarPartnersSchema, {
      query: {
        name: check.name,
        countryCode: check.countryCode ?? undefined,
        iatiOrgId: check.iatiOrgId ?? undefined,
        excludeId: check.excludeId,
      },
    }).then((answer) => answer.items);
}

export function useMergePreview(partnerId: string, survivorId: string | null) {
  const { governmentId } = useGovernment();
  return useQuery({
    queryKey: [...partnersKey(governmentId), 'merge-preview', partnerId, survivorId],
    queryFn: () =>
      apiRequest(governmentPath(governmentId, `/partners/${partnerId}/merge-preview`), mergePreviewSchema, {
        query: { survivorId },
      }),
    enabled: Boolean(survivorId),
  });
}

export function useMergePartner(partnerId: string) {
  const { governmentId } = useGovernment();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: MergePartnerBody) =>
      apiRequest(governmentPath(governmentId, `/partners/${partnerId}/merge`), mergeResultSchema, {
        method: 'POST',
        body,
      }),
    // A merge touches links, initiatives, events and more: everything of the government is refreshed.
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['gov', governmentId] }),
  });
}

/** Cities of the gazetteer for the city field: from two letters on, once a country is chosen. */
export function useCitySuggestions(countryCode: string, text: string) {
  const q = text.trim();
  return useQuery({
    queryKey: ['reference', 'places', countryCode, q.toLowerCase()],
    queryFn: ({ signal }) =>
      apiRequest('/reference/places', placeSuggestionsSchema, {
        query: { country: countryCode, q, limit: 10 },
        signal,
      }),
    enabled: /^[A-Z]{2}$/.test(countryCode) && q.length >= 2,
    staleTime: 60 * 60 * 1000,
  });
}

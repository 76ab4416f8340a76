import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { codelistSchema } from '../../contracts/reference';
import { apiRequest } from './api-client';

export type CodelistName = 'countries' | 'organisation-types' | 'currencies' | 'languages';

/** An official codelist (IATI / ISO) named in the UI language; cached for the whole visit. */
export function useCodelist(codelist: CodelistName) {
  const { i18n } = useTranslation();
  const language = i18n.language;
  return useQuery({
    queryKey: ['reference', codelist, language],
    queryFn: () => apiRequest(`/reference/${codelist}`, codelistSchema, { query: { lang: language } }),
    staleTime: Number.POSITIVE_INFINITY,
    select: (data) => ({
      ...data,
      items: [...data.items].sort((a, b) => a.name.localeCompare(b.name, language)),
    }),
  });
}

/** Options for a <select>: the codelist when loaded, else an empty list. */
export function useCodelistOptions(codelist: CodelistName, withCode = false) {
  const query = useCodelist(codelist);
  const options = (query.data?.items ?? []).map((item) => ({
    value: item.code,
    label: withCode ? `${item.name} (${item.code})` : item.name,
  }));
  return { options, isLoading: query.isLoading };
}

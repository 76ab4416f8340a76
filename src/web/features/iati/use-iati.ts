import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import {
  cataloguePageSchema,
  exportCheckSchema,
  type ImportJob,
  importJobListSchema,
  importJobSchema,
} from '../../../contracts/iati';
import { apiRequest } from '../../lib/api-client';
import { governmentPath, useGovernment } from '../auth/government-context';

export function iatiKey(governmentId: string) {
  return ['gov', governmentId, 'iati'] as const;
}

export function isJobDone(job: ImportJob): boolean {
  return job.status === 'completed' || job.status === 'failed';
}

/** The export checked on request (xmllint and the rulesets take a moment): runs when `isEnabled`. */
export function useExportCheck(isEnabled: boolean) {
  const { governmentId } = useGovernment();
  const { i18n } = useTranslation();
  return useQuery({
    queryKey: [...iatiKey(governmentId), 'export-check', i18n.language],
    queryFn: () => apiRequest(governmentPath(governmentId, '/iati/export-check'), exportCheckSchema),
    enabled: isEnabled,
    staleTime: 0,
    retry: false,
  });
}

export function useImportJobs() {
  const { governmentId } = useGovernment();
  const { i18n } = useTranslation();
  return useQuery({
    queryKey: [...iatiKey(governmentId), 'imports', i18n.language],
    queryFn: () => apiRequest(governmentPath(governmentId, '/iati/imports'), importJobListSchema),
  });
}

/** One import, asked again every half second until it completes or fails. */
export function useImportJob(jobId: string | null) {
  const { governmentId } = useGovernment();
  const { i18n } = useTranslation();
  return useQuery({
    queryKey: [...iatiKey(governmentId), 'import', jobId, i18n.language],
    queryFn: () => apiRequest(governmentPath(governmentId, `/iati/imports/${jobId}`), importJobSchema),
    enabled: jobId !== null,
    refetchInterval: (query) => (query.state.data && isJobDone(query.state.data) ? false : 500),
  });
}

export function useResumeImport() {
  const { governmentId } = useGovernment();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (jobId: string) =>
      apiRequest(governmentPath(governmentId, `/iati/imports/${jobId}/resume`), importJobSchema, {
        method: 'POST',
      }),
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: iatiKey(governmentId) });
    },
  });
}

export type CatalogueParams = {
  q?: string;
  countryCode?: string;
  reportingOrgRef?: string;
  page?: number;
  pageSize?: number;
};

export function useCatalogue(params: CatalogueParams) {
  const { governmentId } = useGovernment();
  return useQuery({
    queryKey: [...iatiKey(governmentId), 'catalogue', params],
    queryFn: ({ signal }) =>
      apiRequest(governmentPath(governmentId, '/iati/catalogue'), cataloguePageSchema, {
        query: params,
        signal,
      }),
    placeholderData: keepPreviousData,
  });
}

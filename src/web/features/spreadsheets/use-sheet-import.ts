import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import {
  type ImportMode,
  type SheetImportJob,
  type SheetRegistry,
  sheetImportJobSchema,
} from '../../../contracts/spreadsheets';
import { apiRequest } from '../../lib/api-client';
import { governmentPath, useGovernment } from '../auth/government-context';

export function isSheetJobDone(job: SheetImportJob): boolean {
  return job.status === 'completed' || job.status === 'failed';
}

/** The import once applied, asked again every half second until it completes or fails. */
export function useSheetJob(registry: SheetRegistry, jobId: string | null, isRunning: boolean) {
  const { governmentId } = useGovernment();
  const { i18n } = useTranslation();
  return useQuery({
    queryKey: ['gov', governmentId, 'sheet-import', registry, jobId, i18n.language],
    queryFn: () =>
      apiRequest(
        governmentPath(governmentId, `/spreadsheets/${registry}/imports/${jobId}`),
        sheetImportJobSchema,
      ),
    enabled: jobId !== null && isRunning,
    refetchInterval: (query) => (query.state.data && isSheetJobDone(query.state.data) ? false : 500),
  });
}

export function useApplySheetImport(registry: SheetRegistry) {
  const { governmentId } = useGovernment();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ jobId, mode }: { jobId: string; mode: ImportMode }) =>
      apiRequest(
        governmentPath(governmentId, `/spreadsheets/${registry}/imports/${jobId}/apply`),
        sheetImportJobSchema,
        { method: 'POST', body: { mode } },
      ),
    onSuccess: (job) => {
      queryClient.setQueryData(['gov', governmentId, 'sheet-import', registry, job.id], job);
    },
  });
}

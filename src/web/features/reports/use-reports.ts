import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { type Report, type ReportRequest, reportListSchema, reportSchema } from '../../../contracts/reports';
import { apiRequest } from '../../lib/api-client';
import { governmentPath, useGovernment } from '../auth/government-context';

export function reportsKey(governmentId: string) {
  return ['gov', governmentId, 'reports'] as const;
}

export function isReportDone(report: Report): boolean {
  return report.status === 'completed' || report.status === 'failed';
}

/** Where a report's file downloads from (a plain link: the session cookie goes with it). */
export function reportFileUrl(governmentId: string, reportId: string, kind: 'pdf' | 'xlsx') {
  return `/api${governmentPath(governmentId, `/reports/${reportId}/report.${kind}`)}`;
}

/** Past reports, asked again every second while one of them is still being generated. */
export function useReports() {
  const { governmentId } = useGovernment();
  const { i18n } = useTranslation();
  return useQuery({
    queryKey: [...reportsKey(governmentId), 'list', i18n.language],
    queryFn: () => apiRequest(governmentPath(governmentId, '/reports'), reportListSchema),
    refetchInterval: (query) =>
      query.state.data?.items.some((report) => !isReportDone(report)) ? 1000 : false,
  });
}

/** One report, asked again every half second until it is ready or has failed. */
export function useReport(reportId: string | null) {
  const { governmentId } = useGovernment();
  const { i18n } = useTranslation();
  return useQuery({
    queryKey: [...reportsKey(governmentId), 'one', reportId, i18n.language],
    queryFn: () => apiRequest(governmentPath(governmentId, `/reports/${reportId}`), reportSchema),
    enabled: reportId !== null,
    refetchInterval: (query) => (query.state.data && isReportDone(query.state.data) ? false : 500),
  });
}

export function useGenerateReport() {
  const { governmentId } = useGovernment();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: ReportRequest) =>
      apiRequest(governmentPath(governmentId, '/reports'), reportSchema, { method: 'POST', body: input }),
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: reportsKey(governmentId) });
    },
  });
}

import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { z } from 'zod';
import {
  calendarFeedSchema,
  type EventInput,
  eventPageSchema,
  eventSchema,
  notificationListSchema,
} from '../../../contracts/agenda';
import { memberSchema } from '../../../contracts/auth';
import { okSchema } from '../../../contracts/common';
import { apiRequest } from '../../lib/api-client';
import { governmentPath, useGovernment } from '../auth/government-context';

export type EventListParams = {
  from?: string;
  to?: string;
  kind?: string;
  q?: string;
  page?: number;
  pageSize?: number;
};

export function eventsKey(governmentId: string) {
  return ['gov', governmentId, 'events'] as const;
}

export function useEvents(params: EventListParams) {
  const { governmentId } = useGovernment();
  return useQuery({
    queryKey: [...eventsKey(governmentId), 'list', params],
    queryFn: ({ signal }) =>
      apiRequest(governmentPath(governmentId, '/events'), eventPageSchema, { query: params, signal }),
    placeholderData: keepPreviousData,
  });
}

export function useEvent(eventId: string) {
  const { governmentId } = useGovernment();
  return useQuery({
    queryKey: [...eventsKey(governmentId), 'detail', eventId],
    queryFn: () => apiRequest(governmentPath(governmentId, `/events/${eventId}`), eventSchema),
  });
}

/** Events and commitments change together (counts, archived events cancel commitments), so both refresh. */
function useEventMutation<TVariables, TResult>(
  mutationFn: (governmentId: string, variables: TVariables) => Promise<TResult>,
) {
  const { governmentId } = useGovernment();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (variables: TVariables) => mutationFn(governmentId, variables),
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: eventsKey(governmentId) });
      await queryClient.invalidateQueries({ queryKey: ['gov', governmentId, 'commitments'] });
      await queryClient.invalidateQueries({ queryKey: ['gov', governmentId, 'audit'] });
    },
  });
}

export function useCreateEvent() {
  return useEventMutation((governmentId, body: EventInput) =>
    apiRequest(governmentPath(governmentId, '/events'), eventSchema, { method: 'POST', body }),
  );
}

export function useUpdateEvent(eventId: string) {
  return useEventMutation((governmentId, body: EventInput & { version: number }) =>
    apiRequest(governmentPath(governmentId, `/events/${eventId}`), eventSchema, { method: 'PUT', body }),
  );
}

export type ArchiveEventBody = {
  version: number;
  commitments?: 'keep' | 'cancel';
  cancelReason?: string | null;
};

export function useArchiveEvent(eventId: string) {
  return useEventMutation((governmentId, body: ArchiveEventBody) =>
    apiRequest(governmentPath(governmentId, `/events/${eventId}/archive`), eventSchema, {
      method: 'POST',
      body,
    }),
  );
}

export function useRestoreEvent(eventId: string) {
  return useEventMutation((governmentId, body: { version: number }) =>
    apiRequest(governmentPath(governmentId, `/events/${eventId}/restore`), eventSchema, {
      method: 'POST',
      body,
    }),
  );
}

/** Members can be listed by admins only; other roles type the official's name instead. */
export function useMemberOptions() {
  const { governmentId, isAdmin } = useGovernment();
  return useQuery({
    queryKey: ['gov', governmentId, 'members'],
    queryFn: () => apiRequest(governmentPath(governmentId, '/members'), z.array(memberSchema)),
    enabled: isAdmin,
  });
}

export function useNotifications() {
  const { governmentId } = useGovernment();
  return useQuery({
    queryKey: ['gov', governmentId, 'notifications'],
    queryFn: () => apiRequest(governmentPath(governmentId, '/notifications'), notificationListSchema),
    refetchInterval: 60_000,
  });
}

export function useMarkNotificationsRead() {
  const { governmentId } = useGovernment();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (ids?: string[]) =>
      apiRequest(governmentPath(governmentId, '/notifications/read'), okSchema, {
        method: 'POST',
        body: ids ? { ids } : {},
      }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['gov', governmentId, 'notifications'] }),
  });
}

const calendarFeedAnswerSchema = calendarFeedSchema;

/** Gets the calendar feed URLs; the private one carries its secret only when created or reset. */
export function useCalendarFeed() {
  const { governmentId } = useGovernment();
  return useMutation({
    mutationFn: (reset: boolean) =>
      apiRequest(governmentPath(governmentId, '/calendar-feed'), calendarFeedAnswerSchema, {
        method: 'POST',
        body: { reset },
      }),
  });
}

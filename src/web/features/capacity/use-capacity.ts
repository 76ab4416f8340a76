import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import {
  associationMembershipListSchema,
  associationMembershipSchema,
  associationQuestionnaireSettingSchema,
  type CreateEditionBody,
  comparisonSchema,
  editionDetailSchema,
  editionListSchema,
  questionnaireOptionListSchema,
  questionnaireSchema,
  sharingSchema,
  type UpdateEditionBody,
  type UpdateQuestionnaireChoiceBody,
  type UpdateSharingBody,
  type UploadQuestionnaireBody,
} from '../../../contracts/capacity';
import { apiRequest } from '../../lib/api-client';
import { governmentPath, useGovernment } from '../auth/government-context';

function capacityKey(governmentId: string) {
  return ['gov', governmentId, 'capacity'] as const;
}

/** The questionnaire in the UI language (its texts come from the server's data file). */
export function useQuestionnaire() {
  const { governmentId } = useGovernment();
  const { i18n } = useTranslation();
  return useQuery({
    queryKey: [...capacityKey(governmentId), 'questionnaire', i18n.language],
    queryFn: () => apiRequest(governmentPath(governmentId, '/capacity/questionnaire'), questionnaireSchema),
    staleTime: 60 * 60_000,
  });
}

/** The questionnaires a new edition may answer: the instance's and those of the government's associations. */
export function useQuestionnaireOptions() {
  const { governmentId } = useGovernment();
  const { i18n } = useTranslation();
  return useQuery({
    queryKey: [...capacityKey(governmentId), 'questionnaires', i18n.language],
    queryFn: () =>
      apiRequest(governmentPath(governmentId, '/capacity/questionnaires'), questionnaireOptionListSchema),
  });
}

export function useEditions() {
  const { governmentId } = useGovernment();
  return useQuery({
    queryKey: [...capacityKey(governmentId), 'editions'],
    queryFn: () => apiRequest(governmentPath(governmentId, '/capacity/editions'), editionListSchema),
  });
}

export function useEdition(editionId: string | null) {
  const { governmentId } = useGovernment();
  const { i18n } = useTranslation();
  return useQuery({
    queryKey: [...capacityKey(governmentId), 'edition', editionId, i18n.language],
    queryFn: () =>
      apiRequest(governmentPath(governmentId, `/capacity/editions/${editionId}`), editionDetailSchema),
    enabled: editionId !== null,
  });
}

function useInvalidateCapacity() {
  const { governmentId } = useGovernment();
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries({ queryKey: capacityKey(governmentId) });
}

export function useCreateEdition() {
  const { governmentId } = useGovernment();
  const invalidate = useInvalidateCapacity();
  return useMutation({
    mutationFn: (body: CreateEditionBody) =>
      apiRequest(governmentPath(governmentId, '/capacity/editions'), editionDetailSchema, {
        method: 'POST',
        body,
      }),
    onSuccess: () => invalidate(),
  });
}

export function useSaveEdition(editionId: string) {
  const { governmentId } = useGovernment();
  const invalidate = useInvalidateCapacity();
  return useMutation({
    mutationFn: (body: UpdateEditionBody) =>
      apiRequest(governmentPath(governmentId, `/capacity/editions/${editionId}`), editionDetailSchema, {
        method: 'PUT',
        body,
      }),
    onSuccess: () => invalidate(),
  });
}

export function useCompleteEdition(editionId: string) {
  const { governmentId } = useGovernment();
  const invalidate = useInvalidateCapacity();
  return useMutation({
    mutationFn: (version: number) =>
      apiRequest(
        governmentPath(governmentId, `/capacity/editions/${editionId}/complete`),
        editionDetailSchema,
        { method: 'POST', body: { version } },
      ),
    onSuccess: () => invalidate(),
  });
}

export function useSaveSharing() {
  const { governmentId } = useGovernment();
  const invalidate = useInvalidateCapacity();
  return useMutation({
    mutationFn: (body: UpdateSharingBody) =>
      apiRequest(governmentPath(governmentId, '/capacity/sharing'), sharingSchema, { method: 'PUT', body }),
    onSuccess: () => invalidate(),
  });
}

/** The associations this government belongs to or is invited to. */
export function useMyAssociations() {
  const { governmentId } = useGovernment();
  return useQuery({
    queryKey: [...capacityKey(governmentId), 'associations'],
    queryFn: () =>
      apiRequest(governmentPath(governmentId, '/capacity/associations'), associationMembershipListSchema),
  });
}

export function useAnswerInvitation() {
  const { governmentId } = useGovernment();
  const invalidate = useInvalidateCapacity();
  return useMutation({
    mutationFn: ({ id, version, action }: { id: string; version: number; action: 'accept' | 'end' }) =>
      apiRequest(
        governmentPath(governmentId, `/capacity/associations/${id}/${action}`),
        associationMembershipSchema,
        { method: 'POST', body: { version } },
      ),
    onSuccess: () => invalidate(),
  });
}

// --- The association's side ---------------------------------------------------------------

export function useComparison() {
  const { governmentId } = useGovernment();
  const { i18n } = useTranslation();
  return useQuery({
    queryKey: [...capacityKey(governmentId), 'comparison', i18n.language],
    queryFn: () => apiRequest(governmentPath(governmentId, '/network/comparison'), comparisonSchema),
    staleTime: 0,
  });
}

export function useNetworkMembers() {
  const { governmentId } = useGovernment();
  return useQuery({
    queryKey: [...capacityKey(governmentId), 'members'],
    queryFn: () =>
      apiRequest(governmentPath(governmentId, '/network/members'), associationMembershipListSchema),
  });
}

export function useInviteMember() {
  const { governmentId } = useGovernment();
  const invalidate = useInvalidateCapacity();
  return useMutation({
    mutationFn: (body: { governmentSlug: string }) =>
      apiRequest(governmentPath(governmentId, '/network/members'), associationMembershipSchema, {
        method: 'POST',
        body,
      }),
    onSuccess: () => invalidate(),
  });
}

export function useEndMember() {
  const { governmentId } = useGovernment();
  const invalidate = useInvalidateCapacity();
  return useMutation({
    mutationFn: ({ id, version }: { id: string; version: number }) =>
      apiRequest(governmentPath(governmentId, `/network/members/${id}/end`), associationMembershipSchema, {
        method: 'POST',
        body: { version },
      }),
    onSuccess: () => invalidate(),
  });
}

/** The questionnaire the association adopted, those it may adopt and those it uploaded. */
export function useQuestionnaireSetting() {
  const { governmentId } = useGovernment();
  const { i18n } = useTranslation();
  return useQuery({
    queryKey: [...capacityKey(governmentId), 'questionnaire-setting', i18n.language],
    queryFn: () =>
      apiRequest(
        governmentPath(governmentId, '/network/questionnaire'),
        associationQuestionnaireSettingSchema,
      ),
  });
}

export function useAdoptQuestionnaire() {
  const { governmentId } = useGovernment();
  const invalidate = useInvalidateCapacity();
  return useMutation({
    mutationFn: (body: UpdateQuestionnaireChoiceBody) =>
      apiRequest(
        governmentPath(governmentId, '/network/questionnaire'),
        associationQuestionnaireSettingSchema,
        {
          method: 'PUT',
          body,
        },
      ),
    onSuccess: () => invalidate(),
  });
}

export function useUploadQuestionnaire() {
  const { governmentId } = useGovernment();
  const invalidate = useInvalidateCapacity();
  return useMutation({
    mutationFn: (body: UploadQuestionnaireBody) =>
      apiRequest(
        governmentPath(governmentId, '/network/questionnaires'),
        associationQuestionnaireSettingSchema,
        {
          method: 'POST',
          body,
        },
      ),
    onSuccess: () => invalidate(),
  });
}

import { useQueryClient } from '@tanstack/react-query';
import { getRouteApi, useNavigate } from '@tanstack/react-router';
import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { Partner, PartnerInput } from '../../../contracts/partners';
import { ErrorState, Loading, PageHeader } from '../../ui/states';
import { useToast } from '../../ui/toast';
import { useGovernment } from '../auth/government-context';
import { PartnerForm } from './partner-form';
import { partnerToFormValues } from './partner-form-values';
import { useFindSimilarPartners } from './use-partner-duplicates';
import { partnersKey, useCreatePartner, usePartner, useUpdatePartner } from './use-partners';

const editRoute = getRouteApi('/app/partners/$partnerId/edit');

/** Whether an edit keeps what duplicates are looked for by (name, country, IATI id) as saved. */
function keepsIdentity(input: PartnerInput, partner: Partner) {
  return (
    input.name.trim().toLowerCase() === partner.name.trim().toLowerCase() &&
    (input.countryCode ?? null) === (partner.countryCode ?? null) &&
    (input.iatiOrgId ?? null) === (partner.iatiOrgId ?? null)
  );
}

export function PartnerCreatePage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { showToast } = useToast();
  const createPartner = useCreatePartner();
  const findSimilarPartners = useFindSimilarPartners();
  return (
    <div className="page">
      <PageHeader title={t('partners.newTitle')} description={t('partners.formIntro')} />
      <PartnerForm
        defaultValues={partnerToFormValues()}
        submitLabel={t('partners.create')}
        onCancel={() => void navigate({ to: '/partners' })}
        findDuplicates={(input) =>
          findSimilarPartners({
            name: input.name,
            acronym: input.acronym,
            countryCode: input.countryCode,
            iatiOrgId: input.iatiOrgId,
          })
        }
        onSubmit={async (input) => {
          const partner = await createPartner.mutateAsync(input);
          showToast(t('partners.created', { name: partner.name }));
          await navigate({ to: '/partners/$partnerId', params: { partnerId: partner.id } });
        }}
      />
    </div>
  );
}

export function PartnerEditPage() {
  const { t } = useTranslation();
  const { partnerId } = editRoute.useParams();
  const query = usePartner(partnerId);
  if (query.isLoading) return <Loading />;
  if (query.isError || !query.data)
    return <ErrorState error={query.error} onRetry={() => void query.refetch()} />;
  return (
    <div className="page">
      <PageHeader
        title={t('partners.editTitle', { name: query.data.name })}
        description={t('partners.formIntro')}
      />
      <EditPartnerForm partner={query.data} />
    </div>
  );
}

function EditPartnerForm({ partner }: { partner: Partner }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { showToast } = useToast();
  const { governmentId } = useGovernment();
  const queryClient = useQueryClient();
  const updatePartner = useUpdatePartner(partner.id);
  const findSimilarPartners = useFindSimilarPartners();
  // The version the user's edit is based on; "save over" moves it to the newest version.
  const versionRef = useRef(partner.version);
  const { canEdit } = useGovernment();
  const detailKey = [...partnersKey(governmentId), 'detail', partner.id];
  const fetchLatest = async () => {
    await queryClient.invalidateQueries({ queryKey: detailKey });
    return queryClient.getQueryData<Partner>(detailKey);
  };
  if (!canEdit) return <p>{t('common.readOnly')}</p>;
  return (
    <PartnerForm
      defaultValues={partnerToFormValues(partner)}
      submitLabel={t('common.saveChanges')}
      onCancel={() => void navigate({ to: '/partners/$partnerId', params: { partnerId: partner.id } })}
      // Renaming (or moving to another country, or another IATI id) may make it resemble another
      // partner; an edit of anything else does not ask again. The partner is never its own duplicate.
      findDuplicates={(input) =>
        keepsIdentity(input, partner)
          ? Promise.resolve([])
          : findSimilarPartners({
              name: input.name,
              acronym: input.acronym,
              countryCode: input.countryCode,
              iatiOrgId: input.iatiOrgId,
              excludeId: partner.id,
            })
      }
      onSubmit={async (input) => {
        const saved = await updatePartner.mutateAsync({ ...input, version: versionRef.current });
        showToast(t('partners.updated', { name: saved.name }));
        await navigate({ to: '/partners/$partnerId', params: { partnerId: partner.id } });
      }}
      onReload={async () => {
        const latest = await fetchLatest();
        if (!latest) return undefined;
        versionRef.current = latest.version;
        return partnerToFormValues(latest);
      }}
      onOverwrite={async () => {
        const latest = await fetchLatest();
        if (latest) versionRef.current = latest.version;
      }}
    />
  );
}

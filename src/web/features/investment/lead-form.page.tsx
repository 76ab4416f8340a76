import { getRouteApi, useNavigate } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import type { Lead } from '../../../contracts/investment';
import { useLatestVersion } from '../../lib/use-latest-version';
import { ErrorState, Loading, PageHeader } from '../../ui/states';
import { useToast } from '../../ui/toast';
import { useGovernment } from '../auth/government-context';
import { useGovernmentProfile } from '../territory/use-territory';
import { LeadForm } from './lead-form';
import { leadToFormValues } from './lead-values';
import { fetchLead, useCreateLead, useLead, useUpdateLead } from './use-investment';

const editRoute = getRouteApi('/app/investment/$leadId/edit');

export function LeadCreatePage() {
  const { t, i18n } = useTranslation();
  const navigate = useNavigate();
  const { showToast } = useToast();
  const { canEdit } = useGovernment();
  const profile = useGovernmentProfile();
  const createLead = useCreateLead();
  let content = <Loading />;
  if (!canEdit) content = <p>{t('common.readOnly')}</p>;
  else if (!profile.isLoading)
    content = (
      <LeadForm
        // New leads start in the government's reporting currency, the one the totals add up.
        defaultValues={leadToFormValues(i18n.language, profile.data?.reportingCurrency ?? 'USD')}
        submitLabel={t('investment.create')}
        onCancel={() => void navigate({ to: '/investment' })}
        onSubmit={async (input) => {
          const lead = await createLead.mutateAsync(input);
          showToast(t('investment.created', { title: lead.title }));
          await navigate({ to: '/investment/$leadId', params: { leadId: lead.id } });
        }}
      />
    );
  return (
    <div className="page">
      <PageHeader title={t('investment.newTitle')} description={t('investment.formIntro')} />
      {content}
    </div>
  );
}

export function LeadEditPage() {
  const { t } = useTranslation();
  const { leadId } = editRoute.useParams();
  const query = useLead(leadId);
  if (query.isLoading) return <Loading />;
  if (query.isError || !query.data)
    return <ErrorState error={query.error} onRetry={() => void query.refetch()} />;
  return (
    <div className="page">
      <PageHeader
        title={t('investment.editTitle', { title: query.data.title })}
        description={t('investment.formIntro')}
      />
      <EditLeadForm lead={query.data} />
    </div>
  );
}

function EditLeadForm({ lead }: { lead: Lead }) {
  const { t, i18n } = useTranslation();
  const navigate = useNavigate();
  const { showToast } = useToast();
  const { governmentId, canEdit } = useGovernment();
  const updateLead = useUpdateLead();
  const { versionRef, fetchLatest } = useLatestVersion(lead.version, () => fetchLead(governmentId, lead.id), [
    'gov',
    governmentId,
    'investment',
  ]);
  if (!canEdit) return <p>{t('common.readOnly')}</p>;
  return (
    <LeadForm
      defaultValues={leadToFormValues(i18n.language, lead.currency, lead)}
      submitLabel={t('common.saveChanges')}
      onCancel={() => void navigate({ to: '/investment/$leadId', params: { leadId: lead.id } })}
      onSubmit={async (input) => {
        const saved = await updateLead.mutateAsync({
          leadId: lead.id,
          body: { ...input, version: versionRef.current },
        });
        showToast(t('investment.updated', { title: saved.title }));
        await navigate({ to: '/investment/$leadId', params: { leadId: lead.id } });
      }}
      onReload={async () => leadToFormValues(i18n.language, lead.currency, await fetchLatest())}
      onOverwrite={async () => {
        await fetchLatest();
      }}
    />
  );
}

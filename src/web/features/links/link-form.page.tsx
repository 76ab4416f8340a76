import { useQueryClient } from '@tanstack/react-query';
import { getRouteApi, useNavigate } from '@tanstack/react-router';
import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { Link } from '../../../contracts/links';
import { ErrorState, Loading, PageHeader } from '../../ui/states';
import { useToast } from '../../ui/toast';
import { useGovernment } from '../auth/government-context';
import { usePartner } from '../partners/use-partners';
import { LinkForm } from './link-form';
import { linkToFormValues } from './link-form-values';
import { linksKey, useCreateLink, useLink, useUpdateLink } from './use-links';

const newRoute = getRouteApi('/app/links/new');
const editRoute = getRouteApi('/app/links/$linkId/edit');

export function LinkCreatePage() {
  const { t, i18n } = useTranslation();
  const navigate = useNavigate();
  const { showToast } = useToast();
  const { canEdit } = useGovernment();
  const { partnerId } = newRoute.useSearch();
  const createLink = useCreateLink();
  // Opened from a partner's page: that partner starts as the counterpart.
  const presetPartner = usePartner(partnerId ?? '');
  if (partnerId && presetPartner.isLoading) return <Loading />;
  const defaults = linkToFormValues(i18n.language);
  if (partnerId && presetPartner.data) {
    defaults.parties = [
      { partnerId: presetPartner.data.id, partnerName: presetPartner.data.name, role: 'counterpart' },
    ];
  }
  return (
    <div className="page">
      <PageHeader title={t('links.newTitle')} description={t('links.formIntro')} />
      {canEdit ? (
        <LinkForm
          isNew
          defaultValues={defaults}
          submitLabel={t('links.create')}
          onCancel={() => void navigate({ to: '/links' })}
          onSubmit={async (input) => {
            const link = await createLink.mutateAsync(input);
            showToast(t('links.created', { title: link.title }));
            await navigate({ to: '/links/$linkId', params: { linkId: link.id } });
          }}
        />
      ) : (
        <p>{t('common.readOnly')}</p>
      )}
    </div>
  );
}

export function LinkEditPage() {
  const { t } = useTranslation();
  const { linkId } = editRoute.useParams();
  const query = useLink(linkId);
  if (query.isLoading) return <Loading />;
  if (query.isError || !query.data)
    return <ErrorState error={query.error} onRetry={() => void query.refetch()} />;
  return (
    <div className="page">
      <PageHeader
        title={t('links.editTitle', { title: query.data.title })}
        description={t('links.formIntro')}
      />
      <EditLinkForm link={query.data} />
    </div>
  );
}

function EditLinkForm({ link }: { link: Link }) {
  const { t, i18n } = useTranslation();
  const navigate = useNavigate();
  const { showToast } = useToast();
  const { governmentId, canEdit } = useGovernment();
  const queryClient = useQueryClient();
  const updateLink = useUpdateLink(link.id);
  const versionRef = useRef(link.version);
  const statusRef = useRef(link.status);
  const detailKey = [...linksKey(governmentId), 'detail', link.id];
  const fetchLatest = async () => {
    await queryClient.invalidateQueries({ queryKey: detailKey });
    const latest = queryClient.getQueryData<Link>(detailKey);
    if (latest) {
      versionRef.current = latest.version;
      statusRef.current = latest.status;
    }
    return latest;
  };
  if (!canEdit) return <p>{t('common.readOnly')}</p>;
  return (
    <LinkForm
      isNew={false}
      defaultValues={linkToFormValues(i18n.language, link)}
      submitLabel={t('common.saveChanges')}
      onCancel={() => void navigate({ to: '/links/$linkId', params: { linkId: link.id } })}
      onSubmit={async (input) => {
        // Status changes go through their own action; an edit keeps the current status.
        const saved = await updateLink.mutateAsync({
          ...input,
          status: statusRef.current,
          version: versionRef.current,
        });
        showToast(t('links.updated', { title: saved.title }));
        await navigate({ to: '/links/$linkId', params: { linkId: link.id } });
      }}
      onReload={async () => {
        const latest = await fetchLatest();
        return latest ? linkToFormValues(i18n.language, latest) : undefined;
      }}
      onOverwrite={async () => {
        await fetchLatest();
      }}
    />
  );
}

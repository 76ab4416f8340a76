import { getRouteApi, Link, useNavigate } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import type { Demand } from '../../../contracts/cooperation';
import { useLatestVersion } from '../../lib/use-latest-version';
import { ErrorState, Loading } from '../../ui/states';
import { useToast } from '../../ui/toast';
import { useGovernment } from '../auth/government-context';
import { useGovernmentProfile } from '../territory/use-territory';
import { DemandForm } from './demand-form';
import { demandToFormValues } from './demand-values';
import { CooperationFormFrame } from './form-frame';
import { cooperationKey, fetchDemand, useCreateDemand, useDemand, useUpdateDemand } from './use-cooperation';
import '../initiatives/initiatives.css';
import './cooperation.css';

const editRoute = getRouteApi('/app/cooperation/demands/$demandId/edit');

/** Admins, coordinators and liaisons register demands (liaisons, those of their department). */
function useMayRaise() {
  const { role } = useGovernment();
  return role === 'admin' || role === 'coordinator' || role === 'liaison';
}

export function DemandCreatePage() {
  const { t, i18n } = useTranslation();
  const navigate = useNavigate();
  const { showToast } = useToast();
  const mayRaise = useMayRaise();
  const profile = useGovernmentProfile();
  const createDemand = useCreateDemand();
  let content = <Loading />;
  if (!mayRaise) content = <p>{t('common.readOnly')}</p>;
  else if (!profile.isLoading)
    content = (
      <DemandForm
        defaultValues={demandToFormValues(i18n.language, profile.data?.reportingCurrency ?? 'USD')}
        submitLabel={t('cooperation.demand.create')}
        onCancel={() => void navigate({ to: '/cooperation/demands' })}
        onSubmit={async (input) => {
          const demand = await createDemand.mutateAsync(input);
          showToast(t('cooperation.demand.created', { title: demand.title }));
          await navigate({ to: '/cooperation/demands/$demandId', params: { demandId: demand.id } });
        }}
      />
    );
  return (
    <CooperationFormFrame
      back={<Link to="/cooperation/demands">{t('cooperation.demand.backToList')}</Link>}
      title={t('cooperation.demand.newTitle')}
    >
      {content}
    </CooperationFormFrame>
  );
}

export function DemandEditPage() {
  const { t } = useTranslation();
  const { demandId } = editRoute.useParams();
  const query = useDemand(demandId);
  if (query.isLoading) return <Loading />;
  if (query.isError || !query.data)
    return <ErrorState error={query.error} onRetry={() => void query.refetch()} />;
  return (
    <CooperationFormFrame
      back={
        <Link to="/cooperation/demands/$demandId" params={{ demandId }}>
          {t('cooperation.demand.backToDemand')}
        </Link>
      }
      title={t('cooperation.demand.editTitle', { title: query.data.title })}
    >
      <EditDemandForm demand={query.data} />
    </CooperationFormFrame>
  );
}

function EditDemandForm({ demand }: { demand: Demand }) {
  const { t, i18n } = useTranslation();
  const navigate = useNavigate();
  const { showToast } = useToast();
  const { governmentId } = useGovernment();
  const mayRaise = useMayRaise();
  const updateDemand = useUpdateDemand();
  const currency = demand.currency ?? 'USD';
  const { versionRef, fetchLatest } = useLatestVersion(
    demand.version,
    () => fetchDemand(governmentId, demand.id),
    cooperationKey(governmentId),
  );
  const goBack = () =>
    void navigate({ to: '/cooperation/demands/$demandId', params: { demandId: demand.id } });
  if (!mayRaise) return <p>{t('common.readOnly')}</p>;
  return (
    <DemandForm
      isEdit
      defaultValues={demandToFormValues(i18n.language, currency, demand)}
      submitLabel={t('common.saveChanges')}
      onCancel={goBack}
      onSubmit={async (input) => {
        const saved = await updateDemand.mutateAsync({
          demandId: demand.id,
          body: { ...input, version: versionRef.current },
        });
        showToast(t('cooperation.demand.updated', { title: saved.title }));
        goBack();
      }}
      onReload={async () => demandToFormValues(i18n.language, currency, await fetchLatest())}
      onOverwrite={async () => {
        await fetchLatest();
      }}
    />
  );
}

import { getRouteApi, Link, useNavigate } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import type { Offer } from '../../../contracts/cooperation';
import { useLatestVersion } from '../../lib/use-latest-version';
import { ErrorState, Loading } from '../../ui/states';
import { useToast } from '../../ui/toast';
import { useGovernment } from '../auth/government-context';
import { useGovernmentProfile } from '../territory/use-territory';
import { CooperationFormFrame } from './form-frame';
import { OfferForm } from './offer-form';
import { activityToFormValues, offerToFormValues, recallCatalogueActivity } from './offer-values';
import { cooperationKey, fetchOffer, useCreateOffer, useOffer, useUpdateOffer } from './use-cooperation';
import '../initiatives/initiatives.css';
import './cooperation.css';

const newRoute = getRouteApi('/app/cooperation/offers/new');
const editRoute = getRouteApi('/app/cooperation/offers/$offerId/edit');

export function OfferCreatePage() {
  const { t, i18n } = useTranslation();
  const navigate = useNavigate();
  const search = newRoute.useSearch();
  const { showToast } = useToast();
  const { canEdit } = useGovernment();
  const profile = useGovernmentProfile();
  const createOffer = useCreateOffer();
  const activity = recallCatalogueActivity(search.fromActivity);
  const currency = profile.data?.reportingCurrency ?? 'USD';
  const defaults = activity
    ? activityToFormValues(activity, currency)
    : { ...offerToFormValues(i18n.language, currency), kind: search.kind ?? 'call' };
  let content = <Loading />;
  if (!canEdit) content = <p>{t('common.readOnly')}</p>;
  else if (!profile.isLoading)
    content = (
      <>
        {activity ? (
          <p className="alert alert-info">
            {t('cooperation.offer.fromActivity', { id: activity.iatiIdentifier })}
          </p>
        ) : null}
        <OfferForm
          defaultValues={defaults}
          submitLabel={t('cooperation.offer.create')}
          onCancel={() => void navigate({ to: '/cooperation/offers' })}
          onSubmit={async (input) => {
            const offer = await createOffer.mutateAsync(input);
            showToast(t('cooperation.offer.created', { title: offer.title }));
            await navigate({ to: '/cooperation/offers/$offerId', params: { offerId: offer.id } });
          }}
        />
      </>
    );
  return (
    <CooperationFormFrame
      back={<Link to="/cooperation/offers">{t('cooperation.offer.backToList')}</Link>}
      title={t('cooperation.offer.newTitle')}
    >
      {content}
    </CooperationFormFrame>
  );
}

export function OfferEditPage() {
  const { t } = useTranslation();
  const { offerId } = editRoute.useParams();
  const query = useOffer(offerId);
  if (query.isLoading) return <Loading />;
  if (query.isError || !query.data)
    return <ErrorState error={query.error} onRetry={() => void query.refetch()} />;
  return (
    <CooperationFormFrame
      back={
        <Link to="/cooperation/offers/$offerId" params={{ offerId }}>
          {t('cooperation.offer.backToOffer')}
        </Link>
      }
      title={t('cooperation.offer.editTitle', { title: query.data.title })}
    >
      <EditOfferForm offer={query.data} />
    </CooperationFormFrame>
  );
}

function EditOfferForm({ offer }: { offer: Offer }) {
  const { t, i18n } = useTranslation();
  const navigate = useNavigate();
  const { showToast } = useToast();
  const { governmentId, canEdit } = useGovernment();
  const updateOffer = useUpdateOffer();
  const currency = offer.currency ?? 'USD';
  const { versionRef, fetchLatest } = useLatestVersion(
    offer.version,
    () => fetchOffer(governmentId, offer.id),
    cooperationKey(governmentId),
  );
  const goBack = () => void navigate({ to: '/cooperation/offers/$offerId', params: { offerId: offer.id } });
  if (!canEdit) return <p>{t('common.readOnly')}</p>;
  return (
    <OfferForm
      defaultValues={offerToFormValues(i18n.language, currency, offer)}
      submitLabel={t('common.saveChanges')}
      onCancel={goBack}
      onSubmit={async (input) => {
        const saved = await updateOffer.mutateAsync({
          offerId: offer.id,
          body: { ...input, version: versionRef.current },
        });
        showToast(t('cooperation.offer.updated', { title: saved.title }));
        goBack();
      }}
      onReload={async () => offerToFormValues(i18n.language, currency, await fetchLatest())}
      onOverwrite={async () => {
        await fetchLatest();
      }}
    />
  );
}

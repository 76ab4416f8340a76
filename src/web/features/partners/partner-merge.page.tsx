import { useQuery } from '@tanstack/react-query';
import { getRouteApi, Link, useNavigate } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { MergePreview } from '../../../contracts/partner-duplicates';
import type { Partner } from '../../../contracts/partners';
import { describeError } from '../../lib/form-errors';
import { countryName } from '../../lib/format';
import { DataTable } from '../../ui/data-table';
import { ErrorState, Loading, PageHeader } from '../../ui/states';
import { useToast } from '../../ui/toast';
import { useGovernment } from '../auth/government-context';
import { PartnerPicker } from './partner-picker';
import { useFindSimilarPartners, useMergePartner, useMergePreview } from './use-partner-duplicates';
import { partnersKey, usePartner } from './use-partners';

const routeApi = getRouteApi('/app/partners/$partnerId/merge');

export function PartnerMergePage() {
  const { t } = useTranslation();
  const { partnerId } = routeApi.useParams();
  const { isAdmin } = useGovernment();
  const query = usePartner(partnerId);
  if (query.isLoading) return <Loading />;
  if (query.isError || !query.data)
    return <ErrorState error={query.error} onRetry={() => void query.refetch()} />;
  if (!isAdmin) return <p>{t('common.readOnly')}</p>;
  return <MergePartner partner={query.data} />;
}

/** Merge a duplicate into the partner that stays: choose it, read what moves, confirm. */
function MergePartner({ partner }: { partner: Partner }) {
  const { t, i18n } = useTranslation();
  const [survivor, setSurvivor] = useState<{ id: string; name: string } | null>(null);
  const { governmentId } = useGovernment();
  const findSimilarPartners = useFindSimilarPartners();
  const suggestions = useQuery({
    queryKey: [...partnersKey(governmentId), 'similar-to', partner.id],
    queryFn: () =>
      findSimilarPartners({
        name: partner.name,
        acronym: partner.acronym,
        countryCode: partner.countryCode,
        iatiOrgId: partner.iatiOrgId,
        excludeId: partner.id,
      }),
  });
  return (
    <div className="page">
      <p className="breadcrumb">
        <Link to="/partners/$partnerId" params={{ partnerId: partner.id }}>
          {partner.name}
        </Link>
      </p>
      <PageHeader
        title={t('partnerDuplicates.mergeTitle', { name: partner.name })}
        description={t('partnerDuplicates.mergeIntro', { name: partner.name })}
      />
      {survivor ? (
        <MergePreviewSection partner={partner} survivorId={survivor.id} onChange={() => setSurvivor(null)} />
      ) : (
        <>
          {suggestions.data && suggestions.data.length > 0 ? (
            <section className="section" aria-labelledby="merge-suggested-title">
              <h2 id="merge-suggested-title">{t('partnerDuplicates.suggested')}</h2>
              <ul>
                {suggestions.data.map((item) => (
                  <li key={item.id}>
                    <button
                      type="button"
                      className="button button-secondary"
                      onClick={() => setSurvivor({ id: item.id, name: item.name })}
                    >
                      {t('partnerDuplicates.useSuggested', { name: item.name })}
                    </button>{' '}
                    {[item.city, countryName(item.countryCode, i18n.language)]
                      .filter((part) => part && part !== '—')
                      .join(' · ')}
                  </li>
                ))}
              </ul>
            </section>
          ) : null}
          <PartnerPicker
            label={t('partnerDuplicates.survivor')}
            excludeIds={[partner.id]}
            onPick={(picked) => setSurvivor({ id: picked.id, name: picked.name })}
          />
        </>
      )}
    </div>
  );
}

function MergePreviewSection({
  partner,
  survivorId,
  onChange,
}: {
  partner: Partner;
  survivorId: string;
  onChange: () => void;
}) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { showToast } = useToast();
  const preview = useMergePreview(partner.id, survivorId);
  const merge = useMergePartner(partner.id);
  if (preview.isLoading) return <Loading />;
  if (preview.isError || !preview.data)
    return <ErrorState error={preview.error} onRetry={() => void preview.refetch()} />;
  const data: MergePreview = preview.data;
  const fields = data.filledFields.map((field) => t(`partnerDuplicates.fields.${field}`)).join(', ');
  return (
    <section className="section" aria-labelledby="merge-preview-title">
      <h2 id="merge-preview-title">{t('partnerDuplicates.previewTitle')}</h2>
      <p>{t('partnerDuplicates.previewIntro', { from: data.partner.name, to: data.survivor.name })}</p>
      {data.counts.length === 0 ? (
        <p>{t('partnerDuplicates.nothingToMove', { name: data.partner.name })}</p>
      ) : (
        <DataTable
          caption={t('partnerDuplicates.tableCaption', { name: data.partner.name })}
          isCaptionHidden
          rows={data.counts}
          rowKey={(row) => row.kind}
          columns={[
            {
              key: 'kind',
              header: t('partnerDuplicates.kindHeader'),
              isRowHeader: true,
              render: (row) => t(`partnerDuplicates.kinds.${row.kind}`),
            },
            {
              key: 'moved',
              header: t('partnerDuplicates.movedHeader'),
              render: (row) => (row.moved > 0 ? t('partnerDuplicates.moved', { count: row.moved }) : '—'),
            },
            {
              key: 'dropped',
              header: t('partnerDuplicates.droppedHeader'),
              render: (row) =>
                row.dropped > 0 ? t('partnerDuplicates.dropped', { count: row.dropped }) : '—',
            },
          ]}
        />
      )}
      {fields ? <p>{t('partnerDuplicates.filled', { fields })}</p> : null}
      <div className="form-actions">
        <button
          type="button"
          className="button button-danger"
          disabled={merge.isPending}
          onClick={() =>
            merge.mutate(
              { survivorId, version: data.partner.version, survivorVersion: data.survivor.version },
              {
                onSuccess: async () => {
                  showToast(
                    t('partnerDuplicates.merged', { from: data.partner.name, to: data.survivor.name }),
                  );
                  await navigate({ to: '/partners/$partnerId', params: { partnerId: survivorId } });
                },
                onError: (error) => showToast(describeError(t, error), 'error'),
              },
            )
          }
        >
          {merge.isPending ? t('common.saving') : t('partnerDuplicates.confirm', { name: data.partner.name })}
        </button>
        <button type="button" className="button button-secondary" onClick={onChange}>
          {t('partnerDuplicates.changeSurvivor')}
        </button>
      </div>
    </section>
  );
}

import { getRouteApi, Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import type { Offer } from '../../../contracts/cooperation';
import { enumLabel } from '../../lib/enum-options';
import { countryName, formatDate, formatMoney } from '../../lib/format';
import { ArchivableRecordPage } from '../../ui/archivable-record-page';
import { DetailItem, EmptyState, ErrorState, Loading } from '../../ui/states';
import { AuditHistory } from '../audit/audit-history';
import { useGovernment } from '../auth/government-context';
import { DeadlineBadge } from './cooperation-bits';
import { MatchCard } from './match-card';
import { sectorLabel } from './sectors';
import { useOffer, useOfferMatches, useSetOfferArchived } from './use-cooperation';
import './cooperation.css';
import { useTermLabel } from '../strategy/use-strategy';

const routeApi = getRouteApi('/app/cooperation/offers/$offerId/');

export function OfferPage() {
  const { offerId } = routeApi.useParams();
  const query = useOffer(offerId);
  if (query.isLoading) return <Loading />;
  if (query.isError || !query.data)
    return <ErrorState error={query.error} onRetry={() => void query.refetch()} />;
  return <OfferView offer={query.data} />;
}

function OfferView({ offer }: { offer: Offer }) {
  const { t, i18n } = useTranslation();
  const termLabel = useTermLabel();
  const language = i18n.language;
  const { canEdit } = useGovernment();
  const setArchived = useSetOfferArchived();
  const isArchived = Boolean(offer.archivedAt);
  return (
    <ArchivableRecordPage
      back={
        <Link
          to="/cooperation/offers"
          search={{ tab: offer.kind === 'own_good_practice' ? 'own' : undefined }}
        >
          {t('cooperation.offer.backToList')}
        </Link>
      }
      title={offer.title}
      description={`${t(`cooperation.offerKind.${offer.kind}`)}${offer.donorName ? ` · ${offer.donorName}` : ''}`}
      canEdit={canEdit}
      isArchived={isArchived}
      editActions={
        <Link
          to="/cooperation/offers/$offerId/edit"
          params={{ offerId: offer.id }}
          className="button button-primary"
        >
          {t('common.edit')}
        </Link>
      }
      archivedNotice={t('cooperation.archivedNotice', { date: formatDate(offer.archivedAt, language) })}
      archive={{
        title: isArchived ? t('cooperation.offer.restoreTitle') : t('cooperation.offer.archiveTitle'),
        text: isArchived ? t('cooperation.restoreText') : t('cooperation.archiveText'),
        doneMessage: isArchived ? t('cooperation.restored') : t('cooperation.archived'),
        isPending: setArchived.isPending,
        toggle: (callbacks) =>
          setArchived.mutate({ id: offer.id, isArchived: !isArchived, version: offer.version }, callbacks),
      }}
    >
      <section className="section" aria-labelledby="offer-data-title">
        <h2 id="offer-data-title">{t('cooperation.offer.sections.offer')}</h2>
        {offer.description ? <p className="prose">{offer.description}</p> : null}
        <dl className="detail-grid">
          <DetailItem label={t('cooperation.offer.fields.donor')}>
            {offer.donorPartnerId ? (
              <Link to="/partners/$partnerId" params={{ partnerId: offer.donorPartnerId }}>
                {offer.donorName}
              </Link>
            ) : (
              t('cooperation.offer.ownPractice')
            )}
          </DetailItem>
          <DetailItem label={t('cooperation.offer.fields.status')}>
            {t(`cooperation.offerStatus.${offer.status}`)}
          </DetailItem>
          <DetailItem label={t('cooperation.offer.fields.opensOn')}>
            {formatDate(offer.opensOn, language)}
          </DetailItem>
          <DetailItem label={t('cooperation.offer.fields.deadline')}>
            {formatDate(offer.deadline, language)}{' '}
            {offer.deadline ? <DeadlineBadge deadline={offer.deadline} /> : null}
          </DetailItem>
          <DetailItem label={t('cooperation.offer.fields.amountMin')}>
            {formatMoney(offer.amountMinMinor, offer.currency, language)}
          </DetailItem>
          <DetailItem label={t('cooperation.offer.fields.amountMax')}>
            {formatMoney(offer.amountMaxMinor, offer.currency, language)}
          </DetailItem>
          <DetailItem label={t('cooperation.fields.modalities')}>
            {offer.modalities.map((value) => t(`cooperation.modalities.${value}`)).join(', ') || '—'}
          </DetailItem>
          <DetailItem label={t('cooperation.fields.themes')}>
            {offer.themes.map((value) => termLabel('theme', value)).join(', ') || '—'}
          </DetailItem>
          <DetailItem label={t('cooperation.fields.sectors')}>
            {offer.sectors.map((code) => sectorLabel(code, language)).join('; ') || '—'}
          </DetailItem>
          <DetailItem label={t('cooperation.fields.sdgTargets')}>
            {offer.sdgTargets.join(', ') || '—'}
          </DetailItem>
          <DetailItem label={t('cooperation.offer.fields.eligibleCountries')}>
            {offer.eligibleCountries.map((code) => countryName(code, language)).join(', ') ||
              t('cooperation.offer.anyCountry')}
          </DetailItem>
          <DetailItem label={t('cooperation.offer.fields.eligibleGovernmentKinds')}>
            {offer.eligibleGovernmentKinds.map((value) => enumLabel(t, 'governmentKind', value)).join(', ') ||
              t('cooperation.offer.anyKind')}
          </DetailItem>
          <DetailItem label={t('cooperation.offer.fields.url')}>
            {offer.url ? (
              <a href={offer.url} target="_blank" rel="noreferrer">
                {offer.url}
              </a>
            ) : (
              '—'
            )}
          </DetailItem>
        </dl>
      </section>
      <OfferMatches offerId={offer.id} />
      <AuditHistory entityType="offer" entityId={offer.id} />
    </ArchivableRecordPage>
  );
}

/** The open demands this offer could serve, ranked and explained; decisions are taken on each demand. */
function OfferMatches({ offerId }: { offerId: string }) {
  const { t } = useTranslation();
  const query = useOfferMatches(offerId);
  const items = query.data?.items ?? [];
  let content = <Loading label={t('cooperation.match.loading')} />;
  if (query.isError) content = <ErrorState error={query.error} onRetry={() => void query.refetch()} />;
  else if (query.data && items.length === 0)
    content = (
      <EmptyState
        headingLevel={3}
        title={t('cooperation.offer.noDemandsTitle')}
        description={t('cooperation.offer.noDemandsText', { count: query.data.evaluated })}
      />
    );
  else if (query.data)
    content = (
      <ol className="match-list">
        {items.map((match) => (
          <li key={match.demandId}>
            <MatchCard
              match={match}
              title={match.demandTitle}
              heading={
                <Link to="/cooperation/demands/$demandId" params={{ demandId: match.demandId }}>
                  {match.demandTitle}
                </Link>
              }
            />
          </li>
        ))}
      </ol>
    );
  return (
    <section className="section" aria-labelledby="offer-matches-title">
      <h2 id="offer-matches-title">{t('cooperation.offer.matchesTitle')}</h2>
      <p className="muted">{t('cooperation.offer.matchesIntro')}</p>
      {content}
    </section>
  );
}

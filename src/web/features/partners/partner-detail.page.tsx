import { getRouteApi, Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import type { Partner } from '../../../contracts/partners';
import { enumLabel } from '../../lib/enum-options';
import { countryName, formatDate } from '../../lib/format';
import { useCodelist } from '../../lib/use-codelist';
import { ArchivableRecordPage } from '../../ui/archivable-record-page';
import { type Column, DataTable } from '../../ui/data-table';
import { Badge, DetailItem, ErrorState, Loading } from '../../ui/states';
import { AuditHistory } from '../audit/audit-history';
import { useGovernment } from '../auth/government-context';
import { IndexPanel } from '../utility/index-panel';
import { LedgerSection } from '../utility/ledger-section';
import { PartnerRelations } from './partner-relations';
import { usePartner, useSetPartnerArchived } from './use-partners';

const routeApi = getRouteApi('/app/partners/$partnerId/');

export function PartnerDetailPage() {
  const { partnerId } = routeApi.useParams();
  const query = usePartner(partnerId);
  if (query.isLoading) return <Loading />;
  if (query.isError || !query.data)
    return <ErrorState error={query.error} onRetry={() => void query.refetch()} />;
  return <PartnerDetail partner={query.data} />;
}

function PartnerDetail({ partner }: { partner: Partner }) {
  const { t, i18n } = useTranslation();
  const organisationTypes = useCodelist('organisation-types');
  const organisationTypeName = (code: string) =>
    organisationTypes.data?.items.find((item) => item.code === code)?.name ?? code;
  const { canEdit, isAdmin } = useGovernment();
  const setArchived = useSetPartnerArchived(partner.id);
  const isArchived = Boolean(partner.archivedAt);
  const language = i18n.language;

  const linkColumns: Column<Partner['links'][number]>[] = [
    {
      key: 'title',
      header: t('links.fields.title'),
      isRowHeader: true,
      render: (row) => (
        <Link to="/links/$linkId" params={{ linkId: row.id }}>
          {row.title}
        </Link>
      ),
    },
    { key: 'kind', header: t('links.fields.kind'), render: (row) => enumLabel(t, 'linkKind', row.kind) },
    {
      key: 'role',
      header: t('links.fields.partyRole'),
      render: (row) => enumLabel(t, 'partyRole', row.role),
    },
    {
      key: 'status',
      header: t('links.fields.status'),
      render: (row) => enumLabel(t, 'linkStatus', row.status),
    },
  ];

  return (
    <ArchivableRecordPage
      back={<Link to="/partners">{t('partners.backToList')}</Link>}
      title={partner.name}
      description={[
        enumLabel(t, 'partnerKind', partner.kind),
        partner.city,
        countryName(partner.countryCode, language),
      ]
        .filter((part) => part && part !== '—')
        .join(' · ')}
      canEdit={canEdit}
      isArchived={isArchived}
      editActions={
        <>
          <Link
            to="/partners/$partnerId/edit"
            params={{ partnerId: partner.id }}
            className="button button-primary"
          >
            {t('common.edit')}
          </Link>
          {isAdmin ? (
            <Link
              to="/partners/$partnerId/merge"
              params={{ partnerId: partner.id }}
              className="button button-secondary"
            >
              {t('partnerDuplicates.merge')}
            </Link>
          ) : null}
        </>
      }
      // A merged duplicate stays archived: its records now belong to the partner it was merged into.
      canArchive={!partner.mergedIntoId}
      notice={
        partner.mergedIntoId ? (
          <p className="alert alert-info">
            {t('partnerDuplicates.mergedNotice')}{' '}
            <Link to="/partners/$partnerId" params={{ partnerId: partner.mergedIntoId }}>
              {t('partnerDuplicates.openSurvivor')}
            </Link>
          </p>
        ) : null
      }
      archivedNotice={t('partners.archivedNotice', { date: formatDate(partner.archivedAt, language) })}
      archive={{
        title: isArchived ? t('partners.restoreTitle') : t('partners.archiveTitle'),
        text: isArchived ? t('partners.restoreText') : t('partners.archiveText'),
        doneMessage: isArchived ? t('partners.restored') : t('partners.archived'),
        isPending: setArchived.isPending,
        toggle: (callbacks) =>
          setArchived.mutate({ isArchived: !isArchived, version: partner.version }, callbacks),
      }}
    >
      <section className="section">
        <h2 id="partner-data-title">{t('partners.sections.data')}</h2>
        <dl className="detail-grid">
          <DetailItem label={t('partners.fields.acronym')}>{partner.acronym ?? '—'}</DetailItem>
          <DetailItem label={t('partners.fields.kind')}>
            {enumLabel(t, 'partnerKind', partner.kind)}
          </DetailItem>
          <DetailItem label={t('partners.fields.country')}>
            {countryName(partner.countryCode, language)}
          </DetailItem>
          <DetailItem label={t('partners.fields.city')}>{partner.city ?? '—'}</DetailItem>
          <DetailItem label={t('partners.fields.coordinates')}>
            {partner.latitude !== null && partner.longitude !== null
              ? `${partner.latitude}, ${partner.longitude}`
              : '—'}
          </DetailItem>
          <DetailItem label={t('partners.fields.iatiOrgId')}>{partner.iatiOrgId ?? '—'}</DetailItem>
          <DetailItem label={t('partners.fields.iatiOrgType')}>
            {partner.iatiOrgType
              ? `${organisationTypeName(partner.iatiOrgType)} (${partner.iatiOrgType})`
              : '—'}
          </DetailItem>
          <DetailItem label={t('partners.fields.website')}>
            {partner.website ? (
              <a href={partner.website} target="_blank" rel="noreferrer noopener">
                {partner.website}
              </a>
            ) : (
              '—'
            )}
          </DetailItem>
          <DetailItem label={t('partners.fields.email')}>
            {partner.email ? <a href={`mailto:${partner.email}`}>{partner.email}</a> : '—'}
          </DetailItem>
          <DetailItem label={t('partners.fields.tags')}>
            {partner.tags.length ? (
              <span className="tag-list">
                {partner.tags.map((tag) => (
                  <Badge key={tag}>{tag}</Badge>
                ))}
              </span>
            ) : (
              '—'
            )}
          </DetailItem>
          <DetailItem label={t('common.updatedAt')}>{formatDate(partner.updatedAt, language)}</DetailItem>
        </dl>
        {partner.notes ? (
          <>
            <h3>{t('partners.fields.notes')}</h3>
            <p className="prose">{partner.notes}</p>
          </>
        ) : null}
      </section>
      <section className="section">
        <h2 id="contacts-title">{t('partners.contacts.title')}</h2>
        {partner.contacts.length === 0 ? (
          <p className="muted">{t('partners.contacts.none')}</p>
        ) : (
          <DataTable
            caption={t('partners.contacts.title')}
            isCaptionHidden
            rows={partner.contacts}
            rowKey={(row) => row.id}
            columns={[
              {
                key: 'name',
                header: t('partners.contacts.name'),
                isRowHeader: true,
                render: (row) => (
                  <>
                    {row.name}{' '}
                    {row.isPrimary ? <Badge tone="info">{t('partners.contacts.primary')}</Badge> : null}
                  </>
                ),
              },
              {
                key: 'position',
                header: t('partners.contacts.position'),
                render: (row) => row.position ?? '—',
              },
              {
                key: 'email',
                header: t('partners.contacts.email'),
                render: (row) => (row.email ? <a href={`mailto:${row.email}`}>{row.email}</a> : '—'),
              },
              { key: 'phone', header: t('partners.contacts.phone'), render: (row) => row.phone ?? '—' },
              {
                key: 'language',
                header: t('partners.contacts.language'),
                render: (row) => row.language ?? '—',
              },
              {
                key: 'channel',
                header: t('partners.contacts.channel'),
                render: (row) => enumLabel(t, 'contactChannel', row.channel),
              },
            ]}
          />
        )}
      </section>
      <PartnerRelations partner={partner} canEdit={canEdit && !isArchived} />
      <section className="section">
        <h2 id="partner-links-title">{t('partners.linksTitle')}</h2>
        {partner.links.length === 0 ? (
          <p className="muted">{t('partners.noLinks')}</p>
        ) : (
          <DataTable
            caption={t('partners.linksTitle')}
            isCaptionHidden
            columns={linkColumns}
            rows={partner.links}
            rowKey={(row) => row.id}
          />
        )}
      </section>
      <LedgerSection kind="partner" id={partner.id} />
      <IndexPanel scope={{ scopeKind: 'partner', scopeId: partner.id }} />
      <AuditHistory entityType="partner" entityId={partner.id} />
    </ArchivableRecordPage>
  );
}

import { getRouteApi, Link as RouterLink } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import type { Link } from '../../../contracts/links';
import { enumLabel } from '../../lib/enum-options';
import { countryName, formatDate, formatMoney } from '../../lib/format';
import { ArchivableRecordPage } from '../../ui/archivable-record-page';
import { DataTable } from '../../ui/data-table';
import { Badge, DetailItem, ErrorState, Loading } from '../../ui/states';
import { AuditHistory } from '../audit/audit-history';
import { useGovernment } from '../auth/government-context';
import { PublicationControl } from '../publication/publication-control';
import { AlignmentDetails } from '../strategy/alignment-details';
import { useTermLabel } from '../strategy/use-strategy';
import { IndexPanel } from '../utility/index-panel';
import { LedgerSection } from '../utility/ledger-section';
import { VerdictPanel } from '../utility/verdict-panel';
import { LinkStatusActions } from './link-status-actions';
import { DaysToExpiry, LinkStatusBadge } from './link-status-badge';
import { useLink, useSetLinkArchived } from './use-links';

const routeApi = getRouteApi('/app/links/$linkId/');

export function LinkDetailPage() {
  const { linkId } = routeApi.useParams();
  const query = useLink(linkId);
  if (query.isLoading) return <Loading />;
  if (query.isError || !query.data)
    return <ErrorState error={query.error} onRetry={() => void query.refetch()} />;
  return <LinkDetail link={query.data} />;
}

function LinkDetail({ link }: { link: Link }) {
  const { t, i18n } = useTranslation();
  const termLabel = useTermLabel();
  const language = i18n.language;
  const { canEdit } = useGovernment();
  const setArchived = useSetLinkArchived(link.id);
  const isArchived = Boolean(link.archivedAt);
  const isNetwork = link.kind === 'network_membership';

  return (
    <ArchivableRecordPage
      back={<RouterLink to="/links">{t('links.backToList')}</RouterLink>}
      title={link.title}
      description={enumLabel(t, 'linkKind', link.kind)}
      canEdit={canEdit}
      isArchived={isArchived}
      editActions={
        <RouterLink to="/links/$linkId/edit" params={{ linkId: link.id }} className="button button-primary">
          {t('common.edit')}
        </RouterLink>
      }
      archivedNotice={t('links.archivedNotice', { date: formatDate(link.archivedAt, language) })}
      archive={{
        title: isArchived ? t('links.restoreTitle') : t('links.archiveTitle'),
        text: isArchived ? t('links.restoreText') : t('links.archiveText'),
        doneMessage: isArchived ? t('links.restored') : t('links.archived'),
        isPending: setArchived.isPending,
        toggle: (callbacks) =>
          setArchived.mutate({ isArchived: !isArchived, version: link.version }, callbacks),
      }}
    >
      <section className="section">
        <h2 id="link-status-title">{t('links.sections.status')}</h2>
        <p>
          {t('links.currentStatus')}: <LinkStatusBadge status={link.status} />
          {link.statusReason ? <span className="muted"> — {link.statusReason}</span> : null}
        </p>
        {canEdit ? <LinkStatusActions link={link} /> : null}
      </section>
      <VerdictPanel kind="link" id={link.id} />
      <LedgerSection kind="link" id={link.id} />
      <IndexPanel scope={{ scopeKind: 'link', scopeId: link.id }} />
      <section className="section">
        <h2 id="link-data-title">{t('links.sections.general')}</h2>
        <dl className="detail-grid">
          <DetailItem label={t('links.fields.kind')}>{enumLabel(t, 'linkKind', link.kind)}</DetailItem>
          {link.kind === 'interinstitutional_agreement' || link.registryNumber ? (
            <DetailItem label={t('links.fields.registryNumber')}>{link.registryNumber ?? '—'}</DetailItem>
          ) : null}
          <DetailItem label={t('links.fields.department')}>{link.departmentName ?? '—'}</DetailItem>
          <DetailItem label={t('links.fields.signedOn')}>{formatDate(link.signedOn, language)}</DetailItem>
          <DetailItem label={t('links.fields.validFrom')}>{formatDate(link.validFrom, language)}</DetailItem>
          <DetailItem label={t('links.fields.validTo')}>
            {formatDate(link.validTo, language)}{' '}
            {link.validTo ? <DaysToExpiry days={link.daysToExpiry} /> : null}
          </DetailItem>
          <DetailItem label={t('links.fields.isCouncilApproved')}>
            {link.isCouncilApproved
              ? t('links.councilApprovedOn', {
                  date: formatDate(link.councilApprovalDate, language),
                  reference: link.councilApprovalReference ?? '—',
                })
              : t('common.no')}
          </DetailItem>
          <DetailItem label={t('links.fields.themes')}>
            {link.themes.length ? (
              <span className="tag-list">
                {link.themes.map((theme) => (
                  <Badge key={theme}>{termLabel('theme', theme)}</Badge>
                ))}
              </span>
            ) : (
              '—'
            )}
          </DetailItem>
          <DetailItem label={t('links.fields.strategyLines')}>
            {link.strategyLines.length
              ? link.strategyLines.map((line) => termLabel('strategyLine', line)).join('; ')
              : '—'}
          </DetailItem>
          <AlignmentDetails planCodes={link.planCodes} sdgGoals={link.sdgGoals} />
        </dl>
        <h3>{t('links.fields.rationale')}</h3>
        <p className="prose">{link.rationale ?? t('links.noRationale')}</p>
        {link.description ? (
          <>
            <h3>{t('links.fields.description')}</h3>
            <p className="prose">{link.description}</p>
          </>
        ) : null}
      </section>
      {isNetwork ? (
        <section className="section">
          <h2 id="link-network-title">{t('links.sections.network')}</h2>
          <dl className="detail-grid">
            <DetailItem label={t('links.fields.networkRole')}>{link.networkRole ?? '—'}</DetailItem>
            <DetailItem label={t('links.fields.annualFee')}>
              {formatMoney(link.annualFeeMinor, link.annualFeeCurrency, language)}
            </DetailItem>
            <DetailItem label={t('links.fields.workingGroups')}>
              {link.workingGroups.length ? link.workingGroups.join('; ') : '—'}
            </DetailItem>
          </dl>
        </section>
      ) : null}
      <section className="section">
        <h2 id="link-parties-title">{t('links.sections.parties')}</h2>
        {link.parties.length === 0 ? (
          <p className="muted">{t('links.noParties')}</p>
        ) : (
          <DataTable
            caption={t('links.sections.parties')}
            isCaptionHidden
            rows={link.parties}
            rowKey={(row) => row.partnerId}
            columns={[
              {
                key: 'name',
                header: t('partners.fields.name'),
                isRowHeader: true,
                render: (row) => (
                  <RouterLink to="/partners/$partnerId" params={{ partnerId: row.partnerId }}>
                    {row.partnerName}
                  </RouterLink>
                ),
              },
              {
                key: 'kind',
                header: t('partners.fields.kind'),
                render: (row) => enumLabel(t, 'partnerKind', row.partnerKind),
              },
              {
                key: 'place',
                header: t('partners.fields.place'),
                render: (row) =>
                  [row.city, row.countryCode ? countryName(row.countryCode, language) : null]
                    .filter(Boolean)
                    .join(', ') || '—',
              },
              {
                key: 'role',
                header: t('links.fields.partyRole'),
                render: (row) => enumLabel(t, 'partyRole', row.role),
              },
            ]}
          />
        )}
      </section>
      <section className="section">
        <h2 id="link-signatories-title">{t('links.sections.signatories')}</h2>
        {link.signatories.length === 0 ? (
          <p className="muted">{t('links.noSignatories')}</p>
        ) : (
          <ul className="item-list">
            {link.signatories.map((signatory) => (
              <li key={signatory.id}>
                <strong>{signatory.name}</strong>
                {signatory.position ? `, ${signatory.position}` : ''} —{' '}
                {t(`enums.signatorySide.${signatory.side}`)}
              </li>
            ))}
          </ul>
        )}
      </section>
      <section className="section">
        <h2 id="link-documents-title">{t('links.sections.documents')}</h2>
        {link.documents.length === 0 ? (
          <p className="muted">{t('links.noDocuments')}</p>
        ) : (
          <ul className="item-list">
            {link.documents.map((document) => (
              <li key={document.id}>
                {document.url ? (
                  <a href={document.url} target="_blank" rel="noreferrer noopener">
                    {document.title}
                  </a>
                ) : (
                  <strong>{document.title}</strong>
                )}{' '}
                <span className="muted">
                  ({enumLabel(t, 'documentKind', document.kind)}
                  {document.issuedOn ? `, ${formatDate(document.issuedOn, language)}` : ''}
                  {document.fileName ? `, ${document.fileName}` : ''})
                </span>
              </li>
            ))}
          </ul>
        )}
      </section>
      <PublicationControl entityType="link" entityId={link.id} />
      <AuditHistory entityType="link" entityId={link.id} />
    </ArchivableRecordPage>
  );
}

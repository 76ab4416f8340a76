import { getRouteApi, Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import type { Lead } from '../../../contracts/investment';
import { countryName, formatDate, formatDateTime, formatMoney, formatNumber } from '../../lib/format';
import { ArchivableRecordPage } from '../../ui/archivable-record-page';
import { DataTable } from '../../ui/data-table';
import { Badge, DetailItem, ErrorState, Loading } from '../../ui/states';
import { AuditHistory } from '../audit/audit-history';
import { useGovernment } from '../auth/government-context';
import { LeadStageActions } from './lead-stage-actions';
import { useLead, useSetLeadArchived } from './use-investment';
import '../initiatives/initiatives.css';
import { AlignmentDetails } from '../strategy/alignment-details';
import { useTermLabel } from '../strategy/use-strategy';

const routeApi = getRouteApi('/app/investment/$leadId/');

export function LeadDetailPage() {
  const { leadId } = routeApi.useParams();
  const query = useLead(leadId);
  if (query.isLoading) return <Loading />;
  if (query.isError || !query.data)
    return <ErrorState error={query.error} onRetry={() => void query.refetch()} />;
  return <LeadDetail lead={query.data} />;
}

function LeadDetail({ lead }: { lead: Lead }) {
  const { t, i18n } = useTranslation();
  const termLabel = useTermLabel();
  const language = i18n.language;
  const { canEdit } = useGovernment();
  const setArchived = useSetLeadArchived();
  const isArchived = Boolean(lead.archivedAt);
  const stage = (value: string | null) => (value ? t(`investment.stages.${value}`) : '—');
  const history = [...lead.history].reverse();

  return (
    <ArchivableRecordPage
      back={<Link to="/investment">{t('investment.backToBoard')}</Link>}
      title={lead.title}
      description={`${lead.companyName} · ${countryName(lead.originCountryCode, language)}`}
      canEdit={canEdit}
      isArchived={isArchived}
      editActions={
        <Link to="/investment/$leadId/edit" params={{ leadId: lead.id }} className="button button-primary">
          {t('common.edit')}
        </Link>
      }
      archivedNotice={t('investment.archivedNotice', { date: formatDate(lead.archivedAt, language) })}
      archive={{
        title: isArchived ? t('investment.restoreTitle') : t('investment.archiveTitle'),
        text: isArchived ? t('investment.restoreText') : t('investment.archiveText'),
        doneMessage: isArchived ? t('investment.restored') : t('investment.archived'),
        isPending: setArchived.isPending,
        toggle: (callbacks) =>
          setArchived.mutate({ leadId: lead.id, isArchived: !isArchived, version: lead.version }, callbacks),
      }}
    >
      <section className="section">
        <h2 id="lead-stage-title">{t('investment.sections.stage')}</h2>
        <p>
          {t('investment.currentStage')}:{' '}
          <Badge tone={lead.stage === 'lost' ? 'danger' : 'info'}>{stage(lead.stage)}</Badge>
          {lead.lostReason ? <span className="muted"> — {lead.lostReason}</span> : null}
        </p>
        {canEdit && !isArchived ? <LeadStageActions lead={lead} /> : null}
      </section>
      <section className="section">
        <h2 id="lead-data-title">{t('investment.sections.project')}</h2>
        <dl className="detail-grid">
          <DetailItem label={t('investment.fields.company')}>
            <Link to="/partners/$partnerId" params={{ partnerId: lead.companyPartnerId }}>
              {lead.companyName}
            </Link>
          </DetailItem>
          <DetailItem label={t('investment.fields.originCountry')}>
            {countryName(lead.originCountryCode, language)}
          </DetailItem>
          <DetailItem label={t('investment.fields.sector')}>
            {lead.sectorName ? `${lead.sectorName} (${lead.sector})` : lead.sector}
          </DetailItem>
          <DetailItem label={t('investment.fields.territorialUnit')}>
            {lead.territorialUnitName ?? '—'}
          </DetailItem>
          <DetailItem label={t('investment.fields.responsible')}>{lead.responsibleName ?? '—'}</DetailItem>
          <DetailItem label={t('strategy.alignment.strategyLines')}>
            {lead.strategyLines.map((line) => termLabel('strategyLine', line)).join('; ') || '—'}
          </DetailItem>
          <DetailItem label={t('strategy.alignment.themes')}>
            {lead.themes.map((theme) => termLabel('theme', theme)).join('; ') || '—'}
          </DetailItem>
          <AlignmentDetails planCodes={lead.planCodes} sdgGoals={lead.sdgGoals} />
          <DetailItem label={t('investment.fields.expectedAmount')}>
            {formatMoney(lead.expectedAmountMinor, lead.currency, language)}
          </DetailItem>
          <DetailItem label={t('investment.fields.expectedJobs')}>
            {formatNumber(lead.expectedJobs, language)}
          </DetailItem>
          <DetailItem label={t('investment.fields.realisedAmount')}>
            {formatMoney(lead.realisedAmountMinor, lead.currency, language)}
          </DetailItem>
          <DetailItem label={t('investment.fields.createdJobs')}>
            {formatNumber(lead.createdJobs, language)}
          </DetailItem>
          <DetailItem label={t('investment.fields.announcedOn')}>
            {formatDate(lead.announcedOn, language)}
          </DetailItem>
          <DetailItem label={t('investment.fields.establishedOn')}>
            {formatDate(lead.establishedOn, language)}
          </DetailItem>
        </dl>
        {lead.description ? <p className="prose">{lead.description}</p> : null}
      </section>
      <section className="section">
        <h2 id="lead-events-title">{t('investment.fields.events')}</h2>
        {lead.events.length === 0 ? (
          <p className="muted">{t('investment.noLeadEvents')}</p>
        ) : (
          <ul className="item-list">
            {lead.events.map((event) => (
              <li key={event.id}>
                <strong>{event.title}</strong>{' '}
                <span className="muted">({formatDateTime(event.startsAt, language)})</span>
              </li>
            ))}
          </ul>
        )}
      </section>
      <section className="section">
        <h2 id="lead-history-title">{t('investment.history.title')}</h2>
        {history.length === 0 ? (
          <p className="muted">{t('investment.history.empty')}</p>
        ) : (
          <DataTable
            caption={t('investment.history.title')}
            isCaptionHidden
            rows={history}
            rowKey={(row) => `${row.occurredAt}-${row.toStage}`}
            columns={[
              {
                key: 'when',
                header: t('audit.when'),
                isRowHeader: true,
                render: (row) => formatDateTime(row.occurredAt, language),
              },
              { key: 'who', header: t('audit.who'), render: (row) => row.actorName ?? t('audit.system') },
              { key: 'from', header: t('investment.history.from'), render: (row) => stage(row.fromStage) },
              { key: 'to', header: t('investment.history.to'), render: (row) => stage(row.toStage) },
              { key: 'why', header: t('investment.history.reason'), render: (row) => row.reason ?? '—' },
            ]}
          />
        )}
      </section>
      <AuditHistory entityType="investment_lead" entityId={lead.id} />
    </ArchivableRecordPage>
  );
}

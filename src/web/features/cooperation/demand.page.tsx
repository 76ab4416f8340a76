import { getRouteApi, Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import type { Demand } from '../../../contracts/cooperation';
import { formatDate, formatMoney, formatNumber } from '../../lib/format';
import { ArchivableRecordPage } from '../../ui/archivable-record-page';
import { DetailItem, ErrorState, Loading } from '../../ui/states';
import { AuditHistory } from '../audit/audit-history';
import { useGovernment } from '../auth/government-context';
import { useTerritorialUnits } from '../territory/use-territory';
import { DemandStatusBadge, UrgencyBadge } from './cooperation-bits';
import { DemandMatches } from './demand-matches';
import { ProblemTreeView } from './problem-tree-view';
import { sectorLabel } from './sectors';
import { useDemand, useSetDemandArchived } from './use-cooperation';
import './cooperation.css';
import { useTermLabel } from '../strategy/use-strategy';

const routeApi = getRouteApi('/app/cooperation/demands/$demandId/');

export function DemandPage() {
  const { demandId } = routeApi.useParams();
  const query = useDemand(demandId);
  if (query.isLoading) return <Loading />;
  if (query.isError || !query.data)
    return <ErrorState error={query.error} onRetry={() => void query.refetch()} />;
  return <DemandView demand={query.data} />;
}

/** A demand with its problem, and the offers that could meet it, ranked and explained. */
function DemandView({ demand }: { demand: Demand }) {
  const { t, i18n } = useTranslation();
  const termLabel = useTermLabel();
  const language = i18n.language;
  const { role } = useGovernment();
  const units = useTerritorialUnits({ pageSize: 200, sort: 'name', direction: 'asc' });
  const setArchived = useSetDemandArchived();
  const isArchived = Boolean(demand.archivedAt);
  const mayRaise = role === 'admin' || role === 'coordinator' || role === 'liaison';
  const unitNames = new Map((units.data?.items ?? []).map((unit) => [unit.id, unit.name]));
  const raisedBy =
    demand.raisedBy === 'community'
      ? t('cooperation.demand.raisedByCommunity', { name: demand.communityName ?? '—' })
      : (demand.departmentName ?? t('cooperation.raisedBy.department'));
  return (
    <ArchivableRecordPage
      back={<Link to="/cooperation/demands">{t('cooperation.demand.backToList')}</Link>}
      title={demand.title}
      description={raisedBy}
      canEdit={mayRaise}
      isArchived={isArchived}
      editActions={
        <Link
          to="/cooperation/demands/$demandId/edit"
          params={{ demandId: demand.id }}
          className="button button-primary"
        >
          {t('common.edit')}
        </Link>
      }
      archivedNotice={t('cooperation.archivedNotice', { date: formatDate(demand.archivedAt, language) })}
      archive={{
        title: isArchived ? t('cooperation.demand.restoreTitle') : t('cooperation.demand.archiveTitle'),
        text: isArchived ? t('cooperation.restoreText') : t('cooperation.archiveText'),
        doneMessage: isArchived ? t('cooperation.restored') : t('cooperation.archived'),
        isPending: setArchived.isPending,
        toggle: (callbacks) =>
          setArchived.mutate({ id: demand.id, isArchived: !isArchived, version: demand.version }, callbacks),
      }}
    >
      <p className="tag-list">
        <DemandStatusBadge status={demand.status} /> <UrgencyBadge urgency={demand.urgency} />
      </p>
      {demand.initiativeId ? (
        <p className="alert alert-success">
          {t('cooperation.demand.becameInitiative')}{' '}
          <Link to="/initiatives/$initiativeId" params={{ initiativeId: demand.initiativeId }}>
            {demand.initiativeTitle ?? t('cooperation.match.openInitiative')}
          </Link>
        </p>
      ) : null}
      <section className="section" aria-labelledby="demand-data-title">
        <h2 id="demand-data-title">{t('cooperation.demand.sections.need')}</h2>
        {demand.description ? <p className="prose">{demand.description}</p> : null}
        <dl className="detail-grid">
          <DetailItem label={t('cooperation.demand.fields.amountSought')}>
            {formatMoney(demand.amountSoughtMinor, demand.currency, language)}
          </DetailItem>
          <DetailItem label={t('cooperation.demand.fields.neededBy')}>
            {formatDate(demand.neededBy, language)}
          </DetailItem>
          <DetailItem label={t('cooperation.fields.modalities')}>
            {demand.modalities.map((value) => t(`cooperation.modalities.${value}`)).join(', ') || '—'}
          </DetailItem>
          <DetailItem label={t('cooperation.fields.themes')}>
            {demand.themes.map((value) => termLabel('theme', value)).join(', ') || '—'}
          </DetailItem>
          <DetailItem label={t('cooperation.fields.sectors')}>
            {demand.sectors.length === 0 ? (
              '—'
            ) : (
              <ul className="item-list">
                {demand.sectors.map((code) => (
                  <li key={code}>{sectorLabel(code, language)}</li>
                ))}
              </ul>
            )}
          </DetailItem>
          <DetailItem label={t('cooperation.fields.sdgTargets')}>
            {demand.sdgTargets.join(', ') || '—'}
          </DetailItem>
        </dl>
      </section>
      <section className="section" aria-labelledby="demand-problem-title">
        <h2 id="demand-problem-title">{t('cooperation.demand.sections.problem')}</h2>
        <p className="prose">{demand.problemStatement ?? t('cooperation.demand.noProblem')}</p>
        <div className="problem-tree-grid">
          <ProblemTreeView branch="causes" nodes={demand.problemTree.causes} />
          <ProblemTreeView branch="effects" nodes={demand.problemTree.effects} />
        </div>
        <dl className="detail-grid">
          <DetailItem label={t('cooperation.demand.fields.affectedPopulation')}>
            {formatNumber(demand.affectedPopulation, language)}
            {demand.affectedPopulationDescription ? ` — ${demand.affectedPopulationDescription}` : ''}
          </DetailItem>
          <DetailItem label={t('cooperation.demand.fields.territorialUnits')}>
            {demand.territorialUnitIds.map((id) => unitNames.get(id) ?? id).join(', ') || '—'}
          </DetailItem>
        </dl>
      </section>
      <DemandMatches demand={demand} />
      <AuditHistory entityType="demand" entityId={demand.id} />
    </ArchivableRecordPage>
  );
}

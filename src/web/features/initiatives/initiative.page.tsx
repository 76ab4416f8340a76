import { getRouteApi, Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import type { Initiative } from '../../../contracts/initiatives';
import { ErrorState, Loading, PageHeader } from '../../ui/states';
import { TabPanel, Tabs } from '../../ui/tabs';
import { FundingTab } from '../cooperation/funding-tab';
import { PublicationControl } from '../publication/publication-control';
import { useTermLabel } from '../strategy/use-strategy';
import { AgendaTab } from './agenda-tab';
import { DesignTab } from './design-tab';
import { EvaluationTab } from './evaluation-tab';
import { HistoryTab } from './history-tab';
import { ImplementationTab } from './implementation-tab';
import { initiativeTabs } from './initiatives-search';
import { ProblemTab } from './problem-tab';
import { StageHeader } from './stage-header';
import { useInitiative } from './use-initiatives';
import './initiatives.css';

const routeApi = getRouteApi('/app/initiatives/$initiativeId/');

export function InitiativePage() {
  const { initiativeId } = routeApi.useParams();
  const query = useInitiative(initiativeId);
  if (query.isLoading) return <Loading />;
  if (query.isError || !query.data)
    return <ErrorState error={query.error} onRetry={() => void query.refetch()} />;
  return <InitiativeView initiative={query.data} />;
}

/** The initiative through the policy cycle: its stage, then one tab per stage and its history. */
function InitiativeView({ initiative }: { initiative: Initiative }) {
  const { t } = useTranslation();
  const termLabel = useTermLabel();
  const search = routeApi.useSearch();
  const navigate = routeApi.useNavigate();
  const selected = search.tab ?? defaultTab(initiative);
  const tabs = initiativeTabs.map((id) => ({
    id,
    label: id === 'funding' ? t('funding.tab') : t(`initiatives.tabs.${id}`),
  }));
  const description = [
    termLabel('strategyLine', initiative.strategyLine),
    initiative.departments.find((department) => department.role === 'lead')?.name,
  ]
    .filter((part) => part && part !== '—')
    .join(' · ');
  return (
    <div className="page">
      <p className="breadcrumb">
        <Link to="/initiatives">{t('initiatives.backToBoard')}</Link>
      </p>
      <PageHeader title={initiative.title} description={description || undefined} />
      {initiative.summary ? <p className="prose">{initiative.summary}</p> : null}
      <StageHeader initiative={initiative} />
      <Tabs
        label={t('initiatives.tabsLabel')}
        idPrefix="initiative"
        tabs={tabs}
        selected={selected}
        onSelect={(tab) =>
          void navigate({
            search: { tab: tab as (typeof initiativeTabs)[number] },
            replace: true,
            resetScroll: false,
          })
        }
      />
      <TabPanel idPrefix="initiative" tabId={selected}>
        {selected === 'problem' ? <ProblemTab initiative={initiative} /> : null}
        {selected === 'agenda' ? <AgendaTab initiative={initiative} /> : null}
        {selected === 'design' ? <DesignTab initiative={initiative} /> : null}
        {selected === 'implementation' ? <ImplementationTab initiative={initiative} /> : null}
        {selected === 'evaluation' ? <EvaluationTab initiative={initiative} /> : null}
        {selected === 'funding' ? <FundingTab initiative={initiative} /> : null}
        {selected === 'history' ? <HistoryTab initiative={initiative} /> : null}
      </TabPanel>
      <PublicationControl entityType="initiative" entityId={initiative.id} />
    </div>
  );
}

/** The tab of the stage the initiative is in, where the work is now. */
function defaultTab(initiative: Initiative): (typeof initiativeTabs)[number] {
  switch (initiative.stage) {
    case 'problematization':
      return 'problem';
    case 'agenda':
      return 'agenda';
    case 'design':
      return 'design';
    case 'implementation':
      return 'implementation';
    default:
      return 'evaluation';
  }
}

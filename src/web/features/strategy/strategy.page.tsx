import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Checkbox } from '../../ui/field';
import { ErrorState, Loading, PageHeader } from '../../ui/states';
import { TabPanel, Tabs } from '../../ui/tabs';
import { useGovernment } from '../auth/government-context';
import { useSdgList } from '../initiatives/use-initiatives';
import { PlanImport } from './plan-import';
import { TermList } from './term-list';
import { useStrategyVocabulary, useTermLabel } from './use-strategy';

const tabIds = ['lines', 'themes', 'plan', 'sdg'] as const;
type TabId = (typeof tabIds)[number];

/**
 * The government's strategy as managed vocabularies (DESIGN.md module 4): strategy lines, themes, the
 * local development plan and the SDGs, to which links, initiatives, events and leads are aligned.
 */
export function StrategyPage() {
  const { t } = useTranslation();
  const { isAdmin } = useGovernment();
  const [tab, setTab] = useState<TabId>('lines');
  const [includeArchived, setIncludeArchived] = useState(false);
  const vocabulary = useStrategyVocabulary(includeArchived);
  const label = useTermLabel();
  const data = vocabulary.data;
  return (
    <div className="page">
      <PageHeader title={t('strategy.title')} description={t('strategy.description')} />
      <Tabs
        label={t('strategy.tabsLabel')}
        idPrefix="strategy"
        tabs={tabIds.map((id) => ({ id, label: t(`strategy.tabs.${id}`) }))}
        selected={tab}
        onSelect={(id) => setTab(id as TabId)}
      />
      <TabPanel idPrefix="strategy" tabId={tab}>
        {tab !== 'sdg' ? (
          <Checkbox
            label={t('strategy.includeArchived')}
            checked={includeArchived}
            onChange={(event) => setIncludeArchived(event.target.checked)}
          />
        ) : null}
        {vocabulary.isLoading ? <Loading /> : null}
        {vocabulary.isError ? (
          <ErrorState error={vocabulary.error} onRetry={() => void vocabulary.refetch()} />
        ) : null}
        {data && tab === 'lines' ? <TermList kind="strategy_line" terms={data.strategyLines} /> : null}
        {data && tab === 'themes' ? <TermList kind="theme" terms={data.themes} /> : null}
        {data && tab === 'plan' ? (
          <>
            <TermList kind="plan_axis" terms={data.planAxes} />
            <TermList
              kind="plan_programme"
              terms={data.planProgrammes}
              parentOptions={data.planAxes
                .filter((axis) => !axis.archivedAt)
                .map((axis) => ({ value: axis.code, label: label('plan', axis.code) }))}
            />
            {isAdmin ? <PlanImport /> : null}
          </>
        ) : null}
        {tab === 'sdg' ? <SdgReference /> : null}
      </TabPanel>
    </div>
  );
}

/** The SDGs are the UN's official vocabulary: shown for reference, never edited. */
function SdgReference() {
  const { t } = useTranslation();
  const sdg = useSdgList();
  if (sdg.isLoading) return <Loading />;
  if (sdg.isError) return <ErrorState error={sdg.error} onRetry={() => void sdg.refetch()} />;
  const goals = sdg.data?.goals ?? [];
  const targets = sdg.data?.targets ?? [];
  return (
    <section className="section" aria-labelledby="strategy-sdg-title">
      <h2 id="strategy-sdg-title">{t('strategy.sdg.title')}</h2>
      <p className="muted">{t('strategy.sdg.explain')}</p>
      <ol className="item-list">
        {goals.map((goal) => (
          <li key={goal.code}>
            <strong>
              {goal.code}. {goal.name}
            </strong>{' '}
            <span className="muted">
              {t('strategy.sdg.targets', {
                count: targets.filter((target) => target.goal === goal.code).length,
              })}
            </span>
          </li>
        ))}
      </ol>
    </section>
  );
}

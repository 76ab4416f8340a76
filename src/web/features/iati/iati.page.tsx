import { getRouteApi } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../ui/states';
import { TabPanel, Tabs } from '../../ui/tabs';
import { CooperationNav } from '../cooperation/cooperation-nav';
import { CatalogueSection } from './catalogue-section';
import { ExportSection } from './export-section';
import { iatiTabs } from './iati-search';
import { ImportSection } from './import-section';
import '../initiatives/initiatives.css';
import '../cooperation/cooperation.css';

const routeApi = getRouteApi('/app/iati');

/** IATI: publish the city's projects, import donors' files, and browse what donors fund. */
export function IatiPage() {
  const { t } = useTranslation();
  const search = routeApi.useSearch();
  const navigate = routeApi.useNavigate();
  const selected = search.tab ?? 'export';
  return (
    <div className="page page-wide">
      <PageHeader title={t('iati.title')} description={t('iati.description')} />
      <CooperationNav />
      <Tabs
        label={t('iati.tabsLabel')}
        idPrefix="iati"
        tabs={iatiTabs.map((id) => ({ id, label: t(`iati.tabs.${id}`) }))}
        selected={selected}
        onSelect={(tab) =>
          void navigate({ search: { tab: tab as (typeof iatiTabs)[number] }, replace: true })
        }
      />
      <TabPanel idPrefix="iati" tabId={selected}>
        {selected === 'export' ? <ExportSection /> : null}
        {selected === 'import' ? <ImportSection /> : null}
        {selected === 'catalogue' ? <CatalogueSection /> : null}
      </TabPanel>
    </div>
  );
}

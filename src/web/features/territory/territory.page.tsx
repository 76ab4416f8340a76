import { lazy, Suspense, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Loading, PageHeader } from '../../ui/states';
import { TabPanel, Tabs } from '../../ui/tabs';
import { useGovernment } from '../auth/government-context';
import { GeoJsonImport } from './geojson-import';
import { GovernmentProfile } from './government-profile';
import { TerritorialUnits } from './territorial-units';

const TerritoryMap = lazy(() =>
  import('./territory-map').then((module) => ({ default: module.TerritoryMap })),
);

/** Territory: the government's profile, its territorial units, their map and the GeoJSON import. */
export function TerritoryPage() {
  const { t } = useTranslation();
  const { isAdmin } = useGovernment();
  const [tab, setTab] = useState('profile');
  const tabs = [
    { id: 'profile', label: t('territory.tabs.profile') },
    { id: 'units', label: t('territory.tabs.units') },
    { id: 'map', label: t('territory.tabs.map') },
    ...(isAdmin ? [{ id: 'import', label: t('territory.tabs.import') }] : []),
  ];
  const current = tabs.find((item) => item.id === tab) ?? tabs[0];
  return (
    <div className="page">
      <PageHeader title={t('territory.title')} description={t('territory.description')} />
      <Tabs
        label={t('territory.tabsLabel')}
        idPrefix="territory"
        tabs={tabs}
        selected={current?.id ?? 'profile'}
        onSelect={setTab}
      />
      <TabPanel idPrefix="territory" tabId={current?.id ?? 'profile'}>
        <h2 className="visually-hidden">{current?.label}</h2>
        {current?.id === 'profile' ? <GovernmentProfile /> : null}
        {current?.id === 'units' ? <TerritorialUnits /> : null}
        {current?.id === 'map' ? (
          <Suspense fallback={<Loading />}>
            <TerritoryMap />
          </Suspense>
        ) : null}
        {current?.id === 'import' ? <GeoJsonImport /> : null}
      </TabPanel>
    </div>
  );
}

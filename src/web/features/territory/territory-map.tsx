import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { html } from '../../lib/escape-html';
import { formatNumber } from '../../lib/format';
import { type Column, DataTable } from '../../ui/data-table';
import { type ChartMap, type ChartOption, EChart } from '../../ui/echart';
import { EmptyState, ErrorState, Loading } from '../../ui/states';
import { useGovernment } from '../auth/government-context';
import { useTerritoryMap } from './use-territory';

type UnitRow = { id: string; name: string; code: string | null; population: number | null };

/** The government's territorial units drawn from their GeoJSON, shaded by population, with a table. */
export function TerritoryMap() {
  const { t, i18n } = useTranslation();
  const { governmentId } = useGovernment();
  const query = useTerritoryMap();
  const features = query.data?.features ?? [];
  const mapName = `territory-${governmentId}`;

  const option = useMemo<ChartOption | null>(() => {
    if (!query.data || query.data.features.length === 0) return null;
    const populations = query.data.features.map((feature) => feature.properties.population ?? 0);
    const max = Math.max(1, ...populations);
    return {
      tooltip: {
        trigger: 'item',
        // The tooltip is HTML: the unit's name comes from an imported GeoJSON, so it is escaped.
        formatter: (params: unknown) => {
          const item = params as { name: string; value?: number };
          const value =
            typeof item.value === 'number' && !Number.isNaN(item.value)
              ? formatNumber(item.value, i18n.language)
              : '—';
          return html`${item.name}<br/>${t('territory.units.fields.population')}: ${value}`;
        },
      },
      visualMap: {
        min: 0,
        max,
        left: 'left',
        bottom: 10,
        text: [t('territory.map.more'), t('territory.map.less')],
        inRange: { color: ['#e7eef8', '#6f93c6', '#0b3a75'] },
        calculable: true,
      },
      series: [
        {
          type: 'map',
          map: mapName,
          roam: true,
          label: { show: false },
          itemStyle: { borderColor: '#ffffff', borderWidth: 1 },
          emphasis: { label: { show: true, color: '#1b2430' }, itemStyle: { areaColor: '#f2b705' } },
          data: query.data.features.map((feature) => ({
            name: feature.properties.name,
            value: feature.properties.population ?? 0,
          })),
        },
      ],
    };
  }, [query.data, mapName, t, i18n.language]);
  const maps = useMemo<ChartMap[]>(
    () => (query.data ? [{ name: mapName, geoJson: query.data }] : []),
    [query.data, mapName],
  );

  const rows: UnitRow[] = features.map((feature) => ({
    id: feature.id,
    name: feature.properties.name,
    code: feature.properties.code,
    population: feature.properties.population,
  }));
  const columns: Column<UnitRow>[] = [
    { key: 'name', header: t('territory.units.fields.name'), isRowHeader: true, render: (row) => row.name },
    { key: 'code', header: t('territory.units.fields.code'), render: (row) => row.code ?? '—' },
    {
      key: 'population',
      header: t('territory.units.fields.population'),
      isNumeric: true,
      render: (row) => formatNumber(row.population, i18n.language),
    },
  ];

  if (query.isLoading) return <Loading />;
  if (query.isError) return <ErrorState error={query.error} onRetry={() => void query.refetch()} />;
  if (!option)
    return (
      <EmptyState
        headingLevel={3}
        title={t('territory.map.emptyTitle')}
        description={t('territory.map.emptyText')}
      />
    );
  return (
    <>
      <EChart
        option={option}
        maps={maps}
        label={t('territory.map.label', { count: features.length })}
        height={480}
      />
      <details className="chart-data">
        <summary>{t('common.showDataTable')}</summary>
        <DataTable
          caption={t('territory.map.tableCaption')}
          columns={columns}
          rows={rows}
          rowKey={(row) => row.id}
        />
      </details>
    </>
  );
}

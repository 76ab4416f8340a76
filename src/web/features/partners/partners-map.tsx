import { useNavigate } from '@tanstack/react-router';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import worldTopology from 'world-atlas/countries-110m.json';
import { enumLabel } from '../../lib/enum-options';
import { html } from '../../lib/escape-html';
import { countryName } from '../../lib/format';
import { type Column, DataTable } from '../../ui/data-table';
import { type ChartMap, type ChartOption, EChart } from '../../ui/echart';
import { EmptyState, ErrorState, Loading } from '../../ui/states';
import { usePartnersMap } from './use-partners';

type MapPoint = {
  id: string;
  name: string;
  kind: string;
  countryCode: string | null;
  city: string | null;
  linkCount: number;
};

let worldMaps: ChartMap[] | null = null;

/** The world's countries as GeoJSON, converted once from the TopoJSON of world-atlas. */
function worldMap(): ChartMap[] {
  if (worldMaps) return worldMaps;
  const topology = worldTopology as unknown as Topology<{ countries: GeometryCollection }>;
  worldMaps = [{ name: 'world', geoJson: feature(topology, topology.objects.countries) }];
  return worldMaps;
}

/** World map of partner cities (world-atlas 110m) with a table of the same points. */
export function PartnersMap() {
  const { t, i18n } = useTranslation();
  const navigate = useNavigate();
  const query = usePartnersMap();
  const points = query.data?.points ?? [];

  const option = useMemo<ChartOption>(() => {
    return {
      tooltip: {
        trigger: 'item',
        formatter: (params: unknown) => {
          const data = (params as { data?: { name: string; city: string | null; linkCount: number } }).data;
          if (!data) return '';
          // The tooltip is HTML: names and cities are data, so each value is escaped by `html`.
          const place = data.city ? html`${data.city}<br/>` : '';
          return (
            html`<strong>${data.name}</strong><br/>` +
            place +
            html`${t('partners.linkCountTooltip', { count: data.linkCount })}`
          );
        },
      },
      geo: {
        map: 'world',
        roam: true,
        itemStyle: { areaColor: '#e8edf4', borderColor: '#9aa8bb' },
        emphasis: { itemStyle: { areaColor: '#d4deeb' }, label: { show: false } },
      },
      series: [
        {
          type: 'scatter',
          coordinateSystem: 'geo',
          symbolSize: (value: number[]) => 8 + Math.min(16, (value[2] ?? 0) * 2),
          itemStyle: { color: '#0b3a75', borderColor: '#ffffff', borderWidth: 1 },
          data: points.map((point) => ({
            id: point.id,
            name: point.name,
            city: point.city,
            linkCount: point.linkCount,
            value: [point.longitude, point.latitude, point.linkCount],
          })),
        },
      ],
    };
  }, [points, t]);

  const columns: Column<MapPoint>[] = [
    { key: 'name', header: t('partners.fields.name'), isRowHeader: true, render: (row) => row.name },
    {
      key: 'kind',
      header: t('partners.fields.kind'),
      render: (row) => enumLabel(t, 'partnerKind', row.kind),
    },
    { key: 'city', header: t('partners.fields.city'), render: (row) => row.city ?? '—' },
    {
      key: 'country',
      header: t('partners.fields.country'),
      render: (row) => countryName(row.countryCode, i18n.language),
    },
    { key: 'links', header: t('partners.fields.linkCount'), isNumeric: true, render: (row) => row.linkCount },
  ];

  if (query.isLoading) return <Loading />;
  if (query.isError) return <ErrorState error={query.error} onRetry={() => void query.refetch()} />;
  if (points.length === 0) {
    return <EmptyState title={t('partners.mapEmptyTitle')} description={t('partners.mapEmptyText')} />;
  }
  return (
    <section>
      <h2 id="partners-map-title">{t('partners.mapTitle')}</h2>
      <EChart
        option={option}
        maps={worldMap()}
        label={t('partners.mapLabel', { count: points.length })}
        onItemClick={(data) => {
          const id = (data as { id?: string } | undefined)?.id;
          if (id) void navigate({ to: '/partners/$partnerId', params: { partnerId: id } });
        }}
      />
      <details className="chart-data">
        <summary>{t('common.showDataTable')}</summary>
        <DataTable
          caption={t('partners.mapTableCaption')}
          columns={columns}
          rows={points}
          rowKey={(row) => row.id}
        />
      </details>
    </section>
  );
}

import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import worldTopology from 'world-atlas/countries-110m.json';
import type { Comparison } from '../../../contracts/capacity';
import { countryName, formatNumber } from '../../lib/format';
import { DataTable } from '../../ui/data-table';
import { type ChartMap, type ChartOption, EChart } from '../../ui/echart';
import { memberTooltip } from './capacity-tooltips';

let worldMaps: ChartMap[] | null = null;

/** The world's countries as GeoJSON, converted once from the TopoJSON of world-atlas. */
function worldMap(): ChartMap[] {
  if (worldMaps) return worldMaps;
  const topology = worldTopology as unknown as Topology<{ countries: GeometryCollection }>;
  worldMaps = [{ name: 'world', geoJson: feature(topology, topology.objects.countries) }];
  return worldMaps;
}

// Each total level has its own colour and size: the map never relies on colour alone.
const levelColours = ['#a4161a', '#b35c00', '#8a6d00', '#1d6b34', '#0b3a75'];

/**
 * The members that share their assessment, where their territory lies (the centre of their
 * territorial units), sized and coloured by total level; the same list as a table below.
 */
export function NetworkMap({ comparison }: { comparison: Comparison }) {
  const { t, i18n } = useTranslation();
  const language = i18n.language;
  const located = comparison.ranking.filter((row) => row.location !== null);
  const option = useMemo<ChartOption>(() => {
    const longitudes = located.map((row) => row.location?.longitude ?? 0);
    const latitudes = located.map((row) => row.location?.latitude ?? 0);
    const centre =
      located.length > 0
        ? [
            (Math.min(...longitudes) + Math.max(...longitudes)) / 2,
            (Math.min(...latitudes) + Math.max(...latitudes)) / 2,
          ]
        : [-70, 0];
    return {
      tooltip: {
        trigger: 'item',
        formatter: (params: unknown) => {
          const row = (params as { data?: { row?: Comparison['ranking'][number] } }).data?.row;
          if (!row) return '';
          return memberTooltip(row.government.name, [
            t('capacity.network.mapLevel', { level: formatNumber(row.totalLevel, language) }),
            t('capacity.network.mapAverage', { value: formatNumber(row.averageLevel, language) }),
          ]);
        },
      },
      geo: {
        map: 'world',
        roam: true,
        center: centre,
        zoom: 3,
        itemStyle: { areaColor: '#e8edf4', borderColor: '#9aa8bb' },
        emphasis: { itemStyle: { areaColor: '#d4deeb' }, label: { show: false } },
      },
      series: [
        {
          type: 'scatter',
          coordinateSystem: 'geo',
          data: located.map((row) => ({
            name: row.government.name,
            value: [row.location?.longitude, row.location?.latitude, row.totalLevel],
            symbolSize: 8 + 4 * (row.totalLevel ?? 1),
            itemStyle: {
              color: levelColours[(row.totalLevel ?? 1) - 1],
              borderColor: '#ffffff',
              borderWidth: 1,
            },
            row,
          })),
        },
      ],
    };
  }, [located, t, language]);
  if (located.length === 0) return <p>{t('capacity.network.mapEmpty')}</p>;
  return (
    <>
      <EChart
        option={option}
        maps={worldMap()}
        height={420}
        label={t('capacity.network.mapLabel', {
          count: located.length,
          value: formatNumber(located.length, language),
        })}
      />
      <details className="chart-data">
        <summary>{t('capacity.showTable')}</summary>
        <DataTable
          caption={t('capacity.network.mapCaption')}
          rows={located}
          rowKey={(row) => row.government.id}
          columns={[
            {
              key: 'name',
              header: t('capacity.network.member'),
              isRowHeader: true,
              render: (row) => row.government.name,
            },
            {
              key: 'country',
              header: t('capacity.network.country'),
              render: (row) => countryName(row.government.countryCode, language),
            },
            {
              key: 'coordinates',
              header: t('capacity.network.coordinates'),
              render: (row) =>
                `${formatNumber(row.location?.latitude, language)}, ${formatNumber(row.location?.longitude, language)}`,
            },
            {
              key: 'level',
              header: t('capacity.result.totalLevel'),
              isNumeric: true,
              render: (row) => formatNumber(row.totalLevel, language),
            },
          ]}
        />
      </details>
    </>
  );
}

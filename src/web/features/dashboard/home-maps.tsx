import { Link, useNavigate } from '@tanstack/react-router';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import worldTopology from 'world-atlas/countries-110m.json';
import type { Overview, Verdict } from '../../../contracts/utility';
import { escapeHtml } from '../../lib/chart-locale';
import { countryName, formatNumber } from '../../lib/format';
import { DataTable } from '../../ui/data-table';
import { type ChartMap, type ChartOption, EChart } from '../../ui/echart';
import { EmptyState, ErrorState, Loading } from '../../ui/states';
import { useGovernment } from '../auth/government-context';
import '../initiatives/charts';
import { useTerritoryMap } from '../territory/use-territory';
import { RecordLink } from '../utility/record-link';
import { VerdictBadge } from '../utility/verdict-badge';
import { verdictLabel, verdictOrder } from '../utility/verdict-text';
import { HomePanel } from './home-panels';

type ReachRow = Overview['reachByUnit'][number];

/** The territory's units shaded by how many initiatives reach each one, with a table of the same. */
export function ReachMapPanel({ overview }: { overview: Overview }) {
  const { t, i18n } = useTranslation();
  const language = i18n.language;
  const { governmentId } = useGovernment();
  const query = useTerritoryMap();
  const mapName = `reach-${governmentId}`;
  const rows = overview.reachByUnit;
  const reached = rows.filter((row) => row.isReached).length;

  const maps = useMemo<ChartMap[]>(
    () => (query.data ? [{ name: mapName, geoJson: query.data }] : []),
    [query.data, mapName],
  );
  const option = useMemo<ChartOption | null>(() => {
    const map = query.data;
    if (!map || map.features.length === 0) return null;
    const byId = new Map(rows.map((row) => [row.unit.id, row]));
    const max = Math.max(1, ...rows.map((row) => row.initiatives));
    return {
      tooltip: {
        trigger: 'item',
        formatter: (params: unknown) => {
          const item = params as { name: string; data?: { row?: ReachRow } };
          const row = item.data?.row;
          if (!row) return escapeHtml(item.name);
          return [
            `<strong>${escapeHtml(item.name)}</strong>`,
            escapeHtml(t('home.reach.tooltipInitiatives', { count: row.initiatives })),
            escapeHtml(
              t('home.reach.tooltipBeneficiaries', {
                value: formatNumber(Math.round(row.beneficiaries), language),
              }),
            ),
            escapeHtml(t('home.reach.tooltipPopulation', { value: formatNumber(row.population, language) })),
          ].join('<br/>');
        },
      },
      visualMap: {
        min: 0,
        max,
        left: 'left',
        bottom: 10,
        text: [t('home.reach.more'), t('home.reach.none')],
        inRange: { color: ['#eef1f5', '#8fb3dd', '#0b3a75'] },
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
          data: map.features.map((unit) => {
            const row = byId.get(unit.id);
            return { name: unit.properties.name, value: row?.initiatives ?? 0, row };
          }),
        },
      ],
    };
  }, [query.data, rows, mapName, t, language]);

  return (
    <HomePanel
      id="home-reach"
      title={t('home.reach.title')}
      more={<Link to="/territory">{t('home.reach.open')}</Link>}
    >
      <p className="muted">
        {t('home.reach.summary', {
          count: rows.length,
          reached: formatNumber(reached, language),
          value: formatNumber(rows.length, language),
        })}
      </p>
      {query.isLoading ? <Loading /> : null}
      {query.isError ? <ErrorState error={query.error} onRetry={() => void query.refetch()} /> : null}
      {!query.isLoading && !option ? (
        <EmptyState
          headingLevel={3}
          title={t('home.reach.emptyTitle')}
          description={t('home.reach.emptyText')}
          action={<Link to="/territory">{t('home.reach.open')}</Link>}
        />
      ) : null}
      {option ? (
        <EChart
          option={option}
          maps={maps}
          height={380}
          label={t('home.reach.label', {
            reached: formatNumber(reached, language),
            total: formatNumber(rows.length, language),
          })}
        />
      ) : null}
      {rows.length > 0 ? (
        <details className="chart-data">
          <summary>{t('home.showTable')}</summary>
          <DataTable
            caption={t('home.reach.caption')}
            rows={rows}
            rowKey={(row) => row.unit.id}
            columns={[
              {
                key: 'unit',
                header: t('home.reach.unit'),
                isRowHeader: true,
                render: (row) => row.unit.label,
              },
              {
                key: 'initiatives',
                header: t('home.reach.initiatives'),
                isNumeric: true,
                render: (row) => formatNumber(row.initiatives, language),
              },
              {
                key: 'beneficiaries',
                header: t('home.reach.beneficiaries'),
                isNumeric: true,
                render: (row) => formatNumber(Math.round(row.beneficiaries), language),
              },
              {
                key: 'population',
                header: t('home.reach.population'),
                isNumeric: true,
                render: (row) => formatNumber(row.population, language),
              },
            ]}
          />
        </details>
      ) : null}
    </HomePanel>
  );
}

let worldMaps: ChartMap[] | null = null;

/** The world's countries as GeoJSON, converted once from the TopoJSON of world-atlas. */
function worldMap(): ChartMap[] {
  if (worldMaps) return worldMaps;
  const topology = worldTopology as unknown as Topology<{ countries: GeometryCollection }>;
  worldMaps = [{ name: 'world', geoJson: feature(topology, topology.objects.countries) }];
  return worldMaps;
}

// Colour and shape both tell the verdict apart (never colour alone).
const verdictStyle: Record<Verdict, { color: string; symbol: string }> = {
  protocol_only: { color: '#a4161a', symbol: 'triangle' },
  at_risk: { color: '#b35c00', symbol: 'diamond' },
  grace_period: { color: '#0b3a75', symbol: 'rect' },
  productive: { color: '#1d6b34', symbol: 'circle' },
};

type MapLink = Overview['linksOnMap']['items'][number];

/** The world map of links at their counterpart's city, coloured and shaped by verdict. */
export function LinksWorldPanel({ overview }: { overview: Overview }) {
  const { t, i18n } = useTranslation();
  const language = i18n.language;
  const navigate = useNavigate();
  const items = overview.linksOnMap.items;
  const option = useMemo<ChartOption>(() => {
    return {
      tooltip: {
        trigger: 'item',
        formatter: (params: unknown) => {
          const data = (params as { data?: { item?: MapLink } }).data;
          const item = data?.item;
          if (!item) return '';
          return [
            `<strong>${escapeHtml(item.link.label)}</strong>`,
            escapeHtml(item.partner.label),
            escapeHtml(verdictLabel(t, item.verdict)),
          ].join('<br/>');
        },
      },
      legend: { bottom: 4, data: verdictOrder.map((verdict) => verdictLabel(t, verdict)) },
      geo: {
        map: 'world',
        roam: true,
        itemStyle: { areaColor: '#e8edf4', borderColor: '#9aa8bb' },
        emphasis: { itemStyle: { areaColor: '#d4deeb' }, label: { show: false } },
      },
      series: verdictOrder.map((verdict) => ({
        type: 'scatter',
        name: verdictLabel(t, verdict),
        coordinateSystem: 'geo',
        symbol: verdictStyle[verdict].symbol,
        symbolSize: 12,
        itemStyle: { color: verdictStyle[verdict].color, borderColor: '#ffffff', borderWidth: 1 },
        data: items
          .filter((item) => item.verdict === verdict)
          .map((item) => ({ value: [item.longitude, item.latitude], item })),
      })),
    };
  }, [items, t]);
  return (
    <HomePanel
      id="home-world"
      title={t('home.world.title')}
      isWide
      more={<Link to="/utility/verdicts">{t('home.verdicts.all')}</Link>}
    >
      {items.length === 0 ? (
        <EmptyState
          headingLevel={3}
          title={t('home.world.emptyTitle')}
          description={t('home.world.emptyText')}
          action={<Link to="/partners">{t('home.world.openPartners')}</Link>}
        />
      ) : (
        <>
          <EChart
            option={option}
            maps={worldMap()}
            height={420}
            label={t('home.world.label', {
              count: items.length,
              value: formatNumber(items.length, language),
            })}
            onItemClick={(data) => {
              const item = (data as { item?: MapLink } | undefined)?.item;
              if (item) void navigate({ to: '/links/$linkId', params: { linkId: item.link.id } });
            }}
          />
          <details className="chart-data">
            <summary>{t('home.showTable')}</summary>
            <DataTable
              caption={t('home.world.caption')}
              rows={items}
              rowKey={(item) => item.link.id}
              columns={[
                {
                  key: 'link',
                  header: t('utility.verdicts.link'),
                  isRowHeader: true,
                  render: (item) => (
                    <RecordLink kind="link" id={item.link.id}>
                      {item.link.label}
                    </RecordLink>
                  ),
                },
                {
                  key: 'partner',
                  header: t('utility.verdicts.counterpart'),
                  render: (item) => item.partner.label,
                },
                {
                  key: 'country',
                  header: t('home.world.country'),
                  render: (item) => countryName(item.countryCode, language),
                },
                {
                  key: 'verdict',
                  header: t('utility.verdicts.verdict'),
                  render: (item) => <VerdictBadge verdict={item.verdict} />,
                },
              ]}
            />
          </details>
          {overview.linksOnMap.total > items.length ? (
            <p className="muted">
              {t('home.world.bounded', {
                count: overview.linksOnMap.total,
                shown: formatNumber(items.length, language),
                value: formatNumber(overview.linksOnMap.total, language),
              })}
            </p>
          ) : null}
        </>
      )}
    </HomePanel>
  );
}

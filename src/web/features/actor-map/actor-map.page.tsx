import { Link, useNavigate } from '@tanstack/react-router';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ActorMap, ActorMapQuery } from '../../../contracts/actor-map';
import { linkStatuses } from '../../../contracts/links';
import { enumLabel, enumOptions } from '../../lib/enum-options';
import { countryName } from '../../lib/format';
import { DataTable } from '../../ui/data-table';
import { EChart } from '../../ui/echart';
import { Select } from '../../ui/field';
import { EmptyState, ErrorState, Loading, PageHeader } from '../../ui/states';
import { useTermOptions } from '../strategy/use-strategy';
import { actorGraphOption, type GraphItemData } from './actor-graph-option';
import { useActorMap } from './use-actor-map';

/** "Mapa de actores": the network of the government's partners, with the same data as tables. */
export function ActorMapPage() {
  const { t } = useTranslation();
  const [filters, setFilters] = useState<ActorMapQuery>({});
  const strategyLineOptions = useTermOptions('strategyLine');
  const query = useActorMap(filters);
  return (
    <div className="page">
      <PageHeader title={t('actorMap.title')} description={t('actorMap.intro')} />
      <form
        className="filters"
        aria-label={t('actorMap.filtersLabel')}
        onSubmit={(event) => event.preventDefault()}
      >
        <Select
          label={t('links.fields.strategyLine')}
          placeholder={t('common.all')}
          options={strategyLineOptions}
          value={filters.strategyLine ?? ''}
          onChange={(event) => setFilters({ ...filters, strategyLine: event.target.value || undefined })}
        />
        <Select
          label={t('links.fields.status')}
          placeholder={t('common.all')}
          options={enumOptions(t, 'linkStatus', linkStatuses)}
          value={filters.linkStatus ?? ''}
          onChange={(event) =>
            setFilters({
              ...filters,
              linkStatus: (event.target.value || undefined) as ActorMapQuery['linkStatus'],
            })
          }
        />
      </form>
      {query.isLoading ? <Loading /> : null}
      {query.isError ? <ErrorState error={query.error} onRetry={() => void query.refetch()} /> : null}
      {query.data ? <ActorMapView map={query.data} /> : null}
    </div>
  );
}

function ActorMapView({ map }: { map: ActorMap }) {
  const { t, i18n } = useTranslation();
  const navigate = useNavigate();
  const option = useMemo(() => actorGraphOption(map, t, i18n.language), [map, t, i18n.language]);
  const names = new Map(map.actors.map((actor) => [actor.id, actor.name]));
  if (map.actors.length === 0) {
    return <EmptyState title={t('actorMap.emptyTitle')} description={t('actorMap.emptyText')} />;
  }
  const connections = [
    ...map.links.map((link) => ({
      key: `link-${link.linkId}-${link.partnerId}`,
      from: map.government.name,
      to: names.get(link.partnerId) ?? '—',
      type: enumLabel(t, 'linkKind', link.kind),
      status: enumLabel(t, 'linkStatus', link.status),
      record: (
        <Link to="/links/$linkId" params={{ linkId: link.linkId }}>
          {link.title}
        </Link>
      ),
    })),
    ...map.relations.map((relation) => ({
      key: `relation-${relation.id}`,
      from: names.get(relation.fromPartnerId) ?? '—',
      to: names.get(relation.toPartnerId) ?? '—',
      type: enumLabel(t, 'relationKind', relation.kind),
      status: '—',
      record: (
        <Link to="/partners/$partnerId" params={{ partnerId: relation.fromPartnerId }}>
          {names.get(relation.fromPartnerId)}
        </Link>
      ),
    })),
  ];
  return (
    <section aria-labelledby="actor-map-graph-title">
      <h2 id="actor-map-graph-title">{t('actorMap.graphTitle')}</h2>
      {map.isTruncated ? <p className="alert alert-info">{t('actorMap.truncated')}</p> : null}
      <EChart
        option={option}
        height={560}
        label={t('actorMap.graphLabel', { count: map.actors.length })}
        onItemClick={(data) => {
          const item = data as GraphItemData | undefined;
          if (item?.linkId) void navigate({ to: '/links/$linkId', params: { linkId: item.linkId } });
          else if (item?.partnerId)
            void navigate({ to: '/partners/$partnerId', params: { partnerId: item.partnerId } });
        }}
      />
      <p className="muted">{t('actorMap.legendLines')}</p>
      <details className="chart-data">
        <summary>{t('actorMap.showTables')}</summary>
        <DataTable
          caption={t('actorMap.actorsCaption')}
          rows={map.actors}
          rowKey={(row) => row.id}
          columns={[
            {
              key: 'name',
              header: t('partners.fields.name'),
              isRowHeader: true,
              render: (row) => (
                <Link to="/partners/$partnerId" params={{ partnerId: row.id }}>
                  {row.name}
                </Link>
              ),
            },
            {
              key: 'kind',
              header: t('partners.fields.kind'),
              render: (row) => enumLabel(t, 'partnerKind', row.kind),
            },
            {
              key: 'country',
              header: t('partners.fields.country'),
              render: (row) => countryName(row.countryCode, i18n.language),
            },
            {
              key: 'links',
              header: t('partners.fields.linkCount'),
              isNumeric: true,
              render: (row) => row.linkCount,
            },
          ]}
        />
        <DataTable
          caption={t('actorMap.connectionsCaption')}
          rows={connections}
          rowKey={(row) => row.key}
          columns={[
            { key: 'from', header: t('actorMap.from'), isRowHeader: true, render: (row) => row.from },
            { key: 'to', header: t('actorMap.to'), render: (row) => row.to },
            { key: 'type', header: t('actorMap.type'), render: (row) => row.type },
            { key: 'status', header: t('links.fields.status'), render: (row) => row.status },
            { key: 'record', header: t('actorMap.record'), render: (row) => row.record },
          ]}
        />
      </details>
    </section>
  );
}

import type { TFunction } from 'i18next';
import type { ActorMap } from '../../../contracts/actor-map';
import { partnerKinds } from '../../../contracts/partners';
import { enumLabel } from '../../lib/enum-options';
import { html } from '../../lib/escape-html';
import { countryName } from '../../lib/format';
import type { ChartOption } from '../../ui/echart';

/** One colour per partner kind (and the government), distinguishable and dark enough on white. */
const kindColours = [
  '#0b3a75', // government
  '#1f77b4',
  '#8c564b',
  '#6a3d9a',
  '#d62728',
  '#2ca02c',
  '#b8860b',
  '#e377c2',
  '#17becf',
  '#ff7f0e',
  '#7f7f7f',
];

/** Link statuses drawn solid when in force, dashed when pending, dotted when over. */
const statusLine: Record<string, 'solid' | 'dashed' | 'dotted'> = {
  negotiation: 'dashed',
  signed: 'solid',
  active: 'solid',
  dormant: 'dashed',
  expired: 'dotted',
  terminated: 'dotted',
};

/** What a click on the chart hands back: a partner node, a link edge or a relation edge. */
export type GraphItemData = { partnerId?: string; linkId?: string };

/**
 * The ECharts graph of the actor map: the government in the middle, each partner a node coloured by
 * kind and sized by its links, an edge per link party (style by status) and per relation (grey, with
 * an arrow). Every text in a tooltip is data, escaped by `html`.
 */
export function actorGraphOption(map: ActorMap, t: TFunction, language: string): ChartOption {
  const categories = [
    { name: t('actorMap.government') },
    ...partnerKinds.map((kind) => ({ name: enumLabel(t, 'partnerKind', kind) })),
  ];
  const governmentNodeId = `government:${map.government.id}`;
  const nodes = [
    {
      id: governmentNodeId,
      name: map.government.name,
      category: 0,
      symbolSize: 36,
      tooltipText: html`<strong>${map.government.name}</strong>`,
    },
    ...map.actors.map((actor) => ({
      id: actor.id,
      name: actor.name,
      category: 1 + partnerKinds.indexOf(actor.kind),
      symbolSize: 12 + Math.min(18, actor.linkCount * 4),
      partnerId: actor.id,
      tooltipText:
        html`<strong>${actor.name}</strong><br/>${enumLabel(t, 'partnerKind', actor.kind)} · ${countryName(actor.countryCode, language)}<br/>` +
        html`${t('actorMap.linkCount', { count: actor.linkCount })}`,
    })),
  ];
  const edges = [
    ...map.links.map((link) => ({
      source: governmentNodeId,
      target: link.partnerId,
      linkId: link.linkId,
      lineStyle: { type: statusLine[link.status] ?? 'solid', color: '#0b3a75', width: 1.5, curveness: 0.1 },
      tooltipText:
        html`<strong>${link.title}</strong><br/>${enumLabel(t, 'linkKind', link.kind)} · ` +
        html`${enumLabel(t, 'linkStatus', link.status)}`,
    })),
    ...map.relations.map((relation) => ({
      source: relation.fromPartnerId,
      target: relation.toPartnerId,
      partnerId: relation.fromPartnerId,
      symbol: ['none', 'arrow'],
      lineStyle: { type: 'solid' as const, color: '#8a8a8a', width: 1, curveness: 0.25 },
      tooltipText: html`${enumLabel(t, 'relationKind', relation.kind)}`,
    })),
  ];
  return {
    color: kindColours,
    tooltip: {
      trigger: 'item',
      // Each node and edge carries its tooltip already escaped (see above).
      formatter: (params: unknown) => (params as { data?: { tooltipText?: string } }).data?.tooltipText ?? '',
    },
    legend: [{ data: categories.map((category) => category.name), type: 'scroll', bottom: 0 }],
    series: [
      {
        type: 'graph',
        layout: 'force',
        roam: true,
        draggable: true,
        categories,
        force: { repulsion: 180, edgeLength: [60, 160], gravity: 0.08 },
        label: { show: true, position: 'right', fontSize: 11, formatter: '{b}' },
        labelLayout: { hideOverlap: true },
        emphasis: { focus: 'adjacency' },
        edgeSymbolSize: 6,
        data: nodes,
        links: edges,
      },
    ],
  };
}

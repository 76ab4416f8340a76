// The PDF of the report, composed with pdfmake on the server: embedded Roboto (covers every accent of
// es/pt), numbers, dates and money in the report's language, charts as SVG, page numbers.
import { createRequire } from 'node:module';
import path from 'node:path';
import pdfmake from 'pdfmake';
import type { Content, TableCell, TDocumentDefinitions } from 'pdfmake/interfaces';
import { bound, type Unconverted, verdictOrder } from '../../../domain/council-report';
import type { ReportCharts } from './reports.charts';
import type { ReportFigures } from './reports.figures';
import type { ReportText } from './reports.text';

/** How many rows of each long list the PDF prints; the workbook holds them all. */
export const pdfListLimits = {
  protocolOnly: 300,
  atRisk: 100,
  events: 300,
  commitments: 200,
  initiatives: 150,
};

const fontDir = path.dirname(
  createRequire(import.meta.url).resolve('pdfmake/fonts/Roboto/Roboto-Regular.ttf'),
);
pdfmake.addFonts({
  Roboto: {
    normal: path.join(fontDir, 'Roboto-Regular.ttf'),
    bold: path.join(fontDir, 'Roboto-Medium.ttf'),
    italics: path.join(fontDir, 'Roboto-Italic.ttf'),
    bolditalics: path.join(fontDir, 'Roboto-MediumItalic.ttf'),
  },
});
// The report never fetches anything: no URL, and on disk only the fonts.
pdfmake.setUrlAccessPolicy(() => false);
pdfmake.setLocalAccessPolicy((file) => path.resolve(file).startsWith(fontDir + path.sep));

const header = (text: string): TableCell => ({ text, style: 'tableHeader' });
const right = (text: string): TableCell => ({ text, alignment: 'right' });

function table(widths: (string | number)[], head: string[], rows: TableCell[][]): Content {
  return {
    table: { headerRows: 1, widths, body: [head.map(header), ...rows], dontBreakRows: true },
    layout: 'lightHorizontalLines',
    margin: [0, 4, 0, 10],
  };
}

function unconvertedText(text: ReportText, amounts: Unconverted[]) {
  return amounts.map((item) => text.money(item.amountMinor, item.currency)).join('; ');
}

function truncatedNote(text: ReportText, shown: number, total: number): Content[] {
  return total > shown
    ? [
        {
          text: text.t('reportDocument.truncated', { shown: text.number(shown), total: text.number(total) }),
          style: 'note',
        },
      ]
    : [];
}

function cover(figures: ReportFigures, text: ReportText): Content[] {
  const { t } = text;
  return [
    { text: t('reportDocument.subtitle'), style: 'kicker', margin: [0, 160, 0, 8] },
    { text: t('reportDocument.title'), style: 'title' },
    { text: figures.governmentName, style: 'government', margin: [0, 12, 0, 24] },
    {
      text: t('reportDocument.period', {
        from: text.date(figures.period.from),
        to: text.date(figures.period.to),
      }),
    },
    {
      text: t('reportDocument.generatedOn', { date: text.date(figures.generatedOn) }),
      margin: [0, 4, 0, 24],
    },
    {
      text: t('reportDocument.asOfNote', { date: text.date(figures.asOf) }),
      style: 'note',
      pageBreak: 'after',
    },
  ];
}

/** The summary figures: what the council reads first, and what the tests check against the API. */
export function summaryRows(figures: ReportFigures, text: ReportText): [string, string][] {
  const { t } = text;
  const currency = figures.reportingCurrency;
  const { overview, commitments, agenda, links } = figures;
  return [
    [
      t('reportDocument.summary.index'),
      overview.index.score === null ? t('reportDocument.index.noData') : text.number(overview.index.score),
    ],
    [t('reportDocument.summary.links'), text.number(links.total)],
    ...verdictOrder.map((verdict): [string, string] => [
      `  ${t(`utility.verdict.${verdict}`)}`,
      text.number(links.counts[verdict]),
    ]),
    [t('reportDocument.summary.eventsInPeriod'), text.number(agenda.events.length)],
    [t('reportDocument.summary.agendaCost'), text.money(agenda.total.convertedMinor, currency)],
    [t('reportDocument.summary.commitmentsFulfilled'), text.number(commitments.fulfilled.length)],
    [t('reportDocument.summary.commitmentsOverdue'), text.number(commitments.overdue.length)],
    [t('reportDocument.summary.resources'), text.money(overview.resources.mobilisedMinor, currency)],
    [t('reportDocument.summary.investmentRealised'), text.money(overview.investment.realisedMinor, currency)],
    [t('reportDocument.summary.jobsCreated'), text.number(overview.investment.createdJobs)],
    [t('reportDocument.summary.initiatives'), text.number(initiativeTotal(figures))],
  ];
}

export function initiativeTotal(figures: ReportFigures) {
  return figures.overview.initiativesByStage.reduce((sum, row) => sum + row.count, 0);
}

function summarySection(figures: ReportFigures, text: ReportText, charts: ReportCharts): Content[] {
  const { t } = text;
  const rows = summaryRows(figures, text).map(([label, value]): TableCell[] => [label, right(value)]);
  return [
    { text: t('reportDocument.sections.summary'), style: 'h1' },
    table(['*', 'auto'], [t('reportDocument.summary.figure'), t('reportDocument.summary.value')], rows),
    { text: t('reportDocument.links.chart'), style: 'h3' },
    { svg: charts.verdicts, width: 480 },
  ];
}

function indexSection(figures: ReportFigures, text: ReportText, charts: ReportCharts): Content[] {
  const { t } = text;
  const index = figures.overview.index;
  return [
    { text: t('reportDocument.sections.index'), style: 'h1', pageBreak: 'before' },
    {
      text:
        index.score === null
          ? t('reportDocument.index.noScore')
          : t('reportDocument.index.score', { score: text.number(index.score) }),
      style: 'h2',
    },
    table(
      ['*', 'auto', 'auto', 'auto'],
      [
        t('reportDocument.index.component'),
        t('reportDocument.index.normalised'),
        t('reportDocument.index.weight'),
        t('reportDocument.index.contribution'),
      ],
      index.components.map((component): TableCell[] => [
        t(`utility.components.${component.key}`),
        right(
          component.normalised === null
            ? t('reportDocument.index.noData')
            : text.number(Math.round(component.normalised * 100) / 100),
        ),
        right(text.number(component.weight)),
        right(text.number(Math.round(component.contribution * 10) / 10)),
      ]),
    ),
    { text: t('reportDocument.index.chart'), style: 'h3' },
    { svg: charts.index, width: 480 },
  ];
}

function linksSection(figures: ReportFigures, text: ReportText): Content[] {
  const { t } = text;
  const linkRows = (verdict: 'protocol_only' | 'at_risk', limit: number, empty: string): Content[] => {
    const all = figures.links.groups.get(verdict) ?? [];
    if (all.length === 0) return [{ text: empty, style: 'note' }];
    const shown = bound(all, limit);
    return [
      table(
        [150, 100, '*'],
        [
          t('reportDocument.links.link'),
          t('reportDocument.links.partner'),
          t('reportDocument.links.reasons'),
        ],
        shown.items.map((link): TableCell[] => [
          link.title,
          link.partner ?? t('reportDocument.noPartner'),
          { ul: link.reasons.map((reason) => text.reason(reason)), fontSize: 8 },
        ]),
      ),
      ...truncatedNote(text, shown.items.length, shown.total),
    ];
  };
  return [
    { text: t('reportDocument.sections.links'), style: 'h1', pageBreak: 'before' },
    table(
      ['*', 'auto'],
      [t('reportDocument.links.verdict'), t('reportDocument.links.count')],
      verdictOrder.map((verdict): TableCell[] => [
        t(`utility.verdict.${verdict}`),
        right(text.number(figures.links.counts[verdict])),
      ]),
    ),
    { text: t('reportDocument.links.protocolOnlyTitle'), style: 'h2' },
    ...linkRows('protocol_only', pdfListLimits.protocolOnly, t('reportDocument.links.noneProtocolOnly')),
    { text: t('reportDocument.links.atRiskTitle'), style: 'h2' },
    ...linkRows('at_risk', pdfListLimits.atRisk, t('reportDocument.links.noneAtRisk')),
  ];
}

function agendaSection(figures: ReportFigures, text: ReportText): Content[] {
  const { t } = text;
  const currency = figures.reportingCurrency;
  const { agenda } = figures;
  const shown = bound(agenda.events, pdfListLimits.events);
  const place = (city: string | null, country: string | null) =>
    [city, country ? text.country(country) : null].filter(Boolean).join(', ') || t('reportDocument.none');
  return [
    { text: t('reportDocument.sections.agenda'), style: 'h1', pageBreak: 'before' },
    agenda.events.length === 0
      ? { text: t('reportDocument.agenda.none'), style: 'note' }
      : table(
          ['auto', '*', 'auto', 'auto', 'auto'],
          [
            t('reportDocument.agenda.date'),
            t('reportDocument.agenda.event'),
            t('reportDocument.agenda.kind'),
            t('reportDocument.agenda.place'),
            t('reportDocument.agenda.cost'),
          ],
          [
            ...shown.items.map((event): TableCell[] => [
              text.date(event.startsOn),
              event.title,
              text.label('agenda.kinds.', event.kind),
              place(event.city, event.countryCode),
              right(
                [
                  text.money(event.cost.convertedMinor, currency),
                  unconvertedText(text, event.cost.unconverted),
                ]
                  .filter(Boolean)
                  .join(' + '),
              ),
            ]),
            [
              { text: t('reportDocument.agenda.total'), bold: true, colSpan: 4 },
              {},
              {},
              {},
              { text: text.money(agenda.total.convertedMinor, currency), bold: true, alignment: 'right' },
            ],
          ],
        ),
    ...truncatedNote(text, shown.items.length, shown.total),
    ...(agenda.total.unconverted.length > 0
      ? [
          {
            text: t('reportDocument.agenda.unconverted', {
              amounts: unconvertedText(text, agenda.total.unconverted),
            }),
            style: 'note',
          } satisfies Content,
        ]
      : []),
  ];
}

function commitmentsSection(figures: ReportFigures, text: ReportText): Content[] {
  const { t } = text;
  const { commitments } = figures;
  const fulfilled = bound(commitments.fulfilled, pdfListLimits.commitments);
  const overdue = bound(commitments.overdue, pdfListLimits.commitments);
  const head = [
    t('reportDocument.commitments.title'),
    t('reportDocument.commitments.owner'),
    t('reportDocument.commitments.dueDate'),
  ];
  return [
    { text: t('reportDocument.sections.commitments'), style: 'h1', pageBreak: 'before' },
    {
      text: t('reportDocument.commitments.dueInPeriod', {
        due: text.number(commitments.dueInPeriod),
        onTime: text.number(commitments.dueInPeriodFulfilledOnTime),
      }),
    },
    { text: t('reportDocument.commitments.fulfilledTitle'), style: 'h2' },
    fulfilled.total === 0
      ? { text: t('reportDocument.commitments.noneFulfilled'), style: 'note' }
      : table(
          ['*', 'auto', 'auto', 'auto'],
          [...head, t('reportDocument.commitments.fulfilledOn')],
          fulfilled.items.map((c): TableCell[] => [
            c.title,
            c.ownerDepartment ?? t('reportDocument.none'),
            text.date(c.dueDate),
            text.date(c.fulfilledOn),
          ]),
        ),
    ...truncatedNote(text, fulfilled.items.length, fulfilled.total),
    { text: t('reportDocument.commitments.overdueTitle', { date: text.date(figures.asOf) }), style: 'h2' },
    overdue.total === 0
      ? { text: t('reportDocument.commitments.noneOverdue'), style: 'note' }
      : table(
          ['*', 'auto', 'auto'],
          head,
          overdue.items.map((c): TableCell[] => [
            c.title,
            c.ownerDepartment ?? t('reportDocument.none'),
            text.date(c.dueDate),
          ]),
        ),
    ...truncatedNote(text, overdue.items.length, overdue.total),
  ];
}

function resourcesSection(figures: ReportFigures, text: ReportText): Content[] {
  const { t } = text;
  const currency = figures.reportingCurrency;
  const { resources, investment } = figures.overview;
  const unconvertedTable = (items: Unconverted[]): Content[] =>
    items.length === 0
      ? []
      : [
          { text: t('reportDocument.resources.unconvertedTitle'), style: 'h3' },
          table(
            ['*', 'auto', 'auto'],
            [
              t('reportDocument.resources.currency'),
              t('reportDocument.resources.amount'),
              t('reportDocument.resources.records'),
            ],
            items.map((item): TableCell[] => [
              item.currency,
              right(text.money(item.amountMinor, item.currency)),
              right(text.number(item.count)),
            ]),
          ),
        ];
  return [
    { text: t('reportDocument.sections.resources'), style: 'h1', pageBreak: 'before' },
    {
      columns: [
        { text: t('reportDocument.resources.total', { currency }), width: '*' },
        { text: text.money(resources.mobilisedMinor, currency), width: 'auto', bold: true },
      ],
    },
    { text: t('reportDocument.resources.bySource'), style: 'h3' },
    table(
      ['*', 'auto'],
      [t('reportDocument.resources.source'), t('reportDocument.resources.amount')],
      resources.bySource.map((row): TableCell[] => [
        row.source === 'unknown'
          ? t('reportDocument.resources.unknownSource')
          : text.label('enums.partnerKind.', row.source),
        right(text.money(row.amountMinor, currency)),
      ]),
    ),
    { text: t('reportDocument.resources.byStrategyLine'), style: 'h3' },
    resources.byStrategyLine.length === 0
      ? { text: t('reportDocument.none'), style: 'note' }
      : table(
          ['*', 'auto'],
          [t('reportDocument.resources.strategyLine'), t('reportDocument.resources.amount')],
          resources.byStrategyLine.map((row): TableCell[] => [
            row.strategyLine
              ? text.label('enums.strategyLine.', row.strategyLine)
              : t('reportDocument.resources.noLine'),
            right(text.money(row.amountMinor, currency)),
          ]),
        ),
    ...unconvertedTable(resources.unconverted),
    { text: t('reportDocument.sections.investment'), style: 'h1', margin: [0, 16, 0, 6] },
    table(
      ['*', 'auto'],
      [t('reportDocument.summary.figure'), t('reportDocument.summary.value')],
      [
        [t('reportDocument.investment.realised'), right(text.money(investment.realisedMinor, currency))],
        [t('reportDocument.investment.expected'), right(text.money(investment.expectedMinor, currency))],
        [t('reportDocument.investment.createdJobs'), right(text.number(investment.createdJobs))],
        [t('reportDocument.investment.expectedJobs'), right(text.number(investment.expectedJobs))],
      ],
    ),
    { text: t('reportDocument.investment.byStage'), style: 'h3' },
    table(
      ['*', 'auto'],
      [t('reportDocument.investment.stage'), t('reportDocument.investment.leads')],
      investment.byStage.map((row): TableCell[] => [
        text.label('investment.stages.', row.stage),
        right(text.number(row.count)),
      ]),
    ),
    ...unconvertedTable(investment.unconverted),
  ];
}

function initiativesSection(figures: ReportFigures, text: ReportText, charts: ReportCharts): Content[] {
  const { t } = text;
  const shown = bound(figures.initiatives, pdfListLimits.initiatives);
  const indicatorText = (indicator: ReportFigures['initiatives'][number]['indicators'][number]) =>
    [
      `${indicator.name} (${indicator.unit})`,
      `${t('reportDocument.initiatives.baseline')}: ${text.number(indicator.baseline)}`,
      `${t('reportDocument.initiatives.target')}: ${text.number(indicator.target)}`,
      `${t('reportDocument.initiatives.latest')}: ${text.number(indicator.latest)}${
        indicator.latestOn ? ` (${text.date(indicator.latestOn)})` : ''
      }`,
      text.percent(indicator.progress),
    ].join('; ');
  return [
    { text: t('reportDocument.sections.initiatives'), style: 'h1', pageBreak: 'before' },
    { text: t('reportDocument.initiatives.chart'), style: 'h3' },
    { svg: charts.stages, width: 480 },
    shown.total === 0
      ? { text: t('reportDocument.initiatives.none'), style: 'note' }
      : table(
          ['*', 'auto', 170, 'auto'],
          [
            t('reportDocument.initiatives.initiative'),
            t('reportDocument.initiatives.stage'),
            t('reportDocument.initiatives.indicator'),
            t('reportDocument.initiatives.progress'),
          ],
          shown.items.map((initiative): TableCell[] => [
            initiative.title,
            text.label('enums.stage.', initiative.stage),
            initiative.indicators.length === 0
              ? t('reportDocument.none')
              : { ul: initiative.indicators.map(indicatorText), fontSize: 8 },
            right(text.percent(initiative.progress)),
          ]),
        ),
    ...truncatedNote(text, shown.items.length, shown.total),
  ];
}

/** The whole document definition: pure, so that it can be inspected without rendering. */
export function reportDocument(
  figures: ReportFigures,
  text: ReportText,
  charts: ReportCharts,
): TDocumentDefinitions {
  const { t } = text;
  return {
    info: { title: `${t('reportDocument.title')} — ${figures.governmentName}`, creator: 'Vínculo' },
    language: figures.language,
    pageSize: 'A4',
    pageMargins: [48, 48, 48, 56],
    defaultStyle: { font: 'Roboto', fontSize: 9.5, lineHeight: 1.2 },
    styles: {
      kicker: { fontSize: 12, color: '#475467' },
      title: { fontSize: 26, bold: true, color: '#1d4f91' },
      government: { fontSize: 18 },
      h1: { fontSize: 16, bold: true, color: '#1d4f91', margin: [0, 0, 0, 8] },
      h2: { fontSize: 12, bold: true, margin: [0, 10, 0, 4] },
      h3: { fontSize: 10.5, bold: true, margin: [0, 8, 0, 2] },
      note: { italics: true, color: '#475467', margin: [0, 2, 0, 8] },
      tableHeader: { bold: true, fillColor: '#eef2f7' },
    },
    footer: (currentPage, pageCount) => ({
      text: t('reportDocument.page', { page: text.number(currentPage), pages: text.number(pageCount) }),
      alignment: 'center',
      fontSize: 8,
      color: '#475467',
      margin: [0, 20, 0, 0],
    }),
    content: [
      ...cover(figures, text),
      ...summarySection(figures, text, charts),
      ...indexSection(figures, text, charts),
      ...linksSection(figures, text),
      ...agendaSection(figures, text),
      ...commitmentsSection(figures, text),
      ...resourcesSection(figures, text),
      ...initiativesSection(figures, text, charts),
    ],
  };
}

/** Renders the report to PDF bytes. */
export async function renderReportPdf(figures: ReportFigures, text: ReportText, charts: ReportCharts) {
  return pdfmake.createPdf(reportDocument(figures, text, charts)).getBuffer();
}

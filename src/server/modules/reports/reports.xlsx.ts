// The same tables as the PDF in an Excel workbook (exceljs): one sheet per section, cells typed
// (numbers, money in major units with its currency format, dates as dates), the header row frozen
// and filterable, and every row (the PDF bounds its long lists, the workbook does not). Written with
// exceljs' streaming writer: each row goes to the zip as it is made, so memory holds the compressed
// file and the table of distinct texts, not a model of 20,000 rows and their cells.
import { PassThrough } from 'node:stream';
import ExcelJS from 'exceljs';
import { verdictOrder } from '../../../domain/council-report';
import { minorUnitExponent } from '../../../domain/money';
import type { ReportFigures } from './reports.figures';
import { initiativeTotal } from './reports.pdf';
import type { ReportText } from './reports.text';

type Cell = string | number | Date | null;
type Column = { header: string; width: number; format?: string };

function dateCell(value: string | null): Date | null {
  return value ? new Date(`${value}T00:00:00Z`) : null;
}

function major(minor: number, currency: string): number {
  return minor / 10 ** minorUnitExponent(currency);
}

function moneyFormat(currency: string) {
  const digits = minorUnitExponent(currency);
  return `#,##0${digits > 0 ? `.${'0'.repeat(digits)}` : ''} "${currency}"`;
}

function addSheet(
  workbook: ExcelJS.stream.xlsx.WorkbookWriter,
  name: string,
  columns: Column[],
  rows: Iterable<Cell[]>,
) {
  const sheet = workbook.addWorksheet(name.slice(0, 31), { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = columns.map((column) => ({
    header: column.header,
    width: column.width,
    style: column.format ? { numFmt: column.format } : {},
  }));
  sheet.getRow(1).font = { bold: true };
  sheet.getRow(1).commit();
  let count = 0;
  for (const row of rows) {
    sheet.addRow(row).commit();
    count += 1;
  }
  // The filter covers the rows written; it is part of the sheet's closing XML.
  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1 + count, column: columns.length } };
  sheet.commit();
}

/** Renders the workbook to XLSX bytes. */
export async function renderReportXlsx(figures: ReportFigures, text: ReportText): Promise<Buffer> {
  const { t } = text;
  const currency = figures.reportingCurrency;
  const money = moneyFormat(currency);
  const dateFormat = text.language === 'en' ? 'yyyy-mm-dd' : 'dd/mm/yyyy';
  const { overview, links, agenda, commitments } = figures;
  const output = new PassThrough();
  const chunks: Buffer[] = [];
  output.on('data', (chunk: Buffer) => chunks.push(chunk));
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({
    stream: output,
    useStyles: true,
    // Shared strings, as Excel writes them: the statuses, verdicts and reasons of 20,000 links repeat,
    // and exceljs' streaming reader can cut an inline string that straddles two chunks.
    useSharedStrings: true,
  });
  workbook.creator = 'Vínculo';
  workbook.title = `${t('reportDocument.title')} — ${figures.governmentName}`;

  const moneyRow = (label: string, minor: number): Cell[] => [label, major(minor, currency), currency];
  const countRow = (label: string, value: number | null): Cell[] => [label, value, null];
  addSheet(
    workbook,
    t('reportDocument.sheets.summary'),
    [
      { header: t('reportDocument.summary.figure'), width: 48 },
      { header: t('reportDocument.summary.value'), width: 20, format: '#,##0.##' },
      { header: t('reportDocument.resources.currency'), width: 10 },
    ],
    [
      countRow(t('reportDocument.summary.index'), overview.index.score),
      countRow(t('reportDocument.summary.links'), links.total),
      ...verdictOrder.map((verdict) => countRow(t(`utility.verdict.${verdict}`), links.counts[verdict])),
      countRow(t('reportDocument.summary.eventsInPeriod'), agenda.events.length),
      moneyRow(t('reportDocument.summary.agendaCost'), agenda.total.convertedMinor),
      countRow(t('reportDocument.summary.commitmentsFulfilled'), commitments.fulfilled.length),
      countRow(t('reportDocument.summary.commitmentsOverdue'), commitments.overdue.length),
      moneyRow(t('reportDocument.summary.resources'), overview.resources.mobilisedMinor),
      moneyRow(t('reportDocument.summary.investmentRealised'), overview.investment.realisedMinor),
      countRow(t('reportDocument.summary.jobsCreated'), overview.investment.createdJobs),
      countRow(t('reportDocument.summary.initiatives'), initiativeTotal(figures)),
    ],
  );

  addSheet(
    workbook,
    t('reportDocument.sheets.index'),
    [
      { header: t('reportDocument.index.component'), width: 40 },
      { header: t('reportDocument.index.normalised'), width: 16, format: '0.00' },
      { header: t('reportDocument.index.weight'), width: 10, format: '0' },
      { header: t('reportDocument.index.contribution'), width: 10, format: '0.0' },
    ],
    overview.index.components.map((component) => [
      t(`utility.components.${component.key}`),
      component.normalised,
      component.weight,
      component.contribution,
    ]),
  );

  const allLinks = verdictOrder.flatMap((verdict) => links.groups.get(verdict) ?? []);
  const verdictLabels = new Map(verdictOrder.map((verdict) => [verdict, t(`utility.verdict.${verdict}`)]));
  addSheet(
    workbook,
    t('reportDocument.sheets.links'),
    [
      { header: t('reportDocument.links.link'), width: 40 },
      { header: t('reportDocument.links.partner'), width: 30 },
      { header: t('reportDocument.links.status'), width: 14 },
      { header: t('reportDocument.links.verdict'), width: 20 },
      { header: t('reportDocument.links.reasons'), width: 90 },
    ],
    (function* () {
      for (const link of allLinks)
        yield [
          link.title,
          link.partner,
          text.label('enums.linkStatus.', link.status),
          verdictLabels.get(link.verdict) ?? link.verdict,
          link.reasons.map((reason) => text.reason(reason)).join(' '),
        ];
    })(),
  );

  addSheet(
    workbook,
    t('reportDocument.sheets.agenda'),
    [
      { header: t('reportDocument.agenda.date'), width: 12, format: dateFormat },
      { header: t('reportDocument.agenda.event'), width: 40 },
      { header: t('reportDocument.agenda.kind'), width: 22 },
      { header: t('reportDocument.agenda.place'), width: 26 },
      { header: `${t('reportDocument.agenda.cost')} (${currency})`, width: 18, format: money },
      { header: t('reportDocument.resources.unconvertedTitle'), width: 30 },
    ],
    agenda.events.map((event) => [
      dateCell(event.startsOn),
      event.title,
      text.label('agenda.kinds.', event.kind),
      [event.city, event.countryCode ? text.country(event.countryCode) : null].filter(Boolean).join(', ') ||
        null,
      major(event.cost.convertedMinor, currency),
      event.cost.unconverted.map((item) => text.money(item.amountMinor, item.currency)).join('; ') || null,
    ]),
  );

  addSheet(
    workbook,
    t('reportDocument.sheets.commitments'),
    [
      { header: t('reportDocument.commitments.title'), width: 44 },
      { header: t('reportDocument.commitments.owner'), width: 28 },
      { header: t('reportDocument.commitments.dueDate'), width: 12, format: dateFormat },
      { header: t('reportDocument.commitments.fulfilledOn'), width: 12, format: dateFormat },
      { header: t('reportDocument.state'), width: 14 },
    ],
    [
      ...commitments.fulfilled.map((c) => ({ c, state: 'fulfilled' })),
      ...commitments.overdue.map((c) => ({ c, state: 'overdue' })),
    ].map(({ c, state }) => [
      c.title,
      c.ownerDepartment,
      dateCell(c.dueDate),
      dateCell(c.fulfilledOn),
      t(`reportDocument.commitmentState.${state}`),
    ]),
  );

  addSheet(
    workbook,
    t('reportDocument.sheets.resources'),
    [
      { header: t('reportDocument.resources.breakdown'), width: 26 },
      { header: t('reportDocument.resources.source'), width: 40 },
      { header: `${t('reportDocument.resources.amount')} (${currency})`, width: 20, format: money },
    ],
    [
      ...overview.resources.bySource.map((row): Cell[] => [
        t('reportDocument.resources.bySource'),
        row.source === 'unknown'
          ? t('reportDocument.resources.unknownSource')
          : text.label('enums.partnerKind.', row.source),
        major(row.amountMinor, currency),
      ]),
      ...overview.resources.byStrategyLine.map((row): Cell[] => [
        t('reportDocument.resources.byStrategyLine'),
        row.strategyLine
          ? text.label('enums.strategyLine.', row.strategyLine)
          : t('reportDocument.resources.noLine'),
        major(row.amountMinor, currency),
      ]),
    ],
  );

  addSheet(
    workbook,
    t('reportDocument.sheets.unconverted'),
    [
      { header: t('reportDocument.sections.summary'), width: 30 },
      { header: t('reportDocument.resources.currency'), width: 10 },
      { header: t('reportDocument.resources.amount'), width: 20, format: '#,##0.##' },
      { header: t('reportDocument.resources.records'), width: 10, format: '0' },
    ],
    [
      ...overview.resources.unconverted.map((item) => ({ section: 'resources', item })),
      ...overview.investment.unconverted.map((item) => ({ section: 'investment', item })),
      ...agenda.total.unconverted.map((item) => ({ section: 'agenda', item })),
    ].map(({ section, item }) => [
      t(`reportDocument.sections.${section}`),
      item.currency,
      major(item.amountMinor, item.currency),
      item.count,
    ]),
  );

  const { investment } = overview;
  addSheet(
    workbook,
    t('reportDocument.sheets.investment'),
    [
      { header: t('reportDocument.summary.figure'), width: 40 },
      { header: t('reportDocument.summary.value'), width: 20, format: '#,##0.##' },
      { header: t('reportDocument.resources.currency'), width: 10 },
    ],
    [
      moneyRow(t('reportDocument.investment.realised'), investment.realisedMinor),
      moneyRow(t('reportDocument.investment.expected'), investment.expectedMinor),
      countRow(t('reportDocument.investment.createdJobs'), investment.createdJobs),
      countRow(t('reportDocument.investment.expectedJobs'), investment.expectedJobs),
      ...investment.byStage.map((row) =>
        countRow(
          `${t('reportDocument.investment.byStage')}: ${text.label('investment.stages.', row.stage)}`,
          row.count,
        ),
      ),
    ],
  );

  addSheet(
    workbook,
    t('reportDocument.sheets.initiatives'),
    [
      { header: t('reportDocument.initiatives.initiative'), width: 44 },
      { header: t('reportDocument.initiatives.stage'), width: 18 },
      { header: t('reportDocument.initiatives.strategyLine'), width: 30 },
      { header: t('reportDocument.initiatives.progress'), width: 14, format: '0%' },
    ],
    figures.initiatives.map((initiative) => [
      initiative.title,
      text.label('enums.stage.', initiative.stage),
      initiative.strategyLine ? text.label('enums.strategyLine.', initiative.strategyLine) : null,
      initiative.progress,
    ]),
  );

  addSheet(
    workbook,
    t('reportDocument.sheets.indicators'),
    [
      { header: t('reportDocument.initiatives.initiative'), width: 36 },
      { header: t('reportDocument.initiatives.indicator'), width: 36 },
      { header: t('reportDocument.initiatives.unit'), width: 14 },
      { header: t('reportDocument.initiatives.baseline'), width: 12, format: '#,##0.######' },
      { header: t('reportDocument.initiatives.target'), width: 12, format: '#,##0.######' },
      { header: t('reportDocument.initiatives.latest'), width: 14, format: '#,##0.######' },
      { header: t('reportDocument.initiatives.measuredOn'), width: 12, format: dateFormat },
      { header: t('reportDocument.initiatives.progress'), width: 12, format: '0%' },
    ],
    figures.initiatives.flatMap((initiative) =>
      initiative.indicators.map((indicator) => [
        initiative.title,
        indicator.name,
        indicator.unit,
        indicator.baseline,
        indicator.target,
        indicator.latest,
        dateCell(indicator.latestOn),
        indicator.progress,
      ]),
    ),
  );

  await workbook.commit();
  return Buffer.concat(chunks);
}

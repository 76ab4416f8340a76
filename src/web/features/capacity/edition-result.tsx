import { useTranslation } from 'react-i18next';
import type { EditionDetail } from '../../../contracts/capacity';
import { formatDate, formatNumber } from '../../lib/format';
import { DataTable } from '../../ui/data-table';
import { Badge } from '../../ui/states';
import { CapacityRadar } from './capacity-radar';

export function levelName(edition: Pick<EditionDetail, 'questionnaire'>, level: number | null | undefined) {
  if (level === null || level === undefined) return '—';
  const name = edition.questionnaire.levels.find((item) => item.level === level)?.name ?? '';
  return `${level} · ${name}`;
}

/**
 * The result of an edition: the total maturity level, the radar against the previous completed
 * edition (with the same numbers as a table), what changed and the next steps for the weakest
 * dimensions.
 */
export function EditionResult({ edition }: { edition: EditionDetail }) {
  const { t, i18n } = useTranslation();
  const language = i18n.language;
  const { questionnaire, previous } = edition;
  const dimensions = questionnaire.dimensions.map((dimension) => ({
    key: dimension.key,
    name: dimension.name,
  }));
  const previousLevel = new Map(edition.changes.map((change) => [change.dimensionKey, change.previous]));
  const series = [
    {
      name: t('capacity.result.thisEdition', { date: formatDate(edition.assessedOn, language) }),
      values: dimensions.map((dimension) => edition.answers[dimension.key]?.level ?? null),
      color: '#0b3a75',
    },
    ...(previous
      ? [
          {
            name: t('capacity.result.previousEdition', { date: formatDate(previous.assessedOn, language) }),
            values: dimensions.map((dimension) => previousLevel.get(dimension.key) ?? null),
            color: '#b35c00',
            isDashed: true,
          },
        ]
      : []),
  ];
  const rows = questionnaire.dimensions.map((dimension) => ({
    ...dimension,
    current: edition.answers[dimension.key]?.level ?? null,
    previous: previousLevel.get(dimension.key) ?? null,
  }));
  return (
    <div className="capacity-result">
      <dl className="capacity-figures">
        <div>
          <dt>{t('capacity.result.totalLevel')}</dt>
          <dd className="capacity-total">{levelName(edition, edition.totalLevel)}</dd>
        </div>
        <div>
          <dt>{t('capacity.result.averageLevel')}</dt>
          <dd>{formatNumber(edition.averageLevel, language)}</dd>
        </div>
        {previous ? (
          <div>
            <dt>{t('capacity.result.previousTotal', { date: formatDate(previous.assessedOn, language) })}</dt>
            <dd>{levelName(edition, previous.totalLevel)}</dd>
          </div>
        ) : null}
      </dl>
      <p className="muted">{t('capacity.result.totalRule')}</p>
      <CapacityRadar dimensions={dimensions} series={series} label={t('capacity.result.radarLabel')} />
      <details className="chart-data">
        <summary>{t('capacity.showTable')}</summary>
        <DataTable
          caption={t('capacity.result.tableCaption')}
          rows={rows}
          rowKey={(row) => row.key}
          columns={[
            { key: 'name', header: t('capacity.dimension'), isRowHeader: true, render: (row) => row.name },
            {
              key: 'current',
              header: t('capacity.result.thisEditionShort'),
              isNumeric: true,
              render: (row) => formatNumber(row.current, language),
            },
            ...(previous
              ? [
                  {
                    key: 'previous',
                    header: t('capacity.result.previousShort'),
                    isNumeric: true,
                    render: (row: (typeof rows)[number]) => formatNumber(row.previous, language),
                  },
                ]
              : []),
          ]}
        />
      </details>
      {previous ? <Changes edition={edition} /> : null}
      <Suggestions edition={edition} />
    </div>
  );
}

function Changes({ edition }: { edition: EditionDetail }) {
  const { t, i18n } = useTranslation();
  const nameOf = new Map(
    edition.questionnaire.dimensions.map((dimension) => [dimension.key, dimension.name]),
  );
  const moved = edition.changes.filter((change) => change.direction !== 'same');
  const tone = { up: 'success', down: 'danger', new: 'info', removed: 'warning', same: 'neutral' } as const;
  return (
    <section className="capacity-section" aria-labelledby="capacity-changes">
      <h2 id="capacity-changes">
        {t('capacity.changes.title', {
          date: formatDate(edition.previous?.assessedOn ?? null, i18n.language),
        })}
      </h2>
      {moved.length === 0 ? (
        <p>{t('capacity.changes.none')}</p>
      ) : (
        <ul className="capacity-changes">
          {moved.map((change) => (
            <li key={change.dimensionKey}>
              <Badge tone={tone[change.direction]}>{t(`capacity.changes.${change.direction}`)}</Badge>{' '}
              <strong>{nameOf.get(change.dimensionKey)}</strong>:{' '}
              {t('capacity.changes.fromTo', {
                from: levelName(edition, change.previous),
                to: levelName(edition, change.current),
              })}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

function Suggestions({ edition }: { edition: EditionDetail }) {
  const { t } = useTranslation();
  const nameOf = new Map(
    edition.questionnaire.dimensions.map((dimension) => [dimension.key, dimension.name]),
  );
  return (
    <section className="capacity-section" aria-labelledby="capacity-next-steps">
      <h2 id="capacity-next-steps">{t('capacity.nextSteps.title')}</h2>
      {edition.suggestions.length === 0 ? (
        <p>{t('capacity.nextSteps.none')}</p>
      ) : (
        <>
          <p className="muted">{t('capacity.nextSteps.intro')}</p>
          <ol className="capacity-steps">
            {edition.suggestions.map((suggestion) => (
              <li key={suggestion.dimensionKey}>
                <strong>
                  {nameOf.get(suggestion.dimensionKey)} ({levelName(edition, suggestion.level)})
                </strong>
                <p>{suggestion.text}</p>
              </li>
            ))}
          </ol>
        </>
      )}
    </section>
  );
}

import type {
  PublicCommitment,
  PublicEvent,
  PublicInitiative,
  PublicPosition,
  PublicProject,
} from '../../../../contracts/publication';
import { countryName, formatDate, formatMoney, formatNumber } from '../../../../web/lib/format';
import { Count, type FilterOptions, Filters, Layout, type PageContext, Pager, type Paging } from './layout';

type Government = { name: string; slug: string };

/** An event's day in its own time zone (where it took place), in the visitor's language. */
export function formatEventDay(iso: string, timeZone: string, lang: string) {
  try {
    return new Intl.DateTimeFormat(lang, { dateStyle: 'medium', timeZone }).format(new Date(iso));
  } catch {
    return formatDate(iso.slice(0, 10), lang);
  }
}

function Amounts(props: { context: PageContext; amounts: { currency: string; amountMinor: number }[] }) {
  if (props.amounts.length === 0) return <>—</>;
  return (
    <>
      {props.amounts
        .map((amount) => formatMoney(amount.amountMinor, amount.currency, props.context.lang))
        .join(' + ')}
    </>
  );
}

export function sumAll(items: { currency: string; amountMinor: number }[]) {
  const totals = new Map<string, number>();
  for (const item of items) totals.set(item.currency, (totals.get(item.currency) ?? 0) + item.amountMinor);
  return [...totals].map(([currency, amountMinor]) => ({ currency, amountMinor }));
}

type ListProps<T> = {
  context: PageContext;
  government: Government;
  items: T[];
  options: FilterOptions;
  paging: Paging;
};

/** The agenda's costs are summed over every page of the filtered list, not only the page shown. */
export function AgendaPage(
  props: ListProps<PublicEvent> & { totals: { currency: string; amountMinor: number }[] },
) {
  const { context, government, items } = props;
  const { t, lang } = context;
  return (
    <Layout context={context} title={t('portal.agenda.title')} government={government} section="agenda">
      <h1>{t('portal.agenda.title')}</h1>
      <p className="lead">{t('portal.agenda.lead')}</p>
      <Filters context={context} options={props.options} />
      <Count context={context} count={items.length} paging={props.paging} />
      {items.length > 0 && (
        <p>
          <strong>{t('portal.agenda.totalCosts')}:</strong>{' '}
          <Amounts context={context} amounts={props.totals} />
        </p>
      )}
      {items.length === 0 && <p>{t('portal.empty')}</p>}
      <ul className="cards">
        {items.map((event) => (
          <li key={event.id} id={`r-${event.id}`} className="card">
            <h2>{event.title}</h2>
            <p className="meta">
              {t(`agenda.kinds.${event.kind}`)} · {formatEventDay(event.startsAt, event.timezone, lang)}
              {event.city || event.countryCode
                ? ` · ${[event.city, event.countryCode ? countryName(event.countryCode, lang) : null].filter(Boolean).join(', ')}`
                : ''}
            </p>
            {event.objectives && (
              <>
                <h3>{t('portal.agenda.objectives')}</h3>
                <p>{event.objectives}</p>
              </>
            )}
            {event.outcomes && (
              <>
                <h3>{t('portal.agenda.outcomes')}</h3>
                <p>{event.outcomes}</p>
              </>
            )}
            <h3>{t('portal.agenda.costs')}</h3>
            {event.costs.length === 0 ? (
              <p>{t('portal.agenda.noCosts')}</p>
            ) : (
              <table>
                <thead>
                  <tr>
                    <th scope="col">{t('portal.agenda.category')}</th>
                    <th scope="col">{t('portal.agenda.source')}</th>
                    <th scope="col">{t('portal.agenda.amount')}</th>
                  </tr>
                </thead>
                <tbody>
                  {event.costs.map((cost, index) => (
                    // biome-ignore lint/suspicious/noArrayIndexKey: costs have no id of their own in public
                    <tr key={index}>
                      <td>{t(`agenda.costCategories.${cost.category}`)}</td>
                      <td>{t(`agenda.costSources.${cost.source}`)}</td>
                      <td className="number">{formatMoney(cost.amountMinor, cost.currency, lang)}</td>
                    </tr>
                  ))}
                </tbody>
                <tfoot>
                  <tr>
                    <th scope="row" colSpan={2}>
                      {t('portal.agenda.total')}
                    </th>
                    <td className="number">
                      <Amounts context={context} amounts={event.totals} />
                    </td>
                  </tr>
                </tfoot>
              </table>
            )}
          </li>
        ))}
      </ul>
    </Layout>
  );
}

/** "N of M fulfilled" counts every page of the filtered list, not only the page shown. */
export function CommitmentsPage(
  props: ListProps<PublicCommitment> & { summary: { counted: number; fulfilled: number } },
) {
  const { context, government, items } = props;
  const { t, lang } = context;
  const { counted, fulfilled } = props.summary;
  return (
    <Layout
      context={context}
      title={t('portal.commitments.title')}
      government={government}
      section="commitments"
    >
      <h1>{t('portal.commitments.title')}</h1>
      <p className="lead">{t('portal.commitments.lead')}</p>
      <Filters context={context} options={props.options} />
      <p className="summary">
        {t('portal.commitments.summary', {
          fulfilled: formatNumber(fulfilled, lang),
          total: formatNumber(counted, lang),
        })}
      </p>
      <Pager context={context} paging={props.paging} />
      {items.length === 0 ? (
        <p>{t('portal.empty')}</p>
      ) : (
        <table>
          <thead>
            <tr>
              <th scope="col">{t('portal.commitments.title')}</th>
              <th scope="col">{t('portal.commitments.dueDate')}</th>
              <th scope="col">{t('portal.commitments.status')}</th>
              <th scope="col">{t('portal.commitments.fulfilledOn')}</th>
            </tr>
          </thead>
          <tbody>
            {items.map((item) => (
              <tr key={item.id} id={`r-${item.id}`}>
                <th scope="row">{item.title}</th>
                <td>{formatDate(item.dueDate, lang)}</td>
                <td>
                  <span className={`status status-${item.status}`}>
                    {t(`portal.commitments.statuses.${item.status}`)}
                  </span>
                </td>
                <td>{formatDate(item.fulfilledOn, lang)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </Layout>
  );
}

function UnitsLine(props: { context: PageContext; units: { name: string }[]; isWhole?: boolean }) {
  const { t } = props.context;
  if (props.isWhole) return <p>{t('portal.initiatives.wholeTerritory')}</p>;
  if (props.units.length === 0) return null;
  return (
    <p>
      <strong>{t('portal.initiatives.units')}:</strong> {props.units.map((unit) => unit.name).join(', ')}
    </p>
  );
}

export function InitiativesPage(props: ListProps<PublicInitiative>) {
  const { context, government, items } = props;
  const { t, lang } = context;
  return (
    <Layout
      context={context}
      title={t('portal.initiatives.title')}
      government={government}
      section="initiatives"
    >
      <h1>{t('portal.initiatives.title')}</h1>
      <p className="lead">{t('portal.initiatives.lead')}</p>
      <Filters context={context} options={props.options} />
      <Count context={context} count={items.length} paging={props.paging} />
      {items.length === 0 && <p>{t('portal.empty')}</p>}
      <ul className="cards">
        {items.map((initiative) => (
          <li key={initiative.id} id={`r-${initiative.id}`} className="card">
            <h2>{initiative.title}</h2>
            <p className="meta">
              {t('portal.initiatives.stage')}: {t(`enums.stage.${initiative.stage}`)}
              {initiative.strategyLine &&
                ` · ${t(`enums.strategyLine.${initiative.strategyLine}`, { defaultValue: initiative.strategyLine })}`}
            </p>
            {initiative.summary && <p>{initiative.summary}</p>}
            {initiative.objective && (
              <p>
                <strong>{t('portal.initiatives.objective')}:</strong> {initiative.objective}
              </p>
            )}
            <UnitsLine
              context={context}
              units={initiative.territorialUnits}
              isWhole={initiative.isWholeTerritory}
            />
            {initiative.mir.length > 0 && (
              <>
                <h3>{t('portal.initiatives.mir')}</h3>
                <ul>
                  {initiative.mir.map((row, index) => (
                    // biome-ignore lint/suspicious/noArrayIndexKey: the public MIR shows rows without their ids
                    <li key={index}>
                      <strong>{t(`enums.mirLevel.${row.level}`)}:</strong> {row.narrativeSummary ?? '—'}
                    </li>
                  ))}
                </ul>
              </>
            )}
            {initiative.indicators.length > 0 && (
              <>
                <h3>{t('portal.initiatives.indicators')}</h3>
                <table>
                  <thead>
                    <tr>
                      <th scope="col">{t('portal.initiatives.indicator')}</th>
                      <th scope="col">{t('portal.initiatives.baseline')}</th>
                      <th scope="col">{t('portal.initiatives.target')}</th>
                      <th scope="col">{t('portal.initiatives.latest')}</th>
                      <th scope="col">{t('portal.initiatives.progress')}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {initiative.indicators.map((indicator) => (
                      <tr key={indicator.name}>
                        <th scope="row">
                          {indicator.name} ({indicator.unit})
                        </th>
                        <td className="number">{formatNumber(indicator.baselineValue, lang)}</td>
                        <td className="number">{formatNumber(indicator.targetValue, lang)}</td>
                        <td className="number">{formatNumber(indicator.latestValue, lang)}</td>
                        <td className="number">
                          {indicator.progress === null
                            ? '—'
                            : new Intl.NumberFormat(lang, { style: 'percent' }).format(indicator.progress)}
                        </td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </>
            )}
          </li>
        ))}
      </ul>
    </Layout>
  );
}

export function CooperationPage(props: ListProps<PublicProject>) {
  const { context, government, items } = props;
  const { t, lang } = context;
  return (
    <Layout
      context={context}
      title={t('portal.cooperation.title')}
      government={government}
      section="cooperation"
    >
      <h1>{t('portal.cooperation.title')}</h1>
      <p className="lead">{t('portal.cooperation.lead')}</p>
      <Filters context={context} options={props.options} />
      <Count context={context} count={items.length} paging={props.paging} />
      {items.length === 0 && <p>{t('portal.empty')}</p>}
      <ul className="cards">
        {items.map((project) => (
          <li key={project.id} id={`r-${project.id}`} className="card">
            <h2>{project.title}</h2>
            {project.summary && <p>{project.summary}</p>}
            <dl className="facts">
              <div>
                <dt>{t('portal.cooperation.budget')}</dt>
                <dd>
                  <Amounts context={context} amounts={project.budgets} />
                </dd>
              </div>
              <div>
                <dt>{t('portal.cooperation.received')}</dt>
                <dd>
                  <Amounts context={context} amounts={project.received} />
                </dd>
              </div>
              <div>
                <dt>{t('portal.cooperation.period')}</dt>
                <dd>
                  {formatDate(project.startActual ?? project.startPlanned, lang)} –{' '}
                  {formatDate(project.endActual ?? project.endPlanned, lang)}
                </dd>
              </div>
              <div>
                <dt>{t('portal.cooperation.identifier')}</dt>
                <dd>{project.iatiIdentifier}</dd>
              </div>
            </dl>
            {project.participants.length > 0 && (
              <p>
                <strong>{t('portal.cooperation.participants')}:</strong>{' '}
                {project.participants
                  .map(
                    (participant) =>
                      `${participant.name} (${t(`portal.cooperation.roles.${participant.role}`)}${participant.countryCode ? `, ${countryName(participant.countryCode, lang)}` : ''})`,
                  )
                  .join('; ')}
              </p>
            )}
            <UnitsLine context={context} units={project.territorialUnits} />
          </li>
        ))}
      </ul>
    </Layout>
  );
}

export function PositionsPage(props: ListProps<PublicPosition>) {
  const { context, government, items } = props;
  const { t, lang } = context;
  return (
    <Layout context={context} title={t('portal.positions.title')} government={government} section="positions">
      <h1>{t('portal.positions.title')}</h1>
      <p className="lead">{t('portal.positions.lead')}</p>
      <Filters context={context} options={props.options} />
      <Count context={context} count={items.length} paging={props.paging} />
      {items.length === 0 && <p>{t('portal.empty')}</p>}
      <ul className="cards">
        {items.map((position) => (
          <li key={position.id} id={`r-${position.id}`} className="card">
            <h2>{position.title}</h2>
            <p className="meta">
              {t(`diplomacy.positionKinds.${position.kind}`)} · {formatDate(position.madeOn, lang)}
              {position.forumName && ` · ${position.forumName}`}
            </p>
            <p>{position.text}</p>
            {position.coSigners.length > 0 && (
              <p>
                <strong>{t('portal.positions.coSigners')}:</strong> {position.coSigners.join(', ')}
              </p>
            )}
            {position.url && (
              <p>
                <a href={position.url} rel="noopener noreferrer">
                  {t('portal.positions.source')}
                </a>
              </p>
            )}
          </li>
        ))}
      </ul>
    </Layout>
  );
}

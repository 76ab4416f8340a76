import type { PublicCommitment, PublicEvent } from '../../../../contracts/publication';
import { countryName, formatDate, formatMoney, formatNumber } from '../../../../web/lib/format';
import type { JudgedLink } from '../portal.service';
import {
  Count,
  type FilterOptions,
  Filters,
  governmentPath,
  href,
  Layout,
  type PageContext,
  type Paging,
} from './layout';

type Government = { name: string; slug: string };

function IndexValue(props: { context: PageContext; score: number | null }) {
  const { t } = props.context;
  return props.score === null ? (
    <span className="muted">{t('portal.links.noData')}</span>
  ) : (
    <span>{t('portal.home.indexOf', { score: formatNumber(props.score, props.context.lang) })}</span>
  );
}

export function Verdict(props: { context: PageContext; verdict: string | null }) {
  if (!props.verdict) return null;
  return (
    <span className={`verdict verdict-${props.verdict}`}>
      {props.context.t(`utility.verdict.${props.verdict}`)}
    </span>
  );
}

/** What a link produced, in figures: the facts behind its verdict and index. */
export function Produced(props: { context: PageContext; link: JudgedLink; currency: string }) {
  const { t, lang } = props.context;
  const { facts } = props.link;
  return (
    <dl className="produced">
      <div>
        <dt>{t('portal.produced.resources')}</dt>
        <dd>{formatMoney(facts.resources.mobilisedMinor, props.currency, lang)}</dd>
      </div>
      <div>
        <dt>{t('portal.produced.beneficiaries')}</dt>
        <dd>{formatNumber(facts.beneficiaries, lang)}</dd>
      </div>
      <div>
        <dt>{t('portal.produced.commitments')}</dt>
        <dd>
          {t('portal.produced.commitmentsOf', {
            fulfilled: formatNumber(facts.commitments.fulfilled, lang),
            made: formatNumber(facts.commitments.made, lang),
          })}
        </dd>
      </div>
      <div>
        <dt>{t('portal.produced.initiatives')}</dt>
        <dd>{formatNumber(facts.initiatives.beyond, lang)}</dd>
      </div>
      <div>
        <dt>{t('portal.produced.investment')}</dt>
        <dd>{formatMoney(facts.leads.realisedMinor, props.currency, lang)}</dd>
      </div>
      <div>
        <dt>{t('portal.produced.jobs')}</dt>
        <dd>{formatNumber(facts.leads.createdJobs, lang)}</dd>
      </div>
    </dl>
  );
}

function counterpartsOf(link: JudgedLink, lang: string) {
  return link.counterparts
    .map((party) =>
      party.countryCode ? `${party.name} (${countryName(party.countryCode, lang)})` : party.name,
    )
    .join('; ');
}

export function LinksPage(props: {
  context: PageContext;
  government: Government;
  links: JudgedLink[];
  currency: string;
  options: FilterOptions;
  paging: Paging;
}) {
  const { context, government } = props;
  const { t, lang } = context;
  return (
    <Layout context={context} title={t('portal.links.title')} government={government} section="links">
      <h1>{t('portal.links.title')}</h1>
      <p className="lead">{t('portal.links.lead')}</p>
      <Filters context={context} options={props.options} />
      <Count context={context} count={props.links.length} paging={props.paging} />
      {props.links.length === 0 && <p>{t('portal.empty')}</p>}
      <ul className="cards">
        {props.links.map((link) => (
          <li key={link.id} id={`r-${link.id}`} className="card">
            <h2>
              <a href={href(`${governmentPath(government.slug, 'links')}/${link.id}`, lang)}>{link.title}</a>
            </h2>
            <p className="meta">
              {t(`enums.linkKind.${link.kind}`)} · {t(`enums.linkStatus.${link.status}`)}
              {link.signedOn && ` · ${t('portal.links.signedOn')} ${formatDate(link.signedOn, lang)}`}
            </p>
            {link.counterparts.length > 0 && (
              <p>
                <strong>{t('portal.links.counterparts')}:</strong> {counterpartsOf(link, lang)}
              </p>
            )}
            <p>
              <strong>{t('portal.links.verdict')}:</strong>{' '}
              <Verdict context={context} verdict={link.verdict} /> ·{' '}
              <strong>{t('portal.links.index')}:</strong>{' '}
              <IndexValue context={context} score={link.index.score} />
            </p>
            <h3>{t('portal.links.produced')}</h3>
            <Produced context={context} link={link} currency={props.currency} />
          </li>
        ))}
      </ul>
    </Layout>
  );
}

export function LinkPage(props: {
  context: PageContext;
  government: Government;
  link: JudgedLink;
  initiatives: { id: string; title: string }[];
  commitments: PublicCommitment[];
  events: PublicEvent[];
  currency: string;
}) {
  const { context, government, link } = props;
  const { t, lang } = context;
  return (
    <Layout context={context} title={link.title} government={government} section="links">
      <p className="breadcrumb">
        <a href={href(governmentPath(government.slug, 'links'), lang)}>{t('portal.links.title')}</a>
      </p>
      <h1>{link.title}</h1>
      <dl className="facts">
        <div>
          <dt>{t('portal.links.kind')}</dt>
          <dd>{t(`enums.linkKind.${link.kind}`)}</dd>
        </div>
        <div>
          <dt>{t('portal.links.status')}</dt>
          <dd>{t(`enums.linkStatus.${link.status}`)}</dd>
        </div>
        <div>
          <dt>{t('portal.links.signedOn')}</dt>
          <dd>{formatDate(link.signedOn, lang)}</dd>
        </div>
        <div>
          <dt>{t('portal.links.validTo')}</dt>
          <dd>{formatDate(link.validTo, lang)}</dd>
        </div>
        <div>
          <dt>{t('portal.links.counterparts')}</dt>
          <dd>{counterpartsOf(link, lang) || '—'}</dd>
        </div>
        <div>
          <dt>{t('portal.links.verdict')}</dt>
          <dd>
            <Verdict context={context} verdict={link.verdict} />
          </dd>
        </div>
        <div>
          <dt>{t('portal.links.index')}</dt>
          <dd>
            <IndexValue context={context} score={link.index.score} />
          </dd>
        </div>
      </dl>
      {link.verdict && <p>{t(`utility.verdictMeaning.${link.verdict}`)}</p>}
      {link.description && (
        <section aria-labelledby="descripcion">
          <h2 id="descripcion">{t('portal.links.description')}</h2>
          <p>{link.description}</p>
        </section>
      )}
      <section aria-labelledby="producido">
        <h2 id="producido">{t('portal.links.produced')}</h2>
        <Produced context={context} link={link} currency={props.currency} />
      </section>
      <section aria-labelledby="componentes">
        <h2 id="componentes">{t('portal.links.components')}</h2>
        <table>
          <thead>
            <tr>
              <th scope="col">{t('portal.links.component')}</th>
              <th scope="col">{t('portal.links.weight')}</th>
              <th scope="col">{t('portal.links.points')}</th>
            </tr>
          </thead>
          <tbody>
            {link.index.components.map((component) => (
              <tr key={component.key}>
                <th scope="row">{t(`utility.components.${component.key}`)}</th>
                <td>{formatNumber(component.weight, lang)}</td>
                <td>
                  {component.hasData
                    ? formatNumber(Math.round(component.contribution * 10) / 10, lang)
                    : t('portal.links.noData')}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>
      <section aria-labelledby="iniciativas">
        <h2 id="iniciativas">{t('portal.links.initiatives')}</h2>
        {props.initiatives.length === 0 ? (
          <p>{t('portal.links.none')}</p>
        ) : (
          <ul>
            {props.initiatives.map((initiative) => (
              <li key={initiative.id}>
                <a
                  href={`${href(`${governmentPath(government.slug, 'initiatives')}`, lang)}#r-${initiative.id}`}
                >
                  {initiative.title}
                </a>
              </li>
            ))}
          </ul>
        )}
      </section>
      <section aria-labelledby="compromisos">
        <h2 id="compromisos">{t('portal.links.commitments')}</h2>
        {props.commitments.length === 0 ? (
          <p>{t('portal.links.none')}</p>
        ) : (
          <ul>
            {props.commitments.map((commitment) => (
              <li key={commitment.id}>
                {commitment.title} — {t(`portal.commitments.statuses.${commitment.status}`)} (
                {formatDate(commitment.dueDate, lang)})
              </li>
            ))}
          </ul>
        )}
      </section>
      <section aria-labelledby="eventos">
        <h2 id="eventos">{t('portal.links.events')}</h2>
        {props.events.length === 0 ? (
          <p>{t('portal.links.none')}</p>
        ) : (
          <ul>
            {props.events.map((event) => (
              <li key={event.id}>
                <a href={`${href(governmentPath(government.slug, 'agenda'), lang)}#r-${event.id}`}>
                  {event.title}
                </a>{' '}
                ({formatDate(event.startsAt.slice(0, 10), lang)})
              </li>
            ))}
          </ul>
        )}
      </section>
    </Layout>
  );
}

import type { IndexResult } from '../../../../contracts/utility';
import { countryName, formatNumber } from '../../../../web/lib/format';
import { governmentPath, href, Layout, type PageContext, type SectionKey, sectionPaths } from './layout';

export function LandingPage(props: {
  context: PageContext;
  governments: { slug: string; name: string; countryCode: string }[];
}) {
  const { context } = props;
  const { t, lang } = context;
  return (
    <Layout context={context} title={t('portal.landing.title')}>
      <h1>{t('portal.landing.title')}</h1>
      <p className="lead">{t('portal.landing.lead')}</p>
      <h2>{t('portal.landing.governments')}</h2>
      {props.governments.length === 0 ? (
        <p>{t('portal.landing.none')}</p>
      ) : (
        <ul className="governments">
          {props.governments.map((government) => (
            <li key={government.slug}>
              <a href={href(governmentPath(government.slug), lang)}>{government.name}</a>{' '}
              <span className="muted">({countryName(government.countryCode, lang)})</span>
            </li>
          ))}
        </ul>
      )}
    </Layout>
  );
}

export function HomePage(props: {
  context: PageContext;
  government: { name: string; slug: string };
  index: IndexResult;
  figures: {
    links: number;
    productive: number;
    events: number;
    commitments: { total: number; fulfilled: number };
    initiatives: number;
    projects: number;
  };
}) {
  const { context, government, index, figures } = props;
  const { t, lang } = context;
  const number = (value: number) => formatNumber(value, lang);
  const tiles: [string, string][] = [
    [t('portal.home.links'), number(figures.links)],
    [t('portal.home.productive'), number(figures.productive)],
    [t('portal.home.events'), number(figures.events)],
    [
      t('portal.home.fulfilled'),
      t('portal.home.fulfilledOf', {
        fulfilled: number(figures.commitments.fulfilled),
        total: number(figures.commitments.total),
      }),
    ],
    [t('portal.home.initiatives'), number(figures.initiatives)],
    [t('portal.home.projects'), number(figures.projects)],
  ];
  return (
    <Layout context={context} title={t('portal.nav.home')} government={government} section="home">
      <h1>{t('portal.home.title', { name: government.name })}</h1>
      <p className="lead">{t('portal.home.lead', { name: government.name })}</p>
      <section aria-labelledby="indice" className="index">
        <h2 id="indice">{t('portal.home.index')}</h2>
        <p className="score">
          {index.score === null
            ? t('portal.home.noIndex')
            : t('portal.home.indexOf', { score: number(index.score) })}
        </p>
        <p>{t('portal.home.indexHelp')}</p>
      </section>
      <section aria-labelledby="cifras">
        <h2 id="cifras">{t('portal.home.figures')}</h2>
        <dl className="tiles">
          {tiles.map(([label, value]) => (
            <div key={label}>
              <dt>{label}</dt>
              <dd>{value}</dd>
            </div>
          ))}
        </dl>
      </section>
      <section aria-labelledby="secciones">
        <h2 id="secciones">{t('portal.home.sections')}</h2>
        <ul className="section-list">
          {(Object.keys(sectionPaths) as SectionKey[])
            .filter((section) => section !== 'home')
            .map((section) => (
              <li key={section}>
                <a href={href(governmentPath(government.slug, section), lang)}>
                  {t(`portal.nav.${section}`)}
                </a>
              </li>
            ))}
        </ul>
      </section>
    </Layout>
  );
}

export function NotFoundPage(props: { context: PageContext }) {
  const { t, lang } = props.context;
  return (
    <Layout context={props.context} title={t('portal.notFound.title')}>
      <h1>{t('portal.notFound.title')}</h1>
      <p>{t('portal.notFound.text')}</p>
      <p>
        <a href={href('/transparencia', lang)}>{t('portal.notFound.back')}</a>
      </p>
    </Layout>
  );
}

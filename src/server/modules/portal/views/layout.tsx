import type { TFunction } from 'i18next';
import type { ReactNode } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { type Language, languages } from '../../../../contracts/common';

export type PageContext = {
  t: TFunction;
  lang: Language;
  /** The path of this page, without query: language links and filter forms point back to it. */
  path: string;
  query: Record<string, string | undefined>;
};

export type SectionKey =
  | 'home'
  | 'links'
  | 'agenda'
  | 'commitments'
  | 'initiatives'
  | 'cooperation'
  | 'positions'
  | 'territory';

export const sectionPaths: Record<SectionKey, string> = {
  home: '',
  links: '/vinculos',
  agenda: '/agenda',
  commitments: '/compromisos',
  initiatives: '/iniciativas',
  cooperation: '/cooperacion',
  positions: '/posiciones',
  territory: '/territorio',
};

/** A portal address in the visitor's language: Spanish needs no parameter, others keep `lang`. */
export function href(path: string, lang: Language, params: Record<string, string | undefined> = {}) {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) if (value) search.set(key, value);
  if (lang !== 'es') search.set('lang', lang);
  const query = search.toString();
  return query ? `${path}?${query}` : path;
}

export function governmentPath(slug: string, section: SectionKey = 'home') {
  return `/transparencia/${encodeURIComponent(slug)}${sectionPaths[section]}`;
}

/** A whole HTML document: React escapes every text and attribute it renders. */
export function renderDocument(element: ReactNode): string {
  return `<!doctype html>${renderToStaticMarkup(element)}`;
}

export function Layout(props: {
  context: PageContext;
  title: string;
  government?: { name: string; slug: string };
  section?: SectionKey;
  children: ReactNode;
}) {
  const { t, lang, path, query } = props.context;
  const { government } = props;
  const siteName = t('portal.siteName');
  return (
    <html lang={lang}>
      <head>
        <meta charSet="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>{`${props.title} · ${government ? government.name : siteName}`}</title>
        <link rel="icon" href="data:," />
        <link rel="stylesheet" href="/transparencia/portal.css" />
        {languages.map((language) => (
          <link
            key={language}
            rel="alternate"
            hrefLang={language}
            href={href(path, language, { ...query, lang: undefined })}
          />
        ))}
      </head>
      <body>
        <a className="skip" href="#contenido">
          {t('portal.skip')}
        </a>
        <header className="site">
          <div className="site-inner">
            <p className="site-name">
              <a href={href('/transparencia', lang)}>{siteName}</a>
            </p>
            {government && <p className="government-name">{government.name}</p>}
            <nav aria-label={t('portal.language')} className="languages">
              <ul>
                {languages.map((language) => (
                  <li key={language}>
                    <a
                      href={href(path, language, { ...query, lang: undefined })}
                      lang={language}
                      hrefLang={language}
                      aria-current={language === lang ? 'true' : undefined}
                    >
                      {t(`portal.languages.${language}`)}
                    </a>
                  </li>
                ))}
              </ul>
            </nav>
          </div>
          {government && (
            <nav aria-label={t('portal.nav.label')} className="sections">
              <ul>
                {(Object.keys(sectionPaths) as SectionKey[]).map((section) => (
                  <li key={section}>
                    <a
                      href={href(governmentPath(government.slug, section), lang)}
                      aria-current={section === props.section ? 'page' : undefined}
                    >
                      {t(`portal.nav.${section}`)}
                    </a>
                  </li>
                ))}
              </ul>
            </nav>
          )}
        </header>
        <main id="contenido" tabIndex={-1}>
          {props.children}
        </main>
        <footer className="site-footer">
          {government && <p>{t('portal.footer', { name: government.name })}</p>}
          <p>{t('portal.footerInstance')}</p>
        </footer>
      </body>
    </html>
  );
}

export type FilterOptions = {
  strategyLines?: { code: string; name: string }[];
  years?: number[];
  countries?: { code: string; name: string }[];
  units?: { id: string; name: string }[];
};

/** A plain GET form: filters work without JavaScript and every filtered list has its own URL. */
export function Filters(props: { context: PageContext; options: FilterOptions }) {
  const { t, lang, path, query } = props.context;
  const select = (name: string, label: string, options: { value: string; label: string }[]) => (
    <div className="field">
      <label htmlFor={`filtro-${name}`}>{label}</label>
      <select id={`filtro-${name}`} name={name} defaultValue={query[name] ?? ''}>
        <option value="">{t('portal.filters.any')}</option>
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </div>
  );
  const { strategyLines, years, countries, units } = props.options;
  return (
    <form method="get" action={path} className="filters">
      <fieldset>
        <legend>{t('portal.filters.legend')}</legend>
        {lang !== 'es' && <input type="hidden" name="lang" value={lang} />}
        {strategyLines &&
          select(
            'strategyLine',
            t('portal.filters.strategyLine'),
            strategyLines.map((line) => ({ value: line.code, label: line.name })),
          )}
        {years &&
          select(
            'year',
            t('portal.filters.year'),
            years.map((year) => ({ value: String(year), label: String(year) })),
          )}
        {countries &&
          select(
            'country',
            t('portal.filters.country'),
            countries.map((country) => ({ value: country.code, label: country.name })),
          )}
        {units &&
          select(
            'unit',
            t('portal.filters.unit'),
            units.map((unit) => ({ value: unit.id, label: unit.name })),
          )}
        <div className="actions">
          <button type="submit">{t('portal.filters.apply')}</button>
          <a href={href(path, lang)}>{t('portal.filters.clear')}</a>
        </div>
      </fieldset>
    </form>
  );
}

export function Count(props: { context: PageContext; count: number; paging?: Paging }) {
  return (
    <>
      <p className="count">
        {props.context.t('portal.count', { count: props.paging?.total ?? props.count })}
      </p>
      {props.paging && <Pager context={props.context} paging={props.paging} />}
    </>
  );
}

/** Which page of a list is shown: 50 records a page, `?pagina=N` (stable, shareable addresses). */
export type Paging = { page: number; pages: number; total: number };

/**
 * "Página 2 de 7" with plain links to the previous and next pages (`rel` lets search engines and
 * assistive tools follow the sequence); the page links keep the filters and the language.
 */
export function Pager(props: { context: PageContext; paging: Paging }) {
  const { t, lang, path, query } = props.context;
  const { page, pages } = props.paging;
  if (pages <= 1) return null;
  const pageHref = (target: number) =>
    href(path, lang, { ...query, lang: undefined, pagina: target > 1 ? String(target) : undefined });
  return (
    <nav aria-label={t('portal.paging.label')} className="pager">
      <ul className="pager-list">
        {page > 1 && (
          <li>
            <a href={pageHref(page - 1)} rel="prev">
              {t('portal.paging.previous')}
            </a>
          </li>
        )}
        <li aria-current="page">{t('portal.paging.page', { page, pages })}</li>
        {page < pages && (
          <li>
            <a href={pageHref(page + 1)} rel="next">
              {t('portal.paging.next')}
            </a>
          </li>
        )}
      </ul>
    </nav>
  );
}

import { readFileSync } from 'node:fs';
import type { FastifyPluginAsync, FastifyReply, FastifyRequest } from 'fastify';
import type { ReactElement } from 'react';
import { createElement } from 'react';
import { z } from 'zod';
import type { PublicFilter } from '../../../contracts/publication';
import { publicFilterSchema } from '../../../contracts/publication';
import { countryName } from '../../../web/lib/format';
import { publicAccess } from '../../platform/auth';
import type { Database } from '../../platform/db';
import { portalLanguage, translatorFor } from './portal.i18n';
import * as service from './portal.service';
import { HomePage, LandingPage, NotFoundPage } from './views/home';
import {
  type FilterOptions,
  governmentPath,
  type PageContext,
  renderDocument,
  type SectionKey,
} from './views/layout';
import { LinkPage, LinksPage } from './views/links';
import {
  AgendaPage,
  CommitmentsPage,
  CooperationPage,
  InitiativesPage,
  PositionsPage,
  sumAll,
} from './views/records';
import { TerritoryPage } from './views/territory';

const stylesheet = readFileSync(new URL('./portal.css', import.meta.url), 'utf8');
const uuidSchema = z.uuid();
const config = { policy: publicAccess };
// HTML pages, not the REST API: left out of the OpenAPI document.
const schema = { hide: true };

type Query = Record<string, string | undefined>;

/** Records on one page of a portal list. */
export const portalPageSize = 50;

/**
 * The page asked for (`?pagina=N`, 1 when absent or malformed) within the pages the list has: a page
 * past the end shows the last one, never an empty list nor a 500.
 */
function pagingOf(query: Query, total: number) {
  const asked = Number(query.pagina);
  const pages = Math.max(1, Math.ceil(total / portalPageSize));
  const page = Number.isInteger(asked) && asked >= 1 ? Math.min(asked, pages) : 1;
  return {
    paging: { page, pages, total },
    slice: { limit: portalPageSize, offset: (page - 1) * portalPageSize },
  };
}

/** Keeps only the filters that are well formed: a mistyped filter shows everything, never a 500. */
function filterOf(query: Query): PublicFilter {
  const filter: PublicFilter = {};
  for (const key of ['strategyLine', 'year', 'country', 'unit'] as const) {
    const parsed = publicFilterSchema.shape[key].safeParse(query[key]);
    if (parsed.success && parsed.data !== undefined) Object.assign(filter, { [key]: parsed.data });
  }
  return filter;
}

function contextOf(request: FastifyRequest, path: string): PageContext {
  const query = (request.query ?? {}) as Query;
  const lang = portalLanguage(query.lang);
  const kept: Query = {};
  for (const key of ['strategyLine', 'year', 'country', 'unit']) {
    const value = query[key];
    if (typeof value === 'string' && value.length <= 80) kept[key] = value;
  }
  return { t: translatorFor(lang), lang, path, query: kept };
}

function sendPage(reply: FastifyReply, element: ReactElement, status = 200) {
  return (
    reply
      .status(status)
      .type('text/html; charset=utf-8')
      // Published data changes when an admin publishes or takes a record down: always revalidate.
      .header('cache-control', 'no-cache')
      .send(renderDocument(element))
  );
}

async function filterOptions(
  db: Database,
  government: service.PortalGovernment,
  context: PageContext,
  // Read over every published row of the list (service.getFilterValues), never from one page of it.
  values: { years?: number[]; countries?: string[] },
  isWithUnits = true,
): Promise<FilterOptions> {
  const { t, lang } = context;
  const vocabulary = await service.getStrategyLineNames(db, government.id);
  const codes =
    vocabulary.length > 0
      ? vocabulary
      : Object.keys(t('enums.strategyLine', { returnObjects: true }) as object).map((code) => ({
          code,
          name: null,
        }));
  const units = isWithUnits ? await service.getUnits(db, government.id) : [];
  return {
    strategyLines: codes.map((line) => ({
      code: line.code,
      name: line.name ?? t(`enums.strategyLine.${line.code}`, { defaultValue: line.code }),
    })),
    ...(values.years ? { years: [...new Set(values.years)].sort((a, b) => b - a) } : {}),
    ...(values.countries
      ? {
          countries: [...new Set(values.countries)]
            .map((code) => ({ code, name: countryName(code, lang) }))
            .sort((a, b) => a.name.localeCompare(b.name, lang)),
        }
      : {}),
    ...(isWithUnits ? { units: units.map((unit) => ({ id: unit.id, name: unit.name })) } : {}),
  };
}

/**
 * The public transparency portal: server-rendered HTML that needs no account and no JavaScript,
 * in Spanish by default (`?lang=en|pt`). Every page reads published records only.
 */
export const portalRoutes: FastifyPluginAsync = async (app) => {
  const { db } = app.database;
  const now = () => app.clock();

  app.get('/transparencia/portal.css', { config, schema }, async (_request, reply) =>
    reply.type('text/css; charset=utf-8').header('cache-control', 'public, max-age=3600').send(stylesheet),
  );

  app.get('/transparencia', { config, schema }, async (request, reply) => {
    const context = contextOf(request, '/transparencia');
    return sendPage(
      reply,
      createElement(LandingPage, { context, governments: await service.listGovernments(db) }),
    );
  });

  /** Resolves the government of the URL; answers the 404 page when it does not publish. */
  async function governmentOf(
    request: FastifyRequest,
    reply: FastifyReply,
    section: SectionKey,
    suffix = '',
  ) {
    const { slug } = request.params as { slug: string };
    const government = slug.length <= 100 ? await service.findGovernment(db, slug) : null;
    const context = contextOf(request, `${governmentPath(slug, section)}${suffix}`);
    if (!government) {
      await sendPage(reply, createElement(NotFoundPage, { context }), 404);
      return null;
    }
    const query = (request.query ?? {}) as Query;
    const filter = filterOf(query);
    /** Counts the list under the filter and answers which page of it to read. */
    const pageOf = async (
      count: (db: Database, governmentId: string, filter: PublicFilter) => Promise<number>,
    ) => pagingOf(query, await count(db, government.id, filter));
    return { government, context, filter, pageOf };
  }

  app.get('/transparencia/:slug', { config, schema }, async (request, reply) => {
    const found = await governmentOf(request, reply, 'home');
    if (!found) return reply;
    const { government, context } = found;
    const { index, ...figures } = await service.getHome(db, government, now());
    return sendPage(reply, createElement(HomePage, { context, government, index, figures }));
  });

  app.get('/transparencia/:slug/vinculos', { config, schema }, async (request, reply) => {
    const found = await governmentOf(request, reply, 'links');
    if (!found) return reply;
    const { government, context, filter, pageOf } = found;
    const { paging, slice } = await pageOf(service.countPublic.links);
    const { links, reportingCurrency } = await service.getLinks(db, government, filter, now(), slice);
    const options = await filterOptions(
      db,
      government,
      context,
      await service.getFilterValues.links(db, government.id),
    );
    return sendPage(
      reply,
      createElement(LinksPage, { context, government, links, currency: reportingCurrency, options, paging }),
    );
  });

  app.get('/transparencia/:slug/vinculos/:id', { config, schema }, async (request, reply) => {
    const { id } = request.params as { id: string };
    const found = await governmentOf(request, reply, 'links', `/${id}`);
    if (!found) return reply;
    const { government, context } = found;
    const detail = uuidSchema.safeParse(id).success ? await service.getLink(db, government, id, now()) : null;
    if (!detail) return sendPage(reply, createElement(NotFoundPage, { context }), 404);
    return sendPage(
      reply,
      createElement(LinkPage, {
        context,
        government,
        link: detail.link,
        initiatives: detail.initiatives,
        commitments: detail.commitments,
        events: detail.events,
        currency: detail.reportingCurrency,
      }),
    );
  });

  app.get('/transparencia/:slug/agenda', { config, schema }, async (request, reply) => {
    const found = await governmentOf(request, reply, 'agenda');
    if (!found) return reply;
    const { government, context, filter, pageOf } = found;
    const { paging, slice } = await pageOf(service.countPublic.events);
    const items = await service.getEvents(db, government.id, filter, slice);
    const every = await service.readAll((batch) => service.getEvents(db, government.id, filter, batch));
    const totals = sumAll(every.flatMap((event) => event.totals));
    const options = await filterOptions(
      db,
      government,
      context,
      await service.getFilterValues.events(db, government.id),
    );
    return sendPage(
      reply,
      createElement(AgendaPage, { context, government, items, options, paging, totals }),
    );
  });

  app.get('/transparencia/:slug/compromisos', { config, schema }, async (request, reply) => {
    const found = await governmentOf(request, reply, 'commitments');
    if (!found) return reply;
    const { government, context, filter, pageOf } = found;
    const { paging, slice } = await pageOf(service.countPublic.commitments);
    const items = await service.getCommitments(db, government, filter, now(), slice);
    const every = await service.readAll((batch) =>
      service.getCommitments(db, government, filter, now(), batch),
    );
    const counted = every.filter((item) => item.status !== 'cancelled');
    const summary = {
      counted: counted.length,
      fulfilled: counted.filter((item) => item.status === 'fulfilled').length,
    };
    const { years } = await service.getFilterValues.commitments(db, government.id);
    const options = await filterOptions(db, government, context, { years });
    return sendPage(
      reply,
      createElement(CommitmentsPage, { context, government, items, options, paging, summary }),
    );
  });

  app.get('/transparencia/:slug/iniciativas', { config, schema }, async (request, reply) => {
    const found = await governmentOf(request, reply, 'initiatives');
    if (!found) return reply;
    const { government, context, filter, pageOf } = found;
    const { paging, slice } = await pageOf(service.countPublic.initiatives);
    const items = await service.getInitiatives(db, government.id, filter, slice);
    const options = await filterOptions(db, government, context, {});
    return sendPage(reply, createElement(InitiativesPage, { context, government, items, options, paging }));
  });

  app.get('/transparencia/:slug/cooperacion', { config, schema }, async (request, reply) => {
    const found = await governmentOf(request, reply, 'cooperation');
    if (!found) return reply;
    const { government, context, filter, pageOf } = found;
    const { paging, slice } = await pageOf(service.countPublic.projects);
    const items = await service.getProjects(db, government.id, filter, slice);
    const options = await filterOptions(
      db,
      government,
      context,
      await service.getFilterValues.projects(db, government.id),
    );
    return sendPage(reply, createElement(CooperationPage, { context, government, items, options, paging }));
  });

  app.get('/transparencia/:slug/posiciones', { config, schema }, async (request, reply) => {
    const found = await governmentOf(request, reply, 'positions');
    if (!found) return reply;
    const { government, context, filter, pageOf } = found;
    const { paging, slice } = await pageOf(service.countPublic.positions);
    const items = await service.getPositions(db, government.id, filter, slice);
    const { years } = await service.getFilterValues.positions(db, government.id);
    const options = await filterOptions(db, government, context, { years }, false);
    return sendPage(reply, createElement(PositionsPage, { context, government, items, options, paging }));
  });

  app.get('/transparencia/:slug/territorio', { config, schema }, async (request, reply) => {
    const found = await governmentOf(request, reply, 'territory');
    if (!found) return reply;
    const { government, context } = found;
    const units = await service.getUnits(db, government.id);
    return sendPage(reply, createElement(TerritoryPage, { context, government, units }));
  });
};

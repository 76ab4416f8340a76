import type { QueryClient } from '@tanstack/react-query';
import {
  createRootRouteWithContext,
  createRoute,
  createRouter,
  Link,
  lazyRouteComponent,
  Outlet,
  redirect,
} from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { agendaSearchSchema, eventNewSearchSchema } from './features/agenda/agenda-search';
import { sessionQueryKey, sessionQueryOptions } from './features/auth/use-session';
import { commitmentsSearchSchema } from './features/commitments/commitments-search';
import {
  demandsSearchSchema,
  offerNewSearchSchema,
  offersSearchSchema,
} from './features/cooperation/cooperation-search';
import { diplomacySearchSchema } from './features/diplomacy/diplomacy-search';
import { iatiSearchSchema } from './features/iati/iati-search';
import { initiativeSearchSchema, initiativesSearchSchema } from './features/initiatives/initiatives-search';
import { investmentSearchSchema } from './features/investment/investment-search';
import { linksSearchSchema } from './features/links/links-search';
import { partnersSearchSchema } from './features/partners/partners-search';
import { verdictsSearchSchema } from './features/utility/utility-search';
import { loadAppMessages, loadFeatureMessages } from './lib/i18n';
import { queryClient, setUnauthorizedHandler } from './lib/query-client';
import { ErrorState } from './ui/states';

type RouterContext = { queryClient: QueryClient };

/**
 * Every page is a lazy route: its code, and the libraries only it uses (ECharts, world map, codelists,
 * forms), download when the route is first visited or preloaded on hover (defaultPreload: 'intent'),
 * never with the sign-in page or the shell. Add a page as
 *   component: page(() => import('./features/<name>/<name>.page'), 'NamePage'),
 * and never import a page component statically in this file: tests/api/first-load.api.test.ts keeps
 * the sign-in page and the shell under 200 KB of gzip JavaScript and refuses static page imports here.
 * (Search schemas stay static: validateSearch runs before the page loads, and they are tiny.)
 */
const page = lazyRouteComponent;

const rootRoute = createRootRouteWithContext<RouterContext>()({
  component: Outlet,
  notFoundComponent: NotFound,
});

const signInRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/sign-in',
  validateSearch: z.object({ redirect: z.string().optional().catch(undefined) }),
  component: page(() => import('./features/auth/sign-in.page'), 'SignInPage'),
});

// Every page below requires a session; without one the user lands on sign-in and comes back after.
const appRoute = createRoute({
  getParentRoute: () => rootRoute,
  id: 'app',
  beforeLoad: async ({ context, location }) => {
    const session = await context.queryClient.ensureQueryData(sessionQueryOptions);
    if (!session) throw redirect({ to: '/sign-in', search: { redirect: location.href } });
    await loadAppMessages();
  },
  component: page(() => import('./features/shell/app-shell'), 'AppShell'),
  errorComponent: ({ error }) => <ErrorState error={error} />,
});

const dashboardRoute = createRoute({
  beforeLoad: () => loadFeatureMessages('utility', 'dashboard'),
  getParentRoute: () => appRoute,
  path: '/',
  component: page(() => import('./features/dashboard/dashboard.page'), 'DashboardPage'),
});
const partnersRoute = createRoute({ getParentRoute: () => appRoute, path: '/partners', component: Outlet });
const partnersIndexRoute = createRoute({
  getParentRoute: () => partnersRoute,
  path: '/',
  validateSearch: partnersSearchSchema,
  component: page(() => import('./features/partners/partners-list.page'), 'PartnersListPage'),
});
const partnerNewRoute = createRoute({
  getParentRoute: () => partnersRoute,
  path: '/new',
  component: page(() => import('./features/partners/partner-form.page'), 'PartnerCreatePage'),
});
const partnerRoute = createRoute({
  getParentRoute: () => partnersRoute,
  path: '/$partnerId',
  component: Outlet,
});
const partnerIndexRoute = createRoute({
  beforeLoad: () => loadFeatureMessages('utility', 'dashboard'),
  getParentRoute: () => partnerRoute,
  path: '/',
  component: page(() => import('./features/partners/partner-detail.page'), 'PartnerDetailPage'),
});
const partnerEditRoute = createRoute({
  getParentRoute: () => partnerRoute,
  path: '/edit',
  component: page(() => import('./features/partners/partner-form.page'), 'PartnerEditPage'),
});
const actorMapRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/actor-map',
  beforeLoad: () => loadFeatureMessages('actor-map'),
  component: page(() => import('./features/actor-map/actor-map.page'), 'ActorMapPage'),
});
const partnerMergeRoute = createRoute({
  getParentRoute: () => partnerRoute,
  path: '/merge',
  component: page(() => import('./features/partners/partner-merge.page'), 'PartnerMergePage'),
});

const linksRoute = createRoute({ getParentRoute: () => appRoute, path: '/links', component: Outlet });
const linksIndexRoute = createRoute({
  getParentRoute: () => linksRoute,
  path: '/',
  validateSearch: linksSearchSchema,
  component: page(() => import('./features/links/links-list.page'), 'LinksListPage'),
});
const linkNewRoute = createRoute({
  getParentRoute: () => linksRoute,
  path: '/new',
  validateSearch: z.object({ partnerId: z.string().optional().catch(undefined) }),
  component: page(() => import('./features/links/link-form.page'), 'LinkCreatePage'),
});
const linkRoute = createRoute({ getParentRoute: () => linksRoute, path: '/$linkId', component: Outlet });
const linkIndexRoute = createRoute({
  beforeLoad: () => loadFeatureMessages('utility', 'dashboard'),
  getParentRoute: () => linkRoute,
  path: '/',
  component: page(() => import('./features/links/link-detail.page'), 'LinkDetailPage'),
});
const linkEditRoute = createRoute({
  getParentRoute: () => linkRoute,
  path: '/edit',
  component: page(() => import('./features/links/link-form.page'), 'LinkEditPage'),
});
const expiringRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/links-expiring',
  validateSearch: z.object({ days: z.coerce.number().int().min(1).max(3650).optional().catch(undefined) }),
  component: page(() => import('./features/links/expiring-links.page'), 'ExpiringLinksPage'),
});
const initiativesRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/initiatives',
  component: Outlet,
});
const initiativesIndexRoute = createRoute({
  getParentRoute: () => initiativesRoute,
  path: '/',
  validateSearch: initiativesSearchSchema,
  component: page(() => import('./features/initiatives/initiatives-board.page'), 'InitiativesBoardPage'),
});
const initiativeNewRoute = createRoute({
  getParentRoute: () => initiativesRoute,
  path: '/new',
  component: page(() => import('./features/initiatives/initiative-create.page'), 'InitiativeCreatePage'),
});
const initiativeRoute = createRoute({
  // The indicator form says whether an indicator counts people reached (social-utility strings).
  beforeLoad: () => loadFeatureMessages('utility', 'dashboard'),
  getParentRoute: () => initiativesRoute,
  path: '/$initiativeId',
  component: Outlet,
});
const initiativeIndexRoute = createRoute({
  getParentRoute: () => initiativeRoute,
  path: '/',
  validateSearch: initiativeSearchSchema,
  component: page(() => import('./features/initiatives/initiative.page'), 'InitiativePage'),
});
const indicatorRoute = createRoute({
  getParentRoute: () => initiativeRoute,
  path: '/indicators/$indicatorId',
  component: page(() => import('./features/initiatives/indicator.page'), 'IndicatorPage'),
});
const territoryRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/territory',
  component: page(() => import('./features/territory/territory.page'), 'TerritoryPage'),
});
const departmentsRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/departments',
  component: page(() => import('./features/departments/departments.page'), 'DepartmentsPage'),
});
const membersRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/members',
  component: page(() => import('./features/members/members.page'), 'MembersPage'),
});
const apiTokensRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/integrations',
  beforeLoad: () => loadFeatureMessages('api-tokens'),
  component: page(() => import('./features/api-tokens/api-tokens.page'), 'ApiTokensPage'),
});
const openDataRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/open-data',
  beforeLoad: () => loadFeatureMessages('open-data'),
  component: page(() => import('./features/open-data/open-data.page'), 'OpenDataPage'),
});
const auditRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/audit',
  beforeLoad: () => loadFeatureMessages('audit'),
  component: page(() => import('./features/audit/audit.page'), 'AuditPage'),
});
const publicationRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/publication',
  component: page(() => import('./features/publication/publication.page'), 'PublicationPage'),
});
const searchRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/search',
  validateSearch: z.object({ q: z.string().optional().catch(undefined) }),
  component: page(() => import('./features/search/search.page'), 'SearchPage'),
});

// Agenda and commitments: the calendar of events, each event, and the follow-up of what they agreed.
const agendaRoute = createRoute({ getParentRoute: () => appRoute, path: '/agenda', component: Outlet });
const agendaIndexRoute = createRoute({
  getParentRoute: () => agendaRoute,
  path: '/',
  validateSearch: agendaSearchSchema,
  component: page(() => import('./features/agenda/agenda.page'), 'AgendaPage'),
});
const eventNewRoute = createRoute({
  getParentRoute: () => agendaRoute,
  path: '/events/new',
  validateSearch: eventNewSearchSchema,
  component: page(() => import('./features/agenda/event-form.page'), 'EventCreatePage'),
});
const eventRoute = createRoute({
  getParentRoute: () => agendaRoute,
  path: '/events/$eventId',
  component: Outlet,
});
const eventIndexRoute = createRoute({
  beforeLoad: () => loadFeatureMessages('utility', 'dashboard'),
  getParentRoute: () => eventRoute,
  path: '/',
  component: page(() => import('./features/agenda/event.page'), 'EventPage'),
});
const eventEditRoute = createRoute({
  getParentRoute: () => eventRoute,
  path: '/edit',
  component: page(() => import('./features/agenda/event-form.page'), 'EventEditPage'),
});
const commitmentsRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/commitments',
  component: Outlet,
});
const commitmentsIndexRoute = createRoute({
  getParentRoute: () => commitmentsRoute,
  path: '/',
  validateSearch: commitmentsSearchSchema,
  component: page(() => import('./features/commitments/commitments-board.page'), 'CommitmentsBoardPage'),
});
const myCommitmentsRoute = createRoute({
  getParentRoute: () => commitmentsRoute,
  path: '/mine',
  component: page(() => import('./features/commitments/my-commitments.page'), 'MyCommitmentsPage'),
});
const commitmentRoute = createRoute({
  getParentRoute: () => commitmentsRoute,
  path: '/$commitmentId',
  component: page(() => import('./features/commitments/commitment.page'), 'CommitmentPage'),
});

// Investment attraction: the lead pipeline, its totals and each lead.
const investmentRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/investment',
  component: Outlet,
});
const investmentIndexRoute = createRoute({
  getParentRoute: () => investmentRoute,
  path: '/',
  validateSearch: investmentSearchSchema,
  component: page(() => import('./features/investment/investment.page'), 'InvestmentPage'),
});
const leadNewRoute = createRoute({
  getParentRoute: () => investmentRoute,
  path: '/new',
  component: page(() => import('./features/investment/lead-form.page'), 'LeadCreatePage'),
});
const investmentTotalsRoute = createRoute({
  getParentRoute: () => investmentRoute,
  path: '/totals',
  component: page(() => import('./features/investment/investment-totals.page'), 'InvestmentTotalsPage'),
});
const leadRoute = createRoute({ getParentRoute: () => investmentRoute, path: '/$leadId', component: Outlet });
const leadIndexRoute = createRoute({
  getParentRoute: () => leadRoute,
  path: '/',
  component: page(() => import('./features/investment/lead-detail.page'), 'LeadDetailPage'),
});
const leadEditRoute = createRoute({
  getParentRoute: () => leadRoute,
  path: '/edit',
  component: page(() => import('./features/investment/lead-form.page'), 'LeadEditPage'),
});

// City diplomacy: the timeline, positions and network roles.
const diplomacyRoute = createRoute({ getParentRoute: () => appRoute, path: '/diplomacy', component: Outlet });
const diplomacyIndexRoute = createRoute({
  getParentRoute: () => diplomacyRoute,
  path: '/',
  validateSearch: diplomacySearchSchema,
  component: page(() => import('./features/diplomacy/diplomacy.page'), 'DiplomacyPage'),
});
const positionNewRoute = createRoute({
  getParentRoute: () => diplomacyRoute,
  path: '/positions/new',
  component: page(() => import('./features/diplomacy/position.pages'), 'PositionCreatePage'),
});
const positionRoute = createRoute({
  getParentRoute: () => diplomacyRoute,
  path: '/positions/$positionId',
  component: Outlet,
});
const positionIndexRoute = createRoute({
  getParentRoute: () => positionRoute,
  path: '/',
  component: page(() => import('./features/diplomacy/position.pages'), 'PositionDetailPage'),
});
const positionEditRoute = createRoute({
  getParentRoute: () => positionRoute,
  path: '/edit',
  component: page(() => import('./features/diplomacy/position.pages'), 'PositionEditPage'),
});
const roleNewRoute = createRoute({
  getParentRoute: () => diplomacyRoute,
  path: '/roles/new',
  component: page(() => import('./features/diplomacy/role.pages'), 'RoleCreatePage'),
});
const roleRoute = createRoute({
  getParentRoute: () => diplomacyRoute,
  path: '/roles/$roleId',
  component: Outlet,
});
const roleIndexRoute = createRoute({
  getParentRoute: () => roleRoute,
  path: '/',
  component: page(() => import('./features/diplomacy/role.pages'), 'RoleDetailPage'),
});
const roleEditRoute = createRoute({
  getParentRoute: () => roleRoute,
  path: '/edit',
  component: page(() => import('./features/diplomacy/role.pages'), 'RoleEditPage'),
});

// International cooperation: demands, offers and their matches, exchange rates; IATI publication.
const cooperationRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/cooperation',
  component: Outlet,
});
// The nav entry opens /cooperation, which is the list of demands.
const cooperationIndexRoute = createRoute({
  getParentRoute: () => cooperationRoute,
  path: '/',
  beforeLoad: () => {
    throw redirect({ to: '/cooperation/demands' });
  },
});
const demandsRoute = createRoute({
  getParentRoute: () => cooperationRoute,
  path: '/demands',
  component: Outlet,
});
const demandsIndexRoute = createRoute({
  getParentRoute: () => demandsRoute,
  path: '/',
  validateSearch: demandsSearchSchema,
  component: page(() => import('./features/cooperation/demands.page'), 'DemandsPage'),
});
const demandNewRoute = createRoute({
  getParentRoute: () => demandsRoute,
  path: '/new',
  component: page(() => import('./features/cooperation/demand-form.page'), 'DemandCreatePage'),
});
const demandRoute = createRoute({
  getParentRoute: () => demandsRoute,
  path: '/$demandId',
  component: Outlet,
});
const demandIndexRoute = createRoute({
  getParentRoute: () => demandRoute,
  path: '/',
  component: page(() => import('./features/cooperation/demand.page'), 'DemandPage'),
});
const demandEditRoute = createRoute({
  getParentRoute: () => demandRoute,
  path: '/edit',
  component: page(() => import('./features/cooperation/demand-form.page'), 'DemandEditPage'),
});
const offersRoute = createRoute({
  getParentRoute: () => cooperationRoute,
  path: '/offers',
  component: Outlet,
});
const offersIndexRoute = createRoute({
  getParentRoute: () => offersRoute,
  path: '/',
  validateSearch: offersSearchSchema,
  component: page(() => import('./features/cooperation/offers.page'), 'OffersPage'),
});
const offerNewRoute = createRoute({
  getParentRoute: () => offersRoute,
  path: '/new',
  validateSearch: offerNewSearchSchema,
  component: page(() => import('./features/cooperation/offer-form.page'), 'OfferCreatePage'),
});
const offerRoute = createRoute({ getParentRoute: () => offersRoute, path: '/$offerId', component: Outlet });
const offerIndexRoute = createRoute({
  getParentRoute: () => offerRoute,
  path: '/',
  component: page(() => import('./features/cooperation/offer.page'), 'OfferPage'),
});
const offerEditRoute = createRoute({
  getParentRoute: () => offerRoute,
  path: '/edit',
  component: page(() => import('./features/cooperation/offer-form.page'), 'OfferEditPage'),
});
const ratesRoute = createRoute({
  getParentRoute: () => cooperationRoute,
  path: '/rates',
  component: page(() => import('./features/cooperation/rates.page'), 'RatesPage'),
});
const iatiRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/iati',
  validateSearch: iatiSearchSchema,
  component: page(() => import('./features/iati/iati.page'), 'IatiPage'),
});

const accountRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/account',
  component: page(() => import('./features/account/account.page'), 'AccountPage'),
});
const invitationRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/invitation',
  // Signed out, but not the sign-in page: these rare pages load all the strings of the language.
  beforeLoad: () => loadAppMessages(),
  component: page(() => import('./features/account/invitation.page'), 'InvitationPage'),
});
const resetPasswordRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/reset-password',
  // Signed out, but not the sign-in page: these rare pages load all the strings of the language.
  beforeLoad: () => loadAppMessages(),
  component: page(() => import('./features/account/reset-password.page'), 'ResetPasswordPage'),
});
const strategyRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/strategy',
  component: page(() => import('./features/strategy/strategy.page'), 'StrategyPage'),
});
const reportsRoute = createRoute({
  beforeLoad: () => loadFeatureMessages('reports'),
  getParentRoute: () => appRoute,
  path: '/reports',
  component: page(() => import('./features/reports/reports.page'), 'ReportsPage'),
});
const utilityRoute = createRoute({
  beforeLoad: () => loadFeatureMessages('utility', 'dashboard'),
  getParentRoute: () => appRoute,
  path: '/utility',
  component: Outlet,
});
const utilityMethodRoute = createRoute({
  getParentRoute: () => utilityRoute,
  path: '/method',
  component: page(() => import('./features/utility/method.page'), 'MethodPage'),
});
const utilitySettingsRoute = createRoute({
  getParentRoute: () => utilityRoute,
  path: '/settings',
  component: page(() => import('./features/utility/settings.page'), 'UtilitySettingsPage'),
});
const utilityVerdictsRoute = createRoute({
  getParentRoute: () => utilityRoute,
  path: '/verdicts',
  validateSearch: verdictsSearchSchema,
  component: page(() => import('./features/utility/verdicts.page'), 'VerdictsPage'),
});
const strategyLineRoute = createRoute({
  getParentRoute: () => utilityRoute,
  path: '/strategy-lines/$key',
  component: page(() => import('./features/utility/strategy-line.page'), 'StrategyLinePage'),
});

// The capacity self-assessment (a government) and the comparison across members (an association).
const capacityRoute = createRoute({
  beforeLoad: () => loadFeatureMessages('capacity'),
  getParentRoute: () => appRoute,
  path: '/capacity',
  component: Outlet,
});
const capacityIndexRoute = createRoute({
  getParentRoute: () => capacityRoute,
  path: '/',
  component: page(() => import('./features/capacity/capacity.page'), 'CapacityPage'),
});
const capacityEditionRoute = createRoute({
  getParentRoute: () => capacityRoute,
  path: '/editions/$editionId',
  component: page(() => import('./features/capacity/edition.page'), 'EditionPage'),
});
const networkRoute = createRoute({
  beforeLoad: () => loadFeatureMessages('capacity'),
  getParentRoute: () => appRoute,
  path: '/network',
  component: page(() => import('./features/capacity/network.page'), 'NetworkPage'),
});

const routeTree = rootRoute.addChildren([
  signInRoute,
  resetPasswordRoute,
  invitationRoute,
  appRoute.addChildren([
    dashboardRoute,
    accountRoute,
    capacityRoute.addChildren([capacityIndexRoute, capacityEditionRoute]),
    networkRoute,
    partnersRoute.addChildren([
      partnersIndexRoute,
      partnerNewRoute,
      partnerRoute.addChildren([partnerIndexRoute, partnerEditRoute, partnerMergeRoute]),
    ]),
    actorMapRoute,
    linksRoute.addChildren([
      linksIndexRoute,
      linkNewRoute,
      linkRoute.addChildren([linkIndexRoute, linkEditRoute]),
    ]),
    expiringRoute,
    initiativesRoute.addChildren([
      initiativesIndexRoute,
      initiativeNewRoute,
      initiativeRoute.addChildren([initiativeIndexRoute, indicatorRoute]),
    ]),
    territoryRoute,
    departmentsRoute,
    strategyRoute,
    reportsRoute,
    membersRoute,
    apiTokensRoute,
    openDataRoute,
    auditRoute,
    publicationRoute,
    searchRoute,
    agendaRoute.addChildren([
      agendaIndexRoute,
      eventNewRoute,
      eventRoute.addChildren([eventIndexRoute, eventEditRoute]),
    ]),
    commitmentsRoute.addChildren([commitmentsIndexRoute, myCommitmentsRoute, commitmentRoute]),
    investmentRoute.addChildren([
      investmentIndexRoute,
      leadNewRoute,
      investmentTotalsRoute,
      leadRoute.addChildren([leadIndexRoute, leadEditRoute]),
    ]),
    diplomacyRoute.addChildren([
      diplomacyIndexRoute,
      positionNewRoute,
      positionRoute.addChildren([positionIndexRoute, positionEditRoute]),
      roleNewRoute,
      roleRoute.addChildren([roleIndexRoute, roleEditRoute]),
    ]),
    cooperationRoute.addChildren([
      cooperationIndexRoute,
      demandsRoute.addChildren([
        demandsIndexRoute,
        demandNewRoute,
        demandRoute.addChildren([demandIndexRoute, demandEditRoute]),
      ]),
      offersRoute.addChildren([
        offersIndexRoute,
        offerNewRoute,
        offerRoute.addChildren([offerIndexRoute, offerEditRoute]),
      ]),
      ratesRoute,
    ]),
    iatiRoute,
    utilityRoute.addChildren([
      utilityMethodRoute,
      utilitySettingsRoute,
      utilityVerdictsRoute,
      strategyLineRoute,
    ]),
  ]),
]);

export const router = createRouter({
  routeTree,
  context: { queryClient },
  defaultPreload: 'intent',
  scrollRestoration: true,
});

declare module '@tanstack/react-router' {
  interface Register {
    router: typeof router;
  }
}

// A 401 from any request means the session ended: forget it and ask the user to sign in again.
setUnauthorizedHandler(() => {
  if (router.state.location.pathname === '/sign-in') return;
  queryClient.setQueryData(sessionQueryKey, null);
  void router.navigate({ to: '/sign-in', search: { redirect: router.state.location.href } });
});

function NotFound() {
  const { t } = useTranslation();
  return (
    <main id="main" className="page not-found">
      <h1>{t('errors.notFoundTitle')}</h1>
      <p>{t('errors.notFoundText')}</p>
      <Link to="/">{t('errors.goHome')}</Link>
    </main>
  );
}

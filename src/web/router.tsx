import type { QueryClient } from '@tanstack/react-query';
import {
  createRootRouteWithContext,
  createRoute,
  createRouter,
  Link,
  Outlet,
  redirect,
} from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { AccountPage } from './features/account/account.page';
import { InvitationPage } from './features/account/invitation.page';
import { ResetPasswordPage } from './features/account/reset-password.page';
import { AgendaPage } from './features/agenda/agenda.page';
import { agendaSearchSchema, eventNewSearchSchema } from './features/agenda/agenda-search';
import { EventPage } from './features/agenda/event.page';
import { EventCreatePage, EventEditPage } from './features/agenda/event-form.page';
import { AuditPage } from './features/audit/audit.page';
import { SignInPage } from './features/auth/sign-in.page';
import { sessionQueryKey, sessionQueryOptions } from './features/auth/use-session';
import { CommitmentPage } from './features/commitments/commitment.page';
import { CommitmentsBoardPage } from './features/commitments/commitments-board.page';
import { commitmentsSearchSchema } from './features/commitments/commitments-search';
import { MyCommitmentsPage } from './features/commitments/my-commitments.page';
import {
  demandsSearchSchema,
  offerNewSearchSchema,
  offersSearchSchema,
} from './features/cooperation/cooperation-search';
import { DemandPage } from './features/cooperation/demand.page';
import { DemandCreatePage, DemandEditPage } from './features/cooperation/demand-form.page';
import { DemandsPage } from './features/cooperation/demands.page';
import { OfferPage } from './features/cooperation/offer.page';
import { OfferCreatePage, OfferEditPage } from './features/cooperation/offer-form.page';
import { OffersPage } from './features/cooperation/offers.page';
import { RatesPage } from './features/cooperation/rates.page';
import { DashboardPage } from './features/dashboard/dashboard.page';
import { DepartmentsPage } from './features/departments/departments.page';
import { DiplomacyPage } from './features/diplomacy/diplomacy.page';
import { diplomacySearchSchema } from './features/diplomacy/diplomacy-search';
import {
  PositionCreatePage,
  PositionDetailPage,
  PositionEditPage,
} from './features/diplomacy/position.pages';
import { RoleCreatePage, RoleDetailPage, RoleEditPage } from './features/diplomacy/role.pages';
import { IatiPage } from './features/iati/iati.page';
import { iatiSearchSchema } from './features/iati/iati-search';
import { IndicatorPage } from './features/initiatives/indicator.page';
import { InitiativePage } from './features/initiatives/initiative.page';
import { InitiativeCreatePage } from './features/initiatives/initiative-create.page';
import { InitiativesBoardPage } from './features/initiatives/initiatives-board.page';
import { initiativeSearchSchema, initiativesSearchSchema } from './features/initiatives/initiatives-search';
import { InvestmentPage } from './features/investment/investment.page';
import { investmentSearchSchema } from './features/investment/investment-search';
import { InvestmentTotalsPage } from './features/investment/investment-totals.page';
import { LeadDetailPage } from './features/investment/lead-detail.page';
import { LeadCreatePage, LeadEditPage } from './features/investment/lead-form.page';
import { ExpiringLinksPage } from './features/links/expiring-links.page';
import { LinkDetailPage } from './features/links/link-detail.page';
import { LinkCreatePage, LinkEditPage } from './features/links/link-form.page';
import { LinksListPage } from './features/links/links-list.page';
import { linksSearchSchema } from './features/links/links-search';
import { MembersPage } from './features/members/members.page';
import { PartnerDetailPage } from './features/partners/partner-detail.page';
import { PartnerCreatePage, PartnerEditPage } from './features/partners/partner-form.page';
import { PartnersListPage } from './features/partners/partners-list.page';
import { partnersSearchSchema } from './features/partners/partners-search';
import { SearchPage } from './features/search/search.page';
import { AppShell } from './features/shell/app-shell';
import { StrategyPage } from './features/strategy/strategy.page';
import { TerritoryPage } from './features/territory/territory.page';
import { MethodPage } from './features/utility/method.page';
import { UtilitySettingsPage } from './features/utility/settings.page';
import { StrategyLinePage } from './features/utility/strategy-line.page';
import { verdictsSearchSchema } from './features/utility/utility-search';
import { VerdictsPage } from './features/utility/verdicts.page';
import { queryClient, setUnauthorizedHandler } from './lib/query-client';
import { ErrorState } from './ui/states';

type RouterContext = { queryClient: QueryClient };

const rootRoute = createRootRouteWithContext<RouterContext>()({
  component: Outlet,
  notFoundComponent: NotFound,
});

const signInRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/sign-in',
  validateSearch: z.object({ redirect: z.string().optional().catch(undefined) }),
  component: SignInPage,
});

// Reached from e-mail links, with or without a session: the token after # is the proof.
const resetPasswordRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/reset-password',
  component: ResetPasswordPage,
});
const invitationRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/invitation',
  component: InvitationPage,
});

// Every page below requires a session; without one the user lands on sign-in and comes back after.
const appRoute = createRoute({
  getParentRoute: () => rootRoute,
  id: 'app',
  beforeLoad: async ({ context, location }) => {
    const session = await context.queryClient.ensureQueryData(sessionQueryOptions);
    if (!session) throw redirect({ to: '/sign-in', search: { redirect: location.href } });
  },
  component: AppShell,
  errorComponent: ({ error }) => <ErrorState error={error} />,
});

const dashboardRoute = createRoute({ getParentRoute: () => appRoute, path: '/', component: DashboardPage });
const accountRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/account',
  component: AccountPage,
});
const partnersRoute = createRoute({ getParentRoute: () => appRoute, path: '/partners', component: Outlet });
const partnersIndexRoute = createRoute({
  getParentRoute: () => partnersRoute,
  path: '/',
  validateSearch: partnersSearchSchema,
  component: PartnersListPage,
});
const partnerNewRoute = createRoute({
  getParentRoute: () => partnersRoute,
  path: '/new',
  component: PartnerCreatePage,
});
const partnerRoute = createRoute({
  getParentRoute: () => partnersRoute,
  path: '/$partnerId',
  component: Outlet,
});
const partnerIndexRoute = createRoute({
  getParentRoute: () => partnerRoute,
  path: '/',
  component: PartnerDetailPage,
});
const partnerEditRoute = createRoute({
  getParentRoute: () => partnerRoute,
  path: '/edit',
  component: PartnerEditPage,
});

const linksRoute = createRoute({ getParentRoute: () => appRoute, path: '/links', component: Outlet });
const linksIndexRoute = createRoute({
  getParentRoute: () => linksRoute,
  path: '/',
  validateSearch: linksSearchSchema,
  component: LinksListPage,
});
const linkNewRoute = createRoute({
  getParentRoute: () => linksRoute,
  path: '/new',
  validateSearch: z.object({ partnerId: z.string().optional().catch(undefined) }),
  component: LinkCreatePage,
});
const linkRoute = createRoute({ getParentRoute: () => linksRoute, path: '/$linkId', component: Outlet });
const linkIndexRoute = createRoute({ getParentRoute: () => linkRoute, path: '/', component: LinkDetailPage });
const linkEditRoute = createRoute({
  getParentRoute: () => linkRoute,
  path: '/edit',
  component: LinkEditPage,
});
const expiringRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/links-expiring',
  validateSearch: z.object({ days: z.coerce.number().int().min(1).max(3650).optional().catch(undefined) }),
  component: ExpiringLinksPage,
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
  component: InitiativesBoardPage,
});
const initiativeNewRoute = createRoute({
  getParentRoute: () => initiativesRoute,
  path: '/new',
  component: InitiativeCreatePage,
});
const initiativeRoute = createRoute({
  getParentRoute: () => initiativesRoute,
  path: '/$initiativeId',
  component: Outlet,
});
const initiativeIndexRoute = createRoute({
  getParentRoute: () => initiativeRoute,
  path: '/',
  validateSearch: initiativeSearchSchema,
  component: InitiativePage,
});
const indicatorRoute = createRoute({
  getParentRoute: () => initiativeRoute,
  path: '/indicators/$indicatorId',
  component: IndicatorPage,
});
const territoryRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/territory',
  component: TerritoryPage,
});
const departmentsRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/departments',
  component: DepartmentsPage,
});
const strategyRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/strategy',
  component: StrategyPage,
});
const membersRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/members',
  component: MembersPage,
});
const auditRoute = createRoute({ getParentRoute: () => appRoute, path: '/audit', component: AuditPage });
const searchRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/search',
  validateSearch: z.object({ q: z.string().optional().catch(undefined) }),
  component: SearchPage,
});

// Agenda and commitments: the calendar of events, each event, and the follow-up of what they agreed.
const agendaRoute = createRoute({ getParentRoute: () => appRoute, path: '/agenda', component: Outlet });
const agendaIndexRoute = createRoute({
  getParentRoute: () => agendaRoute,
  path: '/',
  validateSearch: agendaSearchSchema,
  component: AgendaPage,
});
const eventNewRoute = createRoute({
  getParentRoute: () => agendaRoute,
  path: '/events/new',
  validateSearch: eventNewSearchSchema,
  component: EventCreatePage,
});
const eventRoute = createRoute({
  getParentRoute: () => agendaRoute,
  path: '/events/$eventId',
  component: Outlet,
});
const eventIndexRoute = createRoute({ getParentRoute: () => eventRoute, path: '/', component: EventPage });
const eventEditRoute = createRoute({
  getParentRoute: () => eventRoute,
  path: '/edit',
  component: EventEditPage,
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
  component: CommitmentsBoardPage,
});
const myCommitmentsRoute = createRoute({
  getParentRoute: () => commitmentsRoute,
  path: '/mine',
  component: MyCommitmentsPage,
});
const commitmentRoute = createRoute({
  getParentRoute: () => commitmentsRoute,
  path: '/$commitmentId',
  component: CommitmentPage,
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
  component: InvestmentPage,
});
const leadNewRoute = createRoute({
  getParentRoute: () => investmentRoute,
  path: '/new',
  component: LeadCreatePage,
});
const investmentTotalsRoute = createRoute({
  getParentRoute: () => investmentRoute,
  path: '/totals',
  component: InvestmentTotalsPage,
});
const leadRoute = createRoute({ getParentRoute: () => investmentRoute, path: '/$leadId', component: Outlet });
const leadIndexRoute = createRoute({ getParentRoute: () => leadRoute, path: '/', component: LeadDetailPage });
const leadEditRoute = createRoute({
  getParentRoute: () => leadRoute,
  path: '/edit',
  component: LeadEditPage,
});

// City diplomacy: the timeline, positions and network roles.
const diplomacyRoute = createRoute({ getParentRoute: () => appRoute, path: '/diplomacy', component: Outlet });
const diplomacyIndexRoute = createRoute({
  getParentRoute: () => diplomacyRoute,
  path: '/',
  validateSearch: diplomacySearchSchema,
  component: DiplomacyPage,
});
const positionNewRoute = createRoute({
  getParentRoute: () => diplomacyRoute,
  path: '/positions/new',
  component: PositionCreatePage,
});
const positionRoute = createRoute({
  getParentRoute: () => diplomacyRoute,
  path: '/positions/$positionId',
  component: Outlet,
});
const positionIndexRoute = createRoute({
  getParentRoute: () => positionRoute,
  path: '/',
  component: PositionDetailPage,
});
const positionEditRoute = createRoute({
  getParentRoute: () => positionRoute,
  path: '/edit',
  component: PositionEditPage,
});
const roleNewRoute = createRoute({
  getParentRoute: () => diplomacyRoute,
  path: '/roles/new',
  component: RoleCreatePage,
});
const roleRoute = createRoute({
  getParentRoute: () => diplomacyRoute,
  path: '/roles/$roleId',
  component: Outlet,
});
const roleIndexRoute = createRoute({ getParentRoute: () => roleRoute, path: '/', component: RoleDetailPage });
const roleEditRoute = createRoute({
  getParentRoute: () => roleRoute,
  path: '/edit',
  component: RoleEditPage,
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
  component: DemandsPage,
});
const demandNewRoute = createRoute({
  getParentRoute: () => demandsRoute,
  path: '/new',
  component: DemandCreatePage,
});
const demandRoute = createRoute({
  getParentRoute: () => demandsRoute,
  path: '/$demandId',
  component: Outlet,
});
const demandIndexRoute = createRoute({ getParentRoute: () => demandRoute, path: '/', component: DemandPage });
const demandEditRoute = createRoute({
  getParentRoute: () => demandRoute,
  path: '/edit',
  component: DemandEditPage,
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
  component: OffersPage,
});
const offerNewRoute = createRoute({
  getParentRoute: () => offersRoute,
  path: '/new',
  validateSearch: offerNewSearchSchema,
  component: OfferCreatePage,
});
const offerRoute = createRoute({ getParentRoute: () => offersRoute, path: '/$offerId', component: Outlet });
const offerIndexRoute = createRoute({ getParentRoute: () => offerRoute, path: '/', component: OfferPage });
const offerEditRoute = createRoute({
  getParentRoute: () => offerRoute,
  path: '/edit',
  component: OfferEditPage,
});
const ratesRoute = createRoute({
  getParentRoute: () => cooperationRoute,
  path: '/rates',
  component: RatesPage,
});
const iatiRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/iati',
  validateSearch: iatiSearchSchema,
  component: IatiPage,
});
// Social utility: the verdicts list, the method page, the settings and the strategy-line pages.
const utilityRoute = createRoute({ getParentRoute: () => appRoute, path: '/utility', component: Outlet });
const utilityMethodRoute = createRoute({
  getParentRoute: () => utilityRoute,
  path: '/method',
  component: MethodPage,
});
const utilitySettingsRoute = createRoute({
  getParentRoute: () => utilityRoute,
  path: '/settings',
  component: UtilitySettingsPage,
});
const utilityVerdictsRoute = createRoute({
  getParentRoute: () => utilityRoute,
  path: '/verdicts',
  validateSearch: verdictsSearchSchema,
  component: VerdictsPage,
});
const strategyLineRoute = createRoute({
  getParentRoute: () => utilityRoute,
  path: '/strategy-lines/$key',
  component: StrategyLinePage,
});

const routeTree = rootRoute.addChildren([
  signInRoute,
  resetPasswordRoute,
  invitationRoute,
  appRoute.addChildren([
    dashboardRoute,
    accountRoute,
    partnersRoute.addChildren([
      partnersIndexRoute,
      partnerNewRoute,
      partnerRoute.addChildren([partnerIndexRoute, partnerEditRoute]),
    ]),
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
    membersRoute,
    auditRoute,
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
// The pages reached without a session answer their own 401s (a wrong password on an invitation).
const pagesWithoutSession = new Set(['/sign-in', '/reset-password', '/invitation']);
setUnauthorizedHandler(() => {
  if (pagesWithoutSession.has(router.state.location.pathname)) return;
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

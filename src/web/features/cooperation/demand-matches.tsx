import { Link } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Demand, Match } from '../../../contracts/cooperation';
import { Checkbox } from '../../ui/field';
import { EmptyState, ErrorState, Loading } from '../../ui/states';
import { useGovernment } from '../auth/government-context';
import { MatchCard } from './match-card';
import { AcceptMatchDialog, DismissMatchDialog } from './match-dialogs';
import { useDemandMatches } from './use-cooperation';

/** The offers ranked for a demand, each score explained, with the decisions the office takes on them. */
export function DemandMatches({ demand }: { demand: Demand }) {
  const { t } = useTranslation();
  const { canEdit } = useGovernment();
  const [includeDismissed, setIncludeDismissed] = useState(false);
  const [includeIneligible, setIncludeIneligible] = useState(false);
  const [accepting, setAccepting] = useState<Match | null>(null);
  const [dismissing, setDismissing] = useState<Match | null>(null);
  const query = useDemandMatches(demand.id, { includeDismissed, includeIneligible });
  const items = query.data?.items ?? [];
  const mayDecide = canEdit && !demand.archivedAt;

  let content = <Loading label={t('cooperation.match.loading')} />;
  if (query.isError) content = <ErrorState error={query.error} onRetry={() => void query.refetch()} />;
  else if (query.data && items.length === 0)
    content = (
      <EmptyState
        headingLevel={3}
        title={t('cooperation.match.emptyTitle')}
        description={t('cooperation.match.emptyText', { count: query.data.evaluated })}
        action={
          canEdit ? (
            <Link to="/cooperation/offers/new" className="button button-secondary">
              {t('cooperation.offer.new')}
            </Link>
          ) : null
        }
      />
    );
  else if (query.data)
    content = (
      <ol className="match-list">
        {items.map((match) => (
          <li key={match.offerId}>
            <MatchCard
              match={match}
              title={match.offerTitle}
              heading={
                <Link to="/cooperation/offers/$offerId" params={{ offerId: match.offerId }}>
                  {match.offerTitle}
                </Link>
              }
              subheading={match.donorName ?? t('cooperation.offer.ownPractice')}
              actions={
                mayDecide && !match.decision ? (
                  <>
                    <button
                      type="button"
                      className="button button-primary button-small"
                      disabled={!match.isEligible}
                      onClick={() => setAccepting(match)}
                    >
                      {t('cooperation.match.accept')}
                      <span className="visually-hidden"> — {match.offerTitle}</span>
                    </button>
                    <button
                      type="button"
                      className="button button-danger-outline button-small"
                      onClick={() => setDismissing(match)}
                    >
                      {t('cooperation.match.dismiss')}
                      <span className="visually-hidden"> — {match.offerTitle}</span>
                    </button>
                  </>
                ) : null
              }
            />
          </li>
        ))}
      </ol>
    );

  return (
    <section className="section" aria-labelledby="demand-matches-title">
      <h2 id="demand-matches-title">{t('cooperation.match.title')}</h2>
      <p className="muted">
        {query.data
          ? t('cooperation.match.summary', {
              shown: t('cooperation.match.shown', { count: items.length }),
              evaluated: t('cooperation.match.evaluated', { count: query.data.evaluated }),
            })
          : t('cooperation.match.intro')}
      </p>
      <fieldset className="fieldset match-toggles">
        <legend>{t('cooperation.match.show')}</legend>
        <Checkbox
          label={t('cooperation.match.includeIneligible')}
          checked={includeIneligible}
          onChange={(event) => setIncludeIneligible(event.target.checked)}
        />
        <Checkbox
          label={t('cooperation.match.includeDismissed')}
          checked={includeDismissed}
          onChange={(event) => setIncludeDismissed(event.target.checked)}
        />
      </fieldset>
      {content}
      <AcceptMatchDialog demandId={demand.id} match={accepting} onClose={() => setAccepting(null)} />
      <DismissMatchDialog demandId={demand.id} match={dismissing} onClose={() => setDismissing(null)} />
    </section>
  );
}

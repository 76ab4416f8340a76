import { Link } from '@tanstack/react-router';
import { type ReactNode, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Match } from '../../../contracts/cooperation';
import { formatNumber } from '../../lib/format';
import { Badge } from '../../ui/states';

type MatchCardProps = {
  match: Match;
  /** The title of what the card is about, to name its buttons. */
  title: string;
  /** What the card is about: the offer (on a demand page) or the demand (on an offer page). */
  heading: ReactNode;
  subheading?: string | null;
  actions?: ReactNode;
};

/** A score out of 100 as a bar; the number next to it says the same for those who do not see the bar. */
export function ScoreBar({ score, label }: { score: number; label: string }) {
  const { i18n } = useTranslation();
  const rounded = Math.round(score);
  return (
    <div className="score">
      <span className="score-label">{label}</span>
      <span className="score-bar" aria-hidden="true">
        <span className="score-fill" style={{ width: `${Math.max(0, Math.min(100, score))}%` }} />
      </span>
      <span className="score-value">
        <strong>{formatNumber(rounded, i18n.language)}</strong>/100
      </span>
    </div>
  );
}

/**
 * One ranked match with its score, eligibility and decision; "¿Por qué?" opens every component of the
 * score with its weight, points and the reason the server gives.
 */
export function MatchCard({ match, title, heading, subheading, actions }: MatchCardProps) {
  const { t, i18n } = useTranslation();
  const language = i18n.language;
  const [isOpen, setIsOpen] = useState(false);
  const panelId = useId();
  const headingId = useId();
  const points = (value: number) =>
    new Intl.NumberFormat(language, { maximumFractionDigits: 1 }).format(value);
  return (
    <article className="match-card" aria-labelledby={headingId}>
      <div className="match-card-head">
        <div>
          <h3 id={headingId} className="match-title">
            {heading}
          </h3>
          {subheading ? <p className="muted">{subheading}</p> : null}
        </div>
        <ScoreBar score={match.score} label={t('cooperation.match.score')} />
      </div>
      <p className="tag-list">
        {match.isEligible ? (
          <Badge tone="success">{t('cooperation.match.eligible')}</Badge>
        ) : (
          <Badge tone="danger">{t('cooperation.match.ineligible')}</Badge>
        )}
        {match.decision ? (
          <Badge tone={match.decision === 'accepted' ? 'success' : 'neutral'}>
            {t(`cooperation.match.decision.${match.decision}`)}
          </Badge>
        ) : null}
      </p>
      {match.decision === 'dismissed' && match.decisionReason ? (
        <p className="muted">{t('cooperation.match.dismissedBecause', { reason: match.decisionReason })}</p>
      ) : null}
      {match.initiativeId ? (
        <p>
          <Link to="/initiatives/$initiativeId" params={{ initiativeId: match.initiativeId }}>
            {t('cooperation.match.openInitiative')}
          </Link>
        </p>
      ) : null}
      <div className="match-card-actions">
        <button
          type="button"
          className="button button-secondary button-small"
          aria-expanded={isOpen}
          aria-controls={panelId}
          onClick={() => setIsOpen((value) => !value)}
        >
          {t('cooperation.match.why')}
          <span className="visually-hidden"> — {title}</span>
        </button>
        {actions}
      </div>
      <div id={panelId} hidden={!isOpen} className="match-why">
        {isOpen ? (
          <table className="table">
            <caption className="visually-hidden">{t('cooperation.match.whyCaption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('cooperation.match.component')}</th>
                <th scope="col" className="numeric">
                  {t('cooperation.match.points')}
                </th>
                <th scope="col">{t('cooperation.match.reason')}</th>
              </tr>
            </thead>
            <tbody>
              {match.components.map((component) => (
                <tr key={component.name}>
                  <th scope="row" className="row-header">
                    {t(`cooperation.match.components.${component.name}`)}
                  </th>
                  <td className="numeric">
                    {t('cooperation.match.pointsOf', {
                      points: points(component.points),
                      weight: points(component.weight),
                    })}
                  </td>
                  <td>{component.reason}</td>
                </tr>
              ))}
            </tbody>
          </table>
        ) : null}
      </div>
    </article>
  );
}

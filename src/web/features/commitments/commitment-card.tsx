import { Link } from '@tanstack/react-router';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { Commitment } from '../../../contracts/agenda';
import { formatDate } from '../../lib/format';
import { CommitmentActions } from './commitment-actions';
import { CommitmentStatusBadge, DueText } from './commitment-status-badge';

/** One commitment as a card: what, who, by when, where it was born, and its status actions. */
export function CommitmentCard({
  commitment,
  hasActions = true,
}: {
  commitment: Commitment;
  hasActions?: boolean;
}) {
  const { t, i18n } = useTranslation();
  const id = useId();
  return (
    <article
      className={`commitment-card ${commitment.status === 'overdue' ? 'is-overdue' : ''}`}
      aria-labelledby={`${id}-title`}
    >
      <h3 id={`${id}-title`} className="commitment-card-title">
        <Link to="/commitments/$commitmentId" params={{ commitmentId: commitment.id }}>
          {commitment.title}
        </Link>
      </h3>
      <p className="commitment-card-status">
        <CommitmentStatusBadge status={commitment.status} /> <DueText commitment={commitment} />
      </p>
      <dl className="commitment-card-facts">
        <div>
          <dt>{t('commitments.fields.dueDate')}</dt>
          <dd>{formatDate(commitment.dueDate, i18n.language)}</dd>
        </div>
        <div>
          <dt>{t('commitments.fields.owner')}</dt>
          <dd>
            {commitment.ownerName} · {commitment.ownerDepartmentName}
          </dd>
        </div>
        {commitment.counterpartName ? (
          <div>
            <dt>{t('commitments.fields.counterpart')}</dt>
            <dd>{commitment.counterpartName}</dd>
          </div>
        ) : null}
        <CommitmentOrigin commitment={commitment} />
      </dl>
      {hasActions ? <CommitmentActions commitment={commitment} isCompact /> : null}
    </article>
  );
}

/** The event or link a commitment was born from, as a definition row. */
export function CommitmentOrigin({ commitment }: { commitment: Commitment }) {
  const { t } = useTranslation();
  if (commitment.eventId) {
    return (
      <div>
        <dt>{t('commitments.fields.event')}</dt>
        <dd>
          <Link to="/agenda/events/$eventId" params={{ eventId: commitment.eventId }}>
            {commitment.eventTitle ?? t('commitments.fields.event')}
          </Link>
        </dd>
      </div>
    );
  }
  if (commitment.linkId) {
    return (
      <div>
        <dt>{t('commitments.fields.link')}</dt>
        <dd>
          <Link to="/links/$linkId" params={{ linkId: commitment.linkId }}>
            {commitment.linkTitle ?? t('commitments.fields.link')}
          </Link>
        </dd>
      </div>
    );
  }
  return null;
}

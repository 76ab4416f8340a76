import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import type { Commitment } from '../../../contracts/agenda';
import { EmptyState, ErrorState, Loading, PageHeader } from '../../ui/states';
import { CommitmentCard } from './commitment-card';
import { useCommitments } from './use-commitments';
import './commitments.css';

/** Days ahead within which an open commitment counts as "due soon". */
const dueSoonDays = 14;

type GroupId = 'overdue' | 'dueSoon' | 'later' | 'closed';
const groupIds: GroupId[] = ['overdue', 'dueSoon', 'later', 'closed'];

function groupOf(commitment: Commitment): GroupId {
  if (commitment.status === 'fulfilled' || commitment.status === 'cancelled') return 'closed';
  if (commitment.status === 'overdue') return 'overdue';
  return commitment.daysUntilDue <= dueSoonDays ? 'dueSoon' : 'later';
}

/** The signed-in person's commitments: what is late, what comes next, what is done. */
export function MyCommitmentsPage() {
  const { t } = useTranslation();
  const query = useCommitments({ mine: true, pageSize: 500 });
  const items = query.data?.items ?? [];
  let content = null;
  if (query.isLoading) content = <Loading />;
  else if (query.isError) content = <ErrorState error={query.error} onRetry={() => void query.refetch()} />;
  else if (items.length === 0)
    content = (
      <EmptyState
        title={t('commitments.mine.emptyTitle')}
        description={t('commitments.mine.emptyText')}
        action={
          <Link to="/commitments" className="button button-secondary">
            {t('commitments.mine.seeAll')}
          </Link>
        }
      />
    );
  else
    content = (
      <div className="commitment-groups">
        {groupIds.map((group) => {
          const groupItems = items
            .filter((item) => groupOf(item) === group)
            .sort((a, b) => a.dueDate.localeCompare(b.dueDate));
          return (
            <section key={group} className="section commitment-group" aria-labelledby={`mine-${group}`}>
              <h2 id={`mine-${group}`}>
                {t(`commitments.mine.groups.${group}`, { count: dueSoonDays, days: dueSoonDays })}{' '}
                <span className="muted">{t('commitments.count', { count: groupItems.length })}</span>
              </h2>
              {groupItems.length === 0 ? (
                <p className="muted">{t(`commitments.mine.groupEmpty.${group}`)}</p>
              ) : (
                <ul className="commitment-cards">
                  {groupItems.map((commitment) => (
                    <li key={commitment.id}>
                      <CommitmentCard commitment={commitment} />
                    </li>
                  ))}
                </ul>
              )}
            </section>
          );
        })}
      </div>
    );
  return (
    <div className="page page-wide">
      <PageHeader
        title={t('commitments.mine.title')}
        description={t('commitments.mine.description')}
        actions={
          <Link to="/commitments" className="button button-secondary">
            {t('commitments.mine.seeAll')}
          </Link>
        }
      />
      {content}
    </div>
  );
}

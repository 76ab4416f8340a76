import { useTranslation } from 'react-i18next';
import type { Commitment } from '../../../contracts/agenda';
import { Badge, type BadgeTone } from '../../ui/states';

const tones: Record<Commitment['status'], BadgeTone> = {
  pending: 'info',
  in_progress: 'info',
  overdue: 'danger',
  fulfilled: 'success',
  cancelled: 'neutral',
};

export function CommitmentStatusBadge({ status }: { status: Commitment['status'] }) {
  const { t } = useTranslation();
  return <Badge tone={tones[status]}>{t(`commitments.status.${status}`)}</Badge>;
}

/** "Vence en 3 días", "Vence hoy", "Venció hace 5 días" for an open commitment; nothing once closed. */
export function DueText({ commitment }: { commitment: Pick<Commitment, 'status' | 'daysUntilDue'> }) {
  const { t } = useTranslation();
  if (commitment.status === 'fulfilled' || commitment.status === 'cancelled') return null;
  const days = commitment.daysUntilDue;
  if (days < 0)
    return <strong className="due-overdue">{t('commitments.due.overdue', { count: -days })}</strong>;
  if (days === 0) return <strong className="due-soon">{t('commitments.due.today')}</strong>;
  return (
    <span className={days <= 14 ? 'due-soon' : undefined}>
      {t('commitments.due.inDays', { count: days })}
    </span>
  );
}

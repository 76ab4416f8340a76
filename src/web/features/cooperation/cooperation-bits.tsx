import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { daysBetween } from '../../../domain/calendar';
import { Badge, type BadgeTone } from '../../ui/states';
import { useGovernmentToday } from '../auth/government-context';

const urgencyTones: Record<string, BadgeTone> = {
  low: 'neutral',
  medium: 'info',
  high: 'warning',
  critical: 'danger',
};

/** The urgency as a word in a badge: the colour repeats what the text says. */
export function UrgencyBadge({ urgency }: { urgency: string }) {
  const { t } = useTranslation();
  return (
    <Badge tone={urgencyTones[urgency] ?? 'neutral'}>
      {t('cooperation.urgencyLabel', { urgency: t(`cooperation.urgency.${urgency}`) })}
    </Badge>
  );
}

const statusTones: Record<string, BadgeTone> = {
  open: 'info',
  matched: 'success',
  closed: 'neutral',
  withdrawn: 'neutral',
};

export function DemandStatusBadge({ status }: { status: string }) {
  const { t } = useTranslation();
  return <Badge tone={statusTones[status] ?? 'neutral'}>{t(`cooperation.demandStatus.${status}`)}</Badge>;
}

/** Whole days from today (the government's calendar day, YYYY-MM-DD) to an ISO date; negative when past. */
export function daysUntil(date: string, today: string): number {
  return daysBetween(today, date);
}

/** "Cierra en 12 días", "Cierra hoy", "Cerró hace 3 días", counted from the government's today. */
export function deadlineText(t: TFunction, deadline: string | null, today: string): string | null {
  if (!deadline) return null;
  const days = daysUntil(deadline, today);
  if (days === 0) return t('cooperation.offer.closesToday');
  return days > 0
    ? t('cooperation.offer.daysLeft', { count: days })
    : t('cooperation.offer.closedAgo', { count: -days });
}

export function DeadlineBadge({ deadline }: { deadline: string | null }) {
  const { t } = useTranslation();
  const today = useGovernmentToday();
  const text = deadlineText(t, deadline, today);
  if (!deadline || !text) return <span className="muted">{t('cooperation.offer.noDeadline')}</span>;
  const days = daysUntil(deadline, today);
  const tone: BadgeTone = days < 0 ? 'neutral' : days <= 15 ? 'warning' : 'info';
  return <Badge tone={tone}>{text}</Badge>;
}

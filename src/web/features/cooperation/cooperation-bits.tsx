import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { Badge, type BadgeTone } from '../../ui/states';

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

/** Whole days from today (in the browser's calendar) to an ISO date; negative when past. */
export function daysUntil(date: string, today = new Date()): number {
  const [year, month, day] = date.split('-').map(Number);
  const target = Date.UTC(year ?? 1970, (month ?? 1) - 1, day ?? 1);
  const now = Date.UTC(today.getFullYear(), today.getMonth(), today.getDate());
  return Math.round((target - now) / 86_400_000);
}

/** "Cierra en 12 días", "Cierra hoy", "Cerró hace 3 días". */
export function deadlineText(t: TFunction, deadline: string | null): string | null {
  if (!deadline) return null;
  const days = daysUntil(deadline);
  if (days === 0) return t('cooperation.offer.closesToday');
  return days > 0
    ? t('cooperation.offer.daysLeft', { count: days })
    : t('cooperation.offer.closedAgo', { count: -days });
}

export function DeadlineBadge({ deadline }: { deadline: string | null }) {
  const { t } = useTranslation();
  const text = deadlineText(t, deadline);
  if (!deadline || !text) return <span className="muted">{t('cooperation.offer.noDeadline')}</span>;
  const days = daysUntil(deadline);
  const tone: BadgeTone = days < 0 ? 'neutral' : days <= 15 ? 'warning' : 'info';
  return <Badge tone={tone}>{text}</Badge>;
}

import { useTranslation } from 'react-i18next';
import type { LinkStatus } from '../../../contracts/links';
import { enumLabel } from '../../lib/enum-options';
import { Badge, type BadgeTone } from '../../ui/states';

const tones: Record<LinkStatus, BadgeTone> = {
  negotiation: 'info',
  signed: 'info',
  active: 'success',
  dormant: 'warning',
  expired: 'neutral',
  terminated: 'danger',
};

export function LinkStatusBadge({ status }: { status: LinkStatus }) {
  const { t } = useTranslation();
  return <Badge tone={tones[status]}>{enumLabel(t, 'linkStatus', status)}</Badge>;
}

/** "in 12 days", "today", "expired 3 days ago" for a validity end date. */
export function DaysToExpiry({ days }: { days: number | null }) {
  const { t } = useTranslation();
  if (days === null) return <>—</>;
  if (days < 0) return <Badge tone="neutral">{t('links.expiredDaysAgo', { count: -days })}</Badge>;
  if (days === 0) return <Badge tone="danger">{t('links.expiresToday')}</Badge>;
  return (
    <Badge tone={days <= 30 ? 'danger' : days <= 90 ? 'warning' : 'neutral'}>
      {t('links.daysLeft', { count: days })}
    </Badge>
  );
}

import { useTranslation } from 'react-i18next';
import type { Verdict } from '../../../contracts/utility';
import { Badge } from '../../ui/states';
import { verdictLabel, verdictTones } from './verdict-text';

/** The verdict as a coloured badge whose text says it (colour is never the only cue). */
export function VerdictBadge({ verdict, isContested }: { verdict: Verdict; isContested?: boolean }) {
  const { t } = useTranslation();
  return (
    <span className="verdict-badge">
      <Badge tone={verdictTones[verdict]}>{verdictLabel(t, verdict)}</Badge>
      {isContested ? <Badge tone="neutral">{t('utility.contest.contestedBadge')}</Badge> : null}
    </span>
  );
}

import { useTranslation } from 'react-i18next';
import { Badge, DetailItem } from '../../ui/states';
import { useSdgList } from '../initiatives/use-initiatives';
import { useTermLabel } from './use-strategy';

/** The plan programmes and SDG goals a record is aligned to, as detail items of its page. */
export function AlignmentDetails({ planCodes, sdgGoals }: { planCodes: string[]; sdgGoals: string[] }) {
  const { t } = useTranslation();
  const label = useTermLabel();
  const sdg = useSdgList();
  const goalNames = new Map((sdg.data?.goals ?? []).map((goal) => [goal.code, goal.name]));
  return (
    <>
      <DetailItem label={t('strategy.alignment.planCodes')}>
        {planCodes.length ? planCodes.map((code) => label('plan', code)).join('; ') : '—'}
      </DetailItem>
      <DetailItem label={t('strategy.alignment.sdgGoals')}>
        {sdgGoals.length ? (
          <span className="tag-list">
            {sdgGoals.map((goal) => (
              <Badge key={goal}>{goalNames.has(goal) ? `${goal}. ${goalNames.get(goal)}` : goal}</Badge>
            ))}
          </span>
        ) : (
          '—'
        )}
      </DetailItem>
    </>
  );
}

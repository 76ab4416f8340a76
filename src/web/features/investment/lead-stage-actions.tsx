import { useTranslation } from 'react-i18next';
import type { Lead } from '../../../contracts/investment';
import { useLeadStageMover } from './lead-stage-mover';

/** One button per stage the server allows from here; refusals open the same dialog as the board. */
export function LeadStageActions({ lead }: { lead: Lead }) {
  const { t } = useTranslation();
  const mover = useLeadStageMover();
  if (lead.allowedStages.length === 0) return null;
  return (
    <div className="status-actions">
      <h3 className="status-actions-title">{t('investment.changeStage')}</h3>
      <div className="button-row">
        {lead.allowedStages.map((stage) => (
          <button
            key={stage}
            type="button"
            className={`button ${stage === 'lost' ? 'button-danger-outline' : 'button-secondary'}`}
            disabled={mover.isMoving}
            onClick={() => mover.requestMove(lead, stage)}
          >
            {t('investment.moveTo', { stage: t(`investment.stages.${stage}`) })}
          </button>
        ))}
      </div>
      {mover.element}
    </div>
  );
}

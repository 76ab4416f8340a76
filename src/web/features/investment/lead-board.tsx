import { useTranslation } from 'react-i18next';
import type { LeadStage } from '../../../contracts/investment';
import { BoardColumn } from '../../ui/board-column';
import { LeadCard } from './lead-card';
import { boardStages, type LeadSummary } from './lead-values';

type LeadBoardProps = {
  leads: LeadSummary[];
  canMove: boolean;
  isBusy: boolean;
  onMove: (lead: LeadSummary, to: LeadStage) => void;
};

/** The pipeline as columns, lost leads last; a card dropped on a column asks the server to move it. */
export function LeadBoard({ leads, canMove, isBusy, onMove }: LeadBoardProps) {
  const { t } = useTranslation();
  return (
    <div className="board board-investment" aria-busy={isBusy}>
      {boardStages.map((stage) => (
        <BoardColumn
          key={stage}
          stage={stage}
          headingId={`lead-column-${stage}`}
          title={stage === 'lost' ? t('investment.board.lostColumn') : t(`investment.stages.${stage}`)}
          items={leads.filter((lead) => lead.stage === stage)}
          emptyText={t('investment.board.columnEmpty')}
          canMove={canMove}
          onDropItem={(id) => {
            const lead = leads.find((item) => item.id === id);
            if (lead) onMove(lead, stage);
          }}
          renderCard={(lead) => <LeadCard lead={lead} canMove={canMove} onMove={(to) => onMove(lead, to)} />}
        />
      ))}
    </div>
  );
}

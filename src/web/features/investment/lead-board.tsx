import { type DragEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { LeadStage } from '../../../contracts/investment';
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
  return (
    <div className="board board-investment" aria-busy={isBusy}>
      {boardStages.map((stage) => (
        <BoardColumn
          key={stage}
          stage={stage}
          leads={leads.filter((lead) => lead.stage === stage)}
          canMove={canMove}
          onDropLead={(id) => {
            const lead = leads.find((item) => item.id === id);
            if (lead) onMove(lead, stage);
          }}
          onMove={onMove}
        />
      ))}
    </div>
  );
}

type BoardColumnProps = {
  stage: LeadStage;
  leads: LeadSummary[];
  canMove: boolean;
  onDropLead: (leadId: string) => void;
  onMove: (lead: LeadSummary, to: LeadStage) => void;
};

function BoardColumn({ stage, leads, canMove, onDropLead, onMove }: BoardColumnProps) {
  const { t } = useTranslation();
  const [isOver, setIsOver] = useState(false);
  const headingId = `lead-column-${stage}`;
  const allowDrop = (event: DragEvent) => {
    if (!canMove) return;
    event.preventDefault();
    event.dataTransfer.dropEffect = 'move';
    setIsOver(true);
  };
  return (
    <section
      className={`board-column ${isOver ? 'is-drop-target' : ''}`}
      aria-labelledby={headingId}
      data-stage={stage}
      onDragOver={allowDrop}
      onDragEnter={allowDrop}
      onDragLeave={() => setIsOver(false)}
      onDrop={(event) => {
        event.preventDefault();
        setIsOver(false);
        const id = event.dataTransfer.getData('text/plain');
        if (id) onDropLead(id);
      }}
    >
      <h2 id={headingId} className="board-column-title">
        {stage === 'lost' ? t('investment.board.lostColumn') : t(`investment.stages.${stage}`)}{' '}
        <span className="board-column-count">({leads.length})</span>
      </h2>
      {leads.length === 0 ? (
        <p className="muted board-column-empty">{t('investment.board.columnEmpty')}</p>
      ) : (
        <ul className="board-cards">
          {leads.map((lead) => (
            <li key={lead.id}>
              <LeadCard lead={lead} canMove={canMove} onMove={(to) => onMove(lead, to)} />
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

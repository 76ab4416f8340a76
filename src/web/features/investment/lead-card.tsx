import { Link } from '@tanstack/react-router';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { LeadStage } from '../../../contracts/investment';
import { countryName, formatMoney, formatNumber } from '../../lib/format';
import type { LeadSummary } from './lead-values';

type LeadCardProps = { lead: LeadSummary; canMove: boolean; onMove: (to: LeadStage) => void };

/**
 * One lead on the board. It can be dragged to another column; the "Mover a…" select and button do
 * the same from the keyboard or a screen reader.
 */
export function LeadCard({ lead, canMove, onMove }: LeadCardProps) {
  const { t, i18n } = useTranslation();
  const language = i18n.language;
  const id = useId();
  const [target, setTarget] = useState<LeadStage | ''>('');
  return (
    <article
      className="board-card"
      aria-labelledby={`${id}-title`}
      draggable={canMove}
      data-lead-id={lead.id}
      onDragStart={(event) => {
        event.dataTransfer.setData('text/plain', lead.id);
        event.dataTransfer.effectAllowed = 'move';
      }}
    >
      <h3 id={`${id}-title`} className="board-card-title">
        <Link to="/investment/$leadId" params={{ leadId: lead.id }}>
          {lead.title}
        </Link>
      </h3>
      <dl className="board-card-facts">
        <div>
          <dt>{t('investment.fields.company')}</dt>
          <dd>{lead.companyName}</dd>
        </div>
        <div>
          <dt>{t('investment.fields.originCountry')}</dt>
          <dd>{countryName(lead.originCountryCode, language)}</dd>
        </div>
        <div>
          <dt>{t('investment.fields.expectedAmount')}</dt>
          <dd>{formatMoney(lead.expectedAmountMinor, lead.currency, language)}</dd>
        </div>
        <div>
          <dt>{t('investment.fields.expectedJobs')}</dt>
          <dd>{formatNumber(lead.expectedJobs, language)}</dd>
        </div>
        {lead.stage === 'lost' && lead.lostReason ? (
          <div>
            <dt>{t('investment.fields.lostReason')}</dt>
            <dd>{lead.lostReason}</dd>
          </div>
        ) : null}
      </dl>
      {canMove && lead.allowedStages.length > 0 ? (
        <form
          className="board-card-move"
          onSubmit={(event) => {
            event.preventDefault();
            if (target) onMove(target);
            setTarget('');
          }}
        >
          <label htmlFor={`${id}-move`} className="visually-hidden">
            {t('investment.board.moveLabel', { title: lead.title })}
          </label>
          <select
            id={`${id}-move`}
            className="input select select-compact"
            value={target}
            onChange={(event) => setTarget(event.target.value as LeadStage | '')}
          >
            <option value="">{t('investment.board.moveTo')}</option>
            {lead.allowedStages.map((stage) => (
              <option key={stage} value={stage}>
                {t(`investment.stages.${stage}`)}
              </option>
            ))}
          </select>
          <button type="submit" className="button button-secondary button-small" disabled={!target}>
            {t('investment.board.move')}
            <span className="visually-hidden"> {lead.title}</span>
          </button>
        </form>
      ) : null}
    </article>
  );
}

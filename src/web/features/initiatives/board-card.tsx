import { Link } from '@tanstack/react-router';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { InitiativeSummary, Stage } from '../../../contracts/initiatives';
import { reachableStages } from '../../../domain/policy-cycle';
import { useTermLabel } from '../strategy/use-strategy';
import { ProgressBar } from './progress-bar';

type BoardCardProps = {
  initiative: InitiativeSummary;
  canMove: boolean;
  onMove: (to: Stage) => void;
};

/**
 * One initiative on the board. It can be dragged to another column; the "Mover a…" select and button
 * do the same from the keyboard or a screen reader.
 */
export function BoardCard({ initiative, canMove, onMove }: BoardCardProps) {
  const { t } = useTranslation();
  const termLabel = useTermLabel();
  const id = useId();
  const targets = reachableStages(initiative.stage);
  const [target, setTarget] = useState<Stage | ''>('');
  const missing = initiative.nextStageProblems;
  return (
    <article
      className="board-card"
      aria-labelledby={`${id}-title`}
      draggable={canMove}
      data-initiative-id={initiative.id}
      onDragStart={(event) => {
        event.dataTransfer.setData('text/plain', initiative.id);
        event.dataTransfer.effectAllowed = 'move';
      }}
    >
      <h3 id={`${id}-title`} className="board-card-title">
        <Link to="/initiatives/$initiativeId" params={{ initiativeId: initiative.id }}>
          {initiative.title}
        </Link>
      </h3>
      <dl className="board-card-facts">
        <div>
          <dt>{t('initiatives.fields.leadDepartment')}</dt>
          <dd>{initiative.leadDepartmentName ?? '—'}</dd>
        </div>
        {initiative.partnerNames.length > 0 ? (
          <div>
            <dt>{t('initiatives.fields.partners')}</dt>
            <dd>{initiative.partnerNames.join(', ')}</dd>
          </div>
        ) : null}
        <div>
          <dt>{t('initiatives.fields.strategyLine')}</dt>
          <dd>{termLabel('strategyLine', initiative.strategyLine)}</dd>
        </div>
      </dl>
      <ProgressBar label={t('initiatives.fields.purposeProgress')} value={initiative.purposeProgress} />
      {initiative.nextStage && missing.length > 0 ? (
        <details className="board-card-missing">
          <summary>
            {t('initiatives.board.missing', {
              count: missing.length,
              stage: t(`enums.stage.${initiative.nextStage}`),
            })}
          </summary>
          <ul>
            {missing.map((problem) => (
              <li key={`${problem.field}|${problem.message}`}>{problem.message}</li>
            ))}
          </ul>
        </details>
      ) : initiative.nextStage ? (
        <p className="board-card-ready">
          {t('initiatives.board.ready', { stage: t(`enums.stage.${initiative.nextStage}`) })}
        </p>
      ) : null}
      {canMove ? (
        <form
          className="board-card-move"
          onSubmit={(event) => {
            event.preventDefault();
            if (target) onMove(target);
          }}
        >
          <label htmlFor={`${id}-move`} className="visually-hidden">
            {t('initiatives.board.moveLabel', { title: initiative.title })}
          </label>
          <select
            id={`${id}-move`}
            className="input select select-compact"
            value={target}
            onChange={(event) => setTarget(event.target.value as Stage | '')}
          >
            <option value="">{t('initiatives.board.moveTo')}</option>
            {targets.map((stage) => (
              <option key={stage} value={stage}>
                {t(`enums.stage.${stage}`)}
              </option>
            ))}
          </select>
          <button type="submit" className="button button-secondary button-small" disabled={!target}>
            {t('initiatives.board.move')}
            <span className="visually-hidden"> {initiative.title}</span>
          </button>
        </form>
      ) : null}
    </article>
  );
}

import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Initiative, Stage } from '../../../contracts/initiatives';
import { isForward, openStages, reachableStages } from '../../../domain/policy-cycle';
import { formatDate } from '../../lib/format';
import { Badge } from '../../ui/states';
import { useGovernment } from '../auth/government-context';
import { GateProblemList } from './gate-problems';
import { fromGateProblems } from './initiative-values';
import { useStageMover } from './stage-mover';

/**
 * Where the initiative is in the cycle: a stepper of the five stages, the "Avanzar a …" button with
 * what is still missing for it (from the gates, before trying), and the other moves allowed.
 */
export function StageHeader({ initiative }: { initiative: Initiative }) {
  const { t, i18n } = useTranslation();
  const { canEdit } = useGovernment();
  const mover = useStageMover();
  const [other, setOther] = useState<Stage | ''>('');
  const reachable = reachableStages(initiative.stage);
  const next = reachable.find((stage) => isForward(initiative.stage, stage)) ?? null;
  const others = reachable.filter((stage) => stage !== next);
  const nextGate = initiative.gates.find((gate) => gate.stage === next);
  const missing = fromGateProblems(nextGate?.problems ?? []);
  const currentIndex =
    initiative.stage === 'closed'
      ? openStages.length
      : openStages.indexOf(initiative.stage as (typeof openStages)[number]);
  const stageName = (stage: Stage) => t(`enums.stage.${stage}`);
  return (
    <section className="section stage-header" aria-labelledby="stage-title">
      <h2 id="stage-title">
        {t('initiatives.stage.current')}: <Badge tone="info">{stageName(initiative.stage)}</Badge>
      </h2>
      <p className="muted">
        {t('initiatives.stage.since', {
          date: formatDate(initiative.history.at(-1)?.occurredAt, i18n.language),
        })}
      </p>
      <ol className="stepper" aria-label={t('initiatives.stage.stepper')}>
        {openStages.map((stage, index) => {
          const state =
            currentIndex < 0
              ? 'upcoming'
              : index < currentIndex
                ? 'done'
                : index === currentIndex
                  ? 'current'
                  : 'upcoming';
          return (
            <li
              key={stage}
              className={`stepper-step is-${state}`}
              aria-current={state === 'current' ? 'step' : undefined}
            >
              <span className="stepper-number" aria-hidden="true">
                {index + 1}
              </span>
              <span>{stageName(stage)}</span>
              <span className="visually-hidden"> ({t(`initiatives.stage.state_${state}`)})</span>
            </li>
          );
        })}
      </ol>
      {canEdit && next ? (
        <div className="stage-next">
          <button
            type="button"
            className="button button-primary"
            aria-describedby={missing.length > 0 ? 'stage-missing' : undefined}
            disabled={mover.isMoving}
            onClick={() => mover.requestMove(initiative, next)}
          >
            {t('initiatives.stage.advance', { stage: stageName(next) })}
          </button>
          {missing.length > 0 ? (
            <div id="stage-missing" className="stage-missing">
              <p>{t('initiatives.stage.missing', { count: missing.length, stage: stageName(next) })}</p>
              <GateProblemList initiativeId={initiative.id} items={missing} />
            </div>
          ) : (
            <p className="stage-ready">{t('initiatives.board.ready', { stage: stageName(next) })}</p>
          )}
        </div>
      ) : null}
      {canEdit && others.length > 0 ? (
        <form
          className="inline-form stage-other"
          onSubmit={(event) => {
            event.preventDefault();
            if (other) mover.requestMove(initiative, other);
          }}
        >
          <label htmlFor="stage-other-select" className="field-label">
            {t('initiatives.stage.otherMoves')}
          </label>
          <select
            id="stage-other-select"
            className="input select select-compact"
            value={other}
            onChange={(event) => setOther(event.target.value as Stage | '')}
          >
            <option value="">{t('initiatives.board.moveTo')}</option>
            {others.map((stage) => (
              <option key={stage} value={stage}>
                {stageName(stage)}
              </option>
            ))}
          </select>
          <button type="submit" className="button button-secondary" disabled={!other || mover.isMoving}>
            {t('initiatives.board.move')}
          </button>
        </form>
      ) : null}
      {mover.element}
    </section>
  );
}

import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import type { Indicator, MirRow } from '../../../contracts/initiatives';
import { formatDecimal } from './decimal';
import { ProgressBar } from './progress-bar';

type IndicatorCellProps = {
  initiativeId: string;
  row: MirRow;
  rowName: string;
  canEdit: boolean;
  onEditIndicator: (indicator: Indicator | null) => void;
};

/** The "Indicadores" cell of a MIR row: each indicator with unit, baseline → target and progress. */
export function IndicatorCell({ initiativeId, row, rowName, canEdit, onEditIndicator }: IndicatorCellProps) {
  const { t, i18n } = useTranslation();
  const language = i18n.language;
  return (
    <div className="indicator-cell">
      {row.indicators.length === 0 ? (
        <span className="muted">{t('initiatives.mir.noIndicators')}</span>
      ) : null}
      <ul className="indicator-list">
        {row.indicators.map((indicator) => (
          <li key={indicator.id}>
            <Link
              to="/initiatives/$initiativeId/indicators/$indicatorId"
              params={{ initiativeId, indicatorId: indicator.id }}
            >
              {indicator.name}
            </Link>
            <span className="muted indicator-meta">
              {' '}
              ({indicator.unit}) {formatDecimal(indicator.baselineValue, language)} →{' '}
              {formatDecimal(indicator.targetValue, language)}
            </span>
            <ProgressBar label={t('initiatives.indicator.progress')} value={indicator.progress} />
            {canEdit ? (
              <button
                type="button"
                className="button button-secondary button-small"
                onClick={() => onEditIndicator(indicator)}
              >
                {t('initiatives.indicator.edit')}
                <span className="visually-hidden"> {indicator.name}</span>
              </button>
            ) : null}
          </li>
        ))}
      </ul>
      {canEdit ? (
        <button
          type="button"
          className="button button-secondary button-small"
          onClick={() => onEditIndicator(null)}
        >
          {t('initiatives.indicator.add')}
          <span className="visually-hidden"> — {rowName}</span>
        </button>
      ) : null}
    </div>
  );
}

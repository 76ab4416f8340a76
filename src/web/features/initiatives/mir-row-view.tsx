import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type Indicator, type MirRow, mirSchema } from '../../../contracts/initiatives';
import { describeError, isVersionConflict } from '../../lib/form-errors';
import { useGovernment } from '../auth/government-context';
import { IndicatorCell } from './indicator-cell';
import { mirKey, useSaveMirRow } from './use-initiatives';

type MirRowViewProps = {
  initiativeId: string;
  row: MirRow;
  label: string;
  canEdit: boolean;
  startsEditing: boolean;
  onAddActivity?: () => void;
  onDelete: () => void;
  onEditIndicator: (indicator: Indicator | null) => void;
};

type Cells = { narrativeSummary: string; meansOfVerification: string; assumptions: string; weight: string };
const cellNames = ['narrativeSummary', 'meansOfVerification', 'assumptions'] as const;

function cellsOf(row: MirRow): Cells {
  return {
    narrativeSummary: row.narrativeSummary ?? '',
    meansOfVerification: row.meansOfVerification ?? '',
    assumptions: row.assumptions ?? '',
    weight: String(row.weight),
  };
}

/** One row of the MIR: read mode, or its own editor saved with the row's version. */
export function MirRowView(props: MirRowViewProps) {
  const { initiativeId, row, label, canEdit, startsEditing, onAddActivity, onDelete, onEditIndicator } =
    props;
  const { t } = useTranslation();
  const { governmentId } = useGovernment();
  const queryClient = useQueryClient();
  const saveRow = useSaveMirRow(initiativeId);
  const [isEditing, setIsEditing] = useState(startsEditing);
  const [cells, setCells] = useState<Cells>(() => cellsOf(row));
  const [version, setVersion] = useState(row.version);
  const [error, setError] = useState<unknown>(null);
  const firstCell = useRef<HTMLTextAreaElement>(null);
  useEffect(() => {
    if (isEditing) firstCell.current?.focus();
  }, [isEditing]);
  // A row just added opens in its editor (it may mount before the add is acknowledged).
  useEffect(() => {
    if (startsEditing) setIsEditing(true);
  }, [startsEditing]);
  const levelName = t(`enums.mirLevel.${row.level}`);
  const rowName = row.level === 'goal' || row.level === 'purpose' ? levelName : `${levelName} ${label}`;

  const startEditing = () => {
    setCells(cellsOf(row));
    setVersion(row.version);
    setError(null);
    setIsEditing(true);
  };
  const reload = async () => {
    await queryClient.invalidateQueries({ queryKey: mirKey(governmentId, initiativeId) });
    const fresh = mirSchema
      .safeParse(queryClient.getQueryData(mirKey(governmentId, initiativeId)))
      .data?.rows.find((item) => item.id === row.id);
    if (fresh) {
      setCells(cellsOf(fresh));
      setVersion(fresh.version);
    }
    setError(null);
  };
  const save = () => {
    const weight = Number(cells.weight.replace(',', '.'));
    saveRow.mutate(
      {
        id: row.id,
        version,
        body: {
          level: row.level,
          parentId: row.parentId,
          position: row.position,
          narrativeSummary: cells.narrativeSummary,
          meansOfVerification: cells.meansOfVerification,
          assumptions: cells.assumptions,
          weight: Number.isFinite(weight) ? weight : row.weight,
        },
      },
      {
        onSuccess: () => {
          setIsEditing(false);
          setError(null);
        },
        onError: setError,
      },
    );
  };

  return (
    <tr className={`mir-row mir-level-${row.level}`}>
      <th scope="row" className="row-header">
        <span className="mir-label">{label}</span>
        {row.level === 'component' || row.level === 'activity' ? (
          <span className="muted mir-level-name"> {levelName}</span>
        ) : null}
      </th>
      <td>{renderCell('narrativeSummary', 0)}</td>
      <td>
        <IndicatorCell
          initiativeId={initiativeId}
          row={row}
          rowName={rowName}
          canEdit={canEdit}
          onEditIndicator={onEditIndicator}
        />
      </td>
      <td>{renderCell('meansOfVerification', 1)}</td>
      <td>{renderCell('assumptions', 2)}</td>
      {canEdit ? (
        <td className="mir-actions">
          {isEditing ? (
            <>
              {error ? (
                <div className="alert alert-warning mir-row-alert" role="alert">
                  <p>
                    {isVersionConflict(error)
                      ? t('initiatives.mir.rowConflict', { label: rowName })
                      : describeError(t, error)}
                  </p>
                  {isVersionConflict(error) ? (
                    <button
                      type="button"
                      className="button button-secondary button-small"
                      onClick={() => void reload()}
                    >
                      {t('forms.conflictReload')}
                    </button>
                  ) : null}
                </div>
              ) : null}
              <button
                type="button"
                className="button button-primary button-small"
                onClick={save}
                disabled={saveRow.isPending}
              >
                {saveRow.isPending ? t('common.saving') : t('initiatives.mir.saveRow', { label: rowName })}
              </button>
              <button
                type="button"
                className="button button-secondary button-small"
                onClick={() => setIsEditing(false)}
              >
                {t('common.cancel')}
              </button>
            </>
          ) : (
            <>
              <button type="button" className="button button-secondary button-small" onClick={startEditing}>
                {t('initiatives.mir.editRow', { label: rowName })}
              </button>
              {onAddActivity ? (
                <button
                  type="button"
                  className="button button-secondary button-small"
                  onClick={onAddActivity}
                >
                  {t('initiatives.mir.addActivity', { label })}
                </button>
              ) : null}
              <button type="button" className="button button-danger-outline button-small" onClick={onDelete}>
                {t('initiatives.mir.deleteRow', { label: rowName })}
              </button>
            </>
          )}
        </td>
      ) : null}
    </tr>
  );

  function renderCell(name: (typeof cellNames)[number], index: number) {
    if (!isEditing) {
      const value = row[name];
      return value ? (
        <span className="prose">{value}</span>
      ) : (
        <span className="muted">{t('initiatives.mir.emptyCell')}</span>
      );
    }
    const id = `mir-${row.id}-${name}`;
    return (
      <>
        <label htmlFor={id} className="visually-hidden">
          {t(`initiatives.mir.${name}`)} — {rowName}
        </label>
        <textarea
          id={id}
          ref={index === 0 ? firstCell : undefined}
          className="input textarea mir-textarea"
          rows={4}
          maxLength={3000}
          value={cells[name]}
          onChange={(event) => setCells((current) => ({ ...current, [name]: event.target.value }))}
        />
        {index === 0 && row.level === 'component' ? (
          <>
            <label htmlFor={`mir-${row.id}-weight`} className="field-label">
              {t('initiatives.mir.weight')}
            </label>
            <input
              id={`mir-${row.id}-weight`}
              className="input mir-weight"
              inputMode="decimal"
              value={cells.weight}
              onChange={(event) => setCells((current) => ({ ...current, weight: event.target.value }))}
            />
          </>
        ) : null}
      </>
    );
  }
}

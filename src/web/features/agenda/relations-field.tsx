import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SelectOption } from '../../ui/field';

type RelationsFieldProps = {
  legend: string;
  options: SelectOption[];
  value: string[];
  onChange: (value: string[]) => void;
};

/** A list of chosen records (links, initiatives) with a select and an "Add" button to grow it. */
export function RelationsField({ legend, options, value, onChange }: RelationsFieldProps) {
  const { t } = useTranslation();
  const id = useId();
  const [candidate, setCandidate] = useState('');
  const available = options.filter((option) => !value.includes(option.value));
  const labelOf = (item: string) => options.find((option) => option.value === item)?.label ?? item;
  return (
    <fieldset className="fieldset">
      <legend>{legend}</legend>
      {value.length === 0 ? (
        <p className="muted">{t('agenda.noneChosen')}</p>
      ) : (
        <ul className="item-list">
          {value.map((item) => (
            <li key={item} className="item-row">
              <span>{labelOf(item)}</span>
              <button
                type="button"
                className="button button-secondary button-small"
                onClick={() => onChange(value.filter((other) => other !== item))}
              >
                {t('agenda.remove')}
                <span className="visually-hidden">: {labelOf(item)}</span>
              </button>
            </li>
          ))}
        </ul>
      )}
      <div className="inline-form">
        <div className="field">
          <label htmlFor={id} className="field-label">
            {t('agenda.chooseToAdd', { what: legend })}
          </label>
          <select
            id={id}
            className="input select"
            value={candidate}
            onChange={(event) => setCandidate(event.target.value)}
          >
            <option value="">{t('agenda.choose')}</option>
            {available.map((option) => (
              <option key={option.value} value={option.value}>
                {option.label}
              </option>
            ))}
          </select>
        </div>
        <button
          type="button"
          className="button button-secondary"
          disabled={!candidate}
          onClick={() => {
            if (candidate) onChange([...value, candidate]);
            setCandidate('');
          }}
        >
          {t('agenda.add')}
          <span className="visually-hidden">: {legend}</span>
        </button>
      </div>
    </fieldset>
  );
}

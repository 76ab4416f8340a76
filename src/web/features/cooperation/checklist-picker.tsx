import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { translateMessage } from '../../lib/form-errors';
import type { SelectOption } from '../../ui/field';

type ChecklistPickerProps = {
  legend: string;
  hint?: string;
  value: string[];
  onChange: (value: string[]) => void;
  /** The options whose label or value contains the text (the suggested ones when it is empty). */
  search: (text: string) => SelectOption[];
  labelOf: (value: string) => string;
  error?: { message?: string };
};

/**
 * Many values chosen from a long list with plain controls: a search box and checkboxes. The chosen
 * ones stay on top; the number of matches is announced as the person types.
 */
export function ChecklistPicker({
  legend,
  hint,
  value,
  onChange,
  search,
  labelOf,
  error,
}: ChecklistPickerProps) {
  const { t } = useTranslation();
  const id = useId();
  const [q, setQ] = useState('');
  const matches = search(q).filter((option) => !value.includes(option.value));
  const toggle = (code: string, isChecked: boolean) =>
    onChange(isChecked ? [...value, code] : value.filter((item) => item !== code));
  const checkbox = (code: string, label: string) => (
    <label key={code} className="checkbox-option">
      <input
        type="checkbox"
        checked={value.includes(code)}
        onChange={(event) => toggle(code, event.target.checked)}
      />
      {label}
    </label>
  );
  return (
    <fieldset
      className="fieldset checklist-picker"
      aria-describedby={error?.message ? `${id}-error` : undefined}
    >
      <legend>{legend}</legend>
      {hint ? <p className="field-hint">{hint}</p> : null}
      {value.length > 0 ? (
        <div className="checkbox-grid">{value.map((code) => checkbox(code, labelOf(code)))}</div>
      ) : (
        <p className="muted">{t('cooperation.picker.none')}</p>
      )}
      <div className="field">
        <label htmlFor={`${id}-q`} className="field-label">
          {t('cooperation.picker.search', { legend })}
        </label>
        <input
          id={`${id}-q`}
          type="search"
          className="input"
          value={q}
          aria-describedby={`${id}-count`}
          onChange={(event) => setQ(event.target.value)}
          onKeyDown={(event) => {
            // Enter inside the search must not submit the whole form.
            if (event.key === 'Enter') event.preventDefault();
          }}
        />
      </div>
      <p id={`${id}-count`} className="field-hint" role="status">
        {q.trim()
          ? t('cooperation.picker.matches', { count: matches.length })
          : t('cooperation.picker.suggested')}
      </p>
      {matches.length > 0 ? (
        <div className="checkbox-grid">{matches.map((option) => checkbox(option.value, option.label))}</div>
      ) : null}
      {error?.message ? (
        <p id={`${id}-error`} className="field-error">
          {translateMessage(t, error.message)}
        </p>
      ) : null}
    </fieldset>
  );
}

/** Accent- and case-insensitive containment, for searching names typed without tildes. */
export function foldText(value: string): string {
  return value
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase();
}

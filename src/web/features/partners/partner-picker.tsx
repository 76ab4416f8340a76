import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { translateMessage } from '../../lib/form-errors';
import { countryName } from '../../lib/format';
import { usePartners } from './use-partners';

type PartnerPickerProps = {
  label: string;
  excludeIds?: string[];
  error?: { message?: string };
  onPick: (partner: { id: string; name: string; countryCode: string | null }) => void;
};

/**
 * A searchable partner chooser made of two plain controls (a search box and a list box of matches),
 * which every screen reader and keyboard handles without custom widgets.
 */
export function PartnerPicker({ label, excludeIds = [], error, onPick }: PartnerPickerProps) {
  const { t, i18n } = useTranslation();
  const id = useId();
  const [q, setQ] = useState('');
  const [selectedId, setSelectedId] = useState('');
  const query = usePartners({ q: q.trim() || undefined, pageSize: 50, sort: 'name', direction: 'asc' });
  const options = (query.data?.items ?? []).filter((partner) => !excludeIds.includes(partner.id));
  const selected = options.find((partner) => partner.id === selectedId) ?? options[0];
  return (
    <fieldset className="fieldset partner-picker">
      <legend>{label}</legend>
      <div className="form-grid">
        <div className="field">
          <label htmlFor={`${id}-q`} className="field-label">
            {t('partnerPicker.search')}
          </label>
          <input
            id={`${id}-q`}
            type="search"
            className="input"
            value={q}
            onChange={(event) => setQ(event.target.value)}
          />
        </div>
        <div className="field">
          <label htmlFor={`${id}-list`} className="field-label">
            {t('partnerPicker.matches', { count: options.length })}
          </label>
          <select
            id={`${id}-list`}
            className="input select"
            value={selected?.id ?? ''}
            onChange={(event) => setSelectedId(event.target.value)}
            aria-describedby={error?.message ? `${id}-error` : undefined}
          >
            {options.length === 0 ? <option value="">{t('partnerPicker.noMatches')}</option> : null}
            {options.map((partner) => (
              <option key={partner.id} value={partner.id}>
                {partner.name}
                {partner.countryCode ? ` · ${countryName(partner.countryCode, i18n.language)}` : ''}
              </option>
            ))}
          </select>
        </div>
      </div>
      <button
        type="button"
        className="button button-secondary"
        disabled={!selected}
        onClick={() => {
          if (!selected) return;
          onPick({ id: selected.id, name: selected.name, countryCode: selected.countryCode });
          setSelectedId('');
        }}
      >
        {t('partnerPicker.add')}
      </button>
      {error?.message ? (
        <p id={`${id}-error`} className="field-error">
          {translateMessage(t, error.message)}
        </p>
      ) : null}
    </fieldset>
  );
}

import { type FormEvent, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { leadStages } from '../../../contracts/investment';
import { useCodelistOptions } from '../../lib/use-codelist';
import { Select, TextInput } from '../../ui/field';
import type { InvestmentSearch } from './investment-search';
import { useSectorOptions } from './sector-options';

type LeadFiltersProps = { search: InvestmentSearch; onChange: (patch: Partial<InvestmentSearch>) => void };

export function LeadFilters({ search, onChange }: LeadFiltersProps) {
  const { t } = useTranslation();
  const countries = useCodelistOptions('countries');
  const sectors = useSectorOptions(search.sector);
  const [q, setQ] = useState(search.q ?? '');
  useEffect(() => setQ(search.q ?? ''), [search.q]);
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    onChange({ q: q.trim() || undefined });
  };
  return (
    <form className="filters" aria-label={t('investment.filtersLabel')} onSubmit={onSubmit}>
      <TextInput
        label={t('common.search')}
        hint={t('investment.hints.search')}
        type="search"
        value={q}
        onChange={(event) => setQ(event.target.value)}
      />
      <Select
        label={t('investment.fields.stage')}
        placeholder={t('common.all')}
        options={leadStages.map((stage) => ({ value: stage, label: t(`investment.stages.${stage}`) }))}
        value={search.stage ?? ''}
        onChange={(event) =>
          onChange({ stage: (event.target.value || undefined) as InvestmentSearch['stage'] })
        }
      />
      <Select
        label={t('investment.fields.originCountry')}
        placeholder={t('common.all')}
        options={countries.options}
        value={search.originCountryCode ?? ''}
        onChange={(event) => onChange({ originCountryCode: event.target.value || undefined })}
      />
      <Select
        label={t('investment.fields.sector')}
        placeholder={t('common.all')}
        options={sectors}
        value={search.sector ?? ''}
        onChange={(event) => onChange({ sector: event.target.value || undefined })}
      />
      <div className="filters-actions">
        <button type="submit" className="button button-primary">
          {t('common.applyFilters')}
        </button>
        <button
          type="button"
          className="button button-secondary"
          onClick={() =>
            onChange({ q: undefined, stage: undefined, originCountryCode: undefined, sector: undefined })
          }
        >
          {t('common.clearFilters')}
        </button>
      </div>
    </form>
  );
}

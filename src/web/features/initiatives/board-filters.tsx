import { type FormEvent, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Select, TextInput } from '../../ui/field';
import { useDepartments } from '../departments/use-departments';
import { useTermOptions } from '../strategy/use-strategy';
import type { InitiativesSearch } from './initiatives-search';

type BoardFiltersProps = { search: InitiativesSearch; onChange: (patch: Partial<InitiativesSearch>) => void };

export function BoardFilters({ search, onChange }: BoardFiltersProps) {
  const { t } = useTranslation();
  const strategyLineOptions = useTermOptions('strategyLine');
  const departments = useDepartments({ pageSize: 200 });
  const [q, setQ] = useState(search.q ?? '');
  useEffect(() => setQ(search.q ?? ''), [search.q]);
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    onChange({ q: q.trim() || undefined });
  };
  return (
    <form className="filters" aria-label={t('initiatives.filtersLabel')} onSubmit={onSubmit}>
      <TextInput
        label={t('common.search')}
        type="search"
        value={q}
        onChange={(event) => setQ(event.target.value)}
      />
      <Select
        label={t('initiatives.fields.strategyLine')}
        placeholder={t('common.all')}
        options={strategyLineOptions}
        value={search.strategyLine ?? ''}
        onChange={(event) =>
          onChange({ strategyLine: (event.target.value || undefined) as InitiativesSearch['strategyLine'] })
        }
      />
      <Select
        label={t('initiatives.fields.department')}
        placeholder={t('common.all')}
        options={(departments.data?.items ?? []).map((department) => ({
          value: department.id,
          label: department.name,
        }))}
        value={search.departmentId ?? ''}
        onChange={(event) => onChange({ departmentId: event.target.value || undefined })}
      />
      <div className="filters-actions">
        <button type="submit" className="button button-primary">
          {t('common.applyFilters')}
        </button>
        <button
          type="button"
          className="button button-secondary"
          onClick={() => onChange({ q: undefined, strategyLine: undefined, departmentId: undefined })}
        >
          {t('common.clearFilters')}
        </button>
      </div>
    </form>
  );
}

import { type FormEvent, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { urgencies } from '../../../contracts/cooperation';
import { Checkbox, Select, TextInput } from '../../ui/field';
import { useDepartments } from '../departments/use-departments';
import type { DemandsSearch } from './cooperation-search';
import { commonSectorCodes, sectorLabel } from './sectors';

type Props = { search: DemandsSearch; onChange: (patch: Partial<DemandsSearch>) => void };

export function DemandFilters({ search, onChange }: Props) {
  const { t, i18n } = useTranslation();
  const departments = useDepartments({ pageSize: 200 });
  const [q, setQ] = useState(search.q ?? '');
  useEffect(() => setQ(search.q ?? ''), [search.q]);
  const sectorCodes = [...commonSectorCodes] as string[];
  if (search.sector && !sectorCodes.includes(search.sector)) sectorCodes.push(search.sector);
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    onChange({ q: q.trim() || undefined, page: undefined });
  };
  return (
    <form className="filters" aria-label={t('cooperation.demands.filtersLabel')} onSubmit={onSubmit}>
      <TextInput
        label={t('common.search')}
        hint={t('cooperation.demands.searchHint')}
        type="search"
        value={q}
        onChange={(event) => setQ(event.target.value)}
      />
      <Select
        label={t('cooperation.demand.fields.status')}
        placeholder={t('common.all')}
        options={(['open', 'matched', 'closed', 'withdrawn'] as const).map((value) => ({
          value,
          label: t(`cooperation.demandStatus.${value}`),
        }))}
        value={search.status ?? ''}
        onChange={(event) =>
          onChange({ status: (event.target.value || undefined) as DemandsSearch['status'], page: undefined })
        }
      />
      <Select
        label={t('cooperation.demand.fields.urgency')}
        placeholder={t('common.all')}
        options={urgencies.map((value) => ({ value, label: t(`cooperation.urgency.${value}`) }))}
        value={search.urgency ?? ''}
        onChange={(event) =>
          onChange({
            urgency: (event.target.value || undefined) as DemandsSearch['urgency'],
            page: undefined,
          })
        }
      />
      <Select
        label={t('cooperation.demand.fields.department')}
        placeholder={t('common.all')}
        options={(departments.data?.items ?? []).map((item) => ({ value: item.id, label: item.name }))}
        value={search.departmentId ?? ''}
        onChange={(event) => onChange({ departmentId: event.target.value || undefined, page: undefined })}
      />
      <Select
        label={t('cooperation.fields.sector')}
        placeholder={t('common.all')}
        options={sectorCodes.map((code) => ({ value: code, label: sectorLabel(code, i18n.language) }))}
        value={search.sector ?? ''}
        onChange={(event) => onChange({ sector: event.target.value || undefined, page: undefined })}
      />
      <Checkbox
        label={t('cooperation.includeArchived')}
        checked={Boolean(search.includeArchived)}
        onChange={(event) =>
          onChange({ includeArchived: event.target.checked || undefined, page: undefined })
        }
      />
      <div className="filters-actions">
        <button type="submit" className="button button-primary">
          {t('common.applyFilters')}
        </button>
        <button
          type="button"
          className="button button-secondary"
          onClick={() =>
            onChange({
              q: undefined,
              status: undefined,
              urgency: undefined,
              departmentId: undefined,
              sector: undefined,
              includeArchived: undefined,
              page: undefined,
            })
          }
        >
          {t('common.clearFilters')}
        </button>
      </div>
    </form>
  );
}

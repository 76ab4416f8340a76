import { type FormEvent, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { linkKinds, linkStatuses } from '../../../contracts/links';
import { enumOptions } from '../../lib/enum-options';
import { Select, TextInput } from '../../ui/field';
import { useTermOptions } from '../strategy/use-strategy';
import { type LinksSearch, linkArchivedFilters } from './links-search';

type LinkFiltersProps = { search: LinksSearch; onChange: (patch: Partial<LinksSearch>) => void };

export function LinkFilters({ search, onChange }: LinkFiltersProps) {
  const { t } = useTranslation();
  const themeOptions = useTermOptions('theme');
  const strategyLineOptions = useTermOptions('strategyLine');
  const [q, setQ] = useState(search.q ?? '');
  const [days, setDays] = useState(search.expiringWithinDays?.toString() ?? '');
  useEffect(() => setQ(search.q ?? ''), [search.q]);
  useEffect(() => setDays(search.expiringWithinDays?.toString() ?? ''), [search.expiringWithinDays]);
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    const parsedDays = Number.parseInt(days, 10);
    onChange({
      q: q.trim() || undefined,
      expiringWithinDays: Number.isFinite(parsedDays) && parsedDays >= 0 ? parsedDays : undefined,
    });
  };
  const select = <K extends keyof LinksSearch>(key: K) => ({
    value: (search[key] as string | undefined) ?? '',
    onChange: (event: { target: { value: string } }) => onChange({ [key]: event.target.value || undefined }),
  });
  return (
    <form className="filters" aria-label={t('links.filtersLabel')} onSubmit={onSubmit}>
      <TextInput
        label={t('common.search')}
        type="search"
        value={q}
        onChange={(event) => setQ(event.target.value)}
      />
      <Select
        label={t('links.fields.kind')}
        placeholder={t('common.all')}
        options={enumOptions(t, 'linkKind', linkKinds)}
        {...select('kind')}
      />
      <Select
        label={t('links.fields.status')}
        placeholder={t('common.all')}
        options={enumOptions(t, 'linkStatus', linkStatuses)}
        {...select('status')}
      />
      <Select
        label={t('links.fields.theme')}
        placeholder={t('common.all')}
        options={themeOptions}
        {...select('theme')}
      />
      <Select
        label={t('links.fields.strategyLine')}
        placeholder={t('common.all')}
        options={strategyLineOptions}
        {...select('strategyLine')}
      />
      <TextInput
        label={t('links.fields.expiringWithinDays')}
        type="number"
        min={0}
        max={3650}
        inputMode="numeric"
        value={days}
        onChange={(event) => setDays(event.target.value)}
      />
      <Select
        label={t('common.archivedFilter')}
        options={enumOptions(t, 'archivedFilter', linkArchivedFilters)}
        value={search.archived ?? 'active'}
        onChange={(event) =>
          onChange({
            archived:
              event.target.value === 'active' ? undefined : (event.target.value as LinksSearch['archived']),
          })
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
              kind: undefined,
              status: undefined,
              theme: undefined,
              strategyLine: undefined,
              expiringWithinDays: undefined,
              partnerId: undefined,
              archived: undefined,
            })
          }
        >
          {t('common.clearFilters')}
        </button>
      </div>
    </form>
  );
}

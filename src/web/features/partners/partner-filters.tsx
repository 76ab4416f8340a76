import { type FormEvent, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { partnerKinds } from '../../../contracts/partners';
import { enumOptions } from '../../lib/enum-options';
import { useCodelistOptions } from '../../lib/use-codelist';
import { Select, TextInput } from '../../ui/field';
import { archivedFilters, type PartnersSearch } from './partners-search';

type PartnerFiltersProps = { search: PartnersSearch; onChange: (patch: Partial<PartnersSearch>) => void };

/** Filters of the partners list; selects apply at once, texts when the form is submitted. */
export function PartnerFilters({ search, onChange }: PartnerFiltersProps) {
  const { t } = useTranslation();
  const countries = useCodelistOptions('countries');
  const [q, setQ] = useState(search.q ?? '');
  const [tag, setTag] = useState(search.tag ?? '');
  useEffect(() => setQ(search.q ?? ''), [search.q]);
  useEffect(() => setTag(search.tag ?? ''), [search.tag]);

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    onChange({ q: q.trim() || undefined, tag: tag.trim() || undefined });
  };
  return (
    <form className="filters" aria-label={t('partners.filtersLabel')} onSubmit={onSubmit}>
      <TextInput
        label={t('common.search')}
        type="search"
        value={q}
        onChange={(event) => setQ(event.target.value)}
      />
      <Select
        label={t('partners.fields.kind')}
        placeholder={t('common.all')}
        options={enumOptions(t, 'partnerKind', partnerKinds)}
        value={search.kind ?? ''}
        onChange={(event) => onChange({ kind: (event.target.value || undefined) as PartnersSearch['kind'] })}
      />
      <Select
        label={t('partners.fields.country')}
        placeholder={t('common.all')}
        options={countries.options}
        value={search.countryCode ?? ''}
        onChange={(event) => onChange({ countryCode: event.target.value || undefined })}
      />
      <TextInput
        label={t('partners.fields.tag')}
        value={tag}
        onChange={(event) => setTag(event.target.value)}
      />
      <Select
        label={t('common.archivedFilter')}
        options={enumOptions(t, 'archivedFilter', archivedFilters)}
        value={search.archived ?? 'active'}
        onChange={(event) =>
          onChange({
            archived:
              event.target.value === 'active'
                ? undefined
                : (event.target.value as PartnersSearch['archived']),
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
              countryCode: undefined,
              tag: undefined,
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

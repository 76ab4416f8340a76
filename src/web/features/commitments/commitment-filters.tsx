import { useTranslation } from 'react-i18next';
import { Select } from '../../ui/field';
import { useDepartmentOptions, useLinkOptions, usePartnerOptions } from '../agenda/picker-options';
import type { CommitmentsSearch } from './commitments-search';

type CommitmentFiltersProps = {
  search: CommitmentsSearch;
  onChange: (patch: Partial<CommitmentsSearch>) => void;
};

/** Filters by owner department, counterpart and link; each choice applies at once and stays in the URL. */
export function CommitmentFilters({ search, onChange }: CommitmentFiltersProps) {
  const { t } = useTranslation();
  const departments = useDepartmentOptions();
  const partners = usePartnerOptions();
  const links = useLinkOptions();
  return (
    <form
      className="filters"
      aria-label={t('commitments.filtersLabel')}
      onSubmit={(event) => event.preventDefault()}
    >
      <Select
        label={t('commitments.fields.ownerDepartment')}
        placeholder={t('common.all')}
        options={departments}
        value={search.departmentId ?? ''}
        onChange={(event) => onChange({ departmentId: event.target.value || undefined })}
      />
      <Select
        label={t('commitments.fields.counterpart')}
        placeholder={t('common.all')}
        options={partners}
        value={search.partnerId ?? ''}
        onChange={(event) => onChange({ partnerId: event.target.value || undefined })}
      />
      <Select
        label={t('commitments.fields.link')}
        placeholder={t('common.all')}
        options={links}
        value={search.linkId ?? ''}
        onChange={(event) => onChange({ linkId: event.target.value || undefined })}
      />
      <div className="filters-actions">
        <button
          type="button"
          className="button button-secondary"
          onClick={() => onChange({ departmentId: undefined, partnerId: undefined, linkId: undefined })}
        >
          {t('common.clearFilters')}
        </button>
      </div>
    </form>
  );
}

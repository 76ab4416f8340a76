import { useTranslation } from 'react-i18next';

type PaginationProps = {
  page: number;
  pageSize: number;
  total: number;
  onPageChange: (page: number) => void;
};

export function Pagination({ page, pageSize, total, onPageChange }: PaginationProps) {
  const { t } = useTranslation();
  const pageCount = Math.max(1, Math.ceil(total / pageSize));
  return (
    <nav className="pagination" aria-label={t('pagination.label')}>
      <p className="pagination-status">
        {t('pagination.status', { page, pageCount, results: t('pagination.results', { count: total }) })}
      </p>
      <div className="pagination-buttons">
        <button
          type="button"
          className="button button-secondary"
          disabled={page <= 1}
          onClick={() => onPageChange(page - 1)}
        >
          {t('pagination.previous')}
        </button>
        <button
          type="button"
          className="button button-secondary"
          disabled={page >= pageCount}
          onClick={() => onPageChange(page + 1)}
        >
          {t('pagination.next')}
        </button>
      </div>
    </nav>
  );
}

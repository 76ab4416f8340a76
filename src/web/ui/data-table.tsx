import { type ReactNode, useId } from 'react';
import { useTranslation } from 'react-i18next';

export type Column<Row> = {
  key: string;
  header: string;
  render: (row: Row) => ReactNode;
  sortKey?: string;
  isNumeric?: boolean;
  isRowHeader?: boolean;
};

export type SortState = { field: string; direction: 'asc' | 'desc' };

type DataTableProps<Row> = {
  caption: string;
  isCaptionHidden?: boolean;
  columns: Column<Row>[];
  rows: Row[];
  rowKey: (row: Row) => string;
  sort?: SortState;
  onSort?: (field: string) => void;
};

/** A table with real headers; sortable columns are buttons inside headers that announce aria-sort. */
export function DataTable<Row>({
  caption,
  isCaptionHidden,
  columns,
  rows,
  rowKey,
  sort,
  onSort,
}: DataTableProps<Row>) {
  const { t } = useTranslation();
  const captionId = useId();
  return (
    // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must be reachable by keyboard
    <section className="table-wrapper" aria-labelledby={captionId} tabIndex={0}>
      <table className="table">
        <caption id={captionId} className={isCaptionHidden ? 'visually-hidden' : undefined}>
          {caption}
        </caption>
        <thead>
          <tr>
            {columns.map((column) => {
              const isSorted = sort && column.sortKey && sort.field === column.sortKey;
              const ariaSort = isSorted ? (sort.direction === 'asc' ? 'ascending' : 'descending') : undefined;
              return (
                <th
                  key={column.key}
                  scope="col"
                  aria-sort={ariaSort}
                  className={column.isNumeric ? 'numeric' : undefined}
                >
                  {column.sortKey && onSort ? (
                    <button
                      type="button"
                      className="sort-button"
                      onClick={() => onSort(column.sortKey ?? column.key)}
                    >
                      {column.header}
                      <span aria-hidden="true" className="sort-indicator">
                        {isSorted ? (sort.direction === 'asc' ? '▲' : '▼') : '↕'}
                      </span>
                      <span className="visually-hidden">{t('table.sortBy')}</span>
                    </button>
                  ) : (
                    column.header
                  )}
                </th>
              );
            })}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={rowKey(row)}>
              {columns.map((column) =>
                column.isRowHeader ? (
                  <th key={column.key} scope="row" className="row-header">
                    {column.render(row)}
                  </th>
                ) : (
                  <td key={column.key} className={column.isNumeric ? 'numeric' : undefined}>
                    {column.render(row)}
                  </td>
                ),
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}

/** Next sort state when a header is pressed: same column flips direction, a new one starts ascending. */
export function toggleSort(current: SortState, field: string): SortState {
  if (current.field === field) return { field, direction: current.direction === 'asc' ? 'desc' : 'asc' };
  return { field, direction: 'asc' };
}

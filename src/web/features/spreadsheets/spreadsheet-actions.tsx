import { lazy, Suspense, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { canImportSheet, type SheetFormat, type SheetRegistry } from '../../../contracts/spreadsheets';
import { buildQueryString } from '../../lib/api-client';
import { describeError } from '../../lib/form-errors';
import { Loading } from '../../ui/states';
import { governmentPath, useGovernment } from '../auth/government-context';
import { downloadFile } from '../iati/upload';

const ImportPanel = lazy(() => import('./import-panel').then((module) => ({ default: module.ImportPanel })));

type Filters = Record<string, string | number | boolean | null | undefined>;

/**
 * Export (XLSX or CSV, with the filters the list shows), the template, and the import of a registry:
 * the buttons every list page shows above its table. Export-only registries show only the export.
 */
export function SpreadsheetActions({ registry, filters }: { registry: SheetRegistry; filters: Filters }) {
  const { t, i18n } = useTranslation();
  const { governmentId, role } = useGovernment();
  // Only the roles the server lets import see the template and the import: others would get a 403.
  const canImport = canImportSheet(registry, role);
  const [isImporting, setIsImporting] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [isBusy, setIsBusy] = useState(false);
  const base = governmentPath(governmentId, `/spreadsheets/${registry}`);

  const download = async (path: string, fallback: string) => {
    setError(null);
    setIsBusy(true);
    try {
      await downloadFile(path, i18n.language, fallback);
    } catch (caught) {
      setError(caught);
    } finally {
      setIsBusy(false);
    }
  };
  const exportAs = (format: SheetFormat) =>
    download(`${base}/export${buildQueryString({ ...filters, format })}`, `${registry}.${format}`);

  return (
    <section className="sheet-actions" aria-label={t('spreadsheets.actions')}>
      <div className="button-row">
        <button
          type="button"
          className="button button-secondary"
          disabled={isBusy}
          onClick={() => void exportAs('xlsx')}
        >
          {t('spreadsheets.exportXlsx')}
        </button>
        <button
          type="button"
          className="button button-secondary"
          disabled={isBusy}
          onClick={() => void exportAs('csv')}
        >
          {t('spreadsheets.exportCsv')}
        </button>
        {canImport ? (
          <>
            <button
              type="button"
              className="button button-secondary"
              disabled={isBusy}
              onClick={() => void download(`${base}/template?format=xlsx`, `${registry}-template.xlsx`)}
            >
              {t('spreadsheets.downloadTemplate')}
            </button>
            <button
              type="button"
              className="button button-secondary"
              aria-expanded={isImporting}
              onClick={() => setIsImporting((value) => !value)}
            >
              {t('spreadsheets.import')}
            </button>
          </>
        ) : null}
      </div>
      {error ? (
        <div className="alert alert-error" role="alert">
          <p>{describeError(t, error)}</p>
        </div>
      ) : null}
      {isImporting ? (
        <Suspense fallback={<Loading />}>
          <ImportPanel registry={registry} onClose={() => setIsImporting(false)} />
        </Suspense>
      ) : null}
    </section>
  );
}

import { type ChangeEvent, type FormEvent, type ReactNode, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import type { importRatesResultSchema } from '../../../contracts/funding';
import { describeError } from '../../lib/form-errors';
import { formatDate } from '../../lib/format';
import { DataTable } from '../../ui/data-table';
import { Textarea, TextInput } from '../../ui/field';
import { EmptyState, ErrorState, Loading, PageHeader } from '../../ui/states';
import { useGovernment } from '../auth/government-context';
import { CooperationNav } from './cooperation-nav';
import { useExchangeRates, useImportRates } from './use-funding';
import './cooperation.css';

type ImportResult = z.infer<typeof importRatesResultSchema>;

/** The rates that convert each transaction to the reporting currency, loaded from a spreadsheet. */
export function RatesPage() {
  const { t, i18n } = useTranslation();
  const language = i18n.language;
  const { canEdit } = useGovernment();
  const query = useExchangeRates();
  const items = query.data?.items ?? [];
  let content: ReactNode;
  if (query.isLoading) content = <Loading />;
  else if (query.isError) content = <ErrorState error={query.error} onRetry={() => void query.refetch()} />;
  else if (items.length === 0)
    content = (
      <EmptyState
        headingLevel={3}
        title={t('cooperation.rates.emptyTitle')}
        description={t('cooperation.rates.emptyText')}
      />
    );
  else
    content = (
      <DataTable
        caption={t('cooperation.rates.caption', {
          count: items.length,
          currency: items[0]?.reportingCurrency ?? '',
        })}
        rows={items}
        rowKey={(row) => row.id}
        columns={[
          {
            key: 'currency',
            header: t('cooperation.rates.currency'),
            isRowHeader: true,
            render: (row) => row.currency,
          },
          {
            key: 'date',
            header: t('cooperation.rates.date'),
            render: (row) => formatDate(row.rateDate, language),
          },
          {
            key: 'rate',
            header: t('cooperation.rates.rate'),
            isNumeric: true,
            render: (row) =>
              t('cooperation.rates.rateText', {
                rate: new Intl.NumberFormat(language, { maximumFractionDigits: 8 }).format(Number(row.rate)),
                from: row.currency,
                to: row.reportingCurrency,
              }),
          },
          { key: 'source', header: t('cooperation.rates.source'), render: (row) => row.source ?? '—' },
        ]}
      />
    );
  return (
    <div className="page">
      <PageHeader title={t('cooperation.rates.title')} description={t('cooperation.rates.description')} />
      <CooperationNav />
      {canEdit ? <RatesImport /> : <p className="muted">{t('common.readOnly')}</p>}
      <section className="section" aria-labelledby="rates-list-title">
        <h2 id="rates-list-title">{t('cooperation.rates.listTitle')}</h2>
        {content}
      </section>
    </div>
  );
}

function RatesImport() {
  const { t } = useTranslation();
  const fileId = useId();
  const importRates = useImportRates();
  const [csv, setCsv] = useState('');
  const [source, setSource] = useState('');
  const [fileName, setFileName] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [result, setResult] = useState<ImportResult | null>(null);
  const onFile = async (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    if (!file) return;
    setCsv(await file.text());
    setFileName(file.name);
    if (!source) setSource(file.name);
  };
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    setResult(null);
    if (csv.trim() === '') {
      setError(t('cooperation.rates.csvRequired'));
      return;
    }
    setError(null);
    importRates.mutate(
      { csv, source },
      { onSuccess: setResult, onError: (failure) => setError(describeError(t, failure)) },
    );
  };
  return (
    <section className="section" aria-labelledby="rates-import-title">
      <h2 id="rates-import-title">{t('cooperation.rates.importTitle')}</h2>
      <p className="muted">{t('cooperation.rates.importHelp')}</p>
      <p className="field-hint">{t('cooperation.rates.example')}:</p>
      <pre className="csv-example">
        {'currency,date,rate\nUSD,2026-01-31,4012.55\nEUR,2026-01-31,4398.10'}
      </pre>
      <form className="form" onSubmit={onSubmit} noValidate>
        <div className="field">
          <label htmlFor={fileId} className="field-label">
            {t('cooperation.rates.file')}
          </label>
          <input
            id={fileId}
            type="file"
            accept=".csv,text/csv,text/plain"
            className="input"
            onChange={(event) => void onFile(event)}
          />
          {fileName ? (
            <p className="field-hint">{t('cooperation.rates.fileRead', { name: fileName })}</p>
          ) : null}
        </div>
        <Textarea
          label={t('cooperation.rates.paste')}
          hint={t('cooperation.rates.pasteHint')}
          rows={6}
          value={csv}
          onChange={(event) => setCsv(event.target.value)}
          error={error ? { message: error } : undefined}
        />
        <TextInput
          label={t('cooperation.rates.sourceLabel')}
          hint={t('cooperation.rates.sourceHint')}
          value={source}
          onChange={(event) => setSource(event.target.value)}
        />
        <div className="form-actions">
          <button type="submit" className="button button-primary" disabled={importRates.isPending}>
            {importRates.isPending ? t('common.working') : t('cooperation.rates.import')}
          </button>
        </div>
      </form>
      <div role="status" aria-live="polite">
        {result ? (
          <div className={`alert ${result.errors.length > 0 ? 'alert-warning' : 'alert-success'}`}>
            <p>
              {t('cooperation.rates.result', {
                imported: result.imported,
                updated: result.updated,
                errors: result.errors.length,
              })}
            </p>
            {result.errors.length > 0 ? (
              <ul>
                {result.errors.map((item) => (
                  <li key={`${item.line}-${item.message}`}>
                    {t('cooperation.rates.lineError', { line: item.line, message: item.message })}
                  </li>
                ))}
              </ul>
            ) : null}
          </div>
        ) : null}
      </div>
    </section>
  );
}

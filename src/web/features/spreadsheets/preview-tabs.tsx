import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SheetImportJob } from '../../../contracts/spreadsheets';
import { formatNumber } from '../../lib/format';
import { TabPanel, Tabs } from '../../ui/tabs';

type Kind = 'add' | 'update' | 'unchanged' | 'errors';
const kinds: Kind[] = ['add', 'update', 'unchanged', 'errors'];

/** The preview of an import: one tab per kind of row, each a table; errors name row, column and problem. */
export function PreviewTabs({ job }: { job: SheetImportJob }) {
  const { t, i18n } = useTranslation();
  const [selected, setSelected] = useState<Kind>(job.counts.errors > 0 ? 'errors' : 'add');
  const shown = job.preview[selected].length;
  const total = job.counts[selected];
  return (
    <div className="sheet-preview">
      <h3>{t('spreadsheets.previewTitle')}</h3>
      <Tabs
        label={t('spreadsheets.previewTitle')}
        idPrefix="sheet-preview"
        tabs={kinds.map((kind) => ({
          id: kind,
          label: t(`spreadsheets.tabs.${kind}`, { value: formatNumber(job.counts[kind], i18n.language) }),
        }))}
        selected={selected}
        onSelect={(id) => setSelected(id as Kind)}
      />
      <TabPanel idPrefix="sheet-preview" tabId={selected}>
        {total === 0 ? (
          <p className="muted">{t('spreadsheets.noneOfKind')}</p>
        ) : selected === 'errors' ? (
          <table className="table">
            <caption className="visually-hidden">{t('spreadsheets.tabs.errors', { value: total })}</caption>
            <thead>
              <tr>
                <th scope="col">{t('spreadsheets.row')}</th>
                <th scope="col">{t('spreadsheets.column')}</th>
                <th scope="col">{t('spreadsheets.problem')}</th>
              </tr>
            </thead>
            <tbody>
              {job.preview.errors.map((error) => (
                <tr key={`${error.row}-${error.column}-${error.message}`}>
                  <td>{formatNumber(error.row, i18n.language)}</td>
                  <td>{error.column}</td>
                  <td>{error.message}</td>
                </tr>
              ))}
            </tbody>
          </table>
        ) : (
          <table className="table">
            <caption className="visually-hidden">
              {t(`spreadsheets.tabs.${selected}`, { value: total })}
            </caption>
            <thead>
              <tr>
                <th scope="col">{t('spreadsheets.row')}</th>
                <th scope="col">{t('spreadsheets.record')}</th>
                {selected === 'update' ? <th scope="col">{t('spreadsheets.changes')}</th> : null}
              </tr>
            </thead>
            <tbody>
              {job.preview[selected].map((entry) => (
                <tr key={entry.row}>
                  <td>{formatNumber(entry.row, i18n.language)}</td>
                  <td>{entry.label}</td>
                  {selected === 'update' ? <td>{entry.changes.join(', ')}</td> : null}
                </tr>
              ))}
            </tbody>
          </table>
        )}
        {shown < total ? (
          <p className="muted">
            {t('spreadsheets.firstOnly', {
              shown: formatNumber(shown, i18n.language),
              total: formatNumber(total, i18n.language),
            })}
          </p>
        ) : null}
      </TabPanel>
    </div>
  );
}

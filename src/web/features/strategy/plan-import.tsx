import { type ChangeEvent, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ImportPlanResult } from '../../../contracts/strategy';
import { isApiError } from '../../lib/api-client';
import { describeError } from '../../lib/form-errors';
import { useImportPlan } from './use-strategy';

/** The template offices fill in Excel: headers, one axis with two programmes, and an axis alone. */
const templateCsv =
  'eje_codigo;eje_nombre;programa_codigo;programa_nombre\n' +
  '1;Ciudad que cuida;1.1;Salud pública\n' +
  '1;Ciudad que cuida;1.2;Seguridad alimentaria\n' +
  '2;Ecociudad;;\n';

const maxFileBytes = 2_000_000;

/**
 * Loads the development plan from a CSV saved from Excel: all or nothing, each problem named by line
 * and column, and a summary of what was added, renamed or left as it was.
 */
export function PlanImport() {
  const { t } = useTranslation();
  const inputId = useId();
  const importPlan = useImportPlan();
  const [result, setResult] = useState<ImportPlanResult | null>(null);
  const [problems, setProblems] = useState<string[]>([]);
  const [fileName, setFileName] = useState<string | null>(null);

  const onFile = async (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    event.target.value = '';
    setResult(null);
    setProblems([]);
    if (!file) return;
    setFileName(file.name);
    if (file.size > maxFileBytes) {
      setProblems([t('strategy.plan.tooLarge')]);
      return;
    }
    try {
      setResult(await importPlan.mutateAsync(await file.text()));
    } catch (error) {
      const fieldErrors = isApiError(error) ? (error.problem.errors ?? []) : [];
      setProblems(
        fieldErrors.length > 0 ? fieldErrors.map((item) => item.message) : [describeError(t, error)],
      );
    }
  };

  const templateHref = `data:text/csv;charset=utf-8,${encodeURIComponent(`\uFEFF${templateCsv}`)}`;
  return (
    <section className="section" aria-labelledby={`${inputId}-title`}>
      <h3 id={`${inputId}-title`}>{t('strategy.plan.importTitle')}</h3>
      <p className="muted">{t('strategy.plan.importHelp')}</p>
      <p>
        <a href={templateHref} download={t('strategy.plan.templateFileName')}>
          {t('strategy.plan.downloadTemplate')}
        </a>
      </p>
      <div className="field">
        <label htmlFor={inputId} className="field-label">
          {t('strategy.plan.chooseFile')}
        </label>
        <input
          id={inputId}
          type="file"
          accept=".csv,text/csv"
          className="input"
          onChange={(event) => void onFile(event)}
          disabled={importPlan.isPending}
          aria-describedby={`${inputId}-status`}
        />
      </div>
      <div id={`${inputId}-status`} role="status" aria-live="polite">
        {importPlan.isPending ? <p>{t('strategy.plan.importing', { name: fileName })}</p> : null}
        {result ? (
          <p className="alert alert-success">
            {t('strategy.plan.imported', {
              created: result.created,
              updated: result.updated,
              unchanged: result.unchanged,
            })}
          </p>
        ) : null}
      </div>
      {problems.length > 0 ? (
        <div className="alert alert-error" role="alert">
          <p>{t('strategy.plan.refused', { name: fileName ?? '' })}</p>
          <ul>
            {problems.map((problem) => (
              <li key={problem}>{problem}</li>
            ))}
          </ul>
        </div>
      ) : null}
    </section>
  );
}

import { useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ImportMode, SheetImportJob, SheetRegistry } from '../../../contracts/spreadsheets';
import { describeError } from '../../lib/form-errors';
import { formatNumber } from '../../lib/format';
import { TextInput } from '../../ui/field';
import { ProgressMeter } from '../../ui/progress-meter';
import { governmentPath, useGovernment } from '../auth/government-context';
import { useSession } from '../auth/use-session';
import { PreviewTabs } from './preview-tabs';
import { uploadSheet } from './upload-sheet';
import { isSheetJobDone, useApplySheetImport, useSheetJob } from './use-sheet-import';

/** Upload → preview (add, update, unchanged, errors) → mode → apply with a progress bar → summary. */
export function ImportPanel({ registry, onClose }: { registry: SheetRegistry; onClose: () => void }) {
  const { t, i18n } = useTranslation();
  const { governmentId } = useGovernment();
  const session = useSession();
  const queryClient = useQueryClient();
  const fileId = useId();
  const [file, setFile] = useState<File | null>(null);
  const [fileError, setFileError] = useState<string | null>(null);
  const [upload, setUpload] = useState<number | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [preview, setPreview] = useState<SheetImportJob | null>(null);
  const [mode, setMode] = useState<ImportMode>('add_and_update');
  const [announcement, setAnnouncement] = useState('');
  const apply = useApplySheetImport(registry);
  const isApplied = apply.isSuccess;
  const running = useSheetJob(registry, preview?.id ?? null, isApplied);
  const job = running.data ?? apply.data ?? null;
  const isDone = job !== null && isApplied && isSheetJobDone(job);
  const count = (value: number) => formatNumber(value, i18n.language);

  // Announce the end once, and refresh every list of the government: they may show what was written.
  const hasAnnounced = useRef(false);
  useEffect(() => {
    if (!isDone || !job || hasAnnounced.current) return;
    hasAnnounced.current = true;
    setAnnouncement(
      job.status === 'completed'
        ? t('spreadsheets.done', { added: count(job.applied.added), updated: count(job.applied.updated) })
        : t('spreadsheets.failed', { error: job.error ?? '' }),
    );
    void queryClient.invalidateQueries({ queryKey: ['gov', governmentId] });
  });

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    if (!file) {
      setFileError(t('spreadsheets.fileRequired'));
      return;
    }
    setFileError(null);
    setError(null);
    setPreview(null);
    apply.reset();
    hasAnnounced.current = false;
    setUpload(0);
    try {
      const created = await uploadSheet(governmentPath(governmentId, `/spreadsheets/${registry}/imports`), {
        file,
        csrfToken: session.data?.csrfToken ?? null,
        language: i18n.language,
        onProgress: setUpload,
      });
      setPreview(created);
      setAnnouncement(
        t('spreadsheets.previewReady', {
          add: count(created.counts.add),
          update: count(created.counts.update),
          errors: count(created.counts.errors),
        }),
      );
    } catch (caught) {
      setError(caught);
      setAnnouncement(describeError(t, caught));
    } finally {
      setUpload(null);
    }
  };

  const hasErrors = (preview?.counts.errors ?? 0) > 0;
  const toWrite = preview ? preview.counts.add + (mode === 'add_and_update' ? preview.counts.update : 0) : 0;
  return (
    <div className="sheet-import panel">
      <h2>{t('spreadsheets.importTitle')}</h2>
      <p className="muted">{t('spreadsheets.importIntro')}</p>
      <form className="form" onSubmit={(event) => void onSubmit(event)} noValidate>
        <TextInput
          id={fileId}
          type="file"
          label={t('spreadsheets.file')}
          hint={t('spreadsheets.fileHint')}
          error={fileError ? { message: fileError } : undefined}
          accept=".xlsx,.csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet,text/csv"
          onChange={(event) => setFile(event.target.files?.[0] ?? null)}
        />
        <div className="form-actions">
          <button type="submit" className="button button-primary" disabled={upload !== null}>
            {t('spreadsheets.preview')}
          </button>
          <button type="button" className="button button-secondary" onClick={onClose}>
            {t('common.cancel')}
          </button>
        </div>
      </form>
      <p className="visually-hidden" role="status" aria-live="polite" aria-atomic="true">
        {announcement}
      </p>
      {upload !== null ? <ProgressMeter label={t('spreadsheets.uploading')} value={upload} /> : null}
      {error ? (
        <div className="alert alert-error" role="alert">
          <p>{describeError(t, error)}</p>
        </div>
      ) : null}
      {preview ? <PreviewTabs job={preview} /> : null}
      {preview && hasErrors ? (
        <div className="alert alert-error">
          <p>{t('spreadsheets.fixErrors', { count: preview.counts.errors })}</p>
        </div>
      ) : null}
      {preview && !hasErrors && !isApplied ? (
        <form
          className="form"
          onSubmit={(event) => {
            event.preventDefault();
            apply.mutate({ jobId: preview.id, mode });
          }}
        >
          <fieldset className="fieldset">
            <legend>{t('spreadsheets.mode')}</legend>
            {(['add', 'add_and_update'] as const).map((option) => (
              <label key={option} className="radio">
                <input
                  type="radio"
                  name="sheet-import-mode"
                  value={option}
                  checked={mode === option}
                  onChange={() => setMode(option)}
                />{' '}
                {t(`spreadsheets.modes.${option}`)}
              </label>
            ))}
          </fieldset>
          <div className="form-actions">
            <button
              type="submit"
              className="button button-primary"
              disabled={apply.isPending || toWrite === 0}
            >
              {t('spreadsheets.apply', { count: toWrite })}
            </button>
          </div>
          {apply.error ? (
            <div className="alert alert-error" role="alert">
              <p>{describeError(t, apply.error)}</p>
            </div>
          ) : null}
        </form>
      ) : null}
      {isApplied && job ? (
        <ProgressMeter
          label={t('spreadsheets.applying')}
          value={job.progress}
          detail={t(`spreadsheets.status.${job.status}`)}
        />
      ) : null}
      {isDone && job ? (
        <div className={`alert ${job.status === 'completed' ? 'alert-success' : 'alert-error'}`}>
          <h3>{job.status === 'completed' ? t('spreadsheets.doneTitle') : t('spreadsheets.failedTitle')}</h3>
          <p>
            {job.status === 'completed'
              ? t('spreadsheets.done', {
                  added: count(job.applied.added),
                  updated: count(job.applied.updated),
                })
              : t('spreadsheets.failed', { error: job.error ?? '' })}
          </p>
        </div>
      ) : null}
    </div>
  );
}

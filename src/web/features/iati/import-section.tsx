import { useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ImportJob } from '../../../contracts/iati';
import { describeError } from '../../lib/form-errors';
import { formatNumber } from '../../lib/format';
import { TextInput } from '../../ui/field';
import { ProgressMeter } from '../../ui/progress-meter';
import { governmentPath, useGovernment } from '../auth/government-context';
import { useSession } from '../auth/use-session';
import { ImportJobsTable, SkippedList } from './import-jobs';
import { uploadIatiFile } from './upload';
import { iatiKey, isJobDone, useImportJob } from './use-iati';

/** The milestone a fraction has reached, so the live region speaks at 25 %, 50 %, 75 % and not on every poll. */
function milestone(fraction: number): number {
  return Math.floor(Math.min(1, fraction) * 4);
}

/** Upload of a donor's IATI file and its import in the background, each with its own progress bar. */
export function ImportSection() {
  const { t, i18n } = useTranslation();
  const language = i18n.language;
  const { governmentId, canEdit } = useGovernment();
  const session = useSession();
  const queryClient = useQueryClient();
  const fileId = useId();
  const [file, setFile] = useState<File | null>(null);
  const [fileError, setFileError] = useState<string | null>(null);
  const [upload, setUpload] = useState<number | null>(null);
  const [uploadError, setUploadError] = useState<unknown>(null);
  const [jobId, setJobId] = useState<string | null>(null);
  const [announcement, setAnnouncement] = useState('');
  const spoken = useRef({ upload: -1, job: -1 });
  const job = useImportJob(jobId);
  const current = job.data;
  const percent = (fraction: number) =>
    new Intl.NumberFormat(language, { style: 'percent' }).format(fraction);

  // Announce the import's milestones and its end once each; refresh the lists when it ends.
  useEffect(() => {
    if (!current) return;
    if (isJobDone(current)) {
      if (spoken.current.job !== 99) {
        spoken.current.job = 99;
        setAnnouncement(
          current.status === 'completed'
            ? t('iati.import.announceDone', {
                imported: t('iati.import.activitiesImported', {
                  count: current.activitiesImported,
                  value: formatNumber(current.activitiesImported, i18n.language),
                }),
                skipped: t('iati.import.skippedCount', {
                  count: current.activitiesSkipped,
                  value: formatNumber(current.activitiesSkipped, i18n.language),
                }),
              })
            : t('iati.import.announceFailed', { error: current.error ?? '' }),
        );
        void queryClient.invalidateQueries({ queryKey: [...iatiKey(governmentId), 'imports'] });
        void queryClient.invalidateQueries({ queryKey: [...iatiKey(governmentId), 'catalogue'] });
      }
      return;
    }
    const step = milestone(current.progress);
    if (step > spoken.current.job) {
      spoken.current.job = step;
      setAnnouncement(t('iati.import.announceImport', { percent: percent(step / 4) }));
    }
  });

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    if (!file) {
      setFileError(t('iati.import.fileRequired'));
      return;
    }
    setFileError(null);
    setUploadError(null);
    setJobId(null);
    spoken.current = { upload: -1, job: -1 };
    setUpload(0);
    setAnnouncement(t('iati.import.announceStart', { name: file.name }));
    try {
      const created = await uploadIatiFile(governmentPath(governmentId, '/iati/imports'), {
        file,
        csrfToken: session.data?.csrfToken ?? null,
        language,
        onProgress: (fraction) => {
          setUpload(fraction);
          const step = milestone(fraction);
          if (step > spoken.current.upload && step < 4) {
            spoken.current.upload = step;
            setAnnouncement(t('iati.import.announceUpload', { percent: percent(step / 4) }));
          }
        },
      });
      setAnnouncement(t('iati.import.announceUploaded'));
      setJobId(created.id);
      await queryClient.invalidateQueries({ queryKey: [...iatiKey(governmentId), 'imports'] });
    } catch (error) {
      setUpload(null);
      setUploadError(error);
      setAnnouncement(describeError(t, error));
    }
  };

  const isBusy =
    upload !== null && (jobId === null || (current !== undefined && !isJobDone(current)) || !current);
  return (
    <section className="section" aria-labelledby="iati-import-title">
      <h2 id="iati-import-title">{t('iati.import.title')}</h2>
      <p className="muted">{t('iati.import.intro')}</p>
      {canEdit ? (
        <form className="form" onSubmit={(event) => void onSubmit(event)} noValidate>
          <TextInput
            id={fileId}
            type="file"
            label={t('iati.import.file')}
            hint={t('iati.import.fileHint')}
            error={fileError ? { message: fileError } : undefined}
            accept=".xml,application/xml,text/xml"
            onChange={(event) => setFile(event.target.files?.[0] ?? null)}
          />
          <div className="form-actions">
            <button type="submit" className="button button-primary" disabled={isBusy}>
              {isBusy ? t('iati.import.working') : t('iati.import.start')}
            </button>
          </div>
        </form>
      ) : (
        <p className="muted">{t('common.readOnly')}</p>
      )}
      <p className="visually-hidden" role="status" aria-live="polite" aria-atomic="true">
        {announcement}
      </p>
      {upload !== null ? (
        <div className="import-progress">
          <ProgressMeter
            label={t('iati.import.uploadProgress')}
            value={upload}
            detail={file ? file.name : undefined}
          />
          {jobId ? (
            <ProgressMeter
              label={t('iati.import.importProgress')}
              value={current?.status === 'completed' ? 1 : (current?.progress ?? 0)}
              detail={current ? t(`iati.status.${current.status}`) : t('iati.status.queued')}
            />
          ) : null}
        </div>
      ) : null}
      {uploadError ? (
        <div className="alert alert-error" role="alert">
          <p>{describeError(t, uploadError)}</p>
        </div>
      ) : null}
      {current && isJobDone(current) ? <ImportResult job={current} /> : null}
      <ImportJobsTable />
    </section>
  );
}

function ImportResult({ job }: { job: ImportJob }) {
  const { t, i18n } = useTranslation();
  const language = i18n.language;
  return (
    <div className={`alert ${job.status === 'completed' ? 'alert-success' : 'alert-error'}`}>
      <h3>{job.status === 'completed' ? t('iati.import.resultDone') : t('iati.import.resultFailed')}</h3>
      <p>
        {t('iati.import.counts', {
          seen: formatNumber(job.activitiesSeen, language),
          imported: formatNumber(job.activitiesImported, language),
          skipped: formatNumber(job.activitiesSkipped, language),
        })}
      </p>
      {job.error ? <p>{job.error}</p> : null}
      <SkippedList job={job} />
    </div>
  );
}

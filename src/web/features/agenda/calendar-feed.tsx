import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { describeError } from '../../lib/form-errors';
import { ConfirmDialog } from '../../ui/confirm-dialog';
import { ErrorState } from '../../ui/states';
import { useToast } from '../../ui/toast';
import { useCalendarFeed } from './use-agenda';

/**
 * The person's private calendar feed (every event and their own commitments) and the government's
 * public one (published events). The private URL carries a secret shown only when it is created.
 */
export function CalendarFeedSection() {
  const { t } = useTranslation();
  const feed = useCalendarFeed();
  const { showToast } = useToast();
  const [isResetOpen, setIsResetOpen] = useState(false);
  const data = feed.data;
  return (
    <section className="section calendar-feed" aria-labelledby="calendar-feed-title">
      <h2 id="calendar-feed-title">{t('agenda.feed.title')}</h2>
      <p>{t('agenda.feed.intro')}</p>
      {!data ? (
        <button
          type="button"
          className="button button-secondary"
          disabled={feed.isPending}
          onClick={() => feed.mutate(false)}
        >
          {feed.isPending ? t('common.working') : t('agenda.feed.show')}
        </button>
      ) : null}
      {feed.isError ? <ErrorState error={feed.error} /> : null}
      {data ? (
        <>
          {data.isNew ? (
            <>
              <p className="alert alert-warning">{t('agenda.feed.privateOnce')}</p>
              <CopyableUrl label={t('agenda.feed.privateUrl')} url={data.privateUrl} />
            </>
          ) : (
            <p className="alert alert-info">{t('agenda.feed.privateHidden')}</p>
          )}
          <button type="button" className="button button-secondary" onClick={() => setIsResetOpen(true)}>
            {t('agenda.feed.reset')}
          </button>
          <CopyableUrl
            label={t('agenda.feed.publicUrl')}
            hint={t('agenda.feed.publicHint')}
            url={data.publicUrl}
          />
          <h3>{t('agenda.feed.howTitle')}</h3>
          <ul className="item-list">
            <li>
              <strong>{t('agenda.feed.outlookTitle')}</strong> {t('agenda.feed.outlookSteps')}
            </li>
            <li>
              <strong>{t('agenda.feed.googleTitle')}</strong> {t('agenda.feed.googleSteps')}
            </li>
          </ul>
          <p className="muted">{t('agenda.feed.refreshNote')}</p>
        </>
      ) : null}
      <ConfirmDialog
        isOpen={isResetOpen}
        title={t('agenda.feed.resetTitle')}
        description={t('agenda.feed.resetText')}
        confirmLabel={t('agenda.feed.reset')}
        isDanger
        isPending={feed.isPending}
        onCancel={() => setIsResetOpen(false)}
        onConfirm={() =>
          feed.mutate(true, {
            onSuccess: () => {
              setIsResetOpen(false);
              showToast(t('agenda.feed.resetDone'));
            },
            onError: (error) => {
              setIsResetOpen(false);
              showToast(describeError(t, error), 'error');
            },
          })
        }
      />
    </section>
  );
}

function CopyableUrl({ label, hint, url }: { label: string; hint?: string; url: string }) {
  const { t } = useTranslation();
  const { showToast } = useToast();
  const id = useId();
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(url);
      showToast(t('agenda.feed.copied'));
    } catch {
      showToast(t('agenda.feed.copyFailed'), 'error');
    }
  };
  return (
    <div className="field copyable-url">
      <label htmlFor={id} className="field-label">
        {label}
      </label>
      {hint ? (
        <p id={`${id}-hint`} className="field-hint">
          {hint}
        </p>
      ) : null}
      <div className="copyable-url-row">
        <input
          id={id}
          className="input"
          readOnly
          value={url}
          aria-describedby={hint ? `${id}-hint` : undefined}
          onFocus={(event) => event.target.select()}
        />
        <button type="button" className="button button-secondary" onClick={() => void copy()}>
          {t('agenda.feed.copy')}
          <span className="visually-hidden">: {label}</span>
        </button>
      </div>
    </div>
  );
}

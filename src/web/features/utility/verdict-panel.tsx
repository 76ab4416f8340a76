import { Link } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Contest, VerdictDetail, VerdictSubjectKind } from '../../../contracts/utility';
import { describeError } from '../../lib/form-errors';
import { formatDate, formatDateTime } from '../../lib/format';
import { ErrorState, Loading } from '../../ui/states';
import { useToast } from '../../ui/toast';
import { useGovernment } from '../auth/government-context';
import { ContestDialog } from './contest-dialog';
import { RecordLink } from './record-link';
import { useVerdict, useWithdrawContest } from './use-utility';
import { VerdictBadge } from './verdict-badge';
import { reasonText, remedyText } from './verdict-text';
import './utility.css';

/**
 * The protocol-only verdict of a link or an event: the verdict, why, what would change it (with a link
 * to each record to act on), and the team's written justification beside it when it was contested.
 */
export function VerdictPanel({ kind, id }: { kind: VerdictSubjectKind; id: string }) {
  const { t } = useTranslation();
  const query = useVerdict(kind, id);
  const headingId = `verdict-title-${kind}`;
  return (
    <section className="section verdict-panel" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('utility.verdictPanel.title')}</h2>
      {query.isLoading ? <Loading /> : null}
      {query.isError ? <ErrorState error={query.error} onRetry={() => void query.refetch()} /> : null}
      {query.data ? <VerdictBody detail={query.data} /> : null}
    </section>
  );
}

function VerdictBody({ detail }: { detail: VerdictDetail }) {
  const { t, i18n } = useTranslation();
  const language = i18n.language;
  const { canEdit } = useGovernment();
  const [isContestOpen, setIsContestOpen] = useState(false);
  return (
    <>
      <p className="verdict-headline">
        <VerdictBadge verdict={detail.verdict} isContested={Boolean(detail.contest)} />{' '}
        <span className="muted">
          {detail.graceEndsOn
            ? t('utility.verdictPanel.asOfWithGrace', {
                date: formatDate(detail.asOf, language),
                graceEndsOn: formatDate(detail.graceEndsOn, language),
              })
            : t('utility.verdictPanel.asOf', { date: formatDate(detail.asOf, language) })}
        </span>
      </p>
      <p className="field-hint">{t(`utility.verdictMeaning.${detail.verdict}`)}</p>
      <div className="verdict-columns">
        <div>
          <h3>{t('utility.verdictPanel.reasons')}</h3>
          {detail.reasons.length === 0 ? (
            <p className="muted">{t('utility.verdictPanel.noReasons')}</p>
          ) : (
            <ul className="reason-list">
              {detail.reasons.map((reason) => (
                <li key={`${reason.code}-${JSON.stringify(reason.params)}`}>
                  {reasonText(t, reason, language)}
                </li>
              ))}
            </ul>
          )}
        </div>
        <div>
          <h3>{t('utility.verdictPanel.remedies')}</h3>
          {detail.remedies.length === 0 ? (
            <p className="muted">{t('utility.verdictPanel.noRemedies')}</p>
          ) : (
            <ul className="reason-list">
              {detail.remedies.map((remedy) => (
                <li key={`${remedy.code}-${JSON.stringify(remedy.params)}`}>
                  {remedy.records.length > 0 ? (
                    <RecordLink kind={remedy.records[0]?.kind ?? 'link'} id={remedy.records[0]?.id ?? ''}>
                      {remedyText(t, remedy, language)}
                    </RecordLink>
                  ) : (
                    <RemedyAction code={remedy.code} text={remedyText(t, remedy, language)} />
                  )}
                </li>
              ))}
            </ul>
          )}
        </div>
      </div>
      {detail.contest ? (
        <ContestNote contest={detail.contest} canWithdraw={canEdit} />
      ) : canEdit ? (
        <p>
          <button type="button" className="button button-secondary" onClick={() => setIsContestOpen(true)}>
            {t('utility.contest.open')}
          </button>
        </p>
      ) : null}
      {detail.contestHistory.some((contest) => contest.withdrawnAt) ? (
        <details className="contest-history">
          <summary>{t('utility.contest.history')}</summary>
          <ul className="item-list">
            {detail.contestHistory
              .filter((contest) => contest.withdrawnAt)
              .map((contest) => (
                <li key={contest.id}>
                  <q>{contest.justification}</q>{' '}
                  <span className="muted">
                    {t('utility.contest.withdrawnOn', {
                      name: contest.createdByName ?? t('utility.contest.someone'),
                      filed: formatDate(contest.createdAt, language),
                      withdrawn: formatDate(contest.withdrawnAt, language),
                    })}
                  </span>
                </li>
              ))}
          </ul>
        </details>
      ) : null}
      <p>
        <Link to="/utility/method" hash="verdict">
          {t('utility.method.linkVerdict')}
        </Link>
      </p>
      <ContestDialog detail={detail} isOpen={isContestOpen} onClose={() => setIsContestOpen(false)} />
    </>
  );
}

/** Remedies without a record to open point to where the step is taken. */
function RemedyAction({ code, text }: { code: string; text: string }) {
  if (code === 'link_initiative' || code === 'measure_beneficiaries' || code === 'record_resources') {
    return <Link to="/initiatives">{text}</Link>;
  }
  if (code === 'register_investment') return <Link to="/investment">{text}</Link>;
  return <>{text}</>;
}

function ContestNote({ contest, canWithdraw }: { contest: Contest; canWithdraw: boolean }) {
  const { t, i18n } = useTranslation();
  const { showToast } = useToast();
  const withdraw = useWithdrawContest();
  return (
    <div className="contest-note">
      <h3>{t('utility.contest.noteTitle')}</h3>
      <blockquote className="prose">{contest.justification}</blockquote>
      <p className="muted">
        {t('utility.contest.filedBy', {
          name: contest.createdByName ?? t('utility.contest.someone'),
          date: formatDateTime(contest.createdAt, i18n.language),
        })}
      </p>
      <p className="field-hint">{t('utility.contest.countedApart')}</p>
      {canWithdraw ? (
        <button
          type="button"
          className="button button-secondary button-small"
          disabled={withdraw.isPending}
          onClick={() =>
            withdraw.mutate(
              { id: contest.id, version: contest.version },
              {
                onSuccess: () => showToast(t('utility.contest.withdrawn')),
                onError: (error) => showToast(describeError(t, error), 'error'),
              },
            )
          }
        >
          {t('utility.contest.withdraw')}
        </button>
      ) : null}
    </div>
  );
}

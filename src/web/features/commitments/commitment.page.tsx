import { getRouteApi, Link } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Commitment } from '../../../contracts/agenda';
import { formatDate } from '../../lib/format';
import { DetailItem, ErrorState, Loading, PageHeader } from '../../ui/states';
import { useToast } from '../../ui/toast';
import { AuditHistory } from '../audit/audit-history';
import { useGovernment } from '../auth/government-context';
import { PublicationControl } from '../publication/publication-control';
import { CommitmentActions } from './commitment-actions';
import { CommitmentForm, commitmentToFormValues } from './commitment-form';
import { CommitmentStatusBadge, DueText } from './commitment-status-badge';
import { useCommitment, useUpdateCommitment } from './use-commitments';
import './commitments.css';

const routeApi = getRouteApi('/app/commitments/$commitmentId');

/** One commitment, the page the reminder e-mails link to: its data, status actions and history. */
export function CommitmentPage() {
  const { commitmentId } = routeApi.useParams();
  const query = useCommitment(commitmentId);
  if (query.isLoading) return <Loading />;
  if (query.isError || !query.data)
    return <ErrorState error={query.error} onRetry={() => void query.refetch()} />;
  return <CommitmentDetail commitment={query.data} />;
}

function CommitmentDetail({ commitment }: { commitment: Commitment }) {
  const { t, i18n } = useTranslation();
  const language = i18n.language;
  const { canEdit } = useGovernment();
  const { showToast } = useToast();
  const update = useUpdateCommitment(commitment.id);
  const [isEditing, setIsEditing] = useState(false);
  const isOpen = commitment.storedStatus === 'pending' || commitment.storedStatus === 'in_progress';
  return (
    <div className="page">
      <p className="breadcrumb">
        <Link to="/commitments">{t('commitments.backToBoard')}</Link>
      </p>
      <PageHeader
        title={commitment.title}
        description={t('commitments.detailDescription')}
        actions={
          canEdit && isOpen && !isEditing ? (
            <button type="button" className="button button-secondary" onClick={() => setIsEditing(true)}>
              {t('common.edit')}
            </button>
          ) : null
        }
      />
      <section className="section" aria-labelledby="commitment-status-title">
        <h2 id="commitment-status-title">{t('commitments.sections.status')}</h2>
        <p>
          <CommitmentStatusBadge status={commitment.status} /> <DueText commitment={commitment} />
        </p>
        {commitment.status === 'overdue' ? (
          <p className="alert alert-warning">{t('commitments.overdueNotice')}</p>
        ) : null}
        <CommitmentActions commitment={commitment} />
      </section>
      {isEditing ? (
        <section className="section" aria-labelledby="commitment-edit-title">
          <h2 id="commitment-edit-title">{t('commitments.editTitle')}</h2>
          <CommitmentForm
            defaultValues={commitmentToFormValues(commitment)}
            eventTitle={commitment.eventTitle}
            submitLabel={t('common.saveChanges')}
            onCancel={() => setIsEditing(false)}
            onSubmit={async (input) => {
              await update.mutateAsync({ ...input, version: commitment.version });
              showToast(t('commitments.updated', { title: input.title }));
              setIsEditing(false);
            }}
          />
        </section>
      ) : (
        <section className="section" aria-labelledby="commitment-data-title">
          <h2 id="commitment-data-title">{t('commitments.sections.data')}</h2>
          <dl className="detail-grid">
            <DetailItem label={t('commitments.fields.dueDate')}>
              {formatDate(commitment.dueDate, language)}
            </DetailItem>
            <DetailItem label={t('commitments.fields.ownerDepartment')}>
              {commitment.ownerDepartmentName}
            </DetailItem>
            <DetailItem label={t('commitments.fields.ownerName')}>
              {commitment.ownerName}
              {commitment.ownerEmail ? ` (${commitment.ownerEmail})` : ''}
            </DetailItem>
            <DetailItem label={t('commitments.fields.counterpart')}>
              {commitment.counterpartPartnerId ? (
                <Link to="/partners/$partnerId" params={{ partnerId: commitment.counterpartPartnerId }}>
                  {commitment.counterpartName}
                </Link>
              ) : (
                '—'
              )}
            </DetailItem>
            <DetailItem label={t('commitments.fields.origin')}>
              <Origin commitment={commitment} />
            </DetailItem>
          </dl>
          {commitment.description ? <p className="prose">{commitment.description}</p> : null}
        </section>
      )}
      <Closure commitment={commitment} />
      <PublicationControl entityType="commitment" entityId={commitment.id} />
      <AuditHistory entityType="commitment" entityId={commitment.id} />
    </div>
  );
}

function Origin({ commitment }: { commitment: Commitment }) {
  const { t } = useTranslation();
  if (commitment.eventId)
    return (
      <Link to="/agenda/events/$eventId" params={{ eventId: commitment.eventId }}>
        {commitment.eventTitle ?? t('commitments.fields.event')}
      </Link>
    );
  if (commitment.linkId)
    return (
      <Link to="/links/$linkId" params={{ linkId: commitment.linkId }}>
        {commitment.linkTitle ?? t('commitments.fields.link')}
      </Link>
    );
  return <>—</>;
}

/** How it was closed: the evidence of fulfilment or the reason of cancellation. */
function Closure({ commitment }: { commitment: Commitment }) {
  const { t, i18n } = useTranslation();
  if (commitment.storedStatus === 'cancelled') {
    return (
      <section className="section" aria-labelledby="commitment-closure-title">
        <h2 id="commitment-closure-title">{t('commitments.sections.cancellation')}</h2>
        <p className="prose">{commitment.cancelReason ?? '—'}</p>
      </section>
    );
  }
  if (commitment.storedStatus !== 'fulfilled') return null;
  return (
    <section className="section" aria-labelledby="commitment-closure-title">
      <h2 id="commitment-closure-title">{t('commitments.sections.evidence')}</h2>
      <dl className="detail-grid">
        <DetailItem label={t('commitments.fields.fulfilledOn')}>
          {formatDate(commitment.fulfilledOn, i18n.language)}
        </DetailItem>
        <DetailItem label={t('commitments.fields.evidenceUrl')}>
          {commitment.evidenceUrl ? (
            <a href={commitment.evidenceUrl} target="_blank" rel="noreferrer noopener">
              {commitment.evidenceUrl}
            </a>
          ) : (
            '—'
          )}
        </DetailItem>
        <DetailItem label={t('commitments.fields.resultingInitiative')}>
          {commitment.resultingInitiativeId ? (
            <Link to="/initiatives/$initiativeId" params={{ initiativeId: commitment.resultingInitiativeId }}>
              {t('commitments.seeInitiative')}
            </Link>
          ) : (
            '—'
          )}
        </DetailItem>
      </dl>
      {commitment.evidenceDescription ? <p className="prose">{commitment.evidenceDescription}</p> : null}
    </section>
  );
}

import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Invitation, InvitationCreated, Member } from '../../../contracts/auth';
import { describeError } from '../../lib/form-errors';
import { formatDateTime } from '../../lib/format';
import { currentLanguage } from '../../lib/i18n';
import { type Column, DataTable } from '../../ui/data-table';
import { Badge, EmptyState, ErrorState, Loading, PageHeader } from '../../ui/states';
import { useToast } from '../../ui/toast';
import { useGovernment } from '../auth/government-context';
import { useSession } from '../auth/use-session';
import { useDepartments } from '../departments/use-departments';
import { InvitationForm } from './invitation-form';
import { MemberActions } from './member-actions';
import { useInvitations, useMembers, useRevokeInvitation } from './use-members';

/** Users of the government and their roles, and the invitations not yet accepted; admins only. */
export function MembersPage() {
  const { t } = useTranslation();
  const { isAdmin } = useGovernment();
  const [isInviting, setIsInviting] = useState(false);
  const [handOver, setHandOver] = useState<InvitationCreated | null>(null);
  const query = useMembers();
  const session = useSession();
  const departments = useDepartments({ pageSize: 200 });
  if (!isAdmin) {
    return (
      <div className="page">
        <PageHeader title={t('members.title')} />
        <p className="alert alert-info">{t('members.adminOnly')}</p>
      </div>
    );
  }
  const departmentName = (id: string | null) =>
    (id && departments.data?.items.find((department) => department.id === id)?.name) ?? '';
  const columns: Column<Member>[] = [
    { key: 'name', header: t('members.fields.name'), isRowHeader: true, render: (row) => row.name },
    { key: 'email', header: t('members.fields.email'), render: (row) => row.email },
    {
      key: 'role',
      header: t('members.fields.role'),
      render: (row) =>
        row.role === 'liaison' && row.departmentId
          ? `${t(`roles.${row.role}`)} — ${departmentName(row.departmentId)}`
          : t(`roles.${row.role}`),
    },
    {
      key: 'state',
      header: t('members.fields.state'),
      render: (row) =>
        row.isDisabled ? (
          <Badge tone="danger">{t('members.disabled')}</Badge>
        ) : (
          <Badge tone="success">{t('members.enabled')}</Badge>
        ),
    },
    {
      key: 'actions',
      header: t('common.actions'),
      render: (row) =>
        row.userId === session.data?.user.id ? (
          <span className="muted">{t('invitations.you')}</span>
        ) : (
          <MemberActions member={row} />
        ),
    },
  ];
  return (
    <div className="page">
      <PageHeader
        title={t('members.title')}
        description={t('invitations.pageDescription')}
        actions={
          isInviting ? null : (
            <button type="button" className="button button-primary" onClick={() => setIsInviting(true)}>
              {t('invitations.invite')}
            </button>
          )
        }
      />
      {isInviting ? (
        <section className="section" aria-labelledby="invite-title">
          <h2 id="invite-title">{t('invitations.inviteTitle')}</h2>
          <InvitationForm
            onDone={(created) => {
              setIsInviting(false);
              setHandOver(created.acceptUrl ? created : null);
            }}
          />
          <button type="button" className="button button-secondary" onClick={() => setIsInviting(false)}>
            {t('common.cancel')}
          </button>
        </section>
      ) : null}
      {handOver?.acceptUrl ? <HandOverLink invitation={handOver} onClose={() => setHandOver(null)} /> : null}
      {query.isLoading ? <Loading /> : null}
      {query.isError ? <ErrorState error={query.error} onRetry={() => void query.refetch()} /> : null}
      {query.data && query.data.length === 0 ? <EmptyState title={t('members.empty')} /> : null}
      {query.data && query.data.length > 0 ? (
        <DataTable
          caption={t('members.caption', { count: query.data.length })}
          columns={columns}
          rows={query.data}
          rowKey={(row) => row.userId}
        />
      ) : null}
      <PendingInvitations departmentName={departmentName} />
    </div>
  );
}

/** Without an SMTP server the link cannot be e-mailed: the admin hands it over by a safe channel. */
function HandOverLink({ invitation, onClose }: { invitation: InvitationCreated; onClose: () => void }) {
  const { t } = useTranslation();
  return (
    <section className="section alert alert-info" aria-labelledby="hand-over-title">
      <h2 id="hand-over-title">{t('invitations.handOverTitle')}</h2>
      <p>{t('invitations.handOverText', { email: invitation.email })}</p>
      <label className="field-label" htmlFor="invitation-link">
        {t('invitations.link')}
      </label>
      <input id="invitation-link" className="input" readOnly value={invitation.acceptUrl ?? ''} />
      <div className="form-actions">
        <button type="button" className="button button-secondary" onClick={onClose}>
          {t('common.close')}
        </button>
      </div>
    </section>
  );
}

function PendingInvitations({ departmentName }: { departmentName: (id: string | null) => string }) {
  const { t } = useTranslation();
  const { showToast } = useToast();
  const invitations = useInvitations();
  const revoke = useRevokeInvitation();
  const language = currentLanguage();
  const columns: Column<Invitation>[] = [
    { key: 'email', header: t('members.fields.email'), isRowHeader: true, render: (row) => row.email },
    {
      key: 'role',
      header: t('members.fields.role'),
      render: (row) =>
        row.departmentId
          ? `${t(`roles.${row.role}`)} — ${departmentName(row.departmentId)}`
          : t(`roles.${row.role}`),
    },
    {
      key: 'expires',
      header: t('invitations.expires'),
      render: (row) =>
        row.isExpired ? (
          <Badge tone="warning">{t('invitations.expired')}</Badge>
        ) : (
          formatDateTime(row.expiresAt, language)
        ),
    },
    {
      key: 'actions',
      header: t('common.actions'),
      render: (row) => (
        <button
          type="button"
          className="button button-secondary button-small"
          disabled={revoke.isPending}
          onClick={() =>
            revoke.mutate(row.id, {
              onSuccess: () => showToast(t('invitations.revoked', { email: row.email })),
              onError: (error) => showToast(describeError(t, error), 'error'),
            })
          }
        >
          {t('invitations.revoke')}
          <span className="visually-hidden"> {row.email}</span>
        </button>
      ),
    },
  ];
  return (
    <section className="section" aria-labelledby="invitations-title">
      <h2 id="invitations-title">{t('invitations.pendingTitle')}</h2>
      {invitations.isLoading ? <Loading /> : null}
      {invitations.isError ? (
        <ErrorState error={invitations.error} onRetry={() => void invitations.refetch()} />
      ) : null}
      {invitations.data && invitations.data.length === 0 ? (
        <EmptyState
          title={t('invitations.noneTitle')}
          description={t('invitations.noneText')}
          headingLevel={3}
        />
      ) : null}
      {invitations.data && invitations.data.length > 0 ? (
        <DataTable
          caption={t('invitations.caption', { count: invitations.data.length })}
          columns={columns}
          rows={invitations.data}
          rowKey={(row) => row.id}
        />
      ) : null}
    </section>
  );
}

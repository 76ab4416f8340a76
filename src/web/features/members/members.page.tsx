import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Member } from '../../../contracts/auth';
import { type Column, DataTable } from '../../ui/data-table';
import { Badge, EmptyState, ErrorState, Loading, PageHeader } from '../../ui/states';
import { useGovernment } from '../auth/government-context';
import { MemberForm } from './member-form';
import { useMembers } from './use-members';

/** Users of the government and their roles; only admins see and manage this page. */
export function MembersPage() {
  const { t } = useTranslation();
  const { isAdmin } = useGovernment();
  const [isAdding, setIsAdding] = useState(false);
  const query = useMembers();
  if (!isAdmin) {
    return (
      <div className="page">
        <PageHeader title={t('members.title')} />
        <p className="alert alert-info">{t('members.adminOnly')}</p>
      </div>
    );
  }
  const columns: Column<Member>[] = [
    { key: 'name', header: t('members.fields.name'), isRowHeader: true, render: (row) => row.name },
    { key: 'email', header: t('members.fields.email'), render: (row) => row.email },
    { key: 'role', header: t('members.fields.role'), render: (row) => t(`roles.${row.role}`) },
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
  ];
  return (
    <div className="page">
      <PageHeader
        title={t('members.title')}
        description={t('members.description')}
        actions={
          isAdding ? null : (
            <button type="button" className="button button-primary" onClick={() => setIsAdding(true)}>
              {t('members.add')}
            </button>
          )
        }
      />
      {isAdding ? (
        <section className="section">
          <h2>{t('members.addTitle')}</h2>
          <MemberForm onDone={() => setIsAdding(false)} />
        </section>
      ) : null}
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
    </div>
  );
}

import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApiToken, ApiTokenCreated } from '../../../contracts/api-tokens';
import { describeError } from '../../lib/form-errors';
import { formatDateTime, formatNumber } from '../../lib/format';
import { currentLanguage } from '../../lib/i18n';
import { ConfirmDialog } from '../../ui/confirm-dialog';
import { type Column, DataTable } from '../../ui/data-table';
import { Badge, EmptyState, ErrorState, Loading, PageHeader } from '../../ui/states';
import { useToast } from '../../ui/toast';
import { useGovernment } from '../auth/government-context';
import { ApiTokenForm } from './api-token-form';
import { useApiTokens, useRevokeApiToken } from './use-api-tokens';

const statusTone = { active: 'success', expired: 'warning', revoked: 'danger' } as const;

/** Integration tokens of the government: create (secret shown once), list with last use, revoke. */
export function ApiTokensPage() {
  const { t } = useTranslation();
  const { isAdmin } = useGovernment();
  const [isCreating, setIsCreating] = useState(false);
  const [created, setCreated] = useState<ApiTokenCreated | null>(null);
  const [toRevoke, setToRevoke] = useState<ApiToken | null>(null);
  const query = useApiTokens();
  const revoke = useRevokeApiToken();
  const { showToast } = useToast();
  const language = currentLanguage();
  if (!isAdmin) {
    return (
      <div className="page">
        <PageHeader title={t('apiTokens.title')} />
        <p className="alert alert-info">{t('apiTokens.adminOnly')}</p>
      </div>
    );
  }
  const columns: Column<ApiToken>[] = [
    { key: 'name', header: t('apiTokens.fields.name'), isRowHeader: true, render: (row) => row.name },
    {
      key: 'prefix',
      header: t('apiTokens.fields.prefix'),
      render: (row) => <code>{row.displayPrefix}…</code>,
    },
    { key: 'role', header: t('apiTokens.fields.role'), render: (row) => t(`apiTokens.roles.${row.role}`) },
    {
      key: 'status',
      header: t('apiTokens.fields.status'),
      render: (row) => <Badge tone={statusTone[row.status]}>{t(`apiTokens.status.${row.status}`)}</Badge>,
    },
    {
      key: 'expires',
      header: t('apiTokens.fields.expires'),
      render: (row) => formatDateTime(row.expiresAt, language),
    },
    {
      key: 'lastUse',
      header: t('apiTokens.fields.lastUse'),
      render: (row) => (row.lastUsedAt ? formatDateTime(row.lastUsedAt, language) : t('apiTokens.neverUsed')),
    },
    {
      key: 'requests',
      header: t('apiTokens.fields.recentRequests'),
      render: (row) => formatNumber(row.recentRequests, language),
    },
    {
      key: 'actions',
      header: t('common.actions'),
      render: (row) =>
        row.status === 'active' ? (
          <button
            type="button"
            className="button button-secondary button-small"
            onClick={() => setToRevoke(row)}
          >
            {t('apiTokens.revoke')}
            <span className="visually-hidden"> {row.name}</span>
          </button>
        ) : null,
    },
  ];
  return (
    <div className="page">
      <PageHeader
        title={t('apiTokens.title')}
        description={t('apiTokens.pageDescription')}
        actions={
          isCreating ? null : (
            <button type="button" className="button button-primary" onClick={() => setIsCreating(true)}>
              {t('apiTokens.create')}
            </button>
          )
        }
      />
      {isCreating ? (
        <section className="section" aria-labelledby="create-token-title">
          <h2 id="create-token-title">{t('apiTokens.createTitle')}</h2>
          <ApiTokenForm
            onCreated={(value) => {
              setIsCreating(false);
              setCreated(value);
            }}
          />
          <button type="button" className="button button-secondary" onClick={() => setIsCreating(false)}>
            {t('common.cancel')}
          </button>
        </section>
      ) : null}
      {created ? <SecretOnce created={created} onClose={() => setCreated(null)} /> : null}
      {query.isLoading ? <Loading /> : null}
      {query.isError ? <ErrorState error={query.error} onRetry={() => void query.refetch()} /> : null}
      {query.data && query.data.length === 0 ? (
        <EmptyState title={t('apiTokens.emptyTitle')} description={t('apiTokens.emptyText')} />
      ) : null}
      {query.data && query.data.length > 0 ? (
        <DataTable
          caption={t('apiTokens.caption', { count: query.data.length })}
          columns={columns}
          rows={query.data}
          rowKey={(row) => row.id}
        />
      ) : null}
      <p className="muted">{t('apiTokens.usageNote')}</p>
      <ConfirmDialog
        isOpen={toRevoke !== null}
        title={t('apiTokens.revokeTitle', { name: toRevoke?.name ?? '' })}
        description={t('apiTokens.revokeText')}
        confirmLabel={t('apiTokens.revoke')}
        isDanger
        isPending={revoke.isPending}
        onCancel={() => setToRevoke(null)}
        onConfirm={() => {
          if (!toRevoke) return;
          const name = toRevoke.name;
          revoke.mutate(toRevoke.id, {
            onSuccess: () => {
              setToRevoke(null);
              showToast(t('apiTokens.revoked', { name }));
            },
            onError: (error) => {
              setToRevoke(null);
              showToast(describeError(t, error), 'error');
            },
          });
        }}
      />
    </div>
  );
}

/** The secret, once: it is not stored and cannot be shown again. */
function SecretOnce({ created, onClose }: { created: ApiTokenCreated; onClose: () => void }) {
  const { t } = useTranslation();
  const { showToast } = useToast();
  const id = useId();
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(created.secret);
      showToast(t('apiTokens.copied'));
    } catch {
      showToast(t('apiTokens.copyFailed'), 'error');
    }
  };
  return (
    <section className="section alert alert-info" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t('apiTokens.secretTitle', { name: created.token.name })}</h2>
      <p id={`${id}-hint`}>{t('apiTokens.secretText')}</p>
      <label className="field-label" htmlFor={id}>
        {t('apiTokens.secretLabel')}
      </label>
      <div className="copyable-url-row">
        <input
          id={id}
          className="input"
          readOnly
          value={created.secret}
          aria-describedby={`${id}-hint`}
          onFocus={(event) => event.target.select()}
        />
        <button type="button" className="button button-secondary" onClick={() => void copy()}>
          {t('apiTokens.copy')}
        </button>
      </div>
      <p className="muted">{t('apiTokens.secretUsage')}</p>
      <div className="form-actions">
        <button type="button" className="button button-secondary" onClick={onClose}>
          {t('apiTokens.secretDone')}
        </button>
      </div>
    </section>
  );
}

import { getRouteApi, Link, useNavigate } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import type { NetworkRole } from '../../../contracts/diplomacy';
import { formatDate } from '../../lib/format';
import { Badge, DetailItem, ErrorState, Loading, PageHeader } from '../../ui/states';
import { useToast } from '../../ui/toast';
import { AuditHistory } from '../audit/audit-history';
import { useGovernment } from '../auth/government-context';
import { ArchiveAction } from './archive-action';
import { rolePeriod } from './diplomacy-timeline';
import { RoleForm, roleToFormValues } from './role-form';
import { useNetworkRole, useSaveNetworkRole } from './use-diplomacy';

const detailRoute = getRouteApi('/app/diplomacy/roles/$roleId/');
const editRoute = getRouteApi('/app/diplomacy/roles/$roleId/edit');

function BackToTimeline() {
  const { t } = useTranslation();
  return (
    <p className="breadcrumb">
      <Link to="/diplomacy">{t('diplomacy.backToTimeline')}</Link>
    </p>
  );
}

export function RoleCreatePage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { showToast } = useToast();
  const { canEdit } = useGovernment();
  const save = useSaveNetworkRole();
  return (
    <div className="page">
      <BackToTimeline />
      <PageHeader title={t('diplomacy.newRoleTitle')} description={t('diplomacy.roleIntro')} />
      {canEdit ? (
        <RoleForm
          defaultValues={roleToFormValues()}
          submitLabel={t('diplomacy.createRole')}
          onCancel={() => void navigate({ to: '/diplomacy' })}
          onSubmit={async (body) => {
            const role = await save.mutateAsync({ body });
            showToast(t('diplomacy.roleCreated', { title: role.title }));
            await navigate({ to: '/diplomacy/roles/$roleId', params: { roleId: role.id } });
          }}
        />
      ) : (
        <p>{t('common.readOnly')}</p>
      )}
    </div>
  );
}

export function RoleEditPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { showToast } = useToast();
  const { canEdit } = useGovernment();
  const { roleId } = editRoute.useParams();
  const query = useNetworkRole(roleId);
  const save = useSaveNetworkRole();
  if (query.isLoading) return <Loading />;
  if (query.isError || !query.data)
    return <ErrorState error={query.error} onRetry={() => void query.refetch()} />;
  const role = query.data;
  return (
    <div className="page">
      <BackToTimeline />
      <PageHeader
        title={t('diplomacy.editTitle', { title: role.title })}
        description={t('diplomacy.roleIntro')}
      />
      {canEdit ? (
        <RoleForm
          defaultValues={roleToFormValues(role)}
          submitLabel={t('common.saveChanges')}
          onCancel={() => void navigate({ to: '/diplomacy/roles/$roleId', params: { roleId } })}
          onSubmit={async (body) => {
            await save.mutateAsync({ id: roleId, body, version: role.version });
            showToast(t('diplomacy.saved'));
            await navigate({ to: '/diplomacy/roles/$roleId', params: { roleId } });
          }}
        />
      ) : (
        <p>{t('common.readOnly')}</p>
      )}
    </div>
  );
}

export function RoleDetailPage() {
  const { roleId } = detailRoute.useParams();
  const query = useNetworkRole(roleId);
  if (query.isLoading) return <Loading />;
  if (query.isError || !query.data)
    return <ErrorState error={query.error} onRetry={() => void query.refetch()} />;
  return <RoleDetail role={query.data} />;
}

function RoleDetail({ role }: { role: NetworkRole }) {
  const { t, i18n } = useTranslation();
  const language = i18n.language;
  const { canEdit } = useGovernment();
  const isArchived = Boolean(role.archivedAt);
  const kind = t(`diplomacy.roleKinds.${role.kind}`);
  return (
    <div className="page">
      <BackToTimeline />
      <PageHeader
        title={t('diplomacy.timeline.roleTitle', { kind, title: role.title, network: role.networkName })}
        description={rolePeriod(t, role.startsOn, role.endsOn)}
        actions={
          canEdit ? (
            <>
              {!isArchived ? (
                <Link
                  to="/diplomacy/roles/$roleId/edit"
                  params={{ roleId: role.id }}
                  className="button button-primary"
                >
                  {t('common.edit')}
                </Link>
              ) : null}
              <ArchiveAction
                name={role.title}
                target={{ collection: 'network-roles', id: role.id, isArchived, version: role.version }}
              />
            </>
          ) : null
        }
      />
      {isArchived ? (
        <p className="alert alert-info">
          {t('diplomacy.archivedNotice', { date: formatDate(role.archivedAt, language) })}
        </p>
      ) : null}
      <section className="section">
        <h2 id="role-data-title">{t('diplomacy.sections.role')}</h2>
        <p>
          {role.isCurrent ? (
            <Badge tone="success">{t('diplomacy.timeline.current')}</Badge>
          ) : (
            <Badge>{t('diplomacy.notCurrent')}</Badge>
          )}
        </p>
        <dl className="detail-grid">
          <DetailItem label={t('diplomacy.fields.network')}>
            <Link to="/partners/$partnerId" params={{ partnerId: role.networkPartnerId }}>
              {role.networkName}
            </Link>
          </DetailItem>
          <DetailItem label={t('diplomacy.fields.roleKind')}>{kind}</DetailItem>
          <DetailItem label={t('diplomacy.fields.holderName')}>{role.holderName ?? '—'}</DetailItem>
          <DetailItem label={t('diplomacy.fields.startsOn')}>
            {formatDate(role.startsOn, language)}
          </DetailItem>
          <DetailItem label={t('diplomacy.fields.endsOn')}>
            {role.endsOn ? formatDate(role.endsOn, language) : t('diplomacy.timeline.open')}
          </DetailItem>
        </dl>
        {role.notes ? <p className="prose">{role.notes}</p> : null}
      </section>
      <AuditHistory entityType="network_role" entityId={role.id} />
    </div>
  );
}

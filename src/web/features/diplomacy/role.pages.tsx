import { getRouteApi, Link, useNavigate } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import type { NetworkRole } from '../../../contracts/diplomacy';
import { formatDate } from '../../lib/format';
import { Badge, DetailItem, ErrorState, Loading } from '../../ui/states';
import { useToast } from '../../ui/toast';
import { AuditHistory } from '../audit/audit-history';
import { rolePeriod } from './diplomacy-timeline';
import { DiplomacyFormFrame, DiplomacyRecordFrame } from './record-frame';
import { RoleForm, roleToFormValues } from './role-form';
import { useNetworkRole, useSaveNetworkRole } from './use-diplomacy';

const detailRoute = getRouteApi('/app/diplomacy/roles/$roleId/');
const editRoute = getRouteApi('/app/diplomacy/roles/$roleId/edit');

export function RoleCreatePage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { showToast } = useToast();
  const save = useSaveNetworkRole();
  return (
    <DiplomacyFormFrame title={t('diplomacy.newRoleTitle')} description={t('diplomacy.roleIntro')}>
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
    </DiplomacyFormFrame>
  );
}

export function RoleEditPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { showToast } = useToast();
  const { roleId } = editRoute.useParams();
  const query = useNetworkRole(roleId);
  const save = useSaveNetworkRole();
  if (query.isLoading) return <Loading />;
  if (query.isError || !query.data)
    return <ErrorState error={query.error} onRetry={() => void query.refetch()} />;
  const role = query.data;
  return (
    <DiplomacyFormFrame
      title={t('diplomacy.editTitle', { title: role.title })}
      description={t('diplomacy.roleIntro')}
    >
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
    </DiplomacyFormFrame>
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
  const kind = t(`diplomacy.roleKinds.${role.kind}`);
  return (
    <DiplomacyRecordFrame
      title={t('diplomacy.timeline.roleTitle', { kind, title: role.title, network: role.networkName })}
      description={rolePeriod(t, role.startsOn, role.endsOn)}
      name={role.title}
      record={{
        collection: 'network-roles',
        id: role.id,
        version: role.version,
        archivedAt: role.archivedAt,
      }}
      editLink={
        <Link
          to="/diplomacy/roles/$roleId/edit"
          params={{ roleId: role.id }}
          className="button button-primary"
        >
          {t('common.edit')}
        </Link>
      }
    >
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
    </DiplomacyRecordFrame>
  );
}

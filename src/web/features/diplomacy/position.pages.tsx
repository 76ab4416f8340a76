import { getRouteApi, Link, useNavigate } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import type { Position } from '../../../contracts/diplomacy';
import { formatDate } from '../../lib/format';
import { Badge, DetailItem, ErrorState, Loading } from '../../ui/states';
import { useToast } from '../../ui/toast';
import { AuditHistory } from '../audit/audit-history';
import { PublicationControl } from '../publication/publication-control';
import { useTermLabel } from '../strategy/use-strategy';
import { PositionForm, positionToFormValues } from './position-form';
import { DiplomacyFormFrame, DiplomacyRecordFrame } from './record-frame';
import { usePosition, useSavePosition } from './use-diplomacy';

const detailRoute = getRouteApi('/app/diplomacy/positions/$positionId/');
const editRoute = getRouteApi('/app/diplomacy/positions/$positionId/edit');

export function PositionCreatePage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { showToast } = useToast();
  const save = useSavePosition();
  return (
    <DiplomacyFormFrame title={t('diplomacy.newPositionTitle')} description={t('diplomacy.positionIntro')}>
      <PositionForm
        defaultValues={positionToFormValues()}
        submitLabel={t('diplomacy.createPosition')}
        onCancel={() => void navigate({ to: '/diplomacy' })}
        onSubmit={async (body) => {
          const position = await save.mutateAsync({ body });
          showToast(t('diplomacy.positionCreated', { title: position.title }));
          await navigate({ to: '/diplomacy/positions/$positionId', params: { positionId: position.id } });
        }}
      />
    </DiplomacyFormFrame>
  );
}

export function PositionEditPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { showToast } = useToast();
  const { positionId } = editRoute.useParams();
  const query = usePosition(positionId);
  const save = useSavePosition();
  if (query.isLoading) return <Loading />;
  if (query.isError || !query.data)
    return <ErrorState error={query.error} onRetry={() => void query.refetch()} />;
  const position = query.data;
  return (
    <DiplomacyFormFrame
      title={t('diplomacy.editTitle', { title: position.title })}
      description={t('diplomacy.positionIntro')}
    >
      <PositionForm
        defaultValues={positionToFormValues(position)}
        submitLabel={t('common.saveChanges')}
        onCancel={() => void navigate({ to: '/diplomacy/positions/$positionId', params: { positionId } })}
        onSubmit={async (body) => {
          await save.mutateAsync({ id: positionId, body, version: position.version });
          showToast(t('diplomacy.saved'));
          await navigate({ to: '/diplomacy/positions/$positionId', params: { positionId } });
        }}
      />
    </DiplomacyFormFrame>
  );
}

export function PositionDetailPage() {
  const { positionId } = detailRoute.useParams();
  const query = usePosition(positionId);
  if (query.isLoading) return <Loading />;
  if (query.isError || !query.data)
    return <ErrorState error={query.error} onRetry={() => void query.refetch()} />;
  return <PositionDetail position={query.data} />;
}

function PositionDetail({ position }: { position: Position }) {
  const { t, i18n } = useTranslation();
  const termLabel = useTermLabel();
  const language = i18n.language;
  return (
    <DiplomacyRecordFrame
      title={position.title}
      description={`${t(`diplomacy.positionKinds.${position.kind}`)} · ${formatDate(position.madeOn, language)}`}
      name={position.title}
      record={{
        collection: 'positions',
        id: position.id,
        version: position.version,
        archivedAt: position.archivedAt,
      }}
      editLink={
        <Link
          to="/diplomacy/positions/$positionId/edit"
          params={{ positionId: position.id }}
          className="button button-primary"
        >
          {t('common.edit')}
        </Link>
      }
    >
      <section className="section">
        <h2 id="position-data-title">{t('diplomacy.sections.position')}</h2>
        <dl className="detail-grid">
          <DetailItem label={t('diplomacy.fields.network')}>
            {position.networkPartnerId ? (
              <Link to="/partners/$partnerId" params={{ partnerId: position.networkPartnerId }}>
                {position.networkName}
              </Link>
            ) : (
              '—'
            )}
          </DetailItem>
          <DetailItem label={t('diplomacy.fields.forumName')}>{position.forumName ?? '—'}</DetailItem>
          <DetailItem label={t('diplomacy.fields.topics')}>
            {position.topics.length ? (
              <span className="tag-list">
                {position.topics.map((topic) => (
                  <Badge key={topic}>{termLabel('theme', topic)}</Badge>
                ))}
              </span>
            ) : (
              '—'
            )}
          </DetailItem>
          <DetailItem label={t('diplomacy.fields.sdgGoals')}>
            {position.sdgGoals.length
              ? position.sdgGoals.map((goal) => t('initiatives.sdgGoal', { code: goal })).join(', ')
              : '—'}
          </DetailItem>
          <DetailItem label={t('diplomacy.fields.url')}>
            {position.url ? (
              <a href={position.url} target="_blank" rel="noreferrer noopener">
                {position.url}
              </a>
            ) : (
              '—'
            )}
          </DetailItem>
        </dl>
        <h3>{t('diplomacy.fields.text')}</h3>
        <p className="prose">{position.text}</p>
        <h3>{t('diplomacy.fields.coSigners')}</h3>
        {position.coSigners.length === 0 ? (
          <p className="muted">{t('diplomacy.noCoSigners')}</p>
        ) : (
          <ul className="item-list">
            {position.coSigners.map((name) => (
              <li key={name}>{name}</li>
            ))}
          </ul>
        )}
      </section>
      <PublicationControl entityType="position" entityId={position.id} />
      <AuditHistory entityType="diplomacy_position" entityId={position.id} />
    </DiplomacyRecordFrame>
  );
}

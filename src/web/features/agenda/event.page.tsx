import { getRouteApi, Link } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Event } from '../../../contracts/agenda';
import { describeError } from '../../lib/form-errors';
import { countryName, formatDate } from '../../lib/format';
import { DetailItem, ErrorState, Loading, PageHeader } from '../../ui/states';
import { useToast } from '../../ui/toast';
import { AuditHistory } from '../audit/audit-history';
import { useGovernment } from '../auth/government-context';
import { PublicationControl } from '../publication/publication-control';
import { AlignmentDetails } from '../strategy/alignment-details';
import { useTermLabel } from '../strategy/use-strategy';
import { LedgerSection } from '../utility/ledger-section';
import { VerdictPanel } from '../utility/verdict-panel';
import { ArchiveEventDialog } from './archive-event-dialog';
import { EventKindBadge, EventTime, useZoneName } from './event-bits';
import { EventCommitments } from './event-commitments';
import { EventCosts, EventParticipants } from './event-sections';
import { formatInstantDay } from './time';
import { useEvent, useRestoreEvent } from './use-agenda';
import './agenda.css';

const routeApi = getRouteApi('/app/agenda/events/$eventId/');

export function EventPage() {
  const { eventId } = routeApi.useParams();
  const query = useEvent(eventId);
  if (query.isLoading) return <Loading />;
  if (query.isError || !query.data)
    return <ErrorState error={query.error} onRetry={() => void query.refetch()} />;
  return <EventDetail event={query.data} />;
}

function EventDetail({ event }: { event: Event }) {
  const { t, i18n } = useTranslation();
  const termLabel = useTermLabel();
  const language = i18n.language;
  const { canEdit } = useGovernment();
  const { showToast } = useToast();
  const zoneName = useZoneName();
  const restore = useRestoreEvent(event.id);
  const [isArchiveOpen, setIsArchiveOpen] = useState(false);
  const isArchived = Boolean(event.archivedAt);
  const place = [event.venue, event.city, event.countryCode ? countryName(event.countryCode, language) : null]
    .filter(Boolean)
    .join(', ');
  const restoreEvent = () =>
    restore.mutate(
      { version: event.version },
      {
        onSuccess: () => showToast(t('agenda.restored')),
        onError: (error) => showToast(describeError(t, error), 'error'),
      },
    );
  return (
    <div className="page">
      <p className="breadcrumb">
        <Link to="/agenda">{t('agenda.backToAgenda')}</Link>
      </p>
      <PageHeader
        title={event.title}
        description={t(`agenda.kinds.${event.kind}`)}
        actions={
          canEdit ? (
            isArchived ? (
              <button
                type="button"
                className="button button-secondary"
                onClick={restoreEvent}
                disabled={restore.isPending}
              >
                {t('common.restore')}
              </button>
            ) : (
              <>
                <Link
                  to="/agenda/events/$eventId/edit"
                  params={{ eventId: event.id }}
                  className="button button-primary"
                >
                  {t('common.edit')}
                </Link>
                <button
                  type="button"
                  className="button button-secondary"
                  onClick={() => setIsArchiveOpen(true)}
                >
                  {t('common.archive')}
                </button>
              </>
            )
          ) : null
        }
      />
      {isArchived ? (
        <p className="alert alert-info">
          {t('agenda.archivedNotice', { date: formatDate(event.archivedAt, language) })}
        </p>
      ) : null}
      <section className="section" aria-labelledby="event-data-title">
        <h2 id="event-data-title">{t('agenda.sections.general')}</h2>
        <dl className="detail-grid">
          <DetailItem label={t('agenda.fields.kind')}>
            <EventKindBadge kind={event.kind} />
          </DetailItem>
          <DetailItem label={t('agenda.fields.startsAt')}>
            {formatInstantDay(event.startsAt, event.timezone, language)},{' '}
            <EventTime instant={event.startsAt} zone={event.timezone} />
          </DetailItem>
          <DetailItem label={t('agenda.fields.endsAt')}>
            {formatInstantDay(event.endsAt, event.timezone, language)},{' '}
            <EventTime instant={event.endsAt} zone={event.timezone} />
          </DetailItem>
          <DetailItem label={t('agenda.fields.timezone')}>
            {zoneName(event.timezone)} ({event.timezone})
          </DetailItem>
          <DetailItem label={t('agenda.fields.place')}>{place || '—'}</DetailItem>
          <DetailItem label={t('agenda.fields.strategyLine')}>
            {termLabel('strategyLine', event.strategyLine)}
          </DetailItem>
          <DetailItem label={t('strategy.alignment.themes')}>
            {event.themes.map((theme) => termLabel('theme', theme)).join('; ') || '—'}
          </DetailItem>
          <AlignmentDetails planCodes={event.planCodes} sdgGoals={event.sdgGoals} />
          <DetailItem label={t('agenda.fields.isPublished')}>
            {event.isPublished ? t('agenda.published') : t('agenda.notPublished')}
          </DetailItem>
        </dl>
      </section>
      <EventParticipants event={event} />
      <EventCosts event={event} />
      <section className="section" aria-labelledby="event-relations-title">
        <h2 id="event-relations-title">{t('agenda.sections.relations')}</h2>
        <h3>{t('agenda.fields.links')}</h3>
        {event.links.length === 0 ? (
          <p className="muted">{t('agenda.noLinks')}</p>
        ) : (
          <ul className="item-list">
            {event.links.map((link) => (
              <li key={link.id}>
                <Link to="/links/$linkId" params={{ linkId: link.id }}>
                  {link.title}
                </Link>
              </li>
            ))}
          </ul>
        )}
        <h3>{t('agenda.fields.initiatives')}</h3>
        {event.initiatives.length === 0 ? (
          <p className="muted">{t('agenda.noInitiatives')}</p>
        ) : (
          <ul className="item-list">
            {event.initiatives.map((initiative) => (
              <li key={initiative.id}>
                <Link to="/initiatives/$initiativeId" params={{ initiativeId: initiative.id }}>
                  {initiative.title}
                </Link>
              </li>
            ))}
          </ul>
        )}
      </section>
      <section className="section" aria-labelledby="event-content-title">
        <h2 id="event-content-title">{t('agenda.sections.content')}</h2>
        {(['objectives', 'outcomes', 'minutes'] as const).map((field) => (
          <div key={field}>
            <h3>{t(`agenda.fields.${field}`)}</h3>
            <p className="prose">{event[field] ?? t('agenda.notRecorded')}</p>
          </div>
        ))}
      </section>
      <EventCommitments event={event} />
      <VerdictPanel kind="event" id={event.id} />
      <LedgerSection kind="event" id={event.id} />
      <PublicationControl entityType="event" entityId={event.id} />
      <AuditHistory entityType="event" entityId={event.id} />
      <ArchiveEventDialog event={event} isOpen={isArchiveOpen} onClose={() => setIsArchiveOpen(false)} />
    </div>
  );
}

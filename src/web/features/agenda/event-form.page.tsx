import { useQueryClient } from '@tanstack/react-query';
import { getRouteApi, useNavigate } from '@tanstack/react-router';
import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { Event } from '../../../contracts/agenda';
import { ErrorState, Loading, PageHeader } from '../../ui/states';
import { useToast } from '../../ui/toast';
import { useGovernment } from '../auth/government-context';
import { useGovernmentProfile } from '../territory/use-territory';
import { EventForm } from './event-form';
import { eventToFormValues } from './event-form-values';
import { todayIso, userTimeZone } from './time';
import { eventsKey, useCreateEvent, useEvent, useUpdateEvent } from './use-agenda';

const newRoute = getRouteApi('/app/agenda/events/new');
const editRoute = getRouteApi('/app/agenda/events/$eventId/edit');

/** The government's own zone and reporting currency are the defaults of a new event. */
function useEventDefaults() {
  const { i18n } = useTranslation();
  const profile = useGovernmentProfile();
  return {
    isLoading: profile.isLoading,
    timezone: profile.data?.timezone ?? userTimeZone(),
    currency: profile.data?.reportingCurrency ?? 'USD',
    language: i18n.language,
  };
}

export function EventCreatePage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { showToast } = useToast();
  const { canEdit } = useGovernment();
  const { date } = newRoute.useSearch();
  const defaults = useEventDefaults();
  const create = useCreateEvent();
  if (defaults.isLoading) return <Loading />;
  return (
    <div className="page">
      <PageHeader title={t('agenda.newEvent')} description={t('agenda.formIntro')} />
      {canEdit ? (
        <EventForm
          defaultValues={eventToFormValues({ ...defaults, date: date ?? todayIso(defaults.timezone) })}
          defaultCurrency={defaults.currency}
          submitLabel={t('agenda.createEvent')}
          onCancel={() => void navigate({ to: '/agenda' })}
          onSubmit={async (input) => {
            const event = await create.mutateAsync(input);
            showToast(t('agenda.eventCreated', { title: event.title }));
            await navigate({ to: '/agenda/events/$eventId', params: { eventId: event.id } });
          }}
        />
      ) : (
        <p>{t('common.readOnly')}</p>
      )}
    </div>
  );
}

export function EventEditPage() {
  const { t } = useTranslation();
  const { eventId } = editRoute.useParams();
  const query = useEvent(eventId);
  if (query.isLoading) return <Loading />;
  if (query.isError || !query.data)
    return <ErrorState error={query.error} onRetry={() => void query.refetch()} />;
  return (
    <div className="page">
      <PageHeader
        title={t('agenda.editEvent', { title: query.data.title })}
        description={t('agenda.formIntro')}
      />
      <EditEventForm event={query.data} />
    </div>
  );
}

function EditEventForm({ event }: { event: Event }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { showToast } = useToast();
  const { governmentId, canEdit } = useGovernment();
  const queryClient = useQueryClient();
  const defaults = useEventDefaults();
  const update = useUpdateEvent(event.id);
  const versionRef = useRef(event.version);
  const detailKey = [...eventsKey(governmentId), 'detail', event.id];
  const fetchLatest = async () => {
    await queryClient.invalidateQueries({ queryKey: detailKey });
    const latest = queryClient.getQueryData<Event>(detailKey);
    if (latest) versionRef.current = latest.version;
    return latest;
  };
  const toValues = (value: Event) =>
    eventToFormValues({ ...defaults, date: todayIso(defaults.timezone) }, value);
  if (!canEdit) return <p>{t('common.readOnly')}</p>;
  return (
    <EventForm
      defaultValues={toValues(event)}
      defaultCurrency={defaults.currency}
      knownLinks={event.links.map((link) => ({ value: link.id, label: link.title }))}
      knownInitiatives={event.initiatives.map((item) => ({ value: item.id, label: item.title }))}
      submitLabel={t('common.saveChanges')}
      onCancel={() => void navigate({ to: '/agenda/events/$eventId', params: { eventId: event.id } })}
      onSubmit={async (input) => {
        const saved = await update.mutateAsync({ ...input, version: versionRef.current });
        showToast(t('agenda.eventUpdated', { title: saved.title }));
        await navigate({ to: '/agenda/events/$eventId', params: { eventId: event.id } });
      }}
      onReload={async () => {
        const latest = await fetchLatest();
        return latest ? toValues(latest) : undefined;
      }}
      onOverwrite={async () => {
        await fetchLatest();
      }}
    />
  );
}

import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Event } from '../../../contracts/agenda';
import { useToast } from '../../ui/toast';
import { useGovernment } from '../auth/government-context';
import { CommitmentForm, commitmentToFormValues } from '../commitments/commitment-form';
import { CommitmentsTable } from '../commitments/commitments-table';
import { useCreateCommitment } from '../commitments/use-commitments';

/** What the event left to do: its commitments, and an inline form to register one more. */
export function EventCommitments({ event }: { event: Event }) {
  const { t } = useTranslation();
  const { canEdit } = useGovernment();
  const { showToast } = useToast();
  const create = useCreateCommitment();
  const [isCreating, setIsCreating] = useState(false);
  const [formKey, setFormKey] = useState(0);
  const counterpart = event.participants.find((participant) => participant.partnerId)?.partnerId ?? '';
  const isArchived = Boolean(event.archivedAt);
  return (
    <section className="section" aria-labelledby="event-commitments-title">
      <h2 id="event-commitments-title">
        {t('agenda.sections.commitments')}{' '}
        <span className="muted">{t('commitments.count', { count: event.commitments.length })}</span>
      </h2>
      {event.commitments.length === 0 ? (
        <p className="muted">{t('agenda.noCommitments')}</p>
      ) : (
        <CommitmentsTable
          caption={t('agenda.commitmentsCaption', { title: event.title })}
          commitments={event.commitments}
          hasActions
        />
      )}
      {canEdit && !isArchived ? (
        isCreating ? (
          <section className="section nested-section" aria-labelledby="event-new-commitment-title">
            <h3 id="event-new-commitment-title">{t('commitments.new')}</h3>
            <CommitmentForm
              key={formKey}
              defaultValues={commitmentToFormValues(undefined, {
                eventId: event.id,
                counterpartPartnerId: counterpart,
              })}
              eventTitle={event.title}
              submitLabel={t('commitments.create')}
              onCancel={() => setIsCreating(false)}
              onSubmit={async (input) => {
                const saved = await create.mutateAsync(input);
                showToast(t('commitments.created', { title: saved.title }));
                // A fresh empty form, so the next commitment of the same mission can be typed at once.
                setFormKey((key) => key + 1);
              }}
            />
          </section>
        ) : (
          <button type="button" className="button button-primary" onClick={() => setIsCreating(true)}>
            {t('commitments.new')}
          </button>
        )
      ) : null}
    </section>
  );
}

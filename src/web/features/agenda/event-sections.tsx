import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import type { Event } from '../../../contracts/agenda';
import { formatMoney } from '../../lib/format';
import { DataTable } from '../../ui/data-table';

type Participant = Event['participants'][number];

/** Own officials and counterpart people, in two lists. */
export function EventParticipants({ event }: { event: Event }) {
  const { t } = useTranslation();
  const sides: Participant['side'][] = ['own', 'partner'];
  return (
    <section className="section" aria-labelledby="event-participants-title">
      <h2 id="event-participants-title">{t('agenda.sections.participants')}</h2>
      {sides.map((side) => {
        const people = event.participants.filter((participant) => participant.side === side);
        return (
          <div key={side}>
            <h3>{t(`agenda.sidesPlural.${side}`)}</h3>
            {people.length === 0 ? (
              <p className="muted">{t('agenda.noParticipantsSide')}</p>
            ) : (
              <ul className="item-list">
                {people.map((person) => (
                  <li key={person.id}>
                    <strong>{person.name}</strong>
                    {person.position ? `, ${person.position}` : ''}
                    {person.partnerId ? (
                      <>
                        {' — '}
                        <Link to="/partners/$partnerId" params={{ partnerId: person.partnerId }}>
                          {t('agenda.seePartner')}
                        </Link>
                      </>
                    ) : null}
                  </li>
                ))}
              </ul>
            )}
          </div>
        );
      })}
    </section>
  );
}

/** The public cost line by line, and its total per currency (never summed across currencies). */
export function EventCosts({ event }: { event: Event }) {
  const { t, i18n } = useTranslation();
  const language = i18n.language;
  return (
    <section className="section" aria-labelledby="event-costs-title">
      <h2 id="event-costs-title">{t('agenda.sections.costs')}</h2>
      {event.costs.length === 0 ? (
        <p className="muted">{t('agenda.noCosts')}</p>
      ) : (
        <>
          <DataTable
            caption={t('agenda.costsCaption')}
            isCaptionHidden
            rows={event.costs.map((cost, index) => ({ ...cost, key: String(index) }))}
            rowKey={(row) => row.key}
            columns={[
              {
                key: 'category',
                header: t('agenda.fields.costCategory'),
                isRowHeader: true,
                render: (row) => t(`agenda.costCategories.${row.category}`),
              },
              {
                key: 'source',
                header: t('agenda.fields.costSource'),
                render: (row) => t(`agenda.costSources.${row.source}`),
              },
              {
                key: 'description',
                header: t('agenda.fields.costDescription'),
                render: (row) => row.description ?? '—',
              },
              {
                key: 'amount',
                header: t('agenda.fields.costAmount'),
                isNumeric: true,
                render: (row) => formatMoney(row.amountMinor, row.currency, language),
              },
            ]}
          />
          <h3>{t('agenda.costTotals')}</h3>
          <ul className="item-list">
            {event.costTotals.map((total) => (
              <li key={total.currency}>
                <strong>{formatMoney(total.amountMinor, total.currency, language)}</strong> ({total.currency})
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}

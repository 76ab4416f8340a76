import { useTranslation } from 'react-i18next';
import type { EventSummary } from '../../../contracts/agenda';
import { formatTime, isOtherZone, userTimeZone, zoneCity } from './time';

/** The kind of an event as text on a colored badge: the color only repeats what the text says. */
export function EventKindBadge({ kind }: { kind: EventSummary['kind'] }) {
  const { t } = useTranslation();
  return <span className={`event-kind event-kind-${kind}`}>{t(`agenda.kinds.${kind}`)}</span>;
}

export function useZoneName() {
  const { t } = useTranslation();
  return (zone: string) =>
    t(`agenda.cities.${zoneCity(zone).replace(/ /g, '_')}`, { defaultValue: zoneCity(zone) });
}

/**
 * "09:00 Madrid (03:00 Bogotá)": the time where the event happens and, when the person's own time
 * zone shows another time, the time for them.
 */
export function EventTime({ instant, zone }: { instant: string; zone: string }) {
  const { i18n } = useTranslation();
  const zoneName = useZoneName();
  const language = i18n.language;
  const own = userTimeZone();
  return (
    <span className="event-time">
      {formatTime(instant, zone, language)} {zoneName(zone)}
      {isOtherZone(instant, zone) ? (
        <span className="event-time-own">
          {' '}
          ({formatTime(instant, own, language)} {zoneName(own)})
        </span>
      ) : null}
    </span>
  );
}

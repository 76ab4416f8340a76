import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import type { timelineEntrySchema } from '../../../contracts/diplomacy';
import { formatDate } from '../../lib/format';
import { Badge } from '../../ui/states';
import { useGovernmentToday } from '../auth/government-context';
import { useTermLabel } from '../strategy/use-strategy';

export type TimelineEntry = z.infer<typeof timelineEntrySchema>;

/** A role is held today (the government's) when it has started and has not ended (an open end means still held). */
export function isHeldToday(entry: { date: string; endDate: string | null }, today: string): boolean {
  return entry.date <= today && (entry.endDate === null || entry.endDate >= today);
}

/** "2024–2026", "desde 2024" or one year when a role starts and ends in the same year. */
export function rolePeriod(
  t: (key: string, options?: Record<string, unknown>) => string,
  start: string,
  end: string | null,
) {
  const from = start.slice(0, 4);
  if (!end) return t('diplomacy.timeline.since', { year: from });
  const to = end.slice(0, 4);
  return from === to ? from : `${from}–${to}`;
}

/** The timeline as an ordered list: each entry says its kind in words, never by colour alone. */
export function DiplomacyTimeline({ entries }: { entries: TimelineEntry[] }) {
  const { t, i18n } = useTranslation();
  const termLabel = useTermLabel();
  const language = i18n.language;
  const today = useGovernmentToday();
  return (
    <ol className="timeline">
      {entries.map((entry) => {
        const isRole = entry.type === 'role';
        const isCurrent = isRole && isHeldToday(entry, today);
        const kindLabel = isRole
          ? t(`diplomacy.roleKinds.${entry.kind}`, { defaultValue: entry.kind })
          : t(`diplomacy.positionKinds.${entry.kind}`, { defaultValue: entry.kind });
        return (
          <li key={`${entry.type}-${entry.id}`} className={`timeline-entry timeline-${entry.type}`}>
            <p className="timeline-date">
              {isRole ? (
                <time dateTime={entry.date}>{rolePeriod(t, entry.date, entry.endDate)}</time>
              ) : (
                <time dateTime={entry.date}>{formatDate(entry.date, language)}</time>
              )}
            </p>
            <article className="timeline-card" aria-labelledby={`timeline-${entry.id}`}>
              <p className="timeline-kind">
                {isRole ? (
                  <>
                    <Badge tone="info">{t('diplomacy.timeline.role')}</Badge> {kindLabel}
                  </>
                ) : (
                  <Badge>{kindLabel}</Badge>
                )}
                {isCurrent ? (
                  <>
                    {' · '}
                    <Badge tone="success">{t('diplomacy.timeline.current')}</Badge>
                  </>
                ) : null}
              </p>
              <h3 id={`timeline-${entry.id}`} className="timeline-title">
                {isRole ? (
                  <Link to="/diplomacy/roles/$roleId" params={{ roleId: entry.id }}>
                    {t('diplomacy.timeline.roleTitle', {
                      kind: kindLabel,
                      title: entry.title,
                      network: entry.networkName ?? '—',
                    })}
                  </Link>
                ) : (
                  <Link to="/diplomacy/positions/$positionId" params={{ positionId: entry.id }}>
                    {entry.title}
                  </Link>
                )}
              </h3>
              <p className="timeline-meta">
                {isRole
                  ? t('diplomacy.timeline.rolePeriod', {
                      period: `${formatDate(entry.date, language)} – ${
                        entry.endDate ? formatDate(entry.endDate, language) : t('diplomacy.timeline.open')
                      }`,
                    })
                  : entry.networkName
                    ? t('diplomacy.timeline.inNetwork', { network: entry.networkName })
                    : null}
              </p>
              {entry.topics.length > 0 ? (
                <p className="tag-list">
                  <span className="visually-hidden">{t('diplomacy.fields.topics')}: </span>
                  {entry.topics.map((topic) => (
                    <Badge key={topic}>{termLabel('theme', topic)}</Badge>
                  ))}
                </p>
              ) : null}
            </article>
          </li>
        );
      })}
    </ol>
  );
}

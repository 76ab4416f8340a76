import { useTranslation } from 'react-i18next';
import type { ActivityAllocation } from '../../../contracts/iati';
import { countryName } from '../../lib/format';
import { sectorName } from '../cooperation/sectors';

type Share = ActivityAllocation['countries'][number];

function withPercentage(name: string, share: Share, language: string): string {
  if (share.percentage === null) return name;
  const percent = new Intl.NumberFormat(language, { style: 'percent', maximumFractionDigits: 2 }).format(
    Number(share.percentage) / 100,
  );
  return `${name} (${percent})`;
}

/** Where an activity goes: countries and regions with their shares, the largest first. */
export function GeographyCell({ allocation }: { allocation: ActivityAllocation }) {
  const { t, i18n } = useTranslation();
  const language = i18n.language;
  const names = [
    ...allocation.countries.map((share) =>
      withPercentage(countryName(share.code, language), share, language),
    ),
    ...allocation.regions.map((share) =>
      withPercentage(t('iatiCatalogue.region', { code: share.code }), share, language),
    ),
  ];
  if (names.length === 0) return <>—</>;
  return (
    <>
      {names.join(', ')}
      {allocation.isGeographyFromTransactions ? (
        <span className="muted cell-note">{t('iatiCatalogue.fromTransactions')}</span>
      ) : null}
    </>
  );
}

/** What an activity is for: its first three sectors with their shares. */
export function SectorCell({ allocation }: { allocation: ActivityAllocation }) {
  const { t, i18n } = useTranslation();
  const language = i18n.language;
  if (allocation.sectors.length === 0) return <>—</>;
  return (
    <>
      {allocation.sectors
        .slice(0, 3)
        .map((share) => withPercentage(sectorName(share.code, language), share, language))
        .join(' · ')}
      {allocation.isSectorFromTransactions ? (
        <span className="muted cell-note">{t('iatiCatalogue.fromTransactions')}</span>
      ) : null}
    </>
  );
}

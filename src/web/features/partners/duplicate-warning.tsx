import { Link } from '@tanstack/react-router';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { SimilarPartner } from '../../../contracts/partner-duplicates';
import { enumLabel } from '../../lib/enum-options';
import { countryName } from '../../lib/format';

type DuplicateWarningProps = {
  duplicates: SimilarPartner[];
  isSaving: boolean;
  onSaveAnyway: () => void;
  onReview: () => void;
};

/**
 * Shown instead of saving when the partner resembles registered ones: the list (each opens in its own
 * page), then the choice to save anyway or to go back to the form. Focus moves here so that a screen
 * reader hears it at once.
 */
export function DuplicateWarning({ duplicates, isSaving, onSaveAnyway, onReview }: DuplicateWarningProps) {
  const { t, i18n } = useTranslation();
  const headingRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => headingRef.current?.focus(), []);
  return (
    <section className="alert alert-warning duplicate-warning" aria-labelledby="duplicate-warning-title">
      <h2 id="duplicate-warning-title" ref={headingRef} tabIndex={-1}>
        {t('partnerDuplicates.title', { count: duplicates.length })}
      </h2>
      <p>{t('partnerDuplicates.intro')}</p>
      <ul>
        {duplicates.map((duplicate) => (
          <li key={duplicate.id}>
            <Link to="/partners/$partnerId" params={{ partnerId: duplicate.id }} target="_blank">
              {duplicate.name}
            </Link>{' '}
            ·{' '}
            {[
              enumLabel(t, 'partnerKind', duplicate.kind),
              duplicate.city,
              countryName(duplicate.countryCode, i18n.language),
            ]
              .filter((part) => part && part !== '—')
              .join(' · ')}{' '}
            — {t(`partnerDuplicates.reason.${duplicate.reason}`, { iatiOrgId: duplicate.iatiOrgId ?? '' })}
          </li>
        ))}
      </ul>
      <div className="form-actions">
        <button type="button" className="button button-secondary" onClick={onReview}>
          {t('partnerDuplicates.review')}
        </button>
        <button type="button" className="button button-primary" onClick={onSaveAnyway} disabled={isSaving}>
          {isSaving ? t('common.saving') : t('partnerDuplicates.saveAnyway')}
        </button>
      </div>
    </section>
  );
}

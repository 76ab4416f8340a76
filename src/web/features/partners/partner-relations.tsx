import { Link } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type Partner, partnerRelationKinds } from '../../../contracts/partners';
import { enumLabel, enumOptions } from '../../lib/enum-options';
import { describeError } from '../../lib/form-errors';
import { Select, TextInput } from '../../ui/field';
import { useToast } from '../../ui/toast';
import { PartnerPicker } from './partner-picker';
import { useAddRelation, useRemoveRelation } from './use-partners';

/** Relations of a partner with others (member of, funds...), with add and remove for editors. */
export function PartnerRelations({ partner, canEdit }: { partner: Partner; canEdit: boolean }) {
  const { t } = useTranslation();
  const { showToast } = useToast();
  const addRelation = useAddRelation(partner.id);
  const removeRelation = useRemoveRelation(partner.id);
  const [kind, setKind] = useState<string>('partner_of');
  const [notes, setNotes] = useState('');
  return (
    <section className="section">
      <h2 id="relations-title">{t('partners.relations.title')}</h2>
      {partner.relations.length === 0 ? <p className="muted">{t('partners.relations.none')}</p> : null}
      <ul className="item-list">
        {partner.relations.map((relation) => (
          <li key={relation.id} className="item-row">
            <span>
              {t(`partners.relations.${relation.direction}`, {
                kind: enumLabel(t, 'relationKind', relation.kind),
              })}{' '}
              <Link to="/partners/$partnerId" params={{ partnerId: relation.otherPartnerId }}>
                {relation.otherPartnerName}
              </Link>
              {relation.notes ? <span className="muted"> — {relation.notes}</span> : null}
            </span>
            {canEdit ? (
              <button
                type="button"
                className="button button-secondary button-small"
                disabled={removeRelation.isPending}
                onClick={() =>
                  removeRelation.mutate(relation.id, {
                    onSuccess: () => showToast(t('partners.relations.removed')),
                    onError: (error) => showToast(describeError(t, error), 'error'),
                  })
                }
              >
                {t('partners.relations.remove', { name: relation.otherPartnerName })}
              </button>
            ) : null}
          </li>
        ))}
      </ul>
      {canEdit ? (
        <details className="inline-form">
          <summary>{t('partners.relations.add')}</summary>
          <div className="form-grid">
            <Select
              label={t('partners.relations.kind')}
              options={enumOptions(t, 'relationKind', partnerRelationKinds)}
              value={kind}
              onChange={(event) => setKind(event.target.value)}
            />
            <TextInput
              label={t('partners.relations.notes')}
              value={notes}
              onChange={(event) => setNotes(event.target.value)}
            />
          </div>
          <PartnerPicker
            label={t('partners.relations.other')}
            excludeIds={[partner.id]}
            onPick={(other) =>
              addRelation.mutate(
                { toPartnerId: other.id, kind, notes: notes.trim() || null },
                {
                  onSuccess: () => {
                    setNotes('');
                    showToast(t('partners.relations.added', { name: other.name }));
                  },
                  onError: (error) => showToast(describeError(t, error), 'error'),
                },
              )
            }
          />
        </details>
      ) : null}
    </section>
  );
}

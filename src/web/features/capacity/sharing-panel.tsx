import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AssociationMembership, Sharing } from '../../../contracts/capacity';
import { formatDateTime } from '../../lib/format';
import { ConfirmDialog } from '../../ui/confirm-dialog';
import { Checkbox } from '../../ui/field';
import { FormAlert } from '../../ui/form-alert';
import { Badge, ErrorState, Loading } from '../../ui/states';
import { useToast } from '../../ui/toast';
import { useGovernment } from '../auth/government-context';
import { useAnswerInvitation, useMyAssociations, useSaveSharing } from './use-capacity';

/**
 * What the government shares with the associations it belongs to, and those associations. Sharing is
 * an explicit choice of the admin, revocable at any time; nothing is shared by default.
 */
export function SharingPanel({ sharing }: { sharing: Sharing }) {
  const { t } = useTranslation();
  const { isAdmin } = useGovernment();
  const { showToast } = useToast();
  const save = useSaveSharing();
  const [isSharingAssessment, setSharingAssessment] = useState(sharing.isSharingAssessment);
  const [isSharingIndex, setSharingIndex] = useState(sharing.isSharingIndex);
  const [error, setError] = useState<unknown>(null);
  return (
    <section className="capacity-section" aria-labelledby="capacity-sharing">
      <h2 id="capacity-sharing">{t('capacity.sharing.title')}</h2>
      <p className="muted">{t('capacity.sharing.intro')}</p>
      {isAdmin ? (
        <form
          className="form"
          noValidate
          onSubmit={async (event) => {
            event.preventDefault();
            setError(null);
            try {
              await save.mutateAsync({ isSharingAssessment, isSharingIndex, version: sharing.version });
              showToast(t('capacity.sharing.saved'));
            } catch (caught) {
              setError(caught);
            }
          }}
        >
          <FormAlert error={error} />
          <Checkbox
            label={t('capacity.sharing.assessment')}
            hint={t('capacity.sharing.assessmentHint')}
            checked={isSharingAssessment}
            onChange={(event) => setSharingAssessment(event.target.checked)}
          />
          <Checkbox
            label={t('capacity.sharing.index')}
            hint={t('capacity.sharing.indexHint')}
            checked={isSharingIndex}
            onChange={(event) => setSharingIndex(event.target.checked)}
          />
          <div className="form-actions">
            <button type="submit" className="button button-secondary" disabled={save.isPending}>
              {t('capacity.sharing.save')}
            </button>
          </div>
        </form>
      ) : (
        <p>
          {sharing.isSharingAssessment
            ? t('capacity.sharing.sharesAssessment')
            : t('capacity.sharing.sharesNothing')}
        </p>
      )}
      <Associations />
    </section>
  );
}

function Associations() {
  const { t, i18n } = useTranslation();
  const { isAdmin } = useGovernment();
  const query = useMyAssociations();
  const answer = useAnswerInvitation();
  const [error, setError] = useState<unknown>(null);
  const [leaving, setLeaving] = useState<AssociationMembership | null>(null);
  const items = (query.data?.items ?? []).filter((item) => item.status !== 'ended');
  const act = async (item: AssociationMembership, action: 'accept' | 'end') => {
    setError(null);
    try {
      await answer.mutateAsync({ id: item.id, version: item.version, action });
    } catch (caught) {
      setError(caught);
    }
  };
  return (
    <>
      <h3>{t('capacity.associations.title')}</h3>
      {query.isLoading ? <Loading /> : null}
      {query.isError ? <ErrorState error={query.error} onRetry={() => void query.refetch()} /> : null}
      <FormAlert error={error} />
      {query.data && items.length === 0 ? <p>{t('capacity.associations.none')}</p> : null}
      <ul className="capacity-associations">
        {items.map((item) => (
          <li key={item.id}>
            <strong>{item.association.name}</strong>{' '}
            <Badge tone={item.status === 'active' ? 'success' : 'info'}>
              {t(`capacity.membershipStatus.${item.status}`)}
            </Badge>{' '}
            {item.acceptedAt
              ? t('capacity.associations.since', { date: formatDateTime(item.acceptedAt, i18n.language) })
              : null}
            {isAdmin ? (
              <span className="capacity-actions">
                {item.status === 'invited' ? (
                  <button
                    type="button"
                    className="button button-primary"
                    disabled={answer.isPending}
                    onClick={() => void act(item, 'accept')}
                  >
                    {t('capacity.associations.accept', { name: item.association.name })}
                  </button>
                ) : null}
                <button
                  type="button"
                  className="button button-secondary"
                  disabled={answer.isPending}
                  onClick={() => (item.status === 'active' ? setLeaving(item) : void act(item, 'end'))}
                >
                  {item.status === 'invited'
                    ? t('capacity.associations.decline', { name: item.association.name })
                    : t('capacity.associations.leave', { name: item.association.name })}
                </button>
              </span>
            ) : null}
          </li>
        ))}
      </ul>
      <ConfirmDialog
        isOpen={leaving !== null}
        title={t('capacity.associations.leave', { name: leaving?.association.name ?? '' })}
        description={t('capacity.associations.leaveText')}
        confirmLabel={t('capacity.associations.leaveConfirm')}
        isDanger
        isPending={answer.isPending}
        onConfirm={() => {
          const item = leaving;
          setLeaving(null);
          if (item) void act(item, 'end');
        }}
        onCancel={() => setLeaving(null)}
      />
    </>
  );
}

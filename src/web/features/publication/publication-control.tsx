import { useTranslation } from 'react-i18next';
import type { PublicationEntityType } from '../../../contracts/publication';
import { ErrorState } from '../../ui/states';
import { useGovernment } from '../auth/government-context';
import { usePublicationActions, usePublicationState } from './use-publication';

/**
 * "Portal de transparencia" on a record's page: where it stands, and the step the user's role
 * allows (a coordinator proposes or withdraws, an admin publishes or takes it down).
 */
export function PublicationControl({
  entityType,
  entityId,
}: {
  entityType: PublicationEntityType;
  entityId: string;
}) {
  const { t } = useTranslation();
  const { isAdmin, canEdit } = useGovernment();
  const state = usePublicationState(entityType, entityId);
  const actions = usePublicationActions();
  const publication = state.data?.publication ?? null;
  const isBusy =
    actions.request.isPending || actions.publish.isPending || actions.unpublish.isPending || state.isFetching;
  const error = actions.request.error ?? actions.publish.error ?? actions.unpublish.error;
  const statusText = publication
    ? t(`publication.status.${publication.status}`)
    : t('publication.status.none');
  return (
    <section className="publication-control" aria-labelledby={`publicacion-${entityId}`}>
      <h2 id={`publicacion-${entityId}`}>{t('publication.control.title')}</h2>
      <p>
        {statusText}
        {state.data && (
          <>
            {' · '}
            <a href={state.data.portalUrl} target="_blank" rel="noopener noreferrer">
              {t('publication.control.openPortal')}
            </a>
          </>
        )}
      </p>
      {error ? <ErrorState error={error} /> : null}
      <div className="actions">
        {!publication && canEdit && (
          <button
            type="button"
            className="button"
            disabled={isBusy}
            onClick={() =>
              actions.request.mutate({ entityType, entityId, status: isAdmin ? 'published' : 'proposed' })
            }
          >
            {isAdmin ? t('publication.control.publish') : t('publication.control.propose')}
          </button>
        )}
        {publication?.status === 'proposed' && isAdmin && (
          <button
            type="button"
            className="button"
            disabled={isBusy}
            onClick={() => actions.publish.mutate({ id: publication.id, version: publication.version })}
          >
            {t('publication.control.publish')}
          </button>
        )}
        {publication && (isAdmin || (canEdit && publication.status === 'proposed')) && (
          <button
            type="button"
            className="button secondary"
            disabled={isBusy}
            onClick={() => actions.unpublish.mutate({ id: publication.id, version: publication.version })}
          >
            {publication.status === 'published'
              ? t('publication.control.unpublish')
              : t('publication.control.withdraw')}
          </button>
        )}
      </div>
    </section>
  );
}

import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { describeError } from '../../lib/form-errors';
import { ConfirmDialog } from '../../ui/confirm-dialog';
import { useToast } from '../../ui/toast';
import { type ArchiveTarget, useSetDiplomacyArchived } from './use-diplomacy';

/** Archive or restore a position or a network role, after a confirmation. */
export function ArchiveAction({
  target,
  name,
}: {
  target: Omit<ArchiveTarget, 'isArchived'> & { isArchived: boolean };
  name: string;
}) {
  const { t } = useTranslation();
  const { showToast } = useToast();
  const setArchived = useSetDiplomacyArchived();
  const [isOpen, setIsOpen] = useState(false);
  const isArchived = target.isArchived;
  return (
    <>
      <button type="button" className="button button-secondary" onClick={() => setIsOpen(true)}>
        {isArchived ? t('common.restore') : t('common.archive')}
      </button>
      <ConfirmDialog
        isOpen={isOpen}
        title={isArchived ? t('diplomacy.restoreTitle', { name }) : t('diplomacy.archiveTitle', { name })}
        description={isArchived ? t('diplomacy.restoreText') : t('diplomacy.archiveText')}
        confirmLabel={isArchived ? t('common.restore') : t('common.archive')}
        isDanger={!isArchived}
        isPending={setArchived.isPending}
        onCancel={() => setIsOpen(false)}
        onConfirm={() =>
          setArchived.mutate(
            { ...target, isArchived: !isArchived },
            {
              onSuccess: () => {
                setIsOpen(false);
                showToast(isArchived ? t('diplomacy.restored') : t('diplomacy.archived'));
              },
              onError: (error) => {
                setIsOpen(false);
                showToast(describeError(t, error), 'error');
              },
            },
          )
        }
      />
    </>
  );
}

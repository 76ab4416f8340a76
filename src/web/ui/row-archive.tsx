import { useTranslation } from 'react-i18next';
import { describeError } from '../lib/form-errors';
import { ConfirmDialog } from './confirm-dialog';
import { useToast } from './toast';

type ArchivableRow = { id: string; archivedAt: string | null; version: number };

type RowActionsProps = {
  isArchived: boolean;
  /** Labels that name the row, so that each button says which row it acts on. */
  editLabel: string;
  archiveLabel: string;
  onEdit: () => void;
  onArchive: () => void;
};

/** The edit and archive (or restore) buttons of an admin's table row; an archived row is not edited. */
export function RowEditArchiveButtons({
  isArchived,
  editLabel,
  archiveLabel,
  onEdit,
  onArchive,
}: RowActionsProps) {
  return (
    <span className="button-row">
      {!isArchived ? (
        <button type="button" className="button button-secondary button-small" onClick={onEdit}>
          {editLabel}
        </button>
      ) : null}
      <button type="button" className="button button-secondary button-small" onClick={onArchive}>
        {archiveLabel}
      </button>
    </span>
  );
}

type ArchiveMutation = {
  isPending: boolean;
  mutate: (
    variables: { id: string; isArchived: boolean; version: number },
    callbacks: { onSuccess: () => void; onError: (error: unknown) => void; onSettled: () => void },
  ) => void;
};

type RowArchiveDialogProps<TRow extends ArchivableRow> = {
  /** The row being archived or restored; null while the dialog is closed. */
  row: TRow | null;
  titles: { archive: string; restore: string };
  /** What the toast says once done. */
  messages: { archived: string; restored: string };
  description: string | undefined;
  mutation: ArchiveMutation;
  onClose: () => void;
};

/** Confirms archiving (or restoring) one row of a table, then says how it went. */
export function RowArchiveDialog<TRow extends ArchivableRow>(props: RowArchiveDialogProps<TRow>) {
  const { row, titles, messages, description, mutation, onClose } = props;
  const { t } = useTranslation();
  const { showToast } = useToast();
  const isRestore = Boolean(row?.archivedAt);
  return (
    <ConfirmDialog
      isOpen={row !== null}
      title={isRestore ? titles.restore : titles.archive}
      description={description}
      confirmLabel={isRestore ? t('common.restore') : t('common.archive')}
      isDanger={!isRestore}
      isPending={mutation.isPending}
      onCancel={onClose}
      onConfirm={() => {
        if (!row) return;
        mutation.mutate(
          { id: row.id, isArchived: !isRestore, version: row.version },
          {
            onSuccess: () => showToast(isRestore ? messages.restored : messages.archived),
            onError: (error) => showToast(describeError(t, error), 'error'),
            onSettled: onClose,
          },
        );
      }}
    />
  );
}

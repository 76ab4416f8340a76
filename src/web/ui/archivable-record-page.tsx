import { type ReactNode, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { describeError } from '../lib/form-errors';
import { ConfirmDialog } from './confirm-dialog';
import { PageHeader } from './states';
import { useToast } from './toast';

type ArchiveCallbacks = { onSuccess: () => void; onError: (error: unknown) => void };

type ArchivableRecordPageProps = {
  /** The breadcrumb link back to the list. */
  back: ReactNode;
  title: string;
  description: string;
  /** Whether the user may edit, archive and restore the record. */
  canEdit: boolean;
  isArchived: boolean;
  /** Links offered to editors while the record is not archived: edit, merge… */
  editActions: ReactNode;
  /** False where the record may be neither archived nor restored; true by default. */
  canArchive?: boolean;
  /** A notice shown above the archived one (a merged duplicate points to the partner it became). */
  notice?: ReactNode;
  /** The notice under the heading while the record is archived. */
  archivedNotice: string;
  /** The confirmation and its outcome, worded for what the button does now (archive or restore). */
  archive: {
    title: string;
    text: string;
    doneMessage: string;
    isPending: boolean;
    /** Archives the record, or restores it when archived, and calls back when the server answers. */
    toggle: (callbacks: ArchiveCallbacks) => void;
  };
  children: ReactNode;
};

/**
 * The page of one record that can be archived: breadcrumb, heading, edit and archive actions, the
 * archived notice, the record's sections, and the confirmation the archive button opens.
 */
export function ArchivableRecordPage(props: ArchivableRecordPageProps) {
  const { back, title, description, canEdit, isArchived, editActions, archivedNotice, archive, children } =
    props;
  const { canArchive = true, notice } = props;
  const { t } = useTranslation();
  const { showToast } = useToast();
  const [isConfirmOpen, setIsConfirmOpen] = useState(false);
  return (
    <div className="page">
      <p className="breadcrumb">{back}</p>
      <PageHeader
        title={title}
        description={description}
        actions={
          canEdit ? (
            <>
              {!isArchived ? editActions : null}
              {canArchive ? (
                <button
                  type="button"
                  className="button button-secondary"
                  onClick={() => setIsConfirmOpen(true)}
                >
                  {isArchived ? t('common.restore') : t('common.archive')}
                </button>
              ) : null}
            </>
          ) : null
        }
      />
      {notice}
      {isArchived ? <p className="alert alert-info">{archivedNotice}</p> : null}
      {children}
      <ConfirmDialog
        isOpen={isConfirmOpen}
        title={archive.title}
        description={archive.text}
        confirmLabel={isArchived ? t('common.restore') : t('common.archive')}
        isDanger={!isArchived}
        isPending={archive.isPending}
        onCancel={() => setIsConfirmOpen(false)}
        onConfirm={() =>
          archive.toggle({
            onSuccess: () => {
              setIsConfirmOpen(false);
              showToast(archive.doneMessage);
            },
            onError: (error) => {
              setIsConfirmOpen(false);
              showToast(describeError(t, error), 'error');
            },
          })
        }
      />
    </div>
  );
}

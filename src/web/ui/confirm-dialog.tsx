import { type ReactNode, useEffect, useId, useRef } from 'react';
import { useTranslation } from 'react-i18next';

type ConfirmDialogProps = {
  isOpen: boolean;
  title: string;
  description?: string;
  confirmLabel: string;
  isDanger?: boolean;
  isPending?: boolean;
  children?: ReactNode;
  onConfirm: () => void;
  onCancel: () => void;
};

/** A modal built on the native <dialog>: focus is trapped and Escape closes it. */
export function ConfirmDialog(props: ConfirmDialogProps) {
  const { isOpen, title, description, confirmLabel, isDanger, isPending, children, onConfirm, onCancel } =
    props;
  const { t } = useTranslation();
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  const descriptionId = useId();

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (isOpen && !dialog.open) dialog.showModal();
    if (!isOpen && dialog.open) dialog.close();
  }, [isOpen]);

  return (
    <dialog
      ref={ref}
      className="dialog"
      aria-labelledby={titleId}
      aria-describedby={description ? descriptionId : undefined}
      onCancel={(event) => {
        event.preventDefault();
        onCancel();
      }}
    >
      {isOpen ? (
        <form
          method="dialog"
          onSubmit={(event) => {
            event.preventDefault();
            onConfirm();
          }}
        >
          <h2 id={titleId} className="dialog-title">
            {title}
          </h2>
          {description ? <p id={descriptionId}>{description}</p> : null}
          {children}
          <div className="dialog-actions">
            <button type="button" className="button button-secondary" onClick={onCancel}>
              {t('common.cancel')}
            </button>
            <button
              type="submit"
              className={`button ${isDanger ? 'button-danger' : 'button-primary'}`}
              disabled={isPending}
            >
              {isPending ? t('common.working') : confirmLabel}
            </button>
          </div>
        </form>
      ) : null}
    </dialog>
  );
}

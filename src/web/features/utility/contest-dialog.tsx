import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { VerdictDetail } from '../../../contracts/utility';
import { isApiError } from '../../lib/api-client';
import { ConfirmDialog } from '../../ui/confirm-dialog';
import { Textarea } from '../../ui/field';
import { FormAlert } from '../../ui/form-alert';
import { useToast } from '../../ui/toast';
import { useFileContest } from './use-utility';

const minimumLength = 20;

type ContestDialogProps = {
  detail: VerdictDetail;
  isOpen: boolean;
  onClose: () => void;
};

/**
 * Contesting a verdict: a written justification of at least 20 characters, shown beside the verdict
 * afterwards. The dialog says plainly that the verdict itself does not change.
 */
export function ContestDialog({ detail, isOpen, onClose }: ContestDialogProps) {
  const { t } = useTranslation();
  const { showToast } = useToast();
  const fileContest = useFileContest();
  const [justification, setJustification] = useState('');
  const [fieldError, setFieldError] = useState<string | undefined>();

  const close = () => {
    setJustification('');
    setFieldError(undefined);
    fileContest.reset();
    onClose();
  };

  const submit = () => {
    const text = justification.trim();
    if (text.length < minimumLength) {
      setFieldError(
        text.length === 0 ? 'validation.required' : t('utility.contest.tooShort', { count: minimumLength }),
      );
      return;
    }
    setFieldError(undefined);
    fileContest.mutate(
      {
        subjectKind: detail.subject.kind === 'event' ? 'event' : 'link',
        subjectId: detail.subject.id,
        justification: text,
      },
      {
        onSuccess: () => {
          showToast(t('utility.contest.filed'));
          close();
        },
        onError: (error) => {
          const serverField = isApiError(error)
            ? error.problem.errors?.find((each) => each.field.endsWith('justification'))
            : undefined;
          if (serverField) setFieldError(serverField.message);
        },
      },
    );
  };

  return (
    <ConfirmDialog
      isOpen={isOpen}
      title={t('utility.contest.title', { subject: detail.subject.label })}
      description={t('utility.contest.explanation')}
      confirmLabel={t('utility.contest.submit')}
      isPending={fileContest.isPending}
      onCancel={close}
      onConfirm={submit}
    >
      {fileContest.error && !fieldError ? <FormAlert error={fileContest.error} /> : null}
      <Textarea
        label={t('utility.contest.justification')}
        hint={t('utility.contest.justificationHint', { count: minimumLength })}
        isRequired
        rows={6}
        maxLength={4000}
        value={justification}
        error={fieldError ? { message: fieldError } : undefined}
        onChange={(event) => setJustification(event.target.value)}
      />
    </ConfirmDialog>
  );
}

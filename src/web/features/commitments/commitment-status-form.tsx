import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { commitmentStatusBodySchema } from '../../../contracts/agenda';
import { contractResolver } from '../../lib/form-errors';
import { Select, Textarea, TextInput } from '../../ui/field';
import { useGovernmentToday } from '../auth/government-context';
import { useInitiatives } from '../initiatives/use-initiatives';
import type { CommitmentStatusBody } from './use-commitments';

export type StatusAction = 'fulfilled' | 'cancelled' | 'in_progress' | 'pending';

export type StatusFormValues = {
  evidenceDescription: string;
  evidenceUrl: string;
  fulfilledOn: string;
  resultingInitiativeId: string;
  cancelReason: string;
};

/** `today` is the government's: the server refuses a fulfilment dated after its calendar day. */
export function emptyStatusValues(today: string): StatusFormValues {
  return {
    evidenceDescription: '',
    evidenceUrl: '',
    fulfilledOn: today,
    resultingInitiativeId: '',
    cancelReason: '',
  };
}

/** The body commitmentStatusBodySchema validates: only the fields of the chosen move are sent. */
export function statusValuesToBody(action: StatusAction, version: number, values: StatusFormValues) {
  if (action === 'fulfilled') {
    return {
      status: action,
      version,
      evidenceDescription: values.evidenceDescription,
      evidenceUrl: values.evidenceUrl,
      fulfilledOn: values.fulfilledOn || null,
      resultingInitiativeId: values.resultingInitiativeId || null,
    };
  }
  if (action === 'cancelled') return { status: action, version, cancelReason: values.cancelReason };
  return { status: action, version };
}

export function useStatusForm(action: StatusAction, version: number) {
  const today = useGovernmentToday();
  return useForm<StatusFormValues, unknown, CommitmentStatusBody>({
    defaultValues: emptyStatusValues(today),
    resolver: contractResolver(commitmentStatusBodySchema, (values: StatusFormValues) =>
      statusValuesToBody(action, version, values),
    ),
  });
}

type StatusFieldsProps = { action: StatusAction; form: ReturnType<typeof useStatusForm> };

/** The evidence of a fulfilled commitment, or the reason of a cancelled one. */
export function StatusFields({ action, form }: StatusFieldsProps) {
  const { t } = useTranslation();
  const { register, formState } = form;
  const { errors } = formState;
  const initiatives = useInitiatives({ pageSize: 500, includeClosed: true });
  if (action === 'cancelled') {
    return (
      <Textarea
        label={t('commitments.fields.cancelReason')}
        isRequired
        error={errors.cancelReason}
        {...register('cancelReason')}
      />
    );
  }
  if (action !== 'fulfilled') return null;
  return (
    <>
      <p className="muted">{t('commitments.evidenceHint')}</p>
      <Textarea
        label={t('commitments.fields.evidenceDescription')}
        error={errors.evidenceDescription}
        {...register('evidenceDescription')}
      />
      <TextInput
        label={t('commitments.fields.evidenceUrl')}
        type="url"
        inputMode="url"
        error={errors.evidenceUrl}
        {...register('evidenceUrl')}
      />
      <TextInput
        label={t('commitments.fields.fulfilledOn')}
        type="date"
        error={errors.fulfilledOn}
        {...register('fulfilledOn')}
      />
      <Select
        label={t('commitments.fields.resultingInitiative')}
        hint={t('commitments.hints.resultingInitiative')}
        placeholder={t('common.none')}
        options={(initiatives.data?.items ?? []).map((item) => ({ value: item.id, label: item.title }))}
        error={errors.resultingInitiativeId}
        {...register('resultingInitiativeId')}
      />
    </>
  );
}

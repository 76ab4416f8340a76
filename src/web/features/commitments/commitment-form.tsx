import { useTranslation } from 'react-i18next';
import { type Commitment, type CommitmentInput, commitmentInputSchema } from '../../../contracts/agenda';
import { useContractForm } from '../../lib/use-contract-form';
import { Select, Textarea, TextInput } from '../../ui/field';
import { FormActions } from '../../ui/form-actions';
import { FormAlert } from '../../ui/form-alert';
import { useDepartmentOptions, useLinkOptions, usePartnerOptions } from '../agenda/picker-options';
import { useMemberOptions } from '../agenda/use-agenda';
import { useGovernment } from '../auth/government-context';

export type CommitmentFormValues = {
  title: string;
  description: string;
  ownerDepartmentId: string;
  ownerUserId: string;
  ownerName: string;
  counterpartPartnerId: string;
  eventId: string;
  linkId: string;
  dueDate: string;
};

export function commitmentToFormValues(
  commitment?: Commitment,
  preset: Partial<CommitmentFormValues> = {},
): CommitmentFormValues {
  return {
    title: commitment?.title ?? '',
    description: commitment?.description ?? '',
    ownerDepartmentId: commitment?.ownerDepartmentId ?? '',
    ownerUserId: commitment?.ownerUserId ?? '',
    ownerName: commitment?.ownerName ?? '',
    counterpartPartnerId: commitment?.counterpartPartnerId ?? '',
    eventId: commitment?.eventId ?? '',
    linkId: commitment?.linkId ?? '',
    dueDate: commitment?.dueDate ?? '',
    ...preset,
  };
}

function toInput(values: CommitmentFormValues) {
  return {
    title: values.title,
    description: values.description,
    ownerDepartmentId: values.ownerDepartmentId,
    ownerUserId: values.ownerUserId || null,
    ownerName: values.ownerName,
    counterpartPartnerId: values.counterpartPartnerId || null,
    eventId: values.eventId || null,
    linkId: values.linkId || null,
    dueDate: values.dueDate,
  };
}

type CommitmentFormProps = {
  defaultValues: CommitmentFormValues;
  /** The event's title when the commitment is born from an event: the link select then stays optional. */
  eventTitle?: string | null;
  submitLabel: string;
  onSubmit: (input: CommitmentInput) => Promise<unknown>;
  onCancel: () => void;
};

/** Who answers for what, by when: the owner department and the owner's name are always required. */
export function CommitmentForm({
  defaultValues,
  eventTitle,
  submitLabel,
  onSubmit,
  onCancel,
}: CommitmentFormProps) {
  const { t } = useTranslation();
  const { isAdmin } = useGovernment();
  const departments = useDepartmentOptions();
  const partners = usePartnerOptions();
  const links = useLinkOptions();
  const members = useMemberOptions();
  const { form, submit, alert } = useContractForm<CommitmentFormValues, CommitmentInput>({
    defaultValues,
    schema: commitmentInputSchema,
    toInput,
    onSubmit,
  });
  const { register, formState, setValue, getValues } = form;
  const { errors, isSubmitting } = formState;
  const ownerUser = register('ownerUserId');
  return (
    <form onSubmit={submit} noValidate className="form commitment-form">
      <FormAlert {...alert} />
      {eventTitle ? <p className="muted">{t('commitments.bornFromEvent', { title: eventTitle })}</p> : null}
      <div className="form-grid">
        <TextInput
          label={t('commitments.fields.title')}
          isRequired
          className="span-2"
          error={errors.title}
          {...register('title')}
        />
        <TextInput
          label={t('commitments.fields.dueDate')}
          hint={t('commitments.hints.dueDate')}
          type="date"
          isRequired
          error={errors.dueDate}
          {...register('dueDate')}
        />
        <Select
          label={t('commitments.fields.ownerDepartment')}
          isRequired
          placeholder={t('commitments.choose')}
          options={departments}
          error={errors.ownerDepartmentId}
          {...register('ownerDepartmentId')}
        />
        {isAdmin ? (
          <Select
            label={t('commitments.fields.ownerUser')}
            hint={t('commitments.hints.ownerUser')}
            placeholder={t('common.none')}
            options={(members.data ?? [])
              .filter((member) => !member.isDisabled)
              .map((member) => ({ value: member.userId, label: `${member.name} (${member.email})` }))}
            error={errors.ownerUserId}
            {...ownerUser}
            onChange={(event) => {
              void ownerUser.onChange(event);
              // Choosing a person fills in their name and department when those are still empty.
              const member = members.data?.find((item) => item.userId === event.target.value);
              if (!member) return;
              if (!getValues('ownerName')) setValue('ownerName', member.name, { shouldValidate: true });
              if (!getValues('ownerDepartmentId') && member.departmentId)
                setValue('ownerDepartmentId', member.departmentId, { shouldValidate: true });
            }}
          />
        ) : null}
        <TextInput
          label={t('commitments.fields.ownerName')}
          hint={t('commitments.hints.ownerName')}
          isRequired
          error={errors.ownerName}
          {...register('ownerName')}
        />
        <Select
          label={t('commitments.fields.counterpart')}
          placeholder={t('common.none')}
          options={partners}
          error={errors.counterpartPartnerId}
          {...register('counterpartPartnerId')}
        />
        {eventTitle ? null : (
          <Select
            label={t('commitments.fields.link')}
            placeholder={t('common.none')}
            options={links}
            error={errors.linkId}
            {...register('linkId')}
          />
        )}
      </div>
      <Textarea
        label={t('commitments.fields.description')}
        error={errors.description}
        {...register('description')}
      />
      <FormActions submitLabel={submitLabel} isSubmitting={isSubmitting} onCancel={onCancel} />
    </form>
  );
}

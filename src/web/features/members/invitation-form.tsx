import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import {
  type CreateInvitationBody,
  createInvitationBodySchema,
  type InvitationCreated,
} from '../../../contracts/auth';
import { roles } from '../../../contracts/common';
import { applyServerErrors, contractResolver } from '../../lib/form-errors';
import { Select, TextInput } from '../../ui/field';
import { FormAlert } from '../../ui/form-alert';
import { useToast } from '../../ui/toast';
import { useDepartments } from '../departments/use-departments';
import { useCreateInvitation } from './use-members';

type InvitationValues = { email: string; role: string; departmentId: string };
const emptyValues: InvitationValues = { email: '', role: 'viewer', departmentId: '' };

/**
 * Invites an e-mail with a role (and a liaison's department). The person becomes a member when they
 * accept the link; nothing here says whether the address already has an account.
 */
export function InvitationForm({ onDone }: { onDone: (created: InvitationCreated) => void }) {
  const { t } = useTranslation();
  const { showToast } = useToast();
  const createInvitation = useCreateInvitation();
  const departments = useDepartments({ pageSize: 200 });
  const [submitError, setSubmitError] = useState<unknown>(null);
  const form = useForm<InvitationValues, unknown, CreateInvitationBody>({
    defaultValues: emptyValues,
    mode: 'onTouched',
    resolver: contractResolver(createInvitationBodySchema, (values) => ({
      ...values,
      departmentId: values.role === 'liaison' && values.departmentId ? values.departmentId : null,
    })),
  });
  const { errors, isSubmitting } = form.formState;
  const role = form.watch('role');
  const submit = form.handleSubmit(async (body) => {
    setSubmitError(null);
    try {
      const created = await createInvitation.mutateAsync(body);
      if (created.isEmailSent) showToast(t('invitations.sent', { email: created.email }));
      form.reset(emptyValues);
      onDone(created);
    } catch (error) {
      if (!applyServerErrors(error, form.setError)) setSubmitError(error);
    }
  });
  return (
    <form className="form" noValidate onSubmit={submit}>
      <FormAlert error={submitError} />
      <p>{t('invitations.formIntro')}</p>
      <div className="form-grid">
        <TextInput
          label={t('members.fields.email')}
          type="email"
          isRequired
          autoComplete="off"
          error={errors.email}
          {...form.register('email')}
        />
        <Select
          label={t('members.fields.role')}
          isRequired
          options={roles.map((item) => ({ value: item, label: t(`roles.${item}`) }))}
          hint={t('members.hints.role')}
          error={errors.role}
          {...form.register('role')}
        />
        {role === 'liaison' ? (
          <Select
            label={t('members.fields.department')}
            placeholder={t('common.none')}
            hint={t('invitations.departmentHint')}
            options={(departments.data?.items ?? []).map((department) => ({
              value: department.id,
              label: department.name,
            }))}
            error={errors.departmentId}
            {...form.register('departmentId')}
          />
        ) : null}
      </div>
      <div className="form-actions">
        <button type="submit" className="button button-primary" disabled={isSubmitting}>
          {isSubmitting ? t('common.working') : t('invitations.send')}
        </button>
      </div>
    </form>
  );
}

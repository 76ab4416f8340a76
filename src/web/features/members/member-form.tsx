import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { type CreateMemberBody, createMemberBodySchema } from '../../../contracts/auth';
import { roles } from '../../../contracts/common';
import { applyServerErrors, contractResolver } from '../../lib/form-errors';
import { Select, TextInput } from '../../ui/field';
import { FormAlert } from '../../ui/form-alert';
import { useToast } from '../../ui/toast';
import { useDepartments } from '../departments/use-departments';
import { useCreateMember } from './use-members';

type MemberFormValues = { email: string; name: string; role: string; password: string; departmentId: string };

const emptyValues: MemberFormValues = { email: '', name: '', role: 'viewer', password: '', departmentId: '' };

/** Adds a user to the government with a role and an initial password (admins only). */
export function MemberForm({ onDone }: { onDone: () => void }) {
  const { t } = useTranslation();
  const { showToast } = useToast();
  const createMember = useCreateMember();
  const departments = useDepartments({ pageSize: 200 });
  const [submitError, setSubmitError] = useState<unknown>(null);
  const form = useForm<MemberFormValues, unknown, CreateMemberBody>({
    defaultValues: emptyValues,
    mode: 'onTouched',
    resolver: contractResolver(createMemberBodySchema, (values) => ({
      ...values,
      departmentId: values.departmentId || null,
    })),
  });
  const { errors, isSubmitting } = form.formState;
  const submit = form.handleSubmit(async (body) => {
    setSubmitError(null);
    try {
      const member = await createMember.mutateAsync(body);
      showToast(t('members.created', { name: member.name }));
      form.reset(emptyValues);
      onDone();
    } catch (error) {
      applyServerErrors(error, form.setError);
      setSubmitError(error);
    }
  });
  return (
    <form className="form" noValidate onSubmit={submit}>
      <FormAlert error={submitError} />
      <div className="form-grid">
        <TextInput
          label={t('members.fields.name')}
          isRequired
          error={errors.name}
          {...form.register('name')}
        />
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
          options={roles.map((role) => ({ value: role, label: t(`roles.${role}`) }))}
          hint={t('members.hints.role')}
          error={errors.role}
          {...form.register('role')}
        />
        <Select
          label={t('members.fields.department')}
          placeholder={t('common.none')}
          options={(departments.data?.items ?? []).map((department) => ({
            value: department.id,
            label: department.name,
          }))}
          error={errors.departmentId}
          {...form.register('departmentId')}
        />
        <TextInput
          label={t('members.fields.password')}
          type="password"
          isRequired
          autoComplete="new-password"
          hint={t('members.hints.password')}
          error={errors.password}
          {...form.register('password')}
        />
      </div>
      <div className="form-actions">
        <button type="submit" className="button button-primary" disabled={isSubmitting}>
          {isSubmitting ? t('common.saving') : t('members.add')}
        </button>
        <button type="button" className="button button-secondary" onClick={onDone}>
          {t('common.cancel')}
        </button>
      </div>
    </form>
  );
}

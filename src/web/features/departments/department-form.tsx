import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { type Department, type DepartmentInput, departmentInputSchema } from '../../../contracts/territory';
import { applyServerErrors, contractResolver } from '../../lib/form-errors';
import { TextInput } from '../../ui/field';
import { FormAlert } from '../../ui/form-alert';
import { useToast } from '../../ui/toast';
import { useSaveDepartment } from './use-departments';

type DepartmentFormValues = { name: string; acronym: string; headName: string; email: string };

/** Create or edit a department (dependencia) of the government. */
export function DepartmentForm({ department, onDone }: { department?: Department; onDone: () => void }) {
  const { t } = useTranslation();
  const { showToast } = useToast();
  const save = useSaveDepartment();
  const [submitError, setSubmitError] = useState<unknown>(null);
  const form = useForm<DepartmentFormValues, unknown, DepartmentInput>({
    defaultValues: {
      name: department?.name ?? '',
      acronym: department?.acronym ?? '',
      headName: department?.headName ?? '',
      email: department?.email ?? '',
    },
    mode: 'onTouched',
    resolver: contractResolver(departmentInputSchema, (values) => values),
  });
  const { errors, isSubmitting } = form.formState;
  const submit = form.handleSubmit(async (body) => {
    setSubmitError(null);
    try {
      const saved = await save.mutateAsync({ id: department?.id, body, version: department?.version });
      showToast(
        department
          ? t('departments.updated', { name: saved.name })
          : t('departments.created', { name: saved.name }),
      );
      onDone();
    } catch (error) {
      applyServerErrors(error, form.setError);
      setSubmitError(error);
    }
  });
  return (
    <form className="form" noValidate onSubmit={submit}>
      <FormAlert error={submitError} onReload={onDone} />
      <div className="form-grid">
        <TextInput
          label={t('departments.fields.name')}
          isRequired
          error={errors.name}
          {...form.register('name')}
        />
        <TextInput
          label={t('departments.fields.acronym')}
          error={errors.acronym}
          {...form.register('acronym')}
        />
        <TextInput
          label={t('departments.fields.headName')}
          error={errors.headName}
          {...form.register('headName')}
        />
        <TextInput
          label={t('departments.fields.email')}
          type="email"
          error={errors.email}
          {...form.register('email')}
        />
      </div>
      <div className="form-actions">
        <button type="submit" className="button button-primary" disabled={isSubmitting}>
          {isSubmitting ? t('common.saving') : department ? t('common.saveChanges') : t('departments.create')}
        </button>
        <button type="button" className="button button-secondary" onClick={onDone}>
          {t('common.cancel')}
        </button>
      </div>
    </form>
  );
}

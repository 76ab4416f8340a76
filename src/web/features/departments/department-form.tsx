import { useTranslation } from 'react-i18next';
import { type Department, type DepartmentInput, departmentInputSchema } from '../../../contracts/territory';
import { useContractForm } from '../../lib/use-contract-form';
import { TextInput } from '../../ui/field';
import { FormActions } from '../../ui/form-actions';
import { FormAlert } from '../../ui/form-alert';
import { useToast } from '../../ui/toast';
import { useSaveDepartment } from './use-departments';

type DepartmentFormValues = { name: string; acronym: string; headName: string; email: string };

/** Create or edit a department (dependencia) of the government. */
export function DepartmentForm({ department, onDone }: { department?: Department; onDone: () => void }) {
  const { t } = useTranslation();
  const { showToast } = useToast();
  const save = useSaveDepartment();
  const { form, submit, alert } = useContractForm<DepartmentFormValues, DepartmentInput>({
    defaultValues: {
      name: department?.name ?? '',
      acronym: department?.acronym ?? '',
      headName: department?.headName ?? '',
      email: department?.email ?? '',
    },
    schema: departmentInputSchema,
    toInput: (values) => values,
    onSubmit: async (body) => {
      const saved = await save.mutateAsync({ id: department?.id, body, version: department?.version });
      showToast(
        department
          ? t('departments.updated', { name: saved.name })
          : t('departments.created', { name: saved.name }),
      );
      onDone();
    },
  });
  const { errors, isSubmitting } = form.formState;
  return (
    <form className="form" noValidate onSubmit={submit}>
      <FormAlert error={alert.error} onReload={onDone} />
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
      <FormActions
        submitLabel={department ? t('common.saveChanges') : t('departments.create')}
        isSubmitting={isSubmitting}
        onCancel={onDone}
      />
    </form>
  );
}

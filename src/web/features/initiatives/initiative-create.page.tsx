import { useNavigate } from '@tanstack/react-router';
import { useState } from 'react';
import { Controller, useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { type InitiativeInput, initiativeInputSchema } from '../../../contracts/initiatives';
import { applyServerErrors, contractResolver } from '../../lib/form-errors';
import { Select, Textarea, TextInput } from '../../ui/field';
import { FormAlert } from '../../ui/form-alert';
import { PageHeader } from '../../ui/states';
import { useToast } from '../../ui/toast';
import { useGovernment } from '../auth/government-context';
import { useDepartments } from '../departments/use-departments';
import { StrategyLineSelect, ThemesField } from '../strategy/alignment-fields';
import { SdgGoalsField } from './sdg-fields';
import { useCreateInitiative } from './use-initiatives';
import './initiatives.css';

type CreateValues = {
  title: string;
  summary: string;
  strategyLine: string;
  themes: string[];
  sdgGoals: string[];
  leadDepartmentId: string;
};

function toInput(values: CreateValues): unknown {
  return {
    title: values.title,
    summary: values.summary,
    strategyLine: values.strategyLine || null,
    themes: values.themes,
    sdgGoals: values.sdgGoals,
    departments: values.leadDepartmentId ? [{ departmentId: values.leadDepartmentId, role: 'lead' }] : [],
  };
}

const mapPath = (path: string) => (path.startsWith('departments') ? 'leadDepartmentId' : path);

/** "Registrar iniciativa": the few fields that identify it; the rest is filled stage by stage. */
export function InitiativeCreatePage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { showToast } = useToast();
  const { canEdit } = useGovernment();
  const departments = useDepartments({ pageSize: 200 });
  const createInitiative = useCreateInitiative();
  const [submitError, setSubmitError] = useState<unknown>(null);
  const form = useForm<CreateValues, unknown, InitiativeInput>({
    defaultValues: {
      title: '',
      summary: '',
      strategyLine: '',
      themes: [],
      sdgGoals: [],
      leadDepartmentId: '',
    },
    mode: 'onTouched',
    resolver: contractResolver(initiativeInputSchema, toInput, { mapPath }),
  });
  const { register, control, formState } = form;
  const submit = form.handleSubmit(async (input) => {
    setSubmitError(null);
    try {
      const initiative = await createInitiative.mutateAsync(input);
      showToast(t('initiatives.created', { title: initiative.title }));
      await navigate({ to: '/initiatives/$initiativeId', params: { initiativeId: initiative.id } });
    } catch (error) {
      applyServerErrors(error, form.setError, mapPath);
      setSubmitError(error);
    }
  });
  return (
    <div className="page">
      <PageHeader title={t('initiatives.newTitle')} description={t('initiatives.formIntro')} />
      {!canEdit ? (
        <p>{t('common.readOnly')}</p>
      ) : (
        <form onSubmit={submit} noValidate className="form">
          <FormAlert error={submitError} />
          <fieldset className="fieldset">
            <legend>{t('initiatives.sections.identification')}</legend>
            <TextInput
              label={t('initiatives.fields.title')}
              isRequired
              error={formState.errors.title}
              {...register('title')}
            />
            <Textarea
              label={t('initiatives.fields.summary')}
              error={formState.errors.summary}
              {...register('summary')}
            />
            <div className="form-grid">
              <StrategyLineSelect
                label={t('initiatives.fields.strategyLine')}
                placeholder={t('common.none')}
                error={formState.errors.strategyLine}
                {...register('strategyLine')}
              />
              <Select
                label={t('initiatives.fields.leadDepartment')}
                placeholder={t('common.none')}
                options={(departments.data?.items ?? []).map((department) => ({
                  value: department.id,
                  label: department.name,
                }))}
                error={formState.errors.leadDepartmentId}
                {...register('leadDepartmentId')}
              />
            </div>
          </fieldset>
          <Controller
            control={control}
            name="themes"
            render={({ field, fieldState }) => (
              <ThemesField
                legend={t('initiatives.fields.themes')}
                value={field.value}
                onChange={field.onChange}
                error={fieldState.error}
              />
            )}
          />
          <Controller
            control={control}
            name="sdgGoals"
            render={({ field, fieldState }) => (
              <SdgGoalsField value={field.value} onChange={field.onChange} error={fieldState.error} />
            )}
          />
          <div className="form-actions">
            <button type="submit" className="button button-primary" disabled={formState.isSubmitting}>
              {formState.isSubmitting ? t('common.saving') : t('initiatives.create')}
            </button>
            <button
              type="button"
              className="button button-secondary"
              onClick={() => void navigate({ to: '/initiatives' })}
            >
              {t('common.cancel')}
            </button>
          </div>
        </form>
      )}
    </div>
  );
}

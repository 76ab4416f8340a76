import { useEffect, useRef, useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import {
  type Activity,
  type ActivityInput,
  activityInputSchema,
  activityKinds,
  activityStatuses,
} from '../../../contracts/initiatives';
import { enumOptions } from '../../lib/enum-options';
import { applyServerErrors, contractResolver, isVersionConflict } from '../../lib/form-errors';
import { Select, type SelectOption, Textarea, TextInput } from '../../ui/field';
import { FormAlert } from '../../ui/form-alert';
import { useToast } from '../../ui/toast';
import { useDepartments } from '../departments/use-departments';
import { useSaveActivity } from './use-initiatives';

type ActivityValues = {
  title: string;
  description: string;
  kind: string;
  mirRowId: string;
  ownerDepartmentId: string;
  ownerName: string;
  startDate: string;
  endDate: string;
  status: string;
  progressPercent: string;
};

function toInput(values: ActivityValues): unknown {
  const percent = values.progressPercent.trim();
  return {
    ...values,
    mirRowId: values.mirRowId || null,
    ownerDepartmentId: values.ownerDepartmentId || null,
    progressPercent: percent === '' ? 0 : /^\d+$/.test(percent) ? Number(percent) : Number.NaN,
  };
}

type ActivityFormProps = {
  initiativeId: string;
  activity: Activity | null;
  mirOptions: SelectOption[];
  onDone: () => void;
};

/** Plan or edit an implementation activity: what, which kind, who owns it, when, how far along. */
export function ActivityForm({ initiativeId, activity, mirOptions, onDone }: ActivityFormProps) {
  const { t } = useTranslation();
  const { showToast } = useToast();
  const departments = useDepartments({ pageSize: 200 });
  const saveActivity = useSaveActivity(initiativeId);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const [submitError, setSubmitError] = useState<unknown>(null);
  useEffect(() => headingRef.current?.focus(), []);
  const form = useForm<ActivityValues, unknown, ActivityInput>({
    defaultValues: {
      title: activity?.title ?? '',
      description: activity?.description ?? '',
      kind: activity?.kind ?? 'interpretation',
      mirRowId: activity?.mirRowId ?? '',
      ownerDepartmentId: activity?.ownerDepartmentId ?? '',
      ownerName: activity?.ownerName ?? '',
      startDate: activity?.startDate ?? '',
      endDate: activity?.endDate ?? '',
      status: activity?.status ?? 'planned',
      progressPercent: String(activity?.progressPercent ?? 0),
    },
    mode: 'onTouched',
    resolver: contractResolver(activityInputSchema, toInput),
  });
  const { register, formState } = form;
  const { errors } = formState;
  const submit = form.handleSubmit(async (input) => {
    setSubmitError(null);
    try {
      await saveActivity.mutateAsync(
        activity ? { id: activity.id, version: activity.version, body: input } : { body: input },
      );
      showToast(t('initiatives.activities.saved', { title: input.title }));
      onDone();
    } catch (error) {
      applyServerErrors(error, form.setError);
      setSubmitError(error);
    }
  });
  return (
    <section className="section" aria-labelledby="activity-form-title">
      <h3 id="activity-form-title" ref={headingRef} tabIndex={-1}>
        {activity
          ? t('initiatives.activities.editTitle', { title: activity.title })
          : t('initiatives.activities.newTitle')}
      </h3>
      <form onSubmit={submit} noValidate className="form">
        <FormAlert error={submitError} onReload={isVersionConflict(submitError) ? onDone : undefined} />
        <div className="form-grid">
          <TextInput
            label={t('initiatives.activities.title')}
            isRequired
            className="span-2"
            error={errors.title}
            {...register('title')}
          />
          <Select
            label={t('initiatives.activities.kind')}
            hint={t('initiatives.activities.kindHint')}
            options={enumOptions(t, 'activityKind', activityKinds)}
            error={errors.kind}
            {...register('kind')}
          />
          <Select
            label={t('initiatives.activities.mirRow')}
            placeholder={t('common.none')}
            options={mirOptions}
            error={errors.mirRowId}
            {...register('mirRowId')}
          />
          <Select
            label={t('initiatives.activities.ownerDepartment')}
            placeholder={t('common.none')}
            options={(departments.data?.items ?? []).map((department) => ({
              value: department.id,
              label: department.name,
            }))}
            error={errors.ownerDepartmentId}
            {...register('ownerDepartmentId')}
          />
          <TextInput
            label={t('initiatives.activities.ownerName')}
            error={errors.ownerName}
            {...register('ownerName')}
          />
          <TextInput
            label={t('initiatives.activities.startDate')}
            type="date"
            error={errors.startDate}
            {...register('startDate')}
          />
          <TextInput
            label={t('initiatives.activities.endDate')}
            type="date"
            error={errors.endDate}
            {...register('endDate')}
          />
          <Select
            label={t('initiatives.activities.status')}
            options={enumOptions(t, 'activityStatus', activityStatuses)}
            error={errors.status}
            {...register('status')}
          />
          <TextInput
            label={t('initiatives.activities.progressPercent')}
            inputMode="numeric"
            error={errors.progressPercent}
            {...register('progressPercent')}
          />
        </div>
        <Textarea
          label={t('initiatives.activities.description')}
          rows={3}
          error={errors.description}
          {...register('description')}
        />
        <div className="form-actions">
          <button type="submit" className="button button-primary" disabled={formState.isSubmitting}>
            {formState.isSubmitting ? t('common.saving') : t('initiatives.activities.save')}
          </button>
          <button type="button" className="button button-secondary" onClick={onDone}>
            {t('common.cancel')}
          </button>
        </div>
      </form>
    </section>
  );
}

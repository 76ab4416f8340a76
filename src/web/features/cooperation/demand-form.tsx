import { useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { type DemandInput, demandInputSchema, urgencies } from '../../../contracts/cooperation';
import { useCodelistOptions } from '../../lib/use-codelist';
import { useContractForm } from '../../lib/use-contract-form';
import { Select, Textarea, TextInput } from '../../ui/field';
import { FormActions } from '../../ui/form-actions';
import { FormAlert } from '../../ui/form-alert';
import { Loading } from '../../ui/states';
import { useGovernment } from '../auth/government-context';
import { useDepartments } from '../departments/use-departments';
import { DemandProblemFieldset } from './demand-problem-fieldset';
import {
  checkDemandValues,
  type DemandFormValues,
  formValuesToDemandInput,
  mapDemandPath,
} from './demand-values';
import { CooperationScopeFields } from './scope-fields';

type DemandFormProps = {
  defaultValues: DemandFormValues;
  submitLabel: string;
  isEdit?: boolean;
  onSubmit: (input: DemandInput) => Promise<unknown>;
  onCancel: () => void;
  onReload?: () => Promise<DemandFormValues | undefined>;
  onOverwrite?: () => Promise<void>;
};

/** Create and edit form of a cooperation demand; the selects wait for their lists. */
export function DemandForm(props: DemandFormProps) {
  const currencies = useCodelistOptions('currencies', true);
  const departments = useDepartments({ pageSize: 200 });
  if (currencies.isLoading || departments.isLoading) return <Loading />;
  return (
    <DemandFormFields
      {...props}
      currencyOptions={currencies.options}
      departmentOptions={(departments.data?.items ?? []).map((item) => ({
        value: item.id,
        label: item.name,
      }))}
    />
  );
}

type Lists = {
  currencyOptions: Array<{ value: string; label: string }>;
  departmentOptions: Array<{ value: string; label: string }>;
};

function DemandFormFields(props: DemandFormProps & Lists) {
  const { defaultValues, submitLabel, isEdit, onSubmit, onCancel, onReload, onOverwrite } = props;
  const { t } = useTranslation();
  const { role } = useGovernment();
  const { form, submit, alert } = useContractForm<DemandFormValues, DemandInput>({
    defaultValues,
    schema: demandInputSchema,
    toInput: formValuesToDemandInput,
    mapPath: mapDemandPath,
    check: checkDemandValues,
    onSubmit,
    onReload,
    onOverwrite,
  });
  const { register, control, formState } = form;
  const { errors, isSubmitting } = formState;
  const raisedBy = useWatch({ control, name: 'raisedBy' });

  return (
    <form onSubmit={submit} noValidate className="form">
      <FormAlert {...alert} />
      <fieldset className="fieldset">
        <legend>{t('cooperation.demand.sections.need')}</legend>
        <div className="form-grid">
          <TextInput
            label={t('cooperation.demand.fields.title')}
            hint={t('cooperation.demand.hints.title')}
            isRequired
            className="span-2"
            error={errors.title}
            {...register('title')}
          />
          <Select
            label={t('cooperation.demand.fields.raisedBy')}
            options={(['department', 'community'] as const).map((value) => ({
              value,
              label: t(`cooperation.raisedBy.${value}`),
            }))}
            error={errors.raisedBy}
            {...register('raisedBy')}
          />
          <Select
            label={t('cooperation.demand.fields.department')}
            hint={role === 'liaison' ? t('cooperation.demand.hints.liaisonDepartment') : undefined}
            placeholder={t('common.none')}
            options={props.departmentOptions}
            error={errors.departmentId}
            {...register('departmentId')}
          />
          {raisedBy === 'community' ? (
            <TextInput
              label={t('cooperation.demand.fields.communityName')}
              isRequired
              error={errors.communityName}
              {...register('communityName')}
            />
          ) : null}
        </div>
        <Textarea
          label={t('cooperation.demand.fields.description')}
          error={errors.description}
          {...register('description')}
        />
      </fieldset>
      <DemandProblemFieldset control={control} register={register} errors={errors} />
      <fieldset className="fieldset">
        <legend>{t('cooperation.demand.sections.scope')}</legend>
        <CooperationScopeFields
          control={control}
          fields={['sectors', 'modalities', 'themes', 'sdgGoals', 'sdgTargets']}
        />
      </fieldset>
      <fieldset className="fieldset">
        <legend>{t('cooperation.demand.sections.request')}</legend>
        <div className="form-grid">
          <TextInput
            label={t('cooperation.demand.fields.amountSought')}
            hint={t('cooperation.hints.amount')}
            inputMode="decimal"
            error={errors.amountSought}
            {...register('amountSought')}
          />
          <Select
            label={t('cooperation.fields.currency')}
            options={props.currencyOptions}
            error={errors.currency}
            {...register('currency')}
          />
          <Select
            label={t('cooperation.demand.fields.urgency')}
            options={urgencies.map((value) => ({ value, label: t(`cooperation.urgency.${value}`) }))}
            error={errors.urgency}
            {...register('urgency')}
          />
          <TextInput
            type="date"
            label={t('cooperation.demand.fields.neededBy')}
            error={errors.neededBy}
            {...register('neededBy')}
          />
          {isEdit ? (
            <Select
              label={t('cooperation.demand.fields.status')}
              options={(['open', 'matched', 'closed', 'withdrawn'] as const).map((value) => ({
                value,
                label: t(`cooperation.demandStatus.${value}`),
              }))}
              error={errors.status}
              {...register('status')}
            />
          ) : null}
        </div>
      </fieldset>
      <FormActions submitLabel={submitLabel} isSubmitting={isSubmitting} onCancel={onCancel} />
    </form>
  );
}

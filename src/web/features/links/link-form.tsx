import { Controller, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { type LinkInput, linkInputSchema, linkKinds, linkStatuses } from '../../../contracts/links';
import { enumOptions } from '../../lib/enum-options';
import { useCodelistOptions } from '../../lib/use-codelist';
import { useContractForm } from '../../lib/use-contract-form';
import { Checkbox, Select, Textarea, TextInput } from '../../ui/field';
import { FormActions } from '../../ui/form-actions';
import { FormAlert } from '../../ui/form-alert';
import { useDepartments } from '../departments/use-departments';
import { SdgGoalsField } from '../initiatives/sdg-fields';
import { PlanCodesField, StrategyLinesField, ThemesField } from '../strategy/alignment-fields';
import { LinkDocumentsFieldset } from './link-documents-fieldset';
import { checkLinkValues, formValuesToLinkInput, type LinkFormValues, mapLinkPath } from './link-form-values';
import { LinkPartiesFieldset } from './link-parties-fieldset';
import { LinkSignatoriesFieldset } from './link-signatories-fieldset';

type LinkFormProps = {
  defaultValues: LinkFormValues;
  isNew: boolean;
  submitLabel: string;
  onSubmit: (input: LinkInput) => Promise<unknown>;
  onCancel: () => void;
  onReload?: () => Promise<LinkFormValues | undefined>;
  onOverwrite?: () => Promise<void>;
};

/** Create and edit form of a link; fields that only apply to some kinds appear only for them. */
export function LinkForm({
  defaultValues,
  isNew,
  submitLabel,
  onSubmit,
  onCancel,
  onReload,
  onOverwrite,
}: LinkFormProps) {
  const { t } = useTranslation();
  const currencies = useCodelistOptions('currencies', true);
  const departments = useDepartments({ pageSize: 200 });
  const { form, submit, alert } = useContractForm<LinkFormValues, LinkInput>({
    defaultValues,
    schema: linkInputSchema,
    toInput: formValuesToLinkInput,
    mapPath: mapLinkPath,
    check: checkLinkValues,
    onSubmit,
    onReload,
    onOverwrite,
  });
  const { register, control, formState, setValue } = form;
  const { errors, isSubmitting } = formState;
  const kind = useWatch({ control, name: 'kind' });
  const isCouncilApproved = useWatch({ control, name: 'isCouncilApproved' });

  return (
    <form onSubmit={submit} noValidate className="form">
      <FormAlert {...alert} />
      <fieldset className="fieldset">
        <legend>{t('links.sections.general')}</legend>
        <div className="form-grid">
          <TextInput
            label={t('links.fields.title')}
            isRequired
            error={errors.title}
            className="span-2"
            {...register('title')}
          />
          <Select
            label={t('links.fields.kind')}
            isRequired
            options={enumOptions(t, 'linkKind', linkKinds)}
            error={errors.kind}
            {...register('kind')}
          />
          {isNew ? (
            <Select
              label={t('links.fields.initialStatus')}
              options={enumOptions(t, 'linkStatus', linkStatuses)}
              error={errors.status}
              {...register('status')}
            />
          ) : null}
          {kind === 'interinstitutional_agreement' ? (
            <TextInput
              label={t('links.fields.registryNumber')}
              hint={t('links.hints.registryNumber')}
              error={errors.registryNumber}
              {...register('registryNumber')}
            />
          ) : null}
          <Select
            label={t('links.fields.department')}
            placeholder={t('common.none')}
            options={(departments.data?.items ?? []).map((department) => ({
              value: department.id,
              label: department.name,
            }))}
            error={errors.departmentId}
            {...register('departmentId')}
          />
        </div>
        <Textarea
          label={t('links.fields.description')}
          error={errors.description}
          {...register('description')}
        />
        <Textarea
          label={t('links.fields.rationale')}
          hint={t('links.hints.rationale')}
          error={errors.rationale}
          {...register('rationale')}
        />
      </fieldset>
      <LinkPartiesFieldset control={control} register={register} errors={errors} />
      <fieldset className="fieldset">
        <legend>{t('links.sections.dates')}</legend>
        <div className="form-grid">
          <TextInput
            label={t('links.fields.signedOn')}
            type="date"
            error={errors.signedOn}
            {...register('signedOn')}
          />
          <TextInput
            label={t('links.fields.validFrom')}
            type="date"
            error={errors.validFrom}
            {...register('validFrom')}
          />
          <TextInput
            label={t('links.fields.validTo')}
            type="date"
            error={errors.validTo}
            {...register('validTo')}
          />
        </div>
        <Checkbox label={t('links.fields.isCouncilApproved')} {...register('isCouncilApproved')} />
        {isCouncilApproved ? (
          <div className="form-grid">
            <TextInput
              label={t('links.fields.councilApprovalDate')}
              type="date"
              isRequired
              error={errors.councilApprovalDate}
              {...register('councilApprovalDate')}
            />
            <TextInput
              label={t('links.fields.councilApprovalReference')}
              error={errors.councilApprovalReference}
              {...register('councilApprovalReference')}
            />
          </div>
        ) : null}
      </fieldset>
      {kind === 'network_membership' ? (
        <fieldset className="fieldset">
          <legend>{t('links.sections.network')}</legend>
          <div className="form-grid">
            <TextInput
              label={t('links.fields.networkRole')}
              error={errors.networkRole}
              {...register('networkRole')}
            />
            <TextInput
              label={t('links.fields.annualFee')}
              hint={t('links.hints.annualFee')}
              inputMode="decimal"
              error={errors.annualFee}
              {...register('annualFee')}
            />
            <Select
              label={t('links.fields.annualFeeCurrency')}
              placeholder={t('common.none')}
              options={currencies.options}
              error={errors.annualFeeCurrency}
              {...register('annualFeeCurrency')}
            />
          </div>
          <Textarea
            label={t('links.fields.workingGroups')}
            hint={t('links.hints.workingGroups')}
            error={errors.workingGroupsText}
            {...register('workingGroupsText')}
          />
        </fieldset>
      ) : null}
      <Controller
        control={control}
        name="themes"
        render={({ field, fieldState }) => (
          <ThemesField
            legend={t('links.fields.themes')}
            value={field.value}
            onChange={field.onChange}
            error={fieldState.error}
          />
        )}
      />
      <Controller
        control={control}
        name="strategyLines"
        render={({ field, fieldState }) => (
          <StrategyLinesField
            legend={t('links.fields.strategyLines')}
            value={field.value}
            onChange={field.onChange}
            error={fieldState.error}
          />
        )}
      />
      <Controller
        control={control}
        name="planCodes"
        render={({ field, fieldState }) => (
          <PlanCodesField value={field.value} onChange={field.onChange} error={fieldState.error} />
        )}
      />
      <Controller
        control={control}
        name="sdgGoals"
        render={({ field, fieldState }) => (
          <SdgGoalsField value={field.value} onChange={field.onChange} error={fieldState.error} />
        )}
      />
      <LinkSignatoriesFieldset control={control} register={register} errors={errors} />
      <LinkDocumentsFieldset control={control} register={register} setValue={setValue} errors={errors} />
      <FormActions submitLabel={submitLabel} isSubmitting={isSubmitting} onCancel={onCancel} />
    </form>
  );
}

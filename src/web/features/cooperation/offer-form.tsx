import { Link } from '@tanstack/react-router';
import { useState } from 'react';
import { Controller, useForm, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { modalities, type OfferInput, offerInputSchema, offerKinds } from '../../../contracts/cooperation';
import { applyServerErrors, contractResolver, isVersionConflict } from '../../lib/form-errors';
import { useCodelist, useCodelistOptions } from '../../lib/use-codelist';
import { CheckboxGroup, Select, type SelectOption, Textarea, TextInput } from '../../ui/field';
import { FormAlert } from '../../ui/form-alert';
import { Loading } from '../../ui/states';
import { SdgGoalsField, SdgTargetsField } from '../initiatives/sdg-fields';
import { usePartners } from '../partners/use-partners';
import { ThemesField } from '../strategy/alignment-fields';
import { OfferEligibilityFieldset } from './offer-eligibility-fieldset';
import { checkOfferValues, formValuesToOfferInput, mapOfferPath, type OfferFormValues } from './offer-values';
import { SectorPicker } from './sector-picker';

type OfferFormProps = {
  defaultValues: OfferFormValues;
  submitLabel: string;
  onSubmit: (input: OfferInput) => Promise<unknown>;
  onCancel: () => void;
  onReload?: () => Promise<OfferFormValues | undefined>;
  onOverwrite?: () => Promise<void>;
};

/** Create and edit form of an offer: a donor's call or programme, or one of the city's own practices. */
export function OfferForm(props: OfferFormProps) {
  const currencies = useCodelistOptions('currencies', true);
  const countries = useCodelist('countries');
  const partners = usePartners({ pageSize: 200, sort: 'name', direction: 'asc' });
  if (currencies.isLoading || countries.isLoading || partners.isLoading) return <Loading />;
  const countryItems = countries.data?.items ?? [];
  const countryOptions = countryItems.map((item) => ({ value: item.code, label: item.name }));
  return (
    <OfferFormFields
      {...props}
      currencyOptions={currencies.options}
      countryOptions={countryOptions}
      partnerOptions={(partners.data?.items ?? []).map((item) => ({ value: item.id, label: item.name }))}
    />
  );
}

type Lists = {
  currencyOptions: SelectOption[];
  countryOptions: SelectOption[];
  partnerOptions: SelectOption[];
};

function OfferFormFields(props: OfferFormProps & Lists) {
  const { defaultValues, submitLabel, onSubmit, onCancel, onReload, onOverwrite, countryOptions } = props;
  const { t } = useTranslation();
  const [submitError, setSubmitError] = useState<unknown>(null);
  const form = useForm<OfferFormValues, unknown, OfferInput>({
    defaultValues,
    mode: 'onTouched',
    resolver: contractResolver(offerInputSchema, formValuesToOfferInput, {
      mapPath: mapOfferPath,
      check: checkOfferValues,
    }),
  });
  const { register, control, formState } = form;
  const { errors, isSubmitting } = formState;
  const kind = useWatch({ control, name: 'kind' });
  const sdgGoals = useWatch({ control, name: 'sdgGoals' });
  const isConflict = isVersionConflict(submitError);
  const submit = form.handleSubmit(async (input) => {
    setSubmitError(null);
    try {
      await onSubmit(input);
    } catch (error) {
      applyServerErrors(error, form.setError, mapOfferPath);
      setSubmitError(error);
    }
  });
  return (
    <form onSubmit={submit} noValidate className="form">
      <FormAlert
        error={submitError}
        onReload={
          onReload && isConflict
            ? async () => {
                const values = await onReload();
                if (values) form.reset(values);
                setSubmitError(null);
              }
            : undefined
        }
        onOverwrite={
          onOverwrite && isConflict
            ? async () => {
                await onOverwrite();
                setSubmitError(null);
                await submit();
              }
            : undefined
        }
      />
      <fieldset className="fieldset">
        <legend>{t('cooperation.offer.sections.offer')}</legend>
        <div className="form-grid">
          <Select
            label={t('cooperation.offer.fields.kind')}
            isRequired
            options={offerKinds.map((value) => ({ value, label: t(`cooperation.offerKind.${value}`) }))}
            error={errors.kind}
            {...register('kind')}
          />
          <TextInput
            label={t('cooperation.offer.fields.title')}
            isRequired
            className="span-2"
            error={errors.title}
            {...register('title')}
          />
          {kind === 'own_good_practice' ? null : (
            <div>
              <Select
                label={t('cooperation.offer.fields.donor')}
                hint={t('cooperation.offer.hints.donor')}
                isRequired
                placeholder={t('cooperation.offer.chooseDonor')}
                options={props.partnerOptions}
                error={errors.donorPartnerId}
                {...register('donorPartnerId')}
              />
              <p className="field-hint">
                <Link to="/partners/new">{t('cooperation.offer.registerDonor')}</Link>
              </p>
            </div>
          )}
          <Select
            label={t('cooperation.offer.fields.status')}
            options={(['open', 'closed'] as const).map((value) => ({
              value,
              label: t(`cooperation.offerStatus.${value}`),
            }))}
            error={errors.status}
            {...register('status')}
          />
          <TextInput
            type="date"
            label={t('cooperation.offer.fields.opensOn')}
            error={errors.opensOn}
            {...register('opensOn')}
          />
          <TextInput
            type="date"
            label={t('cooperation.offer.fields.deadline')}
            error={errors.deadline}
            {...register('deadline')}
          />
          <TextInput
            type="url"
            label={t('cooperation.offer.fields.url')}
            className="span-2"
            error={errors.url}
            {...register('url')}
          />
        </div>
        <Textarea
          label={t('cooperation.offer.fields.description')}
          error={errors.description}
          {...register('description')}
        />
      </fieldset>
      <fieldset className="fieldset">
        <legend>{t('cooperation.offer.sections.amount')}</legend>
        <div className="form-grid">
          <Select
            label={t('cooperation.fields.currency')}
            options={props.currencyOptions}
            error={errors.currency}
            {...register('currency')}
          />
          <TextInput
            label={t('cooperation.offer.fields.amountMin')}
            hint={t('cooperation.hints.amount')}
            inputMode="decimal"
            error={errors.amountMin}
            {...register('amountMin')}
          />
          <TextInput
            label={t('cooperation.offer.fields.amountMax')}
            hint={t('cooperation.hints.amount')}
            inputMode="decimal"
            error={errors.amountMax}
            {...register('amountMax')}
          />
        </div>
        <Controller
          control={control}
          name="modalities"
          render={({ field, fieldState }) => (
            <CheckboxGroup
              legend={t('cooperation.fields.modalities')}
              options={modalities.map((value) => ({ value, label: t(`cooperation.modalities.${value}`) }))}
              value={field.value}
              onChange={field.onChange}
              error={fieldState.error}
            />
          )}
        />
      </fieldset>
      <fieldset className="fieldset">
        <legend>{t('cooperation.offer.sections.scope')}</legend>
        <Controller
          control={control}
          name="sectors"
          render={({ field, fieldState }) => (
            <SectorPicker
              legend={t('cooperation.fields.sectors')}
              value={field.value}
              onChange={field.onChange}
              error={fieldState.error}
            />
          )}
        />
        <Controller
          control={control}
          name="themes"
          render={({ field, fieldState }) => (
            <ThemesField
              legend={t('cooperation.fields.themes')}
              value={field.value}
              onChange={field.onChange}
              error={fieldState.error}
            />
          )}
        />
        <Controller
          control={control}
          name="sdgGoals"
          render={({ field }) => <SdgGoalsField value={field.value} onChange={field.onChange} />}
        />
        <Controller
          control={control}
          name="sdgTargets"
          render={({ field, fieldState }) => (
            <SdgTargetsField
              goals={sdgGoals}
              value={field.value}
              onChange={field.onChange}
              error={fieldState.error}
            />
          )}
        />
      </fieldset>
      <OfferEligibilityFieldset control={control} countryOptions={countryOptions} />
      <div className="form-actions">
        <button type="submit" className="button button-primary" disabled={isSubmitting}>
          {isSubmitting ? t('common.saving') : submitLabel}
        </button>
        <button type="button" className="button button-secondary" onClick={onCancel}>
          {t('common.cancel')}
        </button>
      </div>
    </form>
  );
}

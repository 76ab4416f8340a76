import { Link } from '@tanstack/react-router';
import { useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { type OfferInput, offerInputSchema, offerKinds } from '../../../contracts/cooperation';
import { useCodelist, useCodelistOptions } from '../../lib/use-codelist';
import { useContractForm } from '../../lib/use-contract-form';
import { Select, type SelectOption, Textarea, TextInput } from '../../ui/field';
import { FormActions } from '../../ui/form-actions';
import { FormAlert } from '../../ui/form-alert';
import { Loading } from '../../ui/states';
import { usePartners } from '../partners/use-partners';
import { OfferEligibilityFieldset } from './offer-eligibility-fieldset';
import { checkOfferValues, formValuesToOfferInput, mapOfferPath, type OfferFormValues } from './offer-values';
import { CooperationScopeFields } from './scope-fields';

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
  const { form, submit, alert } = useContractForm<OfferFormValues, OfferInput>({
    defaultValues,
    schema: offerInputSchema,
    toInput: formValuesToOfferInput,
    mapPath: mapOfferPath,
    check: checkOfferValues,
    onSubmit,
    onReload,
    onOverwrite,
  });
  const { register, control, formState } = form;
  const { errors, isSubmitting } = formState;
  const kind = useWatch({ control, name: 'kind' });
  return (
    <form onSubmit={submit} noValidate className="form">
      <FormAlert {...alert} />
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
        <CooperationScopeFields control={control} fields={['modalities']} />
      </fieldset>
      <fieldset className="fieldset">
        <legend>{t('cooperation.offer.sections.scope')}</legend>
        <CooperationScopeFields control={control} fields={['sectors', 'themes', 'sdgGoals', 'sdgTargets']} />
      </fieldset>
      <OfferEligibilityFieldset control={control} countryOptions={countryOptions} />
      <FormActions submitLabel={submitLabel} isSubmitting={isSubmitting} onCancel={onCancel} />
    </form>
  );
}

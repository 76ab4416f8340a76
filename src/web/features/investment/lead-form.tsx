import { Link } from '@tanstack/react-router';
import { Controller, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { type LeadInput, leadInputSchema } from '../../../contracts/investment';
import { useCodelistOptions } from '../../lib/use-codelist';
import { useContractForm } from '../../lib/use-contract-form';
import { CheckboxGroup, Select, type SelectOption, Textarea, TextInput } from '../../ui/field';
import { FormActions } from '../../ui/form-actions';
import { FormAlert } from '../../ui/form-alert';
import { Loading } from '../../ui/states';
import { useGovernment } from '../auth/government-context';
import { usePartners } from '../partners/use-partners';
import { AlignmentFieldset } from '../strategy/alignment-fields';
import { useTerritorialUnits } from '../territory/use-territory';
import { LeadFiguresFieldset } from './lead-figures-fieldset';
import {
  checkLeadValues,
  formValuesToLeadInput,
  type LeadFormValues,
  mapLeadPath,
  otherSector,
} from './lead-values';
import { useSectorOptions } from './sector-options';
import { useAgendaEvents, useResponsibleMembers } from './use-investment';

type LeadFormProps = {
  defaultValues: LeadFormValues;
  submitLabel: string;
  onSubmit: (input: LeadInput) => Promise<unknown>;
  onCancel: () => void;
  onReload?: () => Promise<LeadFormValues | undefined>;
  onOverwrite?: () => Promise<void>;
};

/**
 * Create and edit form of an investment lead; the stage moves on the board, not here. The selects
 * wait for their lists, so that a stored value is never shown as another option.
 */
export function LeadForm(props: LeadFormProps) {
  const countries = useCodelistOptions('countries');
  const currencies = useCodelistOptions('currencies', true);
  const companies = usePartners({ kind: 'company_investor', pageSize: 200, sort: 'name', direction: 'asc' });
  if (countries.isLoading || currencies.isLoading || companies.isLoading) return <Loading />;
  const companyOptions = (companies.data?.items ?? []).map((partner) => ({
    value: partner.id,
    label: partner.name,
  }));
  return (
    <LeadFormFields
      {...props}
      countryOptions={countries.options}
      currencyOptions={currencies.options}
      companyOptions={companyOptions}
    />
  );
}

type Lists = {
  countryOptions: SelectOption[];
  currencyOptions: SelectOption[];
  companyOptions: SelectOption[];
};

function LeadFormFields({
  defaultValues,
  submitLabel,
  onSubmit,
  onCancel,
  onReload,
  onOverwrite,
  countryOptions,
  currencyOptions,
  companyOptions,
}: LeadFormProps & Lists) {
  const { t } = useTranslation();
  const { isAdmin } = useGovernment();
  const units = useTerritorialUnits({ pageSize: 200, sort: 'name', direction: 'asc' });
  const members = useResponsibleMembers(isAdmin);
  const events = useAgendaEvents();
  const sectors = useSectorOptions();
  const { form, submit, alert } = useContractForm<LeadFormValues, LeadInput>({
    defaultValues,
    schema: leadInputSchema,
    toInput: formValuesToLeadInput,
    mapPath: mapLeadPath,
    check: checkLeadValues,
    onSubmit,
    onReload,
    onOverwrite,
  });
  const { register, control, formState } = form;
  const { errors, isSubmitting } = formState;
  const sectorChoice = useWatch({ control, name: 'sectorChoice' });

  return (
    <form onSubmit={submit} noValidate className="form">
      <FormAlert {...alert} />
      <fieldset className="fieldset">
        <legend>{t('investment.sections.project')}</legend>
        <div className="form-grid">
          <TextInput
            label={t('investment.fields.title')}
            hint={t('investment.hints.title')}
            isRequired
            error={errors.title}
            className="span-2"
            {...register('title')}
          />
          <div>
            <Select
              label={t('investment.fields.company')}
              hint={t('investment.hints.company')}
              isRequired
              placeholder={
                companyOptions.length ? t('investment.chooseCompany') : t('investment.noCompanies')
              }
              options={companyOptions}
              error={errors.companyPartnerId}
              {...register('companyPartnerId')}
            />
            <p className="field-hint">
              <Link to="/partners/new">{t('investment.registerCompany')}</Link>
            </p>
          </div>
          <Select
            label={t('investment.fields.originCountry')}
            isRequired
            placeholder={t('investment.chooseCountry')}
            options={countryOptions}
            error={errors.originCountryCode}
            {...register('originCountryCode')}
          />
          <Select
            label={t('investment.fields.sector')}
            hint={t('investment.hints.sector')}
            isRequired
            placeholder={t('investment.chooseSector')}
            options={[...sectors, { value: otherSector, label: t('investment.otherSector') }]}
            error={errors.sectorChoice}
            {...register('sectorChoice')}
          />
          {sectorChoice === otherSector ? (
            <TextInput
              label={t('investment.fields.sectorCode')}
              hint={t('investment.hints.sectorCode')}
              isRequired
              inputMode="numeric"
              pattern="\d{5}"
              maxLength={5}
              error={errors.sectorCode ?? errors.sectorChoice}
              {...register('sectorCode')}
            />
          ) : null}
        </div>
        <Textarea
          label={t('investment.fields.description')}
          error={errors.description}
          {...register('description')}
        />
      </fieldset>
      <LeadFiguresFieldset register={register} errors={errors} currencyOptions={currencyOptions} />
      <fieldset className="fieldset">
        <legend>{t('investment.sections.follow')}</legend>
        <div className="form-grid">
          <Select
            label={t('investment.fields.territorialUnit')}
            placeholder={t('common.none')}
            options={(units.data?.items ?? []).map((unit) => ({ value: unit.id, label: unit.name }))}
            error={errors.territorialUnitId}
            {...register('territorialUnitId')}
          />
          {isAdmin ? (
            <Select
              label={t('investment.fields.responsibleUser')}
              placeholder={t('common.none')}
              options={(members.data ?? []).map((member) => ({ value: member.userId, label: member.name }))}
              error={errors.responsibleUserId}
              {...register('responsibleUserId')}
            />
          ) : null}
          <TextInput
            label={t('investment.fields.responsibleName')}
            hint={t('investment.hints.responsibleName')}
            error={errors.responsibleName}
            {...register('responsibleName')}
          />
        </div>
        {(events.data?.items ?? []).length === 0 ? (
          <p className="muted">{t('investment.noEvents')}</p>
        ) : (
          <Controller
            control={control}
            name="eventIds"
            render={({ field, fieldState }) => (
              <CheckboxGroup
                legend={t('investment.fields.events')}
                options={(events.data?.items ?? []).map((event) => ({
                  value: event.id,
                  label: `${event.title} (${event.startsAt.slice(0, 10)})`,
                }))}
                value={field.value}
                onChange={field.onChange}
                error={fieldState.error}
              />
            )}
          />
        )}
      </fieldset>
      <AlignmentFieldset control={control} fields={['strategyLines', 'themes', 'planCodes', 'sdgGoals']} />
      <FormActions submitLabel={submitLabel} isSubmitting={isSubmitting} onCancel={onCancel} />
    </form>
  );
}

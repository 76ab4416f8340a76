import type { FieldErrors, UseFormRegister } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { Select, type SelectOption, TextInput } from '../../ui/field';
import type { LeadFormValues } from './lead-values';

type Props = {
  register: UseFormRegister<LeadFormValues>;
  errors: FieldErrors<LeadFormValues>;
  currencyOptions: SelectOption[];
};

/** Currency, amounts (typed as decimals, sent as integer minor units) and jobs of a lead. */
export function LeadFiguresFieldset({ register, errors, currencyOptions }: Props) {
  const { t } = useTranslation();
  return (
    <fieldset className="fieldset">
      <legend>{t('investment.sections.figures')}</legend>
      <p className="muted">{t('investment.hints.figures')}</p>
      <div className="form-grid">
        <Select
          label={t('investment.fields.currency')}
          isRequired
          options={currencyOptions}
          error={errors.currency}
          {...register('currency')}
        />
        <TextInput
          label={t('investment.fields.expectedAmount')}
          hint={t('investment.hints.amount')}
          inputMode="decimal"
          error={errors.expectedAmount}
          {...register('expectedAmount')}
        />
        <TextInput
          label={t('investment.fields.expectedJobs')}
          inputMode="numeric"
          error={errors.expectedJobs}
          {...register('expectedJobs')}
        />
        <TextInput
          label={t('investment.fields.realisedAmount')}
          hint={t('investment.hints.amount')}
          inputMode="decimal"
          error={errors.realisedAmount}
          {...register('realisedAmount')}
        />
        <TextInput
          label={t('investment.fields.createdJobs')}
          inputMode="numeric"
          error={errors.createdJobs}
          {...register('createdJobs')}
        />
      </div>
    </fieldset>
  );
}

import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { type TransactionInput, transactionInputSchema, transactionTypes } from '../../../contracts/funding';
import { applyServerErrors, contractResolver, isVersionConflict } from '../../lib/form-errors';
import { Select, type SelectOption, Textarea, TextInput } from '../../ui/field';
import { FormAlert } from '../../ui/form-alert';
import {
  checkTransactionValues,
  formValuesToTransactionInput,
  mapTransactionPath,
  type TransactionFormValues,
} from './funding-values';

type TransactionFormProps = {
  title: string;
  defaultValues: TransactionFormValues;
  currencyOptions: SelectOption[];
  partnerOptions: SelectOption[];
  submitLabel: string;
  onSubmit: (input: TransactionInput) => Promise<unknown>;
  onCancel: () => void;
};

/** One transaction in any currency: the server converts it at the rate of its value date. */
export function TransactionForm({
  title,
  defaultValues,
  currencyOptions,
  partnerOptions,
  submitLabel,
  onSubmit,
  onCancel,
}: TransactionFormProps) {
  const { t } = useTranslation();
  const [submitError, setSubmitError] = useState<unknown>(null);
  const form = useForm<TransactionFormValues, unknown, TransactionInput>({
    defaultValues,
    mode: 'onTouched',
    resolver: contractResolver(transactionInputSchema, formValuesToTransactionInput, {
      mapPath: mapTransactionPath,
      check: checkTransactionValues,
    }),
  });
  const { register, formState } = form;
  const { errors, isSubmitting } = formState;
  const submit = form.handleSubmit(async (input) => {
    setSubmitError(null);
    try {
      await onSubmit(input);
    } catch (error) {
      applyServerErrors(error, form.setError, mapTransactionPath);
      setSubmitError(error);
    }
  });
  return (
    <form onSubmit={submit} noValidate className="form inline-form" aria-label={title}>
      <FormAlert error={isVersionConflict(submitError) ? null : submitError} />
      {isVersionConflict(submitError) ? (
        <p className="alert alert-warning" role="alert">
          {t('funding.transactions.conflict')}
        </p>
      ) : null}
      <fieldset className="fieldset">
        <legend>{title}</legend>
        <div className="form-grid">
          <Select
            label={t('funding.transactions.type')}
            isRequired
            options={transactionTypes.map((value) => ({
              value,
              label: t(`funding.transactionType.${value}`),
            }))}
            error={errors.type}
            {...register('type')}
          />
          <TextInput
            type="date"
            label={t('funding.transactions.transactionDate')}
            isRequired
            error={errors.transactionDate}
            {...register('transactionDate')}
          />
          <TextInput
            type="date"
            label={t('funding.transactions.valueDate')}
            hint={t('funding.transactions.valueDateHint')}
            error={errors.valueDate}
            {...register('valueDate')}
          />
          <TextInput
            label={t('funding.transactions.amount')}
            hint={t('cooperation.hints.amount')}
            isRequired
            inputMode="decimal"
            error={errors.amount}
            {...register('amount')}
          />
          <Select
            label={t('cooperation.fields.currency')}
            isRequired
            options={currencyOptions}
            error={errors.currency}
            {...register('currency')}
          />
          <Select
            label={t('funding.transactions.provider')}
            placeholder={t('common.none')}
            options={partnerOptions}
            error={errors.providerPartnerId}
            {...register('providerPartnerId')}
          />
          <Select
            label={t('funding.transactions.receiver')}
            placeholder={t('common.none')}
            options={partnerOptions}
            error={errors.receiverPartnerId}
            {...register('receiverPartnerId')}
          />
          <TextInput
            label={t('funding.transactions.reference')}
            error={errors.reference}
            {...register('reference')}
          />
        </div>
        <Textarea
          label={t('funding.transactions.description')}
          rows={2}
          error={errors.description}
          {...register('description')}
        />
      </fieldset>
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

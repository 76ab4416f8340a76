import { useTranslation } from 'react-i18next';
import { type TransactionInput, transactionInputSchema, transactionTypes } from '../../../contracts/funding';
import { isVersionConflict } from '../../lib/form-errors';
import { useContractForm } from '../../lib/use-contract-form';
import { Select, type SelectOption, Textarea, TextInput } from '../../ui/field';
import { FormActions } from '../../ui/form-actions';
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
  const { form, submit, alert } = useContractForm<TransactionFormValues, TransactionInput>({
    defaultValues,
    schema: transactionInputSchema,
    toInput: formValuesToTransactionInput,
    mapPath: mapTransactionPath,
    check: checkTransactionValues,
    onSubmit,
  });
  const { register, formState } = form;
  const { errors, isSubmitting } = formState;
  return (
    <form onSubmit={submit} noValidate className="form inline-form" aria-label={title}>
      <FormAlert error={isVersionConflict(alert.error) ? null : alert.error} />
      {isVersionConflict(alert.error) ? (
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
      <FormActions submitLabel={submitLabel} isSubmitting={isSubmitting} onCancel={onCancel} />
    </form>
  );
}

import { type Control, type FieldErrors, type UseFormRegister, useFieldArray } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { costCategories, costSources, type EventInput } from '../../../contracts/agenda';
import { useCodelistOptions } from '../../lib/use-codelist';
import { Select, TextInput } from '../../ui/field';
import { type EventFormValues, emptyCost } from './event-form-values';

type Props = {
  control: Control<EventFormValues, unknown, EventInput>;
  register: UseFormRegister<EventFormValues>;
  errors: FieldErrors<EventFormValues>;
  defaultCurrency: string;
};

/** What the event cost the public purse, by category and source, in the currency it was paid in. */
export function CostsFieldset({ control, register, errors, defaultCurrency }: Props) {
  const { t } = useTranslation();
  const currencies = useCodelistOptions('currencies', true);
  const { fields, append, remove } = useFieldArray({ control, name: 'costs', keyName: 'fieldKey' });
  return (
    <fieldset className="fieldset">
      <legend>{t('agenda.sections.costs')}</legend>
      {fields.length === 0 ? <p className="muted">{t('agenda.noCosts')}</p> : null}
      {fields.map((field, index) => {
        const itemErrors = errors.costs?.[index];
        return (
          <fieldset key={field.fieldKey} className="fieldset nested-fieldset">
            <legend>{t('agenda.costItem', { number: index + 1 })}</legend>
            <div className="form-grid">
              <Select
                label={t('agenda.fields.costCategory')}
                options={costCategories.map((value) => ({
                  value,
                  label: t(`agenda.costCategories.${value}`),
                }))}
                error={itemErrors?.category}
                {...register(`costs.${index}.category`)}
              />
              <Select
                label={t('agenda.fields.costSource')}
                options={costSources.map((value) => ({ value, label: t(`agenda.costSources.${value}`) }))}
                error={itemErrors?.source}
                {...register(`costs.${index}.source`)}
              />
              <TextInput
                label={t('agenda.fields.costAmount')}
                hint={t('agenda.hints.costAmount')}
                inputMode="decimal"
                isRequired
                error={itemErrors?.amount}
                {...register(`costs.${index}.amount`)}
              />
              <Select
                label={t('agenda.fields.costCurrency')}
                isRequired
                options={currencies.options}
                error={itemErrors?.currency}
                {...register(`costs.${index}.currency`)}
              />
              <TextInput
                label={t('agenda.fields.costDescription')}
                className="span-2"
                error={itemErrors?.description}
                {...register(`costs.${index}.description`)}
              />
            </div>
            <button
              type="button"
              className="button button-secondary button-small"
              onClick={() => remove(index)}
            >
              {t('agenda.removeCost', { number: index + 1 })}
            </button>
          </fieldset>
        );
      })}
      <button
        type="button"
        className="button button-secondary"
        onClick={() => append(emptyCost(defaultCurrency))}
      >
        {t('agenda.addCost')}
      </button>
    </fieldset>
  );
}

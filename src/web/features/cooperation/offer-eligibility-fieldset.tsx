import { type Control, Controller } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { OfferInput } from '../../../contracts/cooperation';
import { governmentKinds } from '../../../contracts/territory';
import { enumOptions } from '../../lib/enum-options';
import { CheckboxGroup, type SelectOption } from '../../ui/field';
import { ChecklistPicker, foldText } from './checklist-picker';
import type { OfferFormValues } from './offer-values';

// Latin American countries first: the cities that use Vínculo cooperate mostly in the region.
const suggestedCountries = ['CO', 'MX', 'BR', 'AR', 'CL', 'PE', 'EC'];

type Props = { control: Control<OfferFormValues, unknown, OfferInput>; countryOptions: SelectOption[] };

/** Who may apply: countries and kinds of government; empty means no restriction. */
export function OfferEligibilityFieldset({ control, countryOptions }: Props) {
  const { t } = useTranslation();
  const countryName = new Map(countryOptions.map((option) => [option.value, option.label]));
  const searchCountries = (text: string) => {
    const needle = foldText(text.trim());
    if (!needle) return countryOptions.filter((option) => suggestedCountries.includes(option.value));
    return countryOptions
      .filter((option) => foldText(option.label).includes(needle) || option.value.toLowerCase() === needle)
      .slice(0, 30);
  };
  return (
    <fieldset className="fieldset">
      <legend>{t('cooperation.offer.sections.eligibility')}</legend>
      <p className="muted">{t('cooperation.offer.hints.eligibility')}</p>
      <Controller
        control={control}
        name="eligibleCountries"
        render={({ field, fieldState }) => (
          <ChecklistPicker
            legend={t('cooperation.offer.fields.eligibleCountries')}
            value={field.value}
            onChange={field.onChange}
            error={fieldState.error}
            labelOf={(code) => countryName.get(code) ?? code}
            search={searchCountries}
          />
        )}
      />
      <Controller
        control={control}
        name="eligibleGovernmentKinds"
        render={({ field, fieldState }) => (
          <CheckboxGroup
            legend={t('cooperation.offer.fields.eligibleGovernmentKinds')}
            options={enumOptions(t, 'governmentKind', governmentKinds)}
            value={field.value}
            onChange={field.onChange}
            error={fieldState.error}
          />
        )}
      />
    </fieldset>
  );
}

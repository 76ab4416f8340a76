import { useId, useState } from 'react';
import type { UseFormReturn } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { TextInput } from '../../ui/field';
import type { PartnerFormValues } from './partner-form-values';
import { useCitySuggestions } from './use-partner-duplicates';

/**
 * The city of a partner, with suggestions from the vendored gazetteer of the chosen country (a native
 * datalist: keyboard and screen readers handle it as they handle any text field). Choosing one fills
 * the coordinates; they stay editable by hand.
 */
export function CityField({ form }: { form: UseFormReturn<PartnerFormValues, unknown, unknown> }) {
  const { t } = useTranslation();
  const listId = useId();
  const { register, watch, setValue, formState } = form;
  const countryCode = watch('countryCode');
  const city = watch('city');
  const suggestions = useCitySuggestions(countryCode, city);
  const [filledFrom, setFilledFrom] = useState<string | null>(null);
  const items = suggestions.data?.items ?? [];
  const field = register('city');

  return (
    <div>
      <TextInput
        label={t('partners.fields.city')}
        hint={countryCode ? t('places.cityHint') : t('places.chooseCountryFirst')}
        list={listId}
        autoComplete="off"
        error={formState.errors.city}
        {...field}
        onChange={(event) => {
          void field.onChange(event);
          const typed = event.target.value;
          // A suggestion was chosen when the text is exactly one of them: its coordinates fill the form.
          const place = items.find((item) => item.name === typed && item.latitude !== null);
          if (place && place.latitude !== null && place.longitude !== null) {
            setValue('latitude', String(place.latitude), { shouldDirty: true, shouldValidate: true });
            setValue('longitude', String(place.longitude), { shouldDirty: true, shouldValidate: true });
            setFilledFrom(place.region ? `${place.name} (${place.region})` : place.name);
          }
        }}
      />
      <datalist id={listId}>
        {items.map((item) => (
          <option key={`${item.name}-${item.region ?? ''}`} value={item.name}>
            {item.region ?? ''}
          </option>
        ))}
      </datalist>
      <p className="field-hint" aria-live="polite">
        {filledFrom ? t('places.filled', { name: filledFrom }) : ''}
      </p>
    </div>
  );
}

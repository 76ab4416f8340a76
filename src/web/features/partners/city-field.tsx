import { useEffect, useId, useRef, useState } from 'react';
import type { UseFormReturn } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { PlaceSuggestion } from '../../../contracts/places';
import { TextInput } from '../../ui/field';
import type { PartnerFormValues } from './partner-form-values';
import { useCitySuggestions } from './use-partner-duplicates';

/**
 * The city of a partner, with suggestions from the vendored gazetteer of the chosen country (a native
 * datalist: keyboard and screen readers handle it as they handle any text field). Choosing one (or
 * typing one exactly) fills the coordinates when they are empty or were filled this way; coordinates
 * typed by hand are never overwritten, and stay editable.
 */
export function CityField({ form }: { form: UseFormReturn<PartnerFormValues, unknown, unknown> }) {
  const { t } = useTranslation();
  const listId = useId();
  const { register, watch, setValue, getValues, formState } = form;
  const countryCode = watch('countryCode');
  const city = watch('city');
  const suggestions = useCitySuggestions(countryCode, city);
  const [filledFrom, setFilledFrom] = useState<string | null>(null);
  // The coordinates the gazetteer last wrote: while the fields still hold them, a new city may replace them.
  const filledCoordinates = useRef<{ latitude: string; longitude: string } | null>(null);
  const items = suggestions.data?.items ?? [];

  useEffect(() => {
    const place = items.find(
      (item: PlaceSuggestion) =>
        item.name === city.trim() && item.latitude !== null && item.longitude !== null,
    );
    if (!place) return;
    const [latitude, longitude] = getValues(['latitude', 'longitude']);
    const isEmpty = !latitude.trim() && !longitude.trim();
    const wasFilledHere =
      filledCoordinates.current?.latitude === latitude && filledCoordinates.current?.longitude === longitude;
    if (!isEmpty && !wasFilledHere) return;
    const next = { latitude: String(place.latitude), longitude: String(place.longitude) };
    if (next.latitude === latitude && next.longitude === longitude) return;
    filledCoordinates.current = next;
    setValue('latitude', next.latitude, { shouldDirty: true, shouldValidate: true });
    setValue('longitude', next.longitude, { shouldDirty: true, shouldValidate: true });
    setFilledFrom(place.region ? `${place.name} (${place.region})` : place.name);
  }, [items, city, getValues, setValue]);

  return (
    <div>
      <TextInput
        label={t('partners.fields.city')}
        hint={countryCode ? t('places.cityHint') : t('places.chooseCountryFirst')}
        list={listId}
        autoComplete="off"
        error={formState.errors.city}
        {...register('city')}
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

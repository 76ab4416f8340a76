import { useRef, useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import {
  ageGroups,
  type Indicator,
  type MeasurementInput,
  measurementInputSchema,
  sexCategories,
} from '../../../contracts/initiatives';
import { applyServerErrors, contractResolver, translateMessage } from '../../lib/form-errors';
import { Textarea, TextInput } from '../../ui/field';
import { FormAlert } from '../../ui/form-alert';
import { useToast } from '../../ui/toast';
import { useTerritorialUnits } from '../territory/use-territory';
import { normalizeDecimalInput } from './decimal';
import { useRecordMeasurement } from './use-initiatives';

type MeasurementValues = {
  date: string;
  value: string;
  unit: string;
  source: string;
  evidenceUrl: string;
  notes: string;
  disaggregatedValues: string;
};

type Dimension = Indicator['disaggregations'][number];
type Parts = Record<string, string>;
const partKey = (dimension: Dimension, category: string) => `${dimension}|${category}`;

/** Server errors on a disaggregated value (disaggregatedValues.3.value) show under that section. */
const mapPath = (path: string) => (path.startsWith('disaggregatedValues') ? 'disaggregatedValues' : path);

/** "Registrar medición": the value on a date, broken down by each dimension the indicator declares. */
export function MeasurementForm({ initiativeId, indicator }: { initiativeId: string; indicator: Indicator }) {
  const { t } = useTranslation();
  const { showToast } = useToast();
  const record = useRecordMeasurement(initiativeId, indicator.id);
  const units = useTerritorialUnits({ pageSize: 200, sort: 'name', direction: 'asc' });
  const [parts, setParts] = useState<Parts>({});
  const partsRef = useRef(parts);
  partsRef.current = parts;
  const [submitError, setSubmitError] = useState<unknown>(null);
  const categories: Record<Dimension, { value: string; label: string }[]> = {
    territorial_unit: (units.data?.items ?? []).map((unit) => ({ value: unit.id, label: unit.name })),
    sex: sexCategories.map((value) => ({ value, label: t(`enums.sex.${value}`) })),
    age_group: ageGroups.map((value) => ({ value, label: t(`enums.ageGroup.${value}`) })),
  };
  const toInput = (values: MeasurementValues) => ({
    date: values.date,
    value: normalizeDecimalInput(values.value),
    unit: values.unit,
    source: values.source,
    evidenceUrl: values.evidenceUrl,
    notes: values.notes,
    disaggregatedValues: Object.entries(partsRef.current)
      .filter(([, text]) => text.trim() !== '')
      .map(([key, text]) => {
        const [dimension, category] = key.split('|');
        return { dimension, category, value: normalizeDecimalInput(text) };
      }),
  });
  const emptyValues: MeasurementValues = {
    date: '',
    value: '',
    unit: indicator.unit,
    source: '',
    evidenceUrl: '',
    notes: '',
    disaggregatedValues: '',
  };
  const form = useForm<MeasurementValues, unknown, MeasurementInput>({
    defaultValues: emptyValues,
    mode: 'onTouched',
    resolver: contractResolver(measurementInputSchema, toInput, { mapPath }),
  });
  const { register, formState } = form;
  const { errors } = formState;
  const submit = form.handleSubmit(async (input) => {
    setSubmitError(null);
    try {
      await record.mutateAsync(input);
      showToast(t('initiatives.measurement.recorded'));
      form.reset(emptyValues);
      setParts({});
    } catch (error) {
      applyServerErrors(error, form.setError, mapPath);
      setSubmitError(error);
    }
  });
  return (
    <section className="section" aria-labelledby="measurement-form-title">
      <h2 id="measurement-form-title">{t('initiatives.measurement.new')}</h2>
      <form onSubmit={submit} noValidate className="form">
        <FormAlert error={submitError} />
        <div className="form-grid">
          <TextInput
            label={t('initiatives.measurement.date')}
            type="date"
            isRequired
            error={errors.date}
            {...register('date')}
          />
          <TextInput
            label={t('initiatives.measurement.value')}
            inputMode="decimal"
            isRequired
            hint={t('initiatives.hints.decimal')}
            error={errors.value}
            {...register('value')}
          />
          <TextInput
            label={t('initiatives.measurement.unit')}
            isRequired
            hint={t('initiatives.measurement.unitHint', { unit: indicator.unit })}
            error={errors.unit}
            {...register('unit')}
          />
        </div>
        {indicator.disaggregations.map((dimension) => (
          <fieldset key={dimension} className="fieldset">
            <legend>
              {t('initiatives.measurement.byDimension', {
                dimension: t(`enums.disaggregation.${dimension}`),
              })}
            </legend>
            {indicator.measure === 'unit' ? (
              <p className="field-hint">{t('initiatives.measurement.mustAddUp')}</p>
            ) : null}
            <div className="form-grid">
              {categories[dimension].map((category) => (
                <TextInput
                  key={category.value}
                  label={category.label}
                  inputMode="decimal"
                  value={parts[partKey(dimension, category.value)] ?? ''}
                  onChange={(event) =>
                    setParts((current) => ({
                      ...current,
                      [partKey(dimension, category.value)]: event.target.value,
                    }))
                  }
                />
              ))}
            </div>
          </fieldset>
        ))}
        {errors.disaggregatedValues?.message ? (
          <p className="field-error" role="alert">
            {translateMessage(t, errors.disaggregatedValues.message)}
          </p>
        ) : null}
        <div className="form-grid">
          <TextInput
            label={t('initiatives.measurement.source')}
            error={errors.source}
            {...register('source')}
          />
          <TextInput
            label={t('initiatives.measurement.evidenceUrl')}
            type="url"
            error={errors.evidenceUrl}
            {...register('evidenceUrl')}
          />
        </div>
        <Textarea
          label={t('initiatives.measurement.notes')}
          rows={2}
          error={errors.notes}
          {...register('notes')}
        />
        <div className="form-actions">
          <button type="submit" className="button button-primary" disabled={formState.isSubmitting}>
            {formState.isSubmitting ? t('common.saving') : t('initiatives.measurement.save')}
          </button>
        </div>
      </form>
    </section>
  );
}

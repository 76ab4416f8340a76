import { useEffect, useRef, useState } from 'react';
import { Controller, useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import {
  directions,
  disaggregationDimensions,
  frequencies,
  type IndicatorInput,
  indicatorInputSchema,
  indicatorMeasures,
} from '../../../contracts/initiatives';
import { enumOptions } from '../../lib/enum-options';
import { applyServerErrors, contractResolver, describeError, isVersionConflict } from '../../lib/form-errors';
import { ConfirmDialog } from '../../ui/confirm-dialog';
import { Checkbox, CheckboxGroup, Select, Textarea, TextInput } from '../../ui/field';
import { FormAlert } from '../../ui/form-alert';
import { useToast } from '../../ui/toast';
import { decimalToInputText, normalizeDecimalInput } from './decimal';
import type { IndicatorEditing } from './design-tab';
import { useDeleteChild, useSaveIndicator } from './use-initiatives';

type IndicatorValues = {
  name: string;
  definition: string;
  unit: string;
  measure: string;
  baselineValue: string;
  baselineDate: string;
  targetValue: string;
  targetDate: string;
  frequency: string;
  direction: string;
  disaggregations: string[];
  weight: string;
  countsBeneficiaries: boolean;
};

const decimalOrNull = (text: string) =>
  normalizeDecimalInput(text) === '' ? null : normalizeDecimalInput(text);

type IndicatorFormProps = { initiativeId: string; editing: IndicatorEditing; onDone: () => void };

/** Create or edit an indicator of a MIR row: what is measured, from which baseline to which target. */
export function IndicatorForm({ initiativeId, editing, onDone }: IndicatorFormProps) {
  const { t, i18n } = useTranslation();
  const { showToast } = useToast();
  const saveIndicator = useSaveIndicator(initiativeId);
  const { indicator, row, rowLabel } = editing;
  const headingRef = useRef<HTMLHeadingElement>(null);
  const [submitError, setSubmitError] = useState<unknown>(null);
  const deleteIndicator = useDeleteChild(initiativeId, 'indicators');
  const [isDeleteOpen, setIsDeleteOpen] = useState(false);
  useEffect(() => headingRef.current?.focus(), []);
  const toInput = (values: IndicatorValues) => ({
    mirRowId: row.id,
    name: values.name,
    definition: values.definition,
    unit: values.unit,
    measure: values.measure,
    baselineValue: decimalOrNull(values.baselineValue),
    baselineDate: values.baselineDate,
    targetValue: decimalOrNull(values.targetValue),
    targetDate: values.targetDate,
    frequency: values.frequency,
    direction: values.direction,
    disaggregations: values.disaggregations,
    weight: Number(normalizeDecimalInput(values.weight) || '1'),
    countsBeneficiaries: values.countsBeneficiaries,
  });
  const form = useForm<IndicatorValues, unknown, IndicatorInput>({
    defaultValues: {
      name: indicator?.name ?? '',
      definition: indicator?.definition ?? '',
      unit: indicator?.unit ?? '',
      measure: indicator?.measure ?? 'unit',
      baselineValue: decimalToInputText(indicator?.baselineValue, i18n.language),
      baselineDate: indicator?.baselineDate ?? '',
      targetValue: decimalToInputText(indicator?.targetValue, i18n.language),
      targetDate: indicator?.targetDate ?? '',
      frequency: indicator?.frequency ?? 'annual',
      direction: indicator?.direction ?? 'increase',
      disaggregations: indicator?.disaggregations ?? [],
      weight: String(indicator?.weight ?? 1),
      countsBeneficiaries: indicator?.countsBeneficiaries ?? false,
    },
    mode: 'onTouched',
    resolver: contractResolver(indicatorInputSchema, toInput),
  });
  const { register, control, formState } = form;
  const { errors } = formState;
  const submit = form.handleSubmit(async (input) => {
    setSubmitError(null);
    try {
      const { mirRowId, ...fields } = input;
      await saveIndicator.mutateAsync(
        indicator ? { id: indicator.id, version: indicator.version, body: fields } : { body: input },
      );
      showToast(t('initiatives.indicator.saved', { name: input.name }));
      onDone();
    } catch (error) {
      applyServerErrors(error, form.setError);
      setSubmitError(error);
    }
  });
  const rowName =
    row.level === 'goal' || row.level === 'purpose'
      ? rowLabel
      : `${t(`enums.mirLevel.${row.level}`)} ${rowLabel}`;
  return (
    <section className="section indicator-editor" aria-labelledby="indicator-form-title">
      <h3 id="indicator-form-title" ref={headingRef} tabIndex={-1}>
        {indicator
          ? t('initiatives.indicator.editTitle', { name: indicator.name })
          : t('initiatives.indicator.newTitle', { row: rowName })}
      </h3>
      <form onSubmit={submit} noValidate className="form">
        <FormAlert error={submitError} onReload={isVersionConflict(submitError) ? onDone : undefined} />
        <div className="form-grid">
          <TextInput
            label={t('initiatives.indicator.name')}
            isRequired
            className="span-2"
            error={errors.name}
            {...register('name')}
          />
          <TextInput
            label={t('initiatives.indicator.unit')}
            hint={t('initiatives.indicator.unitHint')}
            isRequired
            error={errors.unit}
            {...register('unit')}
          />
          <Select
            label={t('initiatives.indicator.measure')}
            options={enumOptions(t, 'indicatorMeasure', indicatorMeasures)}
            error={errors.measure}
            {...register('measure')}
          />
        </div>
        <Textarea
          label={t('initiatives.indicator.definition')}
          rows={2}
          error={errors.definition}
          {...register('definition')}
        />
        <div className="form-grid">
          <TextInput
            label={t('initiatives.indicator.baselineValue')}
            inputMode="decimal"
            hint={t('initiatives.hints.decimal')}
            error={errors.baselineValue}
            {...register('baselineValue')}
          />
          <TextInput
            label={t('initiatives.indicator.baselineDate')}
            type="date"
            error={errors.baselineDate}
            {...register('baselineDate')}
          />
          <TextInput
            label={t('initiatives.indicator.targetValue')}
            inputMode="decimal"
            hint={t('initiatives.hints.decimal')}
            error={errors.targetValue}
            {...register('targetValue')}
          />
          <TextInput
            label={t('initiatives.indicator.targetDate')}
            type="date"
            error={errors.targetDate}
            {...register('targetDate')}
          />
          <Select
            label={t('initiatives.indicator.frequency')}
            options={enumOptions(t, 'frequency', frequencies)}
            error={errors.frequency}
            {...register('frequency')}
          />
          <Select
            label={t('initiatives.indicator.direction')}
            options={enumOptions(t, 'direction', directions)}
            error={errors.direction}
            {...register('direction')}
          />
          <TextInput
            label={t('initiatives.indicator.weight')}
            inputMode="decimal"
            error={errors.weight}
            {...register('weight')}
          />
        </div>
        <Controller
          control={control}
          name="disaggregations"
          render={({ field, fieldState }) => (
            <CheckboxGroup
              legend={t('initiatives.indicator.disaggregations')}
              options={enumOptions(t, 'disaggregation', disaggregationDimensions)}
              value={field.value}
              onChange={field.onChange}
              error={fieldState.error}
            />
          )}
        />
        {/* Its measurements are people reached: they feed the beneficiaries of the social-utility index. */}
        <Checkbox
          label={t('utility.indicator.countsBeneficiaries')}
          hint={t('utility.indicator.countsBeneficiariesHint')}
          error={errors.countsBeneficiaries}
          {...register('countsBeneficiaries')}
        />
        <div className="form-actions">
          <button type="submit" className="button button-primary" disabled={formState.isSubmitting}>
            {formState.isSubmitting ? t('common.saving') : t('initiatives.indicator.save')}
          </button>
          <button type="button" className="button button-secondary" onClick={onDone}>
            {t('common.cancel')}
          </button>
          {indicator ? (
            <button
              type="button"
              className="button button-danger-outline"
              onClick={() => setIsDeleteOpen(true)}
            >
              {t('initiatives.indicator.delete')}
            </button>
          ) : null}
        </div>
      </form>
      {indicator ? (
        <ConfirmDialog
          isOpen={isDeleteOpen}
          title={t('initiatives.indicator.deleteTitle', { name: indicator.name })}
          description={t('initiatives.indicator.deleteText')}
          confirmLabel={t('initiatives.delete')}
          isDanger
          isPending={deleteIndicator.isPending}
          onCancel={() => setIsDeleteOpen(false)}
          onConfirm={() =>
            deleteIndicator.mutate(indicator.id, {
              onSuccess: () => {
                showToast(t('initiatives.indicator.deleted', { name: indicator.name }));
                setIsDeleteOpen(false);
                onDone();
              },
              onError: (error) => {
                setIsDeleteOpen(false);
                showToast(describeError(t, error), 'error');
              },
            })
          }
        />
      ) : null}
    </section>
  );
}

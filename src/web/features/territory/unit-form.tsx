import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import {
  type TerritorialUnit,
  type TerritorialUnitInput,
  territorialUnitInputSchema,
  territorialUnitKinds,
} from '../../../contracts/territory';
import { enumOptions } from '../../lib/enum-options';
import { applyServerErrors, contractResolver } from '../../lib/form-errors';
import { Select, TextInput } from '../../ui/field';
import { FormAlert } from '../../ui/form-alert';
import { useToast } from '../../ui/toast';
import { useSaveUnit } from './use-territory';

type UnitValues = { code: string; name: string; kind: string; population: string };

/** Create or edit a territorial unit's data; its geometry comes from the GeoJSON import. */
export function UnitForm({ unit, onDone }: { unit?: TerritorialUnit; onDone: () => void }) {
  const { t } = useTranslation();
  const { showToast } = useToast();
  const save = useSaveUnit();
  const [submitError, setSubmitError] = useState<unknown>(null);
  const form = useForm<UnitValues, unknown, TerritorialUnitInput>({
    defaultValues: {
      code: unit?.code ?? '',
      name: unit?.name ?? '',
      kind: unit?.kind ?? 'comuna',
      population: unit?.population?.toString() ?? '',
    },
    mode: 'onTouched',
    resolver: contractResolver(territorialUnitInputSchema, (values) => values),
  });
  const { errors, isSubmitting } = form.formState;
  const submit = form.handleSubmit(async (body) => {
    setSubmitError(null);
    try {
      // An edit without a geometry field keeps the stored one.
      const { geometry: _geometry, ...rest } = body;
      const saved = await save.mutateAsync({ id: unit?.id, body: rest, version: unit?.version });
      showToast(
        unit
          ? t('territory.units.updated', { name: saved.name })
          : t('territory.units.created', { name: saved.name }),
      );
      onDone();
    } catch (error) {
      applyServerErrors(error, form.setError);
      setSubmitError(error);
    }
  });
  return (
    <form className="form" noValidate onSubmit={submit}>
      <FormAlert error={submitError} onReload={onDone} />
      <div className="form-grid">
        <TextInput
          label={t('territory.units.fields.name')}
          isRequired
          error={errors.name}
          {...form.register('name')}
        />
        <TextInput label={t('territory.units.fields.code')} error={errors.code} {...form.register('code')} />
        <Select
          label={t('territory.units.fields.kind')}
          options={enumOptions(t, 'unitKind', territorialUnitKinds)}
          error={errors.kind}
          {...form.register('kind')}
        />
        <TextInput
          label={t('territory.units.fields.population')}
          inputMode="numeric"
          error={errors.population}
          {...form.register('population')}
        />
      </div>
      <div className="form-actions">
        <button type="submit" className="button button-primary" disabled={isSubmitting}>
          {isSubmitting ? t('common.saving') : unit ? t('common.saveChanges') : t('territory.units.create')}
        </button>
        <button type="button" className="button button-secondary" onClick={onDone}>
          {t('common.cancel')}
        </button>
      </div>
    </form>
  );
}

import { useTranslation } from 'react-i18next';
import {
  type TerritorialUnit,
  type TerritorialUnitInput,
  territorialUnitInputSchema,
  territorialUnitKinds,
} from '../../../contracts/territory';
import { enumOptions } from '../../lib/enum-options';
import { useContractForm } from '../../lib/use-contract-form';
import { Select, TextInput } from '../../ui/field';
import { FormActions } from '../../ui/form-actions';
import { FormAlert } from '../../ui/form-alert';
import { useToast } from '../../ui/toast';
import { useSaveUnit } from './use-territory';

type UnitValues = { code: string; name: string; kind: string; population: string };

/** Create or edit a territorial unit's data; its geometry comes from the GeoJSON import. */
export function UnitForm({ unit, onDone }: { unit?: TerritorialUnit; onDone: () => void }) {
  const { t } = useTranslation();
  const { showToast } = useToast();
  const save = useSaveUnit();
  const { form, submit, alert } = useContractForm<UnitValues, TerritorialUnitInput>({
    defaultValues: {
      code: unit?.code ?? '',
      name: unit?.name ?? '',
      kind: unit?.kind ?? 'comuna',
      population: unit?.population?.toString() ?? '',
    },
    schema: territorialUnitInputSchema,
    toInput: (values) => values,
    onSubmit: async (body) => {
      // An edit without a geometry field keeps the stored one.
      const { geometry: _geometry, ...rest } = body;
      const saved = await save.mutateAsync({ id: unit?.id, body: rest, version: unit?.version });
      showToast(
        unit
          ? t('territory.units.updated', { name: saved.name })
          : t('territory.units.created', { name: saved.name }),
      );
      onDone();
    },
  });
  const { errors, isSubmitting } = form.formState;
  return (
    <form className="form" noValidate onSubmit={submit}>
      <FormAlert error={alert.error} onReload={onDone} />
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
      <FormActions
        submitLabel={unit ? t('common.saveChanges') : t('territory.units.create')}
        isSubmitting={isSubmitting}
        onCancel={onDone}
      />
    </form>
  );
}

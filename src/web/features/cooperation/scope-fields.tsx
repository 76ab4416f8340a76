import { type Control, Controller, type FieldValues, type Path, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { modalities } from '../../../contracts/cooperation';
import { CheckboxGroup } from '../../ui/field';
import { SdgGoalsField, SdgTargetsField } from '../initiatives/sdg-fields';
import { ThemesField } from '../strategy/alignment-fields';
import { SectorPicker } from './sector-picker';

type ScopeFieldName = 'sectors' | 'modalities' | 'themes' | 'sdgGoals' | 'sdgTargets';

/**
 * The multi-valued fields a demand and an offer share, in the order given, so that both are matched
 * on the same words: sectors, modalities, themes, SDG goals and the targets of the goals chosen.
 */
export function CooperationScopeFields<TValues extends FieldValues, TOutput>({
  control,
  fields,
}: {
  control: Control<TValues, unknown, TOutput>;
  fields: readonly ScopeFieldName[];
}) {
  const { t } = useTranslation();
  const sdgGoals = useWatch({ control, name: 'sdgGoals' as Path<TValues> }) as string[] | undefined;
  return (
    <>
      {fields.map((name) => (
        <Controller
          key={name}
          control={control}
          name={name as Path<TValues>}
          render={({ field, fieldState }) => {
            const value = field.value as string[];
            if (name === 'sectors')
              return (
                <SectorPicker
                  legend={t('cooperation.fields.sectors')}
                  value={value}
                  onChange={field.onChange}
                  error={fieldState.error}
                />
              );
            if (name === 'modalities')
              return (
                <CheckboxGroup
                  legend={t('cooperation.fields.modalities')}
                  options={modalities.map((item) => ({
                    value: item,
                    label: t(`cooperation.modalities.${item}`),
                  }))}
                  value={value}
                  onChange={field.onChange}
                  error={fieldState.error}
                />
              );
            if (name === 'themes')
              return (
                <ThemesField
                  legend={t('cooperation.fields.themes')}
                  value={value}
                  onChange={field.onChange}
                  error={fieldState.error}
                />
              );
            if (name === 'sdgGoals') return <SdgGoalsField value={value} onChange={field.onChange} />;
            return (
              <SdgTargetsField
                goals={sdgGoals ?? []}
                value={value}
                onChange={field.onChange}
                error={fieldState.error}
              />
            );
          }}
        />
      ))}
    </>
  );
}

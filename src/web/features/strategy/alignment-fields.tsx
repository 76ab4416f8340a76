import { type Control, Controller, type FieldValues, type Path } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { CheckboxGroup, Select } from '../../ui/field';
import { SdgGoalsField } from '../initiatives/sdg-fields';
import { useTermOptions } from './use-strategy';

type MultiProps = {
  value: string[];
  onChange: (value: string[]) => void;
  error?: { message?: string };
  legend?: string;
};

/** Strategy lines of the government, several may apply. */
export function StrategyLinesField({ value, onChange, error, legend }: MultiProps) {
  const { t } = useTranslation();
  const options = useTermOptions('strategyLine', value);
  return (
    <CheckboxGroup
      legend={legend ?? t('strategy.alignment.strategyLines')}
      options={options}
      value={value}
      onChange={onChange}
      error={error}
    />
  );
}

/** Themes of the government. */
export function ThemesField({ value, onChange, error, legend }: MultiProps) {
  const { t } = useTranslation();
  const options = useTermOptions('theme', value);
  return (
    <CheckboxGroup
      legend={legend ?? t('strategy.alignment.themes')}
      options={options}
      value={value}
      onChange={onChange}
      error={error}
    />
  );
}

/** Axes and programmes of the local development plan; says where to load it when it is empty. */
export function PlanCodesField({ value, onChange, error, legend }: MultiProps) {
  const { t } = useTranslation();
  const options = useTermOptions('plan', value);
  if (options.length === 0) {
    return (
      <fieldset className="fieldset">
        <legend>{legend ?? t('strategy.alignment.planCodes')}</legend>
        <p className="muted">{t('strategy.alignment.planEmpty')}</p>
      </fieldset>
    );
  }
  return (
    <CheckboxGroup
      legend={legend ?? t('strategy.alignment.planCodes')}
      options={options}
      value={value}
      onChange={onChange}
      error={error}
    />
  );
}

type SingleProps = React.ComponentProps<'select'> & {
  label: string;
  error?: { message?: string };
  placeholder?: string;
  current?: string | null;
};

/** One strategy line (initiatives and events have a main one). */
export function StrategyLineSelect({ current, placeholder, ...props }: SingleProps) {
  const options = useTermOptions('strategyLine', current ? [current] : []);
  return <Select options={options} placeholder={placeholder ?? ''} {...props} />;
}

type AlignmentFieldName = 'strategyLines' | 'themes' | 'planCodes' | 'sdgGoals';
const alignmentFields: Record<AlignmentFieldName, (props: MultiProps) => React.ReactNode> = {
  strategyLines: StrategyLinesField,
  themes: ThemesField,
  planCodes: PlanCodesField,
  sdgGoals: SdgGoalsField,
};

/**
 * The "Alineación estratégica" fieldset of a form whose values hold the named lists (string arrays):
 * one place for the fields every aligned record (event, lead…) shows in the same way.
 */
export function AlignmentFieldset<TValues extends FieldValues, TOutput>({
  control,
  fields,
}: {
  control: Control<TValues, unknown, TOutput>;
  fields: readonly AlignmentFieldName[];
}) {
  const { t } = useTranslation();
  return (
    <fieldset className="fieldset">
      <legend>{t('strategy.alignment.legend')}</legend>
      {fields.map((name) => {
        const Field = alignmentFields[name];
        return (
          <Controller
            key={name}
            control={control}
            name={name as Path<TValues>}
            render={({ field, fieldState }) => (
              <Field value={field.value as string[]} onChange={field.onChange} error={fieldState.error} />
            )}
          />
        );
      })}
    </fieldset>
  );
}

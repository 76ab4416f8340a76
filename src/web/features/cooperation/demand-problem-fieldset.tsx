import { type Control, Controller, type FieldErrors, type UseFormRegister } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { DemandInput } from '../../../contracts/cooperation';
import { translateMessage } from '../../lib/form-errors';
import { CheckboxGroup, Textarea, TextInput } from '../../ui/field';
import { ProblemTreeEditor } from '../initiatives/problem-tree-editor';
import { useTerritorialUnits } from '../territory/use-territory';
import type { DemandFormValues } from './demand-values';

type Props = {
  control: Control<DemandFormValues, unknown, DemandInput>;
  register: UseFormRegister<DemandFormValues>;
  errors: FieldErrors<DemandFormValues>;
};

/**
 * The public problem behind the demand, with the same tree editor as an initiative's: accepting a
 * match passes this problem to the new initiative, which must clear the problematisation gate.
 */
export function DemandProblemFieldset({ control, register, errors }: Props) {
  const { t } = useTranslation();
  const units = useTerritorialUnits({ pageSize: 200, sort: 'name', direction: 'asc' });
  const treeError = (branch: 'causes' | 'effects') => {
    const branchErrors = errors.problemTree?.[branch];
    if (!branchErrors) return undefined;
    return translateMessage(t, branchErrors.message ?? 'validation.required');
  };
  return (
    <fieldset className="fieldset">
      <legend>{t('cooperation.demand.sections.problem')}</legend>
      <p className="muted">{t('cooperation.demand.hints.problem')}</p>
      <Textarea
        label={t('cooperation.demand.fields.problemStatement')}
        hint={t('cooperation.demand.hints.problemStatement')}
        error={errors.problemStatement}
        rows={4}
        {...register('problemStatement')}
      />
      <div className="problem-tree-grid">
        {(['causes', 'effects'] as const).map((branch) => (
          <Controller
            key={branch}
            control={control}
            name={`problemTree.${branch}`}
            render={({ field }) => (
              <ProblemTreeEditor
                branch={branch}
                nodes={field.value}
                onChange={field.onChange}
                isReadOnly={false}
                error={treeError(branch)}
              />
            )}
          />
        ))}
      </div>
      <div className="form-grid">
        <TextInput
          label={t('cooperation.demand.fields.affectedPopulation')}
          hint={t('cooperation.demand.hints.affectedPopulation')}
          inputMode="numeric"
          error={errors.affectedPopulation}
          {...register('affectedPopulation')}
        />
      </div>
      <Textarea
        label={t('cooperation.demand.fields.affectedPopulationDescription')}
        error={errors.affectedPopulationDescription}
        rows={3}
        {...register('affectedPopulationDescription')}
      />
      {(units.data?.items ?? []).length === 0 ? (
        <p className="muted">{t('cooperation.demand.noUnits')}</p>
      ) : (
        <Controller
          control={control}
          name="territorialUnitIds"
          render={({ field, fieldState }) => (
            <CheckboxGroup
              legend={t('cooperation.demand.fields.territorialUnits')}
              options={(units.data?.items ?? []).map((unit) => ({ value: unit.id, label: unit.name }))}
              value={field.value}
              onChange={field.onChange}
              error={fieldState.error}
            />
          )}
        />
      )}
    </fieldset>
  );
}

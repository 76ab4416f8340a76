import { Controller, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { Initiative } from '../../../contracts/initiatives';
import type { ProblemTree } from '../../../domain/policy-cycle';
import { translateMessage } from '../../lib/form-errors';
import { Checkbox, CheckboxGroup, Textarea, TextInput } from '../../ui/field';
import { useGovernment } from '../auth/government-context';
import { useTerritorialUnits } from '../territory/use-territory';
import { withoutBlankNodes } from './problem-tree';
import { ProblemTreeEditor } from './problem-tree-editor';
import { useSectionForm } from './use-section-form';

type ProblemValues = {
  problemStatement: string;
  problemTree: ProblemTree;
  affectedPopulation: string;
  affectedPopulationDescription: string;
  isWholeTerritory: boolean;
  territorialUnitIds: string[];
};

function toValues(initiative: Initiative): ProblemValues {
  return {
    problemStatement: initiative.problemStatement ?? '',
    problemTree: initiative.problemTree,
    affectedPopulation: initiative.affectedPopulation?.toString() ?? '',
    affectedPopulationDescription: initiative.affectedPopulationDescription ?? '',
    isWholeTerritory: initiative.isWholeTerritory,
    territorialUnitIds: initiative.territorialUnits.map((unit) => unit.id),
  };
}

function toPatch(values: ProblemValues) {
  const population = values.affectedPopulation.replace(/[\s.,]/g, '');
  return {
    problemStatement: values.problemStatement,
    problemTree: {
      causes: withoutBlankNodes(values.problemTree.causes),
      effects: withoutBlankNodes(values.problemTree.effects),
    },
    affectedPopulation: population === '' ? null : /^\d+$/.test(population) ? Number(population) : Number.NaN,
    affectedPopulationDescription: values.affectedPopulationDescription,
    isWholeTerritory: values.isWholeTerritory,
    territorialUnitIds: values.isWholeTerritory ? [] : values.territorialUnitIds,
  };
}

/** Problematización: the public problem, its causes and effects, who suffers it and where. */
export function ProblemTab({ initiative }: { initiative: Initiative }) {
  const { t } = useTranslation();
  const { canEdit } = useGovernment();
  const units = useTerritorialUnits({ pageSize: 200, sort: 'name', direction: 'asc' });
  const { form, submit, alert } = useSectionForm(initiative, { toValues, toPatch });
  const { register, control, formState } = form;
  const { errors } = formState;
  const isWholeTerritory = useWatch({ control, name: 'isWholeTerritory' });
  const treeError = (branch: 'causes' | 'effects') => {
    const branchErrors = errors.problemTree?.[branch];
    if (!branchErrors) return undefined;
    return translateMessage(t, branchErrors.message ?? 'validation.required');
  };
  return (
    <form onSubmit={submit} noValidate className="form" aria-labelledby="problem-title">
      <h2 id="problem-title">{t('initiatives.tabs.problem')}</h2>
      {alert}
      <fieldset className="fieldset" disabled={!canEdit}>
        <legend>{t('initiatives.sections.problem')}</legend>
        <Textarea
          label={t('initiatives.fields.problemStatement')}
          hint={t('initiatives.hints.problemStatement')}
          error={errors.problemStatement}
          rows={5}
          {...register('problemStatement')}
        />
      </fieldset>
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
                isReadOnly={!canEdit}
                error={treeError(branch)}
              />
            )}
          />
        ))}
      </div>
      <fieldset className="fieldset" disabled={!canEdit}>
        <legend>{t('initiatives.sections.affected')}</legend>
        <div className="form-grid">
          <TextInput
            label={t('initiatives.fields.affectedPopulation')}
            hint={t('initiatives.hints.affectedPopulation')}
            inputMode="numeric"
            error={errors.affectedPopulation}
            {...register('affectedPopulation')}
          />
        </div>
        <Textarea
          label={t('initiatives.fields.affectedPopulationDescription')}
          error={errors.affectedPopulationDescription}
          rows={3}
          {...register('affectedPopulationDescription')}
        />
        <Checkbox label={t('initiatives.fields.isWholeTerritory')} {...register('isWholeTerritory')} />
        {isWholeTerritory ? null : (
          <Controller
            control={control}
            name="territorialUnitIds"
            render={({ field, fieldState }) => (
              <CheckboxGroup
                legend={t('initiatives.fields.territorialUnits')}
                options={(units.data?.items ?? []).map((unit) => ({ value: unit.id, label: unit.name }))}
                value={field.value}
                onChange={field.onChange}
                error={fieldState.error}
              />
            )}
          />
        )}
      </fieldset>
      {canEdit ? (
        <div className="form-actions">
          <button type="submit" className="button button-primary" disabled={formState.isSubmitting}>
            {formState.isSubmitting ? t('common.saving') : t('initiatives.saveProblem')}
          </button>
        </div>
      ) : null}
    </form>
  );
}

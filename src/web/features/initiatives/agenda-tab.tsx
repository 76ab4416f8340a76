import { Controller, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { agendaSetters, approaches, type Initiative } from '../../../contracts/initiatives';
import { enumOptions } from '../../lib/enum-options';
import { Select, Textarea, TextInput } from '../../ui/field';
import { useGovernment } from '../auth/government-context';
import { PlanCodesField, ThemesField } from '../strategy/alignment-fields';
import {
  BudgetFieldset,
  DepartmentsFieldset,
  InstrumentsFieldset,
  PartnersFieldset,
} from './agenda-participants';
import { agendaToPatch, agendaToValues, mapAgendaPath } from './agenda-values';
import { SdgGoalsField, SdgTargetsField } from './sdg-fields';
import { useSectionForm } from './use-section-form';

/**
 * Agenda: who put the problem on the government's agenda and with which approach, and Aguilar
 * Villanueva's elements of the policy: objective, causal hypothesis, legal basis, agents,
 * procedures, instruments (the links it uses) and resources.
 */
export function AgendaTab({ initiative }: { initiative: Initiative }) {
  const { t, i18n } = useTranslation();
  const { canEdit } = useGovernment();
  const { form, submit, alert } = useSectionForm(initiative, {
    toValues: agendaToValues(i18n.language),
    toPatch: agendaToPatch,
    mapPath: mapAgendaPath,
  });
  const { register, control, formState } = form;
  const { errors } = formState;
  const sdgGoals = useWatch({ control, name: 'sdgGoals' });
  const text = (name: 'objective' | 'causalHypothesis' | 'legalBasis' | 'agents' | 'procedures') => (
    <Textarea
      label={t(`initiatives.fields.${name}`)}
      hint={t(`initiatives.hints.${name}`)}
      error={errors[name]}
      rows={3}
      {...register(name)}
    />
  );
  return (
    <form onSubmit={submit} noValidate className="form" aria-labelledby="agenda-title">
      <h2 id="agenda-title">{t('initiatives.tabs.agenda')}</h2>
      {alert}
      <fieldset className="fieldset" disabled={!canEdit}>
        <legend>{t('initiatives.sections.agendaEntry')}</legend>
        <div className="form-grid">
          <Select
            label={t('initiatives.fields.agendaSetter')}
            placeholder={t('common.none')}
            options={enumOptions(t, 'agendaSetter', agendaSetters)}
            error={errors.agendaSetter}
            {...register('agendaSetter')}
          />
          <TextInput
            label={t('initiatives.fields.agendaSetterDetail')}
            hint={t('initiatives.hints.agendaSetterDetail')}
            error={errors.agendaSetterDetail}
            {...register('agendaSetterDetail')}
          />
          <TextInput
            label={t('initiatives.fields.agendaDate')}
            type="date"
            error={errors.agendaDate}
            {...register('agendaDate')}
          />
          <Select
            label={t('initiatives.fields.approach')}
            placeholder={t('common.none')}
            hint={t('initiatives.hints.approach')}
            options={enumOptions(t, 'approach', approaches)}
            error={errors.approach}
            {...register('approach')}
          />
        </div>
        <Textarea
          label={t('initiatives.fields.approachJustification')}
          error={errors.approachJustification}
          rows={3}
          {...register('approachJustification')}
        />
      </fieldset>
      <fieldset className="fieldset" disabled={!canEdit}>
        <legend>{t('initiatives.sections.policyElements')}</legend>
        {text('objective')}
        {text('causalHypothesis')}
        {text('legalBasis')}
        {text('agents')}
        {text('procedures')}
      </fieldset>
      <InstrumentsFieldset control={control} isReadOnly={!canEdit} />
      <BudgetFieldset control={control} register={register} errors={errors} isReadOnly={!canEdit} />
      <PartnersFieldset control={control} register={register} isReadOnly={!canEdit} />
      <DepartmentsFieldset control={control} register={register} errors={errors} isReadOnly={!canEdit} />
      <fieldset className="fieldset" disabled={!canEdit}>
        <legend>{t('initiatives.sections.alignment')}</legend>
        <Controller
          control={control}
          name="themes"
          render={({ field, fieldState }) => (
            <ThemesField
              legend={t('initiatives.fields.themes')}
              value={field.value}
              onChange={field.onChange}
              error={fieldState.error}
            />
          )}
        />
        <Controller
          control={control}
          name="planCodes"
          render={({ field, fieldState }) => (
            <PlanCodesField value={field.value} onChange={field.onChange} error={fieldState.error} />
          )}
        />
        <Controller
          control={control}
          name="sdgGoals"
          render={({ field, fieldState }) => (
            <SdgGoalsField value={field.value} onChange={field.onChange} error={fieldState.error} />
          )}
        />
        <Controller
          control={control}
          name="sdgTargets"
          render={({ field, fieldState }) => (
            <SdgTargetsField
              goals={sdgGoals}
              value={field.value}
              onChange={field.onChange}
              error={fieldState.error}
            />
          )}
        />
      </fieldset>
      {canEdit ? (
        <div className="form-actions">
          <button type="submit" className="button button-primary" disabled={formState.isSubmitting}>
            {formState.isSubmitting ? t('common.saving') : t('initiatives.saveAgenda')}
          </button>
        </div>
      ) : null}
    </form>
  );
}

import { Controller } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { type EventInput, eventInputSchema, eventKinds } from '../../../contracts/agenda';
import { useCodelistOptions } from '../../lib/use-codelist';
import { useContractForm } from '../../lib/use-contract-form';
import type { SelectOption } from '../../ui/field';
import { Checkbox, Select, Textarea, TextInput } from '../../ui/field';
import { FormActions } from '../../ui/form-actions';
import { FormAlert } from '../../ui/form-alert';
import { AlignmentFieldset, StrategyLineSelect } from '../strategy/alignment-fields';
import { CostsFieldset } from './costs-fieldset';
import {
  checkEventValues,
  type EventFormValues,
  formValuesToEventInput,
  mapEventPath,
} from './event-form-values';
import { ParticipantsFieldset } from './participants-fieldset';
import { useInitiativeOptions, useLinkOptions } from './picker-options';
import { RelationsField } from './relations-field';
import { knownTimeZones } from './time';

type EventFormProps = {
  defaultValues: EventFormValues;
  defaultCurrency: string;
  /** Titles of records already related, in case they fall outside the pickers' first page. */
  knownLinks?: SelectOption[];
  knownInitiatives?: SelectOption[];
  submitLabel: string;
  onSubmit: (input: EventInput) => Promise<unknown>;
  onCancel: () => void;
  onReload?: () => Promise<EventFormValues | undefined>;
  onOverwrite?: () => Promise<void>;
};

function withKnown(options: SelectOption[], known: SelectOption[]) {
  return [...options, ...known.filter((item) => !options.some((option) => option.value === item.value))];
}

/** Create and edit form of an event: when and where (with its time zone), who, what it cost, what it was for. */
export function EventForm(props: EventFormProps) {
  const {
    defaultValues,
    defaultCurrency,
    knownLinks = [],
    knownInitiatives = [],
    submitLabel,
    onSubmit,
    onCancel,
    onReload,
    onOverwrite,
  } = props;
  const { t } = useTranslation();
  const countries = useCodelistOptions('countries');
  const links = withKnown(useLinkOptions(), knownLinks);
  const initiatives = withKnown(useInitiativeOptions(), knownInitiatives);
  const { form, submit, alert } = useContractForm<EventFormValues, EventInput>({
    defaultValues,
    schema: eventInputSchema,
    toInput: formValuesToEventInput,
    mapPath: mapEventPath,
    check: checkEventValues,
    onSubmit,
    onReload,
    onOverwrite,
  });
  const { register, control, formState, setValue } = form;
  const { errors, isSubmitting } = formState;
  const zones = knownTimeZones().map((zone) => ({ value: zone, label: zone.replace(/_/g, ' ') }));

  return (
    <form onSubmit={submit} noValidate className="form">
      <FormAlert {...alert} />
      <fieldset className="fieldset">
        <legend>{t('agenda.sections.general')}</legend>
        <div className="form-grid">
          <TextInput
            label={t('agenda.fields.title')}
            isRequired
            className="span-2"
            error={errors.title}
            {...register('title')}
          />
          <Select
            label={t('agenda.fields.kind')}
            isRequired
            options={eventKinds.map((kind) => ({ value: kind, label: t(`agenda.kinds.${kind}`) }))}
            error={errors.kind}
            {...register('kind')}
          />
          <StrategyLineSelect
            label={t('agenda.fields.strategyLine')}
            placeholder={t('common.none')}
            current={defaultValues.strategyLine}
            error={errors.strategyLine}
            {...register('strategyLine')}
          />
        </div>
      </fieldset>
      <AlignmentFieldset control={control} fields={['themes', 'planCodes', 'sdgGoals']} />
      <fieldset className="fieldset">
        <legend>{t('agenda.sections.whenWhere')}</legend>
        <p className="field-hint">{t('agenda.hints.times')}</p>
        <div className="form-grid">
          <TextInput
            label={t('agenda.fields.startsAt')}
            type="datetime-local"
            isRequired
            error={errors.startsAt}
            {...register('startsAt')}
          />
          <TextInput
            label={t('agenda.fields.endsAt')}
            type="datetime-local"
            isRequired
            error={errors.endsAt}
            {...register('endsAt')}
          />
          <Select
            label={t('agenda.fields.timezone')}
            isRequired
            options={zones}
            error={errors.timezone}
            {...register('timezone')}
          />
          <TextInput label={t('agenda.fields.city')} error={errors.city} {...register('city')} />
          <Select
            label={t('agenda.fields.country')}
            placeholder={t('common.none')}
            options={countries.options}
            error={errors.countryCode}
            {...register('countryCode')}
          />
          <TextInput label={t('agenda.fields.venue')} error={errors.venue} {...register('venue')} />
        </div>
      </fieldset>
      <ParticipantsFieldset control={control} register={register} setValue={setValue} errors={errors} />
      <CostsFieldset
        control={control}
        register={register}
        errors={errors}
        defaultCurrency={defaultCurrency}
      />
      <Controller
        control={control}
        name="linkIds"
        render={({ field }) => (
          <RelationsField
            legend={t('agenda.fields.links')}
            options={links}
            value={field.value}
            onChange={field.onChange}
          />
        )}
      />
      <Controller
        control={control}
        name="initiativeIds"
        render={({ field }) => (
          <RelationsField
            legend={t('agenda.fields.initiatives')}
            options={initiatives}
            value={field.value}
            onChange={field.onChange}
          />
        )}
      />
      <fieldset className="fieldset">
        <legend>{t('agenda.sections.content')}</legend>
        <Textarea
          label={t('agenda.fields.objectives')}
          error={errors.objectives}
          {...register('objectives')}
        />
        <Textarea
          label={t('agenda.fields.outcomes')}
          rows={6}
          error={errors.outcomes}
          {...register('outcomes')}
        />
        <Textarea
          label={t('agenda.fields.minutes')}
          rows={8}
          error={errors.minutes}
          {...register('minutes')}
        />
        <Checkbox
          label={t('agenda.fields.isPublished')}
          hint={t('agenda.hints.isPublished')}
          {...register('isPublished')}
        />
      </fieldset>
      <FormActions submitLabel={submitLabel} isSubmitting={isSubmitting} onCancel={onCancel} />
    </form>
  );
}

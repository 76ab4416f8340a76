import { Controller, useFieldArray } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import {
  type Position,
  type PositionInput,
  positionInputSchema,
  positionKinds,
} from '../../../contracts/diplomacy';
import { useContractForm } from '../../lib/use-contract-form';
import { Select, Textarea, TextInput } from '../../ui/field';
import { FormActions } from '../../ui/form-actions';
import { FormAlert } from '../../ui/form-alert';
import { Loading } from '../../ui/states';
import { SdgGoalsField } from '../initiatives/sdg-fields';
import { useAgendaEvents } from '../investment/use-investment';
import { ThemesField } from '../strategy/alignment-fields';
import { useNetworkOptions } from './use-diplomacy';

export type PositionFormValues = {
  kind: string;
  title: string;
  text: string;
  madeOn: string;
  forumName: string;
  networkPartnerId: string;
  eventId: string;
  topics: string[];
  sdgGoals: string[];
  coSigners: Array<{ name: string }>;
  url: string;
};

export function positionToFormValues(position?: Position): PositionFormValues {
  return {
    kind: position?.kind ?? 'declaration',
    title: position?.title ?? '',
    text: position?.text ?? '',
    madeOn: position?.madeOn ?? '',
    forumName: position?.forumName ?? '',
    networkPartnerId: position?.networkPartnerId ?? '',
    eventId: position?.eventId ?? '',
    topics: position?.topics ?? [],
    sdgGoals: position?.sdgGoals ?? [],
    coSigners: (position?.coSigners ?? []).map((name) => ({ name })),
    url: position?.url ?? '',
  };
}

function toInput(values: PositionFormValues): unknown {
  return {
    ...values,
    networkPartnerId: values.networkPartnerId || null,
    eventId: values.eventId || null,
    coSigners: values.coSigners.map((item) => item.name.trim()).filter(Boolean),
  };
}

const mapPath = (path: string) => (/^coSigners\.\d+$/.test(path) ? `${path}.name` : path);

type PositionFormProps = {
  defaultValues: PositionFormValues;
  submitLabel: string;
  onSubmit: (input: PositionInput) => Promise<unknown>;
  onCancel: () => void;
};

/** A declaration, position or pledge: where and when it was made, its text, topics and co-signers. */
export function PositionForm(props: PositionFormProps) {
  const networks = useNetworkOptions();
  if (networks.isLoading) return <Loading />;
  return <PositionFormFields {...props} networkOptions={networks.options} />;
}

function PositionFormFields({
  defaultValues,
  submitLabel,
  onSubmit,
  onCancel,
  networkOptions,
}: PositionFormProps & { networkOptions: Array<{ value: string; label: string }> }) {
  const { t } = useTranslation();
  const events = useAgendaEvents();
  const { form, submit, alert } = useContractForm<PositionFormValues, PositionInput>({
    defaultValues,
    schema: positionInputSchema,
    toInput,
    mapPath,
    onSubmit,
  });
  const { register, control, formState } = form;
  const { errors, isSubmitting } = formState;
  const coSigners = useFieldArray({ control, name: 'coSigners', keyName: 'fieldKey' });
  return (
    <form onSubmit={submit} noValidate className="form">
      <FormAlert {...alert} />
      <fieldset className="fieldset">
        <legend>{t('diplomacy.sections.position')}</legend>
        <div className="form-grid">
          <Select
            label={t('diplomacy.fields.kind')}
            isRequired
            options={positionKinds.map((kind) => ({
              value: kind,
              label: t(`diplomacy.positionKinds.${kind}`),
            }))}
            error={errors.kind}
            {...register('kind')}
          />
          <TextInput
            label={t('diplomacy.fields.title')}
            isRequired
            error={errors.title}
            {...register('title')}
          />
          <TextInput
            label={t('diplomacy.fields.madeOn')}
            type="date"
            isRequired
            error={errors.madeOn}
            {...register('madeOn')}
          />
          <Select
            label={t('diplomacy.fields.network')}
            hint={t('diplomacy.hints.network')}
            placeholder={t('common.none')}
            options={networkOptions}
            error={errors.networkPartnerId}
            {...register('networkPartnerId')}
          />
          <TextInput
            label={t('diplomacy.fields.forumName')}
            hint={t('diplomacy.hints.forumName')}
            error={errors.forumName}
            {...register('forumName')}
          />
          <Select
            label={t('diplomacy.fields.event')}
            placeholder={t('common.none')}
            options={(events.data?.items ?? []).map((event) => ({
              value: event.id,
              label: `${event.title} (${event.startsAt.slice(0, 10)})`,
            }))}
            error={errors.eventId}
            {...register('eventId')}
          />
          <TextInput label={t('diplomacy.fields.url')} type="url" error={errors.url} {...register('url')} />
        </div>
        <Textarea
          label={t('diplomacy.fields.text')}
          hint={t('diplomacy.hints.text')}
          isRequired
          rows={10}
          error={errors.text}
          {...register('text')}
        />
      </fieldset>
      <Controller
        control={control}
        name="topics"
        render={({ field, fieldState }) => (
          <ThemesField
            legend={t('diplomacy.fields.topics')}
            value={field.value}
            onChange={field.onChange}
            error={fieldState.error}
          />
        )}
      />
      <Controller
        control={control}
        name="sdgGoals"
        render={({ field, fieldState }) => (
          <SdgGoalsField value={field.value} onChange={field.onChange} error={fieldState.error} />
        )}
      />
      <fieldset className="fieldset">
        <legend>{t('diplomacy.fields.coSigners')}</legend>
        {coSigners.fields.length === 0 ? <p className="muted">{t('diplomacy.noCoSigners')}</p> : null}
        {coSigners.fields.map((field, index) => (
          <div key={field.fieldKey} className="co-signer-row">
            <TextInput
              label={t('diplomacy.coSigner', { number: index + 1 })}
              error={errors.coSigners?.[index]?.name}
              {...register(`coSigners.${index}.name`)}
            />
            <button
              type="button"
              className="button button-secondary button-small"
              onClick={() => coSigners.remove(index)}
            >
              {t('diplomacy.removeCoSigner', { number: index + 1 })}
            </button>
          </div>
        ))}
        <button
          type="button"
          className="button button-secondary"
          onClick={() => coSigners.append({ name: '' })}
        >
          {t('diplomacy.addCoSigner')}
        </button>
      </fieldset>
      <FormActions submitLabel={submitLabel} isSubmitting={isSubmitting} onCancel={onCancel} />
    </form>
  );
}

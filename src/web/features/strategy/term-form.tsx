import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import {
  type StrategyTerm,
  type StrategyTermInput,
  type StrategyTermKind,
  strategyTermInputSchema,
  updateStrategyTermBodySchema,
} from '../../../contracts/strategy';
import { applyServerErrors, contractResolver } from '../../lib/form-errors';
import { Select, type SelectOption, Textarea, TextInput } from '../../ui/field';
import { FormAlert } from '../../ui/form-alert';
import { useToast } from '../../ui/toast';
import { useCreateTerm, useUpdateTerm } from './use-strategy';

type TermFormValues = {
  code: string;
  name: string;
  description: string;
  parentCode: string;
  sortOrder: string;
};

type TermFormProps = {
  kind: StrategyTermKind;
  term?: StrategyTerm;
  /** The axes a programme may belong to. */
  parentOptions?: SelectOption[];
  currentName?: string;
  onDone: () => void;
};

/** Adds a term, or renames one: the code is chosen once and never changes, since records refer to it. */
export function TermForm({ kind, term, parentOptions, currentName, onDone }: TermFormProps) {
  const { t } = useTranslation();
  const { showToast } = useToast();
  const create = useCreateTerm();
  const update = useUpdateTerm();
  const [submitError, setSubmitError] = useState<unknown>(null);
  // The contract checks the values; the body is built from the form values, whichever contract applies.
  const form = useForm<TermFormValues, unknown, unknown>({
    defaultValues: {
      code: term?.code ?? '',
      name: term?.name ?? currentName ?? '',
      description: term?.description ?? '',
      parentCode: term?.parentCode ?? '',
      sortOrder: String(term?.sortOrder ?? 0),
    },
    mode: 'onTouched',
    resolver: term
      ? contractResolver<TermFormValues, unknown>(updateStrategyTermBodySchema, (values: TermFormValues) => ({
          name: values.name,
          description: values.description,
          sortOrder: Number(values.sortOrder) || 0,
          version: term.version,
        }))
      : contractResolver<TermFormValues, unknown>(strategyTermInputSchema, (values: TermFormValues) => ({
          kind,
          code: values.code.trim(),
          name: values.name,
          description: values.description,
          parentCode: values.parentCode,
          sortOrder: Number(values.sortOrder) || 0,
        })),
  });
  const { errors, isSubmitting } = form.formState;
  const submit = form.handleSubmit(async () => {
    const values = form.getValues();
    setSubmitError(null);
    try {
      const saved = term
        ? await update.mutateAsync({
            id: term.id,
            body: {
              name: values.name,
              description: values.description || null,
              sortOrder: Number(values.sortOrder) || 0,
              version: term.version,
            },
          })
        : await create.mutateAsync({
            kind,
            code: values.code.trim(),
            name: values.name,
            description: values.description || null,
            parentCode: values.parentCode || null,
            sortOrder: Number(values.sortOrder) || 0,
          } satisfies StrategyTermInput);
      showToast(t(term ? 'strategy.updated' : 'strategy.created', { name: saved.name ?? saved.code }));
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
          label={t('strategy.fields.code')}
          hint={t(term ? 'strategy.hints.codeFixed' : `strategy.hints.code_${kind}`)}
          isRequired
          disabled={Boolean(term)}
          error={errors.code}
          {...form.register('code')}
        />
        <TextInput
          label={t('strategy.fields.name')}
          isRequired
          error={errors.name}
          {...form.register('name')}
        />
        {kind === 'plan_programme' && !term ? (
          <Select
            label={t('strategy.fields.parentCode')}
            isRequired
            options={parentOptions ?? []}
            error={errors.parentCode}
            {...form.register('parentCode')}
          />
        ) : null}
        <TextInput
          label={t('strategy.fields.sortOrder')}
          type="number"
          inputMode="numeric"
          min={0}
          error={errors.sortOrder}
          {...form.register('sortOrder')}
        />
      </div>
      <Textarea
        label={t('strategy.fields.description')}
        rows={2}
        error={errors.description}
        {...form.register('description')}
      />
      <div className="form-actions">
        <button type="submit" className="button button-primary" disabled={isSubmitting}>
          {isSubmitting ? t('common.saving') : term ? t('common.saveChanges') : t('strategy.add')}
        </button>
        <button type="button" className="button button-secondary" onClick={onDone}>
          {t('common.cancel')}
        </button>
      </div>
    </form>
  );
}

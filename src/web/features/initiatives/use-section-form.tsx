import { useQueryClient } from '@tanstack/react-query';
import { type ReactNode, useRef, useState } from 'react';
import { type DefaultValues, type FieldValues, useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { type Initiative, type InitiativeInput, initiativeInputSchema } from '../../../contracts/initiatives';
import { applyServerErrors, contractResolver, isVersionConflict } from '../../lib/form-errors';
import { FormAlert } from '../../ui/form-alert';
import { useToast } from '../../ui/toast';
import { useGovernment } from '../auth/government-context';
import { initiativeToInput } from './initiative-values';
import { initiativeQueryOptions, useUpdateInitiative } from './use-initiatives';

type SectionFormOptions<TValues> = {
  toValues: (initiative: Initiative) => TValues;
  toPatch: (values: TValues) => Record<string, unknown>;
  mapPath?: (path: string) => string;
};

/**
 * A form over some fields of an initiative (one tab). It validates and sends the whole initiative
 * as it is now with those fields replaced, with the version it was read at; on a version conflict it
 * offers to reload the latest or to save over it.
 */
export function useSectionForm<TValues extends FieldValues>(
  initiative: Initiative,
  { toValues, toPatch, mapPath }: SectionFormOptions<TValues>,
) {
  const { t, i18n } = useTranslation();
  const { showToast } = useToast();
  const { governmentId } = useGovernment();
  const queryClient = useQueryClient();
  const update = useUpdateInitiative(initiative.id);
  const latest = useRef(initiative);
  latest.current = initiative.version >= latest.current.version ? initiative : latest.current;
  const [submitError, setSubmitError] = useState<unknown>(null);
  const form = useForm<TValues, unknown, InitiativeInput>({
    defaultValues: toValues(initiative) as DefaultValues<TValues>,
    mode: 'onTouched',
    resolver: contractResolver(
      initiativeInputSchema,
      (values: TValues) => ({ ...initiativeToInput(latest.current), ...toPatch(values) }),
      { mapPath },
    ),
  });
  const fetchLatest = async () => {
    latest.current = await queryClient.fetchQuery({
      ...initiativeQueryOptions(governmentId, initiative.id, i18n.language),
      staleTime: 0,
    });
    return latest.current;
  };
  const submit = form.handleSubmit(async (input) => {
    setSubmitError(null);
    try {
      const saved = await update.mutateAsync({ ...input, version: latest.current.version });
      latest.current = saved;
      form.reset(toValues(saved));
      showToast(t('initiatives.saved'));
    } catch (error) {
      applyServerErrors(error, form.setError, mapPath);
      setSubmitError(error);
    }
  });
  const isConflict = isVersionConflict(submitError);
  const alert: ReactNode = (
    <FormAlert
      error={submitError}
      onReload={
        isConflict
          ? async () => {
              form.reset(toValues(await fetchLatest()));
              setSubmitError(null);
            }
          : undefined
      }
      onOverwrite={
        isConflict
          ? async () => {
              await fetchLatest();
              setSubmitError(null);
              await submit();
            }
          : undefined
      }
    />
  );
  return { form, submit, alert };
}

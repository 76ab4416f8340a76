import { useState } from 'react';
import { type DefaultValues, type FieldValues, type UseFormReturn, useForm } from 'react-hook-form';
import type { z } from 'zod';
import { applyServerErrors, contractResolver, isVersionConflict } from './form-errors';

type ContractFormOptions<TValues extends FieldValues, TInput> = {
  defaultValues: DefaultValues<TValues>;
  /** The request contract the values must satisfy before they leave the browser. */
  schema: z.ZodType<TInput>;
  /** Turns the form's string-friendly values into the request body. */
  toInput: (values: TValues) => unknown;
  /** Maps a contract or server path (contacts.0) to the field that shows it (contacts.0.email). */
  mapPath?: (path: string) => string;
  check?: (values: TValues) => Array<{ path: string; message: string }>;
  onSubmit: (input: TInput) => Promise<unknown>;
  /** Offered on a version conflict: fetch the record as it is now, to replace what was typed. */
  onReload?: () => Promise<TValues | undefined>;
  /** Offered on a version conflict: take the newer version and save what was typed over it. */
  onOverwrite?: () => Promise<void>;
};

export type ContractFormAlert = {
  error: unknown;
  onReload?: () => Promise<void>;
  onOverwrite?: () => Promise<void>;
};

type ContractForm<TValues extends FieldValues, TInput> = {
  form: UseFormReturn<TValues, unknown, TInput>;
  submit: () => Promise<void>;
  /** The props of the form's FormAlert: the last failure and, on a conflict, the ways out of it. */
  alert: ContractFormAlert;
};

/**
 * A form validated by its contract that puts the server's field errors under the inputs and keeps
 * the last failure for the alert; on a version conflict the alert offers reload and overwrite.
 */
export function useContractForm<TValues extends FieldValues, TInput>(
  options: ContractFormOptions<TValues, TInput>,
): ContractForm<TValues, TInput> {
  const { defaultValues, schema, toInput, mapPath, check, onSubmit, onReload, onOverwrite } = options;
  const [submitError, setSubmitError] = useState<unknown>(null);
  const form = useForm<TValues, unknown, TInput>({
    defaultValues,
    mode: 'onTouched',
    resolver: contractResolver(schema, toInput, { mapPath, check }),
  });
  const isConflict = isVersionConflict(submitError);

  const submit = form.handleSubmit(async (input) => {
    setSubmitError(null);
    try {
      await onSubmit(input);
    } catch (error) {
      applyServerErrors(error, form.setError, mapPath);
      setSubmitError(error);
    }
  });

  const alert: ContractFormAlert = {
    error: submitError,
    onReload:
      onReload && isConflict
        ? async () => {
            const values = await onReload();
            if (values) form.reset(values);
            setSubmitError(null);
          }
        : undefined,
    onOverwrite:
      onOverwrite && isConflict
        ? async () => {
            await onOverwrite();
            setSubmitError(null);
            await submit();
          }
        : undefined,
  };
  return { form, submit, alert };
}

import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import {
  type ApiTokenCreated,
  apiTokenRoles,
  type CreateApiTokenBody,
  createApiTokenBodySchema,
} from '../../../contracts/api-tokens';
import { applyServerErrors, contractResolver } from '../../lib/form-errors';
import { Select, TextInput } from '../../ui/field';
import { FormAlert } from '../../ui/form-alert';
import { useCreateApiToken } from './use-api-tokens';

type TokenValues = { name: string; role: string; expiresInDays: string };
const emptyValues: TokenValues = { name: '', role: 'viewer', expiresInDays: '90' };
const expiryChoices = ['30', '90', '180', '365'];

/** Names a token, its role (read-only unless chosen) and how long it lives. */
export function ApiTokenForm({ onCreated }: { onCreated: (created: ApiTokenCreated) => void }) {
  const { t } = useTranslation();
  const createToken = useCreateApiToken();
  const [submitError, setSubmitError] = useState<unknown>(null);
  const form = useForm<TokenValues, unknown, CreateApiTokenBody>({
    defaultValues: emptyValues,
    mode: 'onTouched',
    resolver: contractResolver(createApiTokenBodySchema, (values) => ({
      ...values,
      expiresInDays: Number(values.expiresInDays),
    })),
  });
  const { errors, isSubmitting } = form.formState;
  const submit = form.handleSubmit(async (body) => {
    setSubmitError(null);
    try {
      const created = await createToken.mutateAsync(body);
      form.reset(emptyValues);
      onCreated(created);
    } catch (error) {
      if (!applyServerErrors(error, form.setError)) setSubmitError(error);
    }
  });
  return (
    <form className="form" noValidate onSubmit={submit}>
      <FormAlert error={submitError} />
      <p>{t('apiTokens.formIntro')}</p>
      <div className="form-grid">
        <TextInput
          label={t('apiTokens.fields.name')}
          hint={t('apiTokens.hints.name')}
          isRequired
          autoComplete="off"
          error={errors.name}
          {...form.register('name')}
        />
        <Select
          label={t('apiTokens.fields.role')}
          isRequired
          hint={t('apiTokens.hints.role')}
          options={apiTokenRoles.map((role) => ({ value: role, label: t(`apiTokens.roles.${role}`) }))}
          error={errors.role}
          {...form.register('role')}
        />
        <Select
          label={t('apiTokens.fields.expiresIn')}
          isRequired
          options={expiryChoices.map((days) => ({
            value: days,
            label: t('apiTokens.days', { count: Number(days) }),
          }))}
          error={errors.expiresInDays}
          {...form.register('expiresInDays')}
        />
      </div>
      <div className="form-actions">
        <button type="submit" className="button button-primary" disabled={isSubmitting}>
          {isSubmitting ? t('common.working') : t('apiTokens.create')}
        </button>
      </div>
    </form>
  );
}

import { Link } from '@tanstack/react-router';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { type ResetPasswordBody, resetPasswordBodySchema } from '../../../contracts/auth';
import { applyServerErrors, contractResolver, describeError } from '../../lib/form-errors';
import { TextInput } from '../../ui/field';
import { AuthCardLayout } from './auth-card-layout';
import { tokenFromLocation, useResetPassword } from './use-account';

type ResetValues = { password: string; confirmPassword: string };

/** Reached from the reset e-mail: choose a new password; every open session ends. */
export function ResetPasswordPage() {
  const { t } = useTranslation();
  const [token] = useState(tokenFromLocation);
  const reset = useResetPassword();
  const [linkError, setLinkError] = useState<string | null>(null);
  const form = useForm<ResetValues, unknown, ResetPasswordBody>({
    defaultValues: { password: '', confirmPassword: '' },
    resolver: contractResolver(resetPasswordBodySchema, ({ password }) => ({ token, password }), {
      mapPath: (path) => (path === 'token' ? 'root.form' : path),
      check: (values) =>
        values.confirmPassword === values.password
          ? []
          : [{ path: 'confirmPassword', message: t('account.passwordsDiffer') }],
    }),
  });
  const { errors, isSubmitting } = form.formState;
  const submit = form.handleSubmit(async (body) => {
    setLinkError(null);
    try {
      await reset.mutateAsync(body);
    } catch (error) {
      const isFieldError = applyServerErrors(error, form.setError, (field) =>
        field === 'token' ? 'root.form' : field,
      );
      if (!isFieldError) setLinkError(describeError(t, error));
    }
  });

  if (reset.isSuccess) {
    return (
      <AuthCardLayout title={t('account.resetDoneTitle')}>
        <p role="status">{t('account.resetDoneText')}</p>
        <Link to="/sign-in" search={{ redirect: undefined }} className="button button-primary button-block">
          {t('auth.signIn')}
        </Link>
      </AuthCardLayout>
    );
  }
  if (token.length < 20) {
    return (
      <AuthCardLayout title={t('account.resetTitle')}>
        <p className="alert alert-error" role="alert">
          {t('account.linkMissing')}
        </p>
      </AuthCardLayout>
    );
  }
  const formError = errors.root?.form?.message;
  return (
    <AuthCardLayout title={t('account.resetTitle')} intro={t('account.resetIntro')}>
      {linkError || formError ? (
        <div className="alert alert-error" role="alert">
          {formError ?? linkError}
        </div>
      ) : null}
      <form className="form" noValidate onSubmit={submit}>
        <TextInput
          label={t('account.newPassword')}
          type="password"
          autoComplete="new-password"
          isRequired
          hint={t('account.newPasswordHint')}
          error={errors.password}
          {...form.register('password')}
        />
        <TextInput
          label={t('account.confirmPassword')}
          type="password"
          autoComplete="new-password"
          isRequired
          error={errors.confirmPassword}
          {...form.register('confirmPassword')}
        />
        <button type="submit" className="button button-primary button-block" disabled={isSubmitting}>
          {isSubmitting ? t('common.saving') : t('account.resetSubmit')}
        </button>
      </form>
    </AuthCardLayout>
  );
}

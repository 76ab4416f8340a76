import { useNavigate } from '@tanstack/react-router';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { type ChangePasswordBody, changePasswordBodySchema } from '../../../contracts/auth';
import { applyServerErrors, contractResolver } from '../../lib/form-errors';
import { ConfirmDialog } from '../../ui/confirm-dialog';
import { TextInput } from '../../ui/field';
import { FormAlert } from '../../ui/form-alert';
import { DetailItem, PageHeader } from '../../ui/states';
import { useToast } from '../../ui/toast';
import { useSession } from '../auth/use-session';
import { useChangePassword, useSignOutEverywhere } from './use-account';

type PasswordValues = { currentPassword: string; newPassword: string; confirmPassword: string };
const emptyValues: PasswordValues = { currentPassword: '', newPassword: '', confirmPassword: '' };

/** The signed-in person's own account: change the password, end the sessions on other devices. */
export function AccountPage() {
  const { t } = useTranslation();
  const session = useSession();
  const user = session.data?.user;
  return (
    <div className="page">
      <PageHeader title={t('account.title')} description={t('account.description')} />
      {user ? (
        <dl className="detail-grid">
          <DetailItem label={t('account.name')}>{user.name}</DetailItem>
          <DetailItem label={t('account.email')}>{user.email}</DetailItem>
        </dl>
      ) : null}
      <section className="section" aria-labelledby="change-password-title">
        <h2 id="change-password-title">{t('account.changePasswordTitle')}</h2>
        <p>{t('account.passwordAdvice')}</p>
        <ChangePasswordForm />
      </section>
      <section className="section" aria-labelledby="sessions-title">
        <h2 id="sessions-title">{t('account.sessionsTitle')}</h2>
        <p>{t('account.sessionsText')}</p>
        <SignOutEverywhere />
      </section>
    </div>
  );
}

function ChangePasswordForm() {
  const { t } = useTranslation();
  const { showToast } = useToast();
  const changePassword = useChangePassword();
  const [submitError, setSubmitError] = useState<unknown>(null);
  const form = useForm<PasswordValues, unknown, ChangePasswordBody>({
    defaultValues: emptyValues,
    resolver: contractResolver(
      changePasswordBodySchema,
      ({ currentPassword, newPassword }) => ({ currentPassword, newPassword }),
      {
        check: (values) =>
          values.confirmPassword === values.newPassword
            ? []
            : [{ path: 'confirmPassword', message: t('account.passwordsDiffer') }],
      },
    ),
  });
  const { errors, isSubmitting } = form.formState;
  const submit = form.handleSubmit(async (body) => {
    setSubmitError(null);
    try {
      const result = await changePassword.mutateAsync(body);
      showToast(t('account.passwordChanged', { count: result.otherSessionsEnded }));
      form.reset(emptyValues);
    } catch (error) {
      if (!applyServerErrors(error, form.setError)) setSubmitError(error);
    }
  });
  return (
    <form className="form" noValidate onSubmit={submit}>
      <FormAlert error={submitError} />
      <TextInput
        label={t('account.currentPassword')}
        type="password"
        autoComplete="current-password"
        isRequired
        error={errors.currentPassword}
        {...form.register('currentPassword')}
      />
      <TextInput
        label={t('account.newPassword')}
        type="password"
        autoComplete="new-password"
        isRequired
        hint={t('account.newPasswordHint')}
        error={errors.newPassword}
        {...form.register('newPassword')}
      />
      <TextInput
        label={t('account.confirmPassword')}
        type="password"
        autoComplete="new-password"
        isRequired
        error={errors.confirmPassword}
        {...form.register('confirmPassword')}
      />
      <div className="form-actions">
        <button type="submit" className="button button-primary" disabled={isSubmitting}>
          {isSubmitting ? t('common.saving') : t('account.changePassword')}
        </button>
      </div>
    </form>
  );
}

function SignOutEverywhere() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const signOutEverywhere = useSignOutEverywhere();
  const [isConfirming, setIsConfirming] = useState(false);
  return (
    <>
      <button type="button" className="button button-secondary" onClick={() => setIsConfirming(true)}>
        {t('account.signOutEverywhere')}
      </button>
      <ConfirmDialog
        isOpen={isConfirming}
        title={t('account.signOutEverywhereTitle')}
        description={t('account.signOutEverywhereText')}
        confirmLabel={t('account.signOutEverywhere')}
        isDanger
        isPending={signOutEverywhere.isPending}
        onCancel={() => setIsConfirming(false)}
        onConfirm={() =>
          signOutEverywhere.mutate(undefined, {
            onSettled: () => void navigate({ to: '/sign-in', search: { redirect: undefined } }),
          })
        }
      />
    </>
  );
}

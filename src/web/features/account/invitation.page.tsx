import { useNavigate } from '@tanstack/react-router';
import { useEffect, useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { type InvitationPreview, passwordSchema } from '../../../contracts/auth';
import { applyServerErrors, contractResolver, describeError } from '../../lib/form-errors';
import { TextInput } from '../../ui/field';
import { Loading } from '../../ui/states';
import { useSession, useSignIn, useSignOut } from '../auth/use-session';
import { AuthCardLayout } from './auth-card-layout';
import { tokenFromLocation, useAcceptInvitation, usePreviewInvitation } from './use-account';

/**
 * Reached from the invitation e-mail. A person who already has an account signs in as the invited
 * address and accepts; a new person chooses their name and password. Only then are they a member.
 */
export function InvitationPage() {
  const { t } = useTranslation();
  const [token] = useState(tokenFromLocation);
  // Loads the session (and its CSRF token) when the browser has one: accepting must carry it.
  useSession();
  const preview = usePreviewInvitation();
  const { mutate } = preview;
  useEffect(() => {
    if (token.length >= 20) mutate(token);
  }, [token, mutate]);

  if (token.length < 20 || preview.isError) {
    return (
      <AuthCardLayout title={t('invitation.title')}>
        <p className="alert alert-error" role="alert">
          {preview.isError ? describeError(t, preview.error) : t('account.linkMissing')}
        </p>
      </AuthCardLayout>
    );
  }
  if (!preview.data) {
    return (
      <AuthCardLayout title={t('invitation.title')}>
        <Loading />
      </AuthCardLayout>
    );
  }
  const invitation = preview.data;
  return (
    <AuthCardLayout
      title={t('invitation.title')}
      intro={t('invitation.intro', {
        government: invitation.governmentName,
        role: t(`roles.${invitation.role}`),
        email: invitation.email,
      })}
    >
      {invitation.hasAccount ? (
        <ExistingAccount token={token} invitation={invitation} />
      ) : (
        <NewAccount token={token} />
      )}
    </AuthCardLayout>
  );
}

function useAfterAccept() {
  const navigate = useNavigate();
  return () => void navigate({ to: '/' });
}

function ExistingAccount({ token, invitation }: { token: string; invitation: InvitationPreview }) {
  const { t } = useTranslation();
  const session = useSession();
  const signIn = useSignIn();
  const signOut = useSignOut();
  const accept = useAcceptInvitation();
  const done = useAfterAccept();
  const [password, setPassword] = useState('');
  const signedInEmail = session.data?.user.email.toLowerCase();
  const error = signIn.error ?? accept.error;

  if (signedInEmail && signedInEmail !== invitation.email) {
    return (
      <>
        <p className="alert alert-info">{t('invitation.otherAccount', { email: signedInEmail })}</p>
        <button
          type="button"
          className="button button-secondary button-block"
          onClick={() => signOut.mutate()}
        >
          {t('auth.signOut')}
        </button>
      </>
    );
  }
  const acceptNow = () => accept.mutate({ token }, { onSuccess: done });
  return (
    <form
      className="form"
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        if (signedInEmail) acceptNow();
        else signIn.mutate({ email: invitation.email, password }, { onSuccess: acceptNow });
      }}
    >
      {error ? (
        <div className="alert alert-error" role="alert">
          {describeError(t, error)}
        </div>
      ) : null}
      {signedInEmail ? (
        <p>{t('invitation.signedInAs', { email: signedInEmail })}</p>
      ) : (
        <>
          <p>{t('invitation.signInToAccept')}</p>
          <TextInput
            label={t('auth.password')}
            type="password"
            autoComplete="current-password"
            isRequired
            value={password}
            onChange={(event) => setPassword(event.target.value)}
          />
        </>
      )}
      <button
        type="submit"
        className="button button-primary button-block"
        disabled={signIn.isPending || accept.isPending}
      >
        {signIn.isPending || accept.isPending ? t('common.working') : t('invitation.accept')}
      </button>
    </form>
  );
}

const newAccountSchema = z.object({
  name: z.string().trim().min(1, { message: 'validation.required' }).max(200),
  password: passwordSchema,
});
type NewAccountValues = { name: string; password: string; confirmPassword: string };

function NewAccount({ token }: { token: string }) {
  const { t } = useTranslation();
  const accept = useAcceptInvitation();
  const done = useAfterAccept();
  const [submitError, setSubmitError] = useState<unknown>(null);
  const form = useForm<NewAccountValues, unknown, z.infer<typeof newAccountSchema>>({
    defaultValues: { name: '', password: '', confirmPassword: '' },
    resolver: contractResolver(newAccountSchema, ({ name, password }) => ({ name, password }), {
      check: (values) =>
        values.confirmPassword === values.password
          ? []
          : [{ path: 'confirmPassword', message: t('account.passwordsDiffer') }],
    }),
  });
  const { errors, isSubmitting } = form.formState;
  const submit = form.handleSubmit(async (body) => {
    setSubmitError(null);
    try {
      await accept.mutateAsync({ token, ...body });
      done();
    } catch (error) {
      if (!applyServerErrors(error, form.setError)) setSubmitError(error);
    }
  });
  return (
    <form className="form" noValidate onSubmit={submit}>
      {submitError ? (
        <div className="alert alert-error" role="alert">
          {describeError(t, submitError)}
        </div>
      ) : null}
      <p>{t('invitation.newAccount')}</p>
      <TextInput
        label={t('account.name')}
        autoComplete="name"
        isRequired
        error={errors.name}
        {...form.register('name')}
      />
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
        {isSubmitting ? t('common.working') : t('invitation.createAndAccept')}
      </button>
    </form>
  );
}

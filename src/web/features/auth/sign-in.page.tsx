import { getRouteApi, useNavigate } from '@tanstack/react-router';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { type SignInBody, signInBodySchema } from '../../../contracts/auth';
import { contractResolver, describeError } from '../../lib/form-errors';
import { TextInput } from '../../ui/field';
import { LanguageSwitcher } from '../shell/language-switcher';
import { useSignIn } from './use-session';

const routeApi = getRouteApi('/sign-in');

type SignInValues = { email: string; password: string };

export function SignInPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { redirect } = routeApi.useSearch();
  const signIn = useSignIn();
  const form = useForm<SignInValues, unknown, SignInBody>({
    defaultValues: { email: '', password: '' },
    resolver: contractResolver(signInBodySchema, (values) => values),
  });
  const { errors } = form.formState;

  const onSubmit = form.handleSubmit((body) => {
    signIn.mutate(body, {
      onSuccess: () => {
        const target = redirect?.startsWith('/') && !redirect.startsWith('/sign-in') ? redirect : '/';
        void navigate({ to: target });
      },
    });
  });

  return (
    <div className="auth-layout">
      <header className="auth-header">
        <p className="brand">Vínculo</p>
        <LanguageSwitcher />
      </header>
      <main id="main" className="auth-main">
        <div className="auth-card">
          <h1>{t('auth.signInTitle')}</h1>
          <p className="page-description">{t('auth.signInIntro')}</p>
          {signIn.isError ? (
            <div className="alert alert-error" role="alert">
              {describeError(t, signIn.error)}
            </div>
          ) : null}
          <form onSubmit={onSubmit} noValidate className="form">
            <TextInput
              label={t('auth.email')}
              type="email"
              autoComplete="username"
              isRequired
              error={errors.email}
              {...form.register('email')}
            />
            <TextInput
              label={t('auth.password')}
              type="password"
              autoComplete="current-password"
              isRequired
              error={errors.password}
              {...form.register('password')}
            />
            <button type="submit" className="button button-primary button-block" disabled={signIn.isPending}>
              {signIn.isPending ? t('auth.signingIn') : t('auth.signIn')}
            </button>
          </form>
        </div>
      </main>
    </div>
  );
}

import '../../i18n/areas/account';
import '../../i18n/areas/auth';
import '../../i18n/areas/sign-in';
import { useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useEffect, useRef, useState } from 'react';
import { Link, Navigate, useNavigate, useSearchParams } from 'react-router';
import { isApiError } from '../../api/client';
import { signIn } from '../../api/endpoints';
import { startSsoSignIn } from '../../api/identity-providers';
import { queryKeys, useMe } from '../../api/queries';
import { ErrorSummary, type FormError, TextInput, useFormErrors } from '../../components/form';
import { PageHeading, useDocumentTitle } from '../../components/page-heading';
import { safeReturnPath } from '../../components/require-auth';
import { useTranslation } from '../../i18n';
import { EMAIL_PATTERN, generalAuthError } from './auth-errors';
import { ssoErrorMessage, ssoStartError, useSsoProviderOf } from './sso';

const FIELD = { email: 'sign-in-email', password: 'sign-in-password' } as const;

export function SignInPage() {
  const { t } = useTranslation();
  const me = useMe();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const [params] = useSearchParams();
  const back = safeReturnPath(params.get('tillbaka'));
  const errors = useFormErrors();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [isBusy, setBusy] = useState(false);
  // An address whose domain has an identity provider signs in there, not with a password.
  const provider = useSsoProviderOf(email);
  // Back from the identity provider with an error: say what happened, once.
  const returnedError = params.get('error');
  const shownReturn = useRef(false);
  useEffect(() => {
    if (!returnedError || shownReturn.current) return;
    shownReturn.current = true;
    errors.show([
      { message: ssoErrorMessage(t, returnedError, params.get('error_description') ?? '') },
    ]);
  }, [returnedError, params, errors, t]);
  useDocumentTitle([
    errors.errors.length > 0 ? t('form.errorTitlePrefix') : undefined,
    t('signIn.title'),
  ]);

  if (me.data && !isBusy) return <Navigate to={back} replace />;

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    if (isBusy) return;
    const problems: FormError[] = [];
    if (!email.trim()) problems.push({ fieldId: FIELD.email, message: t('auth.emailMissing') });
    else if (!EMAIL_PATTERN.test(email.trim())) {
      problems.push({ fieldId: FIELD.email, message: t('auth.emailInvalid') });
    }
    if (!provider && !password) {
      problems.push({ fieldId: FIELD.password, message: t('auth.passwordMissing') });
    }
    if (problems.length > 0) return errors.show(problems);
    setBusy(true);
    if (provider) {
      try {
        const { url } = await startSsoSignIn(email.trim(), back);
        window.location.assign(url);
      } catch (error) {
        setBusy(false);
        errors.show([{ message: ssoStartError(t, error) }]);
      }
      return;
    }
    try {
      await signIn({ email: email.trim(), password });
      await queryClient.invalidateQueries({ queryKey: queryKeys.me });
      navigate(back, { replace: true });
    } catch (error) {
      setBusy(false);
      if (isApiError(error, 'INVALID_CREDENTIALS') || isApiError(error, 'VALIDATION_FAILED')) {
        errors.show([{ fieldId: FIELD.email, message: t('signIn.invalidCredentials') }]);
      } else {
        errors.show([generalAuthError(t, error)]);
      }
    }
  }

  return (
    <div className="container narrow">
      <PageHeading>{t('signIn.title')}</PageHeading>
      <form className="form" noValidate onSubmit={onSubmit}>
        <ErrorSummary errors={errors.errors} focusKey={errors.focusKey} />
        <TextInput
          id={FIELD.email}
          type="email"
          label={t('auth.email')}
          error={errors.of(FIELD.email)}
          value={email}
          onValueChange={setEmail}
          autoComplete="email"
          spellCheck={false}
        />
        {provider ? (
          <p className="notice" role="status">
            {t('signIn.sso.intro', { provider: provider.displayName })}
          </p>
        ) : (
          <TextInput
            id={FIELD.password}
            type="password"
            label={t('auth.password')}
            error={errors.of(FIELD.password)}
            value={password}
            onValueChange={setPassword}
            autoComplete="current-password"
          />
        )}
        <button type="submit" className="button" disabled={isBusy && provider !== null}>
          {provider
            ? t('signIn.sso.submit', { provider: provider.displayName })
            : t('signIn.submit')}
        </button>
      </form>
      <p>
        <Link to="/glomt-losenord">{t('account.forgotLink')}</Link>
      </p>
      <p>
        {t('signIn.noAccount')}{' '}
        <Link to={`/skapa-konto${back !== '/' ? `?tillbaka=${encodeURIComponent(back)}` : ''}`}>
          {t('signIn.createAccount')}
        </Link>
      </p>
    </div>
  );
}

export { SignInPage as Component };

import '../../i18n/areas/account';
import '../../i18n/areas/sign-up';
import { type FormEvent, useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { isApiError } from '../../api/client';
import { confirmPasswordReset } from '../../api/endpoints';
import { ErrorSummary, TextInput, useFormErrors } from '../../components/form';
import { PageHeading, useDocumentTitle } from '../../components/page-heading';
import { useTranslation } from '../../i18n';
import { generalAuthError } from '../auth/auth-errors';

const FIELD = { password: 'new-password' } as const;
const MIN = 10;

/** /nytt-losenord?token=…: the page the reset e-mail links to. */
export function NewPasswordPage() {
  const { t } = useTranslation();
  const [params] = useSearchParams();
  const token = params.get('token') ?? '';
  const errors = useFormErrors();
  const [password, setPassword] = useState('');
  const [state, setState] = useState<'form' | 'done' | 'invalid'>(token ? 'form' : 'invalid');
  const [isBusy, setBusy] = useState(false);
  useDocumentTitle([
    errors.errors.length > 0 ? t('form.errorTitlePrefix') : undefined,
    t('account.reset.title'),
  ]);

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    if (isBusy) return;
    if (!password) {
      return errors.show([{ fieldId: FIELD.password, message: t('signUp.passwordMissing') }]);
    }
    if (password.length < MIN) {
      return errors.show([
        { fieldId: FIELD.password, message: t('signUp.passwordTooShort', { min: MIN }) },
      ]);
    }
    setBusy(true);
    try {
      await confirmPasswordReset(token, password);
      setState('done');
    } catch (error) {
      if (isApiError(error, 'RESET_TOKEN_INVALID')) setState('invalid');
      else errors.show([generalAuthError(t, error)]);
    } finally {
      setBusy(false);
    }
  }

  return (
    <div className="container narrow">
      <PageHeading>{t('account.reset.title')}</PageHeading>
      {state === 'done' ? (
        <>
          <p className="notice" role="status">
            {t('account.reset.done')}
          </p>
          <p>
            <Link to="/logga-in">{t('account.reset.signIn')}</Link>
          </p>
        </>
      ) : state === 'invalid' ? (
        <>
          <p className="notice" role="alert">
            {token ? t('account.reset.invalid') : t('account.reset.missingToken')}
          </p>
          <p>
            <Link to="/glomt-losenord">{t('account.reset.askAgain')}</Link>
          </p>
        </>
      ) : (
        <form className="form" noValidate onSubmit={onSubmit}>
          <ErrorSummary errors={errors.errors} focusKey={errors.focusKey} />
          <TextInput
            id={FIELD.password}
            type="password"
            label={t('account.reset.password')}
            hint={t('signUp.passwordHint', { min: MIN })}
            error={errors.of(FIELD.password)}
            value={password}
            onValueChange={setPassword}
            autoComplete="new-password"
          />
          <button type="submit" className="button" disabled={isBusy}>
            {t('account.reset.submit')}
          </button>
        </form>
      )}
    </div>
  );
}

export { NewPasswordPage as Component };

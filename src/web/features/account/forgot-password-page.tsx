import '../../i18n/areas/account';
import '../../i18n/areas/auth';
import { type FormEvent, useState } from 'react';
import { requestPasswordReset } from '../../api/endpoints';
import { ErrorSummary, type FormError, TextInput, useFormErrors } from '../../components/form';
import { PageHeading, useDocumentTitle } from '../../components/page-heading';
import { useTranslation } from '../../i18n';
import { EMAIL_PATTERN, generalAuthError } from '../auth/auth-errors';

const FIELD = { email: 'forgot-email' } as const;

/** /glomt-losenord: ask for a reset link. The answer is the same whether or not the address has an account. */
export function ForgotPasswordPage() {
  const { t } = useTranslation();
  const errors = useFormErrors();
  const [email, setEmail] = useState('');
  const [sentTo, setSentTo] = useState<string | null>(null);
  const [isBusy, setBusy] = useState(false);
  useDocumentTitle([
    errors.errors.length > 0 ? t('form.errorTitlePrefix') : undefined,
    t('account.forgot.title'),
  ]);

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    if (isBusy) return;
    const problems: FormError[] = [];
    if (!email.trim()) problems.push({ fieldId: FIELD.email, message: t('auth.emailMissing') });
    else if (!EMAIL_PATTERN.test(email.trim())) {
      problems.push({ fieldId: FIELD.email, message: t('auth.emailInvalid') });
    }
    if (problems.length > 0) return errors.show(problems);
    setBusy(true);
    try {
      await requestPasswordReset(email.trim());
      setSentTo(email.trim());
    } catch (error) {
      errors.show([generalAuthError(t, error)]);
    } finally {
      setBusy(false);
    }
  }

  return (
    <div className="container narrow">
      <PageHeading>{t('account.forgot.title')}</PageHeading>
      {sentTo ? (
        <p className="notice" role="status">
          {t('account.forgot.sent', { email: sentTo })}
        </p>
      ) : (
        <>
          <p>{t('account.forgot.intro')}</p>
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
            <button type="submit" className="button" disabled={isBusy}>
              {t('account.forgot.submit')}
            </button>
          </form>
        </>
      )}
    </div>
  );
}

export { ForgotPasswordPage as Component };

import '../../i18n/areas/auth';
import '../../i18n/areas/sign-up';
import { useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { Link, Navigate, useNavigate, useSearchParams } from 'react-router';
import { isApiError } from '../../api/client';
import { signUp } from '../../api/endpoints';
import { queryKeys, useMe } from '../../api/queries';
import { ErrorSummary, type FormError, TextInput, useFormErrors } from '../../components/form';
import { PageHeading, useDocumentTitle } from '../../components/page-heading';
import { PersonalDataNotice, usePersonalDataGuard } from '../../components/personal-data-notice';
import { safeReturnPath } from '../../components/require-auth';
import { useTranslation } from '../../i18n';
import { EMAIL_PATTERN, generalAuthError } from './auth-errors';

const FIELD = {
  name: 'sign-up-name',
  email: 'sign-up-email',
  password: 'sign-up-password',
} as const;
const MIN_PASSWORD = 10;

export function SignUpPage() {
  const { t } = useTranslation();
  const me = useMe();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const [params] = useSearchParams();
  const back = safeReturnPath(params.get('tillbaka'));
  const errors = useFormErrors();
  const guard = usePersonalDataGuard();
  const [name, setName] = useState('');
  // From an invitation: the invited address, which the invitation is for.
  const [email, setEmail] = useState(params.get('epost') ?? '');
  const [password, setPassword] = useState('');
  const [isBusy, setBusy] = useState(false);
  useDocumentTitle([
    errors.errors.length > 0 ? t('form.errorTitlePrefix') : undefined,
    t('signUp.title'),
  ]);

  if (me.data && !isBusy) return <Navigate to={back} replace />;

  function validate(): FormError[] {
    const problems: FormError[] = [];
    if (!name.trim()) problems.push({ fieldId: FIELD.name, message: t('signUp.nameMissing') });
    if (!email.trim()) problems.push({ fieldId: FIELD.email, message: t('auth.emailMissing') });
    else if (!EMAIL_PATTERN.test(email.trim())) {
      problems.push({ fieldId: FIELD.email, message: t('auth.emailInvalid') });
    }
    if (!password) problems.push({ fieldId: FIELD.password, message: t('signUp.passwordMissing') });
    else if (password.length < MIN_PASSWORD) {
      problems.push({
        fieldId: FIELD.password,
        message: t('signUp.passwordTooShort', { min: MIN_PASSWORD }),
      });
    }
    return problems;
  }

  async function save(acknowledgePersonalData: boolean) {
    if (isBusy) return;
    const problems = validate();
    if (problems.length > 0) return errors.show(problems);
    setBusy(true);
    try {
      await signUp({
        name: name.trim(),
        email: email.trim(),
        password,
        ...(acknowledgePersonalData ? { acknowledgePersonalData } : {}),
      });
      guard.clear();
      await queryClient.invalidateQueries({ queryKey: queryKeys.me });
      navigate(back, { replace: true });
    } catch (error) {
      setBusy(false);
      if (guard.catch(error)) return errors.clear();
      guard.clear();
      if (isApiError(error, 'EMAIL_TAKEN')) {
        errors.show([{ fieldId: FIELD.email, message: t('signUp.emailTaken') }]);
      } else if (isApiError(error, 'CONFLICT')) {
        const { provider = '' } = (error.details ?? {}) as { provider?: string };
        errors.show([{ fieldId: FIELD.email, message: t('signUp.ssoRequired', { provider }) }]);
      } else if (isApiError(error, 'VALIDATION_FAILED') && error.fieldErrors.length > 0) {
        errors.show(
          error.fieldErrors.map((f) => {
            if (f.field === 'name')
              return { fieldId: FIELD.name, message: t('signUp.nameInvalid') };
            if (f.field === 'password') {
              return {
                fieldId: FIELD.password,
                message: t('signUp.passwordTooShort', { min: MIN_PASSWORD }),
              };
            }
            return { fieldId: FIELD.email, message: t('auth.emailInvalid') };
          }),
        );
      } else {
        errors.show([generalAuthError(t, error)]);
      }
    }
  }

  function onSubmit(event: FormEvent) {
    event.preventDefault();
    void save(false);
  }

  return (
    <div className="container narrow">
      <PageHeading>{t('signUp.title')}</PageHeading>
      <p>{t('signUp.intro')}</p>
      <form className="form" noValidate onSubmit={onSubmit}>
        <ErrorSummary errors={errors.errors} focusKey={errors.focusKey} />
        <PersonalDataNotice
          guard={guard}
          textOf={() => name.trim()}
          labelOf={() => t('signUp.name')}
          fieldIdOf={() => FIELD.name}
          onAcknowledge={() => void save(true)}
          isBusy={isBusy}
          headingLevel={2}
        />
        <TextInput
          id={FIELD.name}
          label={t('signUp.name')}
          hint={t('signUp.nameHint')}
          error={errors.of(FIELD.name)}
          value={name}
          onValueChange={(value) => {
            // An acknowledgement covers only the name the person saw flagged.
            guard.clear();
            setName(value);
          }}
          autoComplete="name"
        />
        <TextInput
          id={FIELD.email}
          type="email"
          label={t('auth.email')}
          hint={t('signUp.emailHint')}
          error={errors.of(FIELD.email)}
          value={email}
          onValueChange={setEmail}
          autoComplete="email"
          spellCheck={false}
        />
        <TextInput
          id={FIELD.password}
          type="password"
          label={t('auth.password')}
          hint={t('signUp.passwordHint', { min: MIN_PASSWORD })}
          error={errors.of(FIELD.password)}
          value={password}
          onValueChange={setPassword}
          autoComplete="new-password"
        />
        <button type="submit" className="button">
          {t('signUp.submit')}
        </button>
      </form>
      <p>
        {t('signUp.haveAccount')}{' '}
        <Link to={`/logga-in${back !== '/' ? `?tillbaka=${encodeURIComponent(back)}` : ''}`}>
          {t('signUp.signIn')}
        </Link>
      </p>
    </div>
  );
}

export { SignUpPage as Component };

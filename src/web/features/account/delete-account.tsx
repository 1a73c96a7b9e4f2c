import '../../i18n/areas/account';
import '../../i18n/areas/auth';
import { useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useEffect, useRef, useState } from 'react';
import { useSearchParams } from 'react-router';
import { isApiError } from '../../api/client';
import { deleteMyAccount } from '../../api/endpoints';
import { startSsoReauth, useReauthMethod } from '../../api/identity-providers';
import { ErrorSummary, type FormError, TextInput, useFormErrors } from '../../components/form';
import { useTranslation } from '../../i18n';
import { generalAuthError } from '../auth/auth-errors';

const FIELD = { email: 'delete-email', password: 'delete-password' } as const;
/** The typed address, kept while the person is away at their identity provider. */
const SAVED_EMAIL = 'samrutin.delete-account.email';

/**
 * Deleting one's own account, confirmed with the password, or for an account without one
 * (single sign-on) with a fresh login at the identity provider: the provider sends the person
 * back to /konto with `?reauth=<id>`, and the second press deletes.
 */
export function DeleteAccount({ email: ownEmail }: { email: string }) {
  const { t } = useTranslation();
  const errors = useFormErrors();
  const queryClient = useQueryClient();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [isBusy, setBusy] = useState(false);
  const [reauthId, setReauthId] = useState<string | null>(null);
  const reauthMethod = useReauthMethod();
  const provider = reauthMethod.data?.method === 'sso' ? reauthMethod.data.providerName : null;
  const [params, setParams] = useSearchParams();

  // Back from the identity provider: the address as it was typed, and the login to use.
  const returnedWith = params.get('reauth');
  const returnedError = params.get('error');
  const handledReturn = useRef(false);
  useEffect(() => {
    if ((!returnedWith && !returnedError) || handledReturn.current) return;
    handledReturn.current = true;
    setEmail(sessionStorage.getItem(SAVED_EMAIL) ?? '');
    sessionStorage.removeItem(SAVED_EMAIL);
    if (returnedWith) setReauthId(returnedWith);
    else errors.show([{ message: t('account.page.reauthCancelled') }]);
    setParams(
      (current) => {
        current.delete('reauth');
        current.delete('error');
        current.delete('error_description');
        return current;
      },
      { replace: true },
    );
  }, [returnedWith, returnedError, setParams, errors, t]);

  async function goToProvider() {
    sessionStorage.setItem(SAVED_EMAIL, email.trim());
    setBusy(true);
    try {
      const { url } = await startSsoReauth('/konto');
      window.location.assign(url);
    } catch {
      setBusy(false);
      errors.show([{ message: t('account.page.reauthUnavailable') }]);
    }
  }

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    if (isBusy) return;
    const problems: FormError[] = [];
    if (email.trim().toLowerCase() !== ownEmail.toLowerCase()) {
      problems.push({ fieldId: FIELD.email, message: t('account.page.emailMismatch') });
    }
    if (!provider && !password) {
      problems.push({ fieldId: FIELD.password, message: t('auth.passwordMissing') });
    }
    if (problems.length > 0) return errors.show(problems);
    if (provider && !reauthId) return goToProvider();
    setBusy(true);
    try {
      await deleteMyAccount(
        provider && reauthId
          ? { email: email.trim(), reauthId }
          : { email: email.trim(), password },
      );
      // A full load of the start page: nothing of the account stays in memory, and no signed-in
      // page still on screen can race the navigation with its own "sign in" redirect.
      queryClient.clear();
      window.location.assign('/');
    } catch (error) {
      setBusy(false);
      if (isApiError(error, 'INVALID_CREDENTIALS')) {
        errors.show([{ fieldId: FIELD.password, message: t('account.page.wrongPassword') }]);
      } else if (isApiError(error, 'REAUTHENTICATION_REQUIRED')) {
        setReauthId(null);
        errors.show([{ message: t('account.page.reauthExpired', { provider: provider ?? '' }) }]);
      } else if (isApiError(error, 'LAST_COORDINATOR')) {
        const details = error.details as
          | { collaborations?: { name: string }[]; regions?: { name: string }[] }
          | undefined;
        const quote = (list?: { name: string }[]) =>
          (list ?? []).map((c) => `”${c.name}”`).join(', ');
        const names = quote(details?.collaborations);
        const regions = quote(details?.regions);
        errors.show([
          ...(names ? [{ message: t('account.page.lastCoordinator', { names }) }] : []),
          ...(regions
            ? [{ message: t('account.page.lastRegionCoordinator', { names: regions }) }]
            : []),
        ]);
      } else {
        errors.show([generalAuthError(t, error)]);
      }
    }
  }

  return (
    <section aria-labelledby="delete-title">
      <h2 id="delete-title">{t('account.page.deleteTitle')}</h2>
      <p>{t('account.page.deleteIntro')}</p>
      <ul className="list-bullet">
        <li>{t('account.page.deleteMemberships')}</li>
        <li>{t('account.page.deleteComments')}</li>
        <li>{t('account.page.deleteSignOffs')}</li>
      </ul>
      <p>
        <strong>{t('account.page.deleteFinal')}</strong>
      </p>
      <form className="form" noValidate onSubmit={onSubmit}>
        <ErrorSummary errors={errors.errors} focusKey={errors.focusKey} />
        <TextInput
          id={FIELD.email}
          type="email"
          label={t('account.page.confirmEmail')}
          error={errors.of(FIELD.email)}
          value={email}
          onValueChange={setEmail}
          autoComplete="off"
          spellCheck={false}
        />
        {reauthMethod.isPending ? null : provider ? (
          // Nothing until the method is known: a password field must not flash for an SSO account.
          <p className={reauthId ? 'notice notice--success' : 'notice'} role="status">
            {reauthId
              ? t('account.page.reauthDone', { provider })
              : t('account.page.reauthNeeded', { provider })}
          </p>
        ) : (
          <TextInput
            id={FIELD.password}
            type="password"
            label={t('account.page.confirmPassword')}
            error={errors.of(FIELD.password)}
            value={password}
            onValueChange={setPassword}
            autoComplete="current-password"
          />
        )}
        <button
          type="submit"
          className="button button--destructive"
          disabled={isBusy || reauthMethod.isPending}
        >
          {provider && !reauthId
            ? t('account.page.deleteWithProvider', { provider })
            : t('account.page.deleteSubmit')}
        </button>
      </form>
    </section>
  );
}

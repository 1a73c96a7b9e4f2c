import { useQuery, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../api/client';
import { deleteMyAccount, endOtherSessions, listMySessions } from '../../api/endpoints';
import { useMe } from '../../api/queries';
import { ErrorSummary, type FormError, TextInput, useFormErrors } from '../../components/form';
import { PageHeading, useDocumentTitle } from '../../components/page-heading';
import { useFormatDate, useFormatTime } from '../../components/use-format';
import { generalAuthError } from '../auth/auth-errors';

const FIELD = { email: 'delete-email', password: 'delete-password' } as const;

/** A readable name for a browser from its user agent ("Firefox on Windows"); the raw string otherwise. */
function deviceName(userAgent: string | null): string | null {
  if (!userAgent) return null;
  const browser = /Edg\//.test(userAgent)
    ? 'Edge'
    : /Firefox\//.test(userAgent)
      ? 'Firefox'
      : /Chrom(e|ium)\//.test(userAgent)
        ? 'Chrome'
        : /Safari\//.test(userAgent)
          ? 'Safari'
          : null;
  const system = /Windows/.test(userAgent)
    ? 'Windows'
    : /Android/.test(userAgent)
      ? 'Android'
      : /iPhone|iPad/.test(userAgent)
        ? 'iOS'
        : /Mac OS X/.test(userAgent)
          ? 'macOS'
          : /Linux/.test(userAgent)
            ? 'Linux'
            : null;
  return browser ? `${browser}${system ? ` · ${system}` : ''}` : userAgent.slice(0, 60);
}

function Sessions() {
  const { t } = useTranslation();
  const formatDate = useFormatDate();
  const formatTime = useFormatTime();
  const sessions = useQuery({ queryKey: ['me', 'sessions'], queryFn: listMySessions });
  const [message, setMessage] = useState<string | null>(null);
  const [isBusy, setBusy] = useState(false);
  const statusRef = useRef<HTMLParagraphElement>(null);
  const list = sessions.data?.sessions ?? [];
  return (
    <section aria-labelledby="sessions-title">
      <h2 id="sessions-title">{t('account.page.sessionsTitle')}</h2>
      <p>{t('account.page.sessionsIntro')}</p>
      <ul className="card-list">
        {list.map((s) => (
          <li key={s.id} className="card">
            <strong>{deviceName(s.userAgent) ?? t('account.page.unknownDevice')}</strong>
            {s.current ? ` (${t('account.page.thisDevice')})` : null}
            <br />
            {t('account.page.lastUsed', {
              when: `${formatDate(s.lastUsedAt)} ${formatTime(new Date(s.lastUsedAt))}`,
            })}
          </li>
        ))}
      </ul>
      {/* Focus comes here once the others are ended: the button goes away with them. */}
      <p role="status" tabIndex={-1} ref={statusRef}>
        {message}
      </p>
      {list.length > 1 ? (
        <button
          type="button"
          className="button button--secondary"
          aria-disabled={isBusy || undefined}
          onClick={async () => {
            if (isBusy) return;
            setBusy(true);
            setMessage(null);
            try {
              await endOtherSessions();
              setMessage(t('account.page.othersEnded'));
              await sessions.refetch();
              statusRef.current?.focus();
            } catch {
              setMessage(t('account.page.othersNotEnded'));
            } finally {
              setBusy(false);
            }
          }}
        >
          {t('account.page.endOthers')}
        </button>
      ) : sessions.data ? (
        <p>{t('account.page.onlyThis')}</p>
      ) : null}
    </section>
  );
}

function DeleteAccount({ email: ownEmail }: { email: string }) {
  const { t } = useTranslation();
  const errors = useFormErrors();
  const queryClient = useQueryClient();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [isBusy, setBusy] = useState(false);

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    if (isBusy) return;
    const problems: FormError[] = [];
    if (email.trim().toLowerCase() !== ownEmail.toLowerCase()) {
      problems.push({ fieldId: FIELD.email, message: t('account.page.emailMismatch') });
    }
    if (!password) problems.push({ fieldId: FIELD.password, message: t('auth.passwordMissing') });
    if (problems.length > 0) return errors.show(problems);
    setBusy(true);
    try {
      await deleteMyAccount({ email: email.trim(), password });
      // A full load of the start page: nothing of the account stays in memory, and no signed-in
      // page still on screen can race the navigation with its own "sign in" redirect.
      queryClient.clear();
      window.location.assign('/');
    } catch (error) {
      setBusy(false);
      if (isApiError(error, 'INVALID_CREDENTIALS')) {
        errors.show([{ fieldId: FIELD.password, message: t('account.page.wrongPassword') }]);
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
        <TextInput
          id={FIELD.password}
          type="password"
          label={t('account.page.confirmPassword')}
          error={errors.of(FIELD.password)}
          value={password}
          onValueChange={setPassword}
          autoComplete="current-password"
        />
        <button type="submit" className="button button--destructive" disabled={isBusy}>
          {t('account.page.deleteSubmit')}
        </button>
      </form>
    </section>
  );
}

/** /konto: my sign-ins, my data, deleting my account. */
export function AccountPage() {
  const { t } = useTranslation();
  const me = useMe();
  useDocumentTitle([t('account.page.title')]);
  if (!me.data) return null;
  return (
    <div className="container narrow">
      <PageHeading>{t('account.page.title')}</PageHeading>
      <Sessions />
      <section aria-labelledby="data-title">
        <h2 id="data-title">{t('account.page.dataTitle')}</h2>
        <p>{t('account.page.dataIntro')}</p>
        <p>
          <a className="button button--secondary" href="/api/me/export" download>
            {t('account.page.download')}
          </a>
        </p>
      </section>
      <DeleteAccount email={me.data.email} />
    </div>
  );
}

export { AccountPage as Component };

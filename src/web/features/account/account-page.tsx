import '../../i18n/areas/account';
import { useQuery } from '@tanstack/react-query';
import { useRef, useState } from 'react';
import { endOtherSessions, listMySessions } from '../../api/endpoints';
import { useReauthMethod } from '../../api/identity-providers';
import { useMe } from '../../api/queries';
import { PageHeading, useDocumentTitle } from '../../components/page-heading';
import { useFormatDate, useFormatTime } from '../../components/use-format';
import { useTranslation } from '../../i18n';
import { DeleteAccount } from './delete-account';

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
  // An account made by single sign-on has no password here to change.
  const reauth = useReauthMethod();
  const provider = reauth.data?.method === 'sso' ? reauth.data.providerName : null;
  return (
    <section aria-labelledby="sessions-title">
      <h2 id="sessions-title">{t('account.page.sessionsTitle')}</h2>
      <p>
        {provider
          ? t('account.page.sessionsIntroSso', { provider })
          : t('account.page.sessionsIntro')}
      </p>
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

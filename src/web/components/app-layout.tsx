import { useQueryClient } from '@tanstack/react-query';
import { Suspense, useState } from 'react';
import { Link, Outlet, useLocation, useNavigate, useNavigation } from 'react-router';
import { signOut } from '../api/endpoints';
import { useMyNotifications } from '../api/notifications';
import { queryKeys, useMe } from '../api/queries';
import { useTranslation } from '../i18n';
import { AnnouncerProvider } from './announcer';
import { EmailVerificationBanner } from './email-verification';
import { LanguageSwitch } from './language-switch';
import { Loading } from './loading';
import { rememberInitialLocation } from './page-heading';
import { SavedNoticeProvider } from './saved-notice';
import { UnsavedChangesGuard } from './unsaved-changes';

function SignOutButton() {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const [isBusy, setBusy] = useState(false);
  return (
    <button
      type="button"
      className="header-button"
      disabled={isBusy}
      onClick={async () => {
        setBusy(true);
        try {
          await signOut();
        } catch {
          // Signing out of a session that already ended is still signed out.
        }
        // Forget everything of this user; keep the `me` query itself so the pages watching it
        // re-render as signed out.
        queryClient.setQueryData(queryKeys.me, null);
        queryClient.removeQueries({ predicate: (query) => query.queryKey[0] !== 'me' });
        setBusy(false);
        navigate('/');
      }}
    >
      {t('header.signOut')}
    </button>
  );
}

/** Påminnelser, with the number of unread notices. */
function RemindersLink() {
  const { t } = useTranslation();
  const mine = useMyNotifications();
  const unread = mine.data?.unread ?? 0;
  return (
    <Link to="/installningar" className="header-button">
      {unread > 0 ? t('header.remindersUnread', { count: unread }) : t('header.reminders')}
    </Link>
  );
}

function Header() {
  const { t } = useTranslation();
  const me = useMe();
  return (
    <header className="site-header">
      <div className="container site-header__inner">
        <Link to="/" className="site-header__brand">
          <span className="site-header__logo" aria-hidden="true" />
          <span>Samrutin</span>
        </Link>
        <div className="site-header__tools">
          {me.data ? (
            <Link to="/konto" className="site-header__user">
              {/* A phone shows "Mitt konto" as a button; wider screens the name. */}
              <span className="site-header__user-short">{t('header.account')}</span>
              <span className="site-header__user-name">
                <span className="visually-hidden">
                  {t('header.account')}: {t('header.signedInAs')}{' '}
                </span>
                {me.data.name}
              </span>
            </Link>
          ) : null}
          {me.data ? <RemindersLink /> : null}
          {me.data?.isAdmin ? (
            <Link to="/administration" className="header-button">
              {t('header.admin')}
            </Link>
          ) : null}
          <LanguageSwitch />
          {me.data ? <SignOutButton /> : null}
        </div>
      </div>
    </header>
  );
}

function Footer() {
  const { t } = useTranslation();
  return (
    <footer className="site-footer">
      <div className="container">
        <p>{t('footer.about')}</p>
        <p>{t('footer.noPersonalData')}</p>
      </div>
    </footer>
  );
}

/** The app shell: skip link, header, main landmark, footer, live region, unsaved-changes guard. */
export function AppLayout() {
  const { t } = useTranslation();
  const location = useLocation();
  const navigation = useNavigation();
  rememberInitialLocation(location.key);
  return (
    <AnnouncerProvider>
      <SavedNoticeProvider>
        {/* biome-ignore lint/a11y/useValidAnchor: a real link to #main; the handler only refines where focus lands */}
        <a
          className="skip-link"
          href="#main"
          onClick={(event) => {
            // Past the breadcrumbs and the step menu, straight to the page's heading: the first
            // field is then a few Tab presses away.
            const heading = document.querySelector<HTMLElement>('#main h1');
            if (!heading) return;
            event.preventDefault();
            if (!heading.hasAttribute('tabindex')) heading.setAttribute('tabindex', '-1');
            heading.focus();
          }}
        >
          {t('layout.skipToContent')}
        </a>
        <Header />
        <main id="main" tabIndex={-1} className="site-main" aria-busy={navigation.state !== 'idle'}>
          <EmailVerificationBanner />
          <Suspense fallback={<Loading />}>
            <Outlet />
          </Suspense>
        </main>
        <Footer />
        <UnsavedChangesGuard />
      </SavedNoticeProvider>
    </AnnouncerProvider>
  );
}

import { useId, useState } from 'react';
import { useLocation } from 'react-router';
import { isApiError } from '../api/client';
import { sendEmailVerification } from '../api/endpoints';
import { useMe } from '../api/queries';
import { useTranslation } from '../i18n';

/**
 * E-mail ownership (issue 11): when the instance mails, an account confirms its address before
 * it can create a collaboration or region, accept an invitation or sign (the server answers
 * 403 EMAIL_NOT_VERIFIED). The shell shows a banner; the blocked actions show the notice.
 */

/** The signed-in account must still confirm its address (false when signed out or not asked). */
export function useEmailUnconfirmed(): { unconfirmed: boolean; email: string } {
  const me = useMe();
  const user = me.data;
  return {
    unconfirmed: Boolean(user?.emailVerificationRequired && !user.emailVerified),
    email: user?.email ?? '',
  };
}

/** "Skicka länken igen" with its outcome announced next to it. */
export function ResendVerificationButton() {
  const { t } = useTranslation();
  const [isBusy, setBusy] = useState(false);
  const [message, setMessage] = useState('');
  async function onClick() {
    if (isBusy) return;
    setBusy(true);
    try {
      const sent = await sendEmailVerification();
      setMessage(t('verifyEmail.resent', { email: sent.email }));
    } catch (error) {
      setMessage(
        isApiError(error, 'RATE_LIMITED')
          ? t('verifyEmail.resendLimited')
          : t('verifyEmail.resendFailed'),
      );
    } finally {
      setBusy(false);
    }
  }
  return (
    <>
      <button
        type="button"
        className="button button--secondary"
        aria-disabled={isBusy || undefined}
        onClick={() => void onClick()}
      >
        {t('verifyEmail.resend')}
      </button>
      <p role="status">{message}</p>
    </>
  );
}

/** The app shell's banner while the address is unconfirmed (not on the confirmation page). */
export function EmailVerificationBanner() {
  const { t } = useTranslation();
  const { unconfirmed, email } = useEmailUnconfirmed();
  const { pathname } = useLocation();
  const titleId = useId();
  if (!unconfirmed || pathname === '/bekrafta-epost') return null;
  return (
    <section className="container" aria-labelledby={titleId}>
      <div className="notice notice--warning">
        <h2 id={titleId} className="notice__title">
          {t('verifyEmail.bannerTitle')}
        </h2>
        <p>{t('verifyEmail.bannerText', { email })}</p>
        <ResendVerificationButton />
      </div>
    </section>
  );
}

/**
 * In place of an action the server would refuse: says why, and points to the banner's button
 * for a new link (every page that uses this shows the banner; two buttons of one name on a
 * page confuse a screen reader's list of buttons). Renders nothing once the address is
 * confirmed (or when the instance does not ask for it).
 */
export function ConfirmEmailFirst() {
  const { t } = useTranslation();
  const { unconfirmed, email } = useEmailUnconfirmed();
  if (!unconfirmed) return null;
  return (
    <div className="notice notice--warning">
      <p>{t('verifyEmail.blocked', { email })}</p>
    </div>
  );
}

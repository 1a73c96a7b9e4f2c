import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { isApiError } from '../../api/client';
import { confirmEmailVerification } from '../../api/endpoints';
import { queryKeys } from '../../api/queries';
import { ResendVerificationButton, useEmailUnconfirmed } from '../../components/email-verification';
import { PageHeading, useDocumentTitle } from '../../components/page-heading';

type State = 'working' | 'done' | 'used' | 'invalid' | 'failed';

/**
 * /bekrafta-epost?token=…: the page the confirmation e-mail links to. It confirms with a POST
 * once it has loaded (a mail scanner fetching the link uses nothing up) and says how it went.
 */
export function VerifyEmailPage() {
  const { t } = useTranslation();
  const [params] = useSearchParams();
  const token = params.get('token') ?? '';
  const queryClient = useQueryClient();
  const { unconfirmed } = useEmailUnconfirmed();
  const [state, setState] = useState<State>(token ? 'working' : 'invalid');
  const [signedIn, setSignedIn] = useState(false);
  const sent = useRef(false);
  useDocumentTitle([t('account.verifyEmail.pageTitle')]);

  useEffect(() => {
    // Once, even when React runs the effect twice in development.
    if (!token || sent.current) return;
    sent.current = true;
    confirmEmailVerification(token)
      .then(async (result) => {
        setSignedIn(result.signedIn);
        await queryClient.invalidateQueries({ queryKey: queryKeys.me });
        setState('done');
      })
      .catch((error: unknown) => {
        setState(
          isApiError(error, 'VERIFICATION_LINK_USED')
            ? 'used'
            : isApiError(error, 'VERIFICATION_LINK_INVALID')
              ? 'invalid'
              : 'failed',
        );
      });
  }, [token, queryClient]);

  return (
    <div className="container narrow">
      <PageHeading>{t('account.verifyEmail.pageTitle')}</PageHeading>
      {state === 'working' ? (
        <p role="status">{t('account.verifyEmail.working')}</p>
      ) : state === 'done' ? (
        <div className="notice" role="status">
          <p>{t('account.verifyEmail.done')}</p>
          <p>
            {signedIn
              ? t('account.verifyEmail.doneSignedIn')
              : t('account.verifyEmail.doneSignedOut')}
          </p>
          <p>
            {signedIn ? (
              <Link to="/">{t('account.verifyEmail.continue')}</Link>
            ) : (
              <Link to="/logga-in">{t('account.verifyEmail.signIn')}</Link>
            )}
          </p>
        </div>
      ) : state === 'used' ? (
        <div className="notice" role="status">
          <p>{t('account.verifyEmail.used')}</p>
          <p>
            <Link to="/">{t('account.verifyEmail.continue')}</Link>
          </p>
        </div>
      ) : (
        <div className="notice notice--error" role="alert">
          <p>
            {state === 'failed'
              ? t('account.verifyEmail.resendFailed')
              : token
                ? t('account.verifyEmail.invalid')
                : t('account.verifyEmail.missingToken')}
          </p>
          {unconfirmed ? <ResendVerificationButton /> : null}
        </div>
      )}
    </div>
  );
}

export { VerifyEmailPage as Component };

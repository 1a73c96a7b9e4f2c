import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { isApiError } from '../../api/client';
import { confirmEmailVerification } from '../../api/endpoints';
import { queryKeys } from '../../api/queries';
import { ResendVerificationButton, useEmailUnconfirmed } from '../../components/email-verification';
import { PageHeading, useDocumentTitle } from '../../components/page-heading';
import { useTranslation } from '../../i18n';

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
  useDocumentTitle([t('verifyEmail.pageTitle')]);

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
      <PageHeading>{t('verifyEmail.pageTitle')}</PageHeading>
      {state === 'working' ? (
        <p role="status">{t('verifyEmail.working')}</p>
      ) : state === 'done' ? (
        <div className="notice" role="status">
          <p>{t('verifyEmail.done')}</p>
          <p>{signedIn ? t('verifyEmail.doneSignedIn') : t('verifyEmail.doneSignedOut')}</p>
          <p>
            {signedIn ? (
              <Link to="/">{t('verifyEmail.continue')}</Link>
            ) : (
              <Link to="/logga-in">{t('verifyEmail.signIn')}</Link>
            )}
          </p>
        </div>
      ) : state === 'used' ? (
        <div className="notice" role="status">
          <p>{t('verifyEmail.used')}</p>
          <p>
            <Link to="/">{t('verifyEmail.continue')}</Link>
          </p>
        </div>
      ) : (
        <div className="notice notice--error" role="alert">
          <p>
            {state === 'failed'
              ? t('verifyEmail.resendFailed')
              : token
                ? t('verifyEmail.invalid')
                : t('verifyEmail.missingToken')}
          </p>
          {unconfirmed ? <ResendVerificationButton /> : null}
        </div>
      )}
    </div>
  );
}

export { VerifyEmailPage as Component };

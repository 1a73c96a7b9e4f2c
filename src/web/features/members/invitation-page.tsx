import '../../i18n/areas/members';
import { Link, useNavigate, useParams } from 'react-router';
import { isApiError } from '../../api/client';
import { useAcceptInvitation, useInvitationPreview } from '../../api/members';
import { useMe } from '../../api/queries';
import { useAnnounce } from '../../components/announcer';
import { limitReachedMessage } from '../../components/cap-status';
import { ConfirmEmailFirst } from '../../components/email-verification';
import { ErrorSummary, useFormErrors } from '../../components/form';
import { Icon } from '../../components/icons';
import { LoadError, Loading } from '../../components/loading';
import { PageHeading, useDocumentTitle } from '../../components/page-heading';
import { useFormatDate } from '../../components/use-format';
import { useTranslation } from '../../i18n';

type Closed = 'expired' | 'used' | 'revoked' | 'notFound';

function ClosedInvitation({ reason }: { reason: Closed }) {
  const { t } = useTranslation();
  useDocumentTitle([t(`members.landing.closed.${reason}.title`)]);
  return (
    <div className="container narrow">
      <PageHeading>{t(`members.landing.closed.${reason}.title`)}</PageHeading>
      <p className="lead">{t(`members.landing.closed.${reason}.text`)}</p>
      <p>{t(`members.landing.closed.${reason}.whatToDo`)}</p>
      <p>
        <Link to="/">{t('members.landing.toHome')}</Link>
      </p>
    </div>
  );
}

/**
 * /inbjudan/:token — where an invitation link lands. Shows whom it is from and for which role
 * and organisation; a visitor signs in or creates an account and comes back here to accept.
 */
export function InvitationPage() {
  const { t } = useTranslation();
  const { token = '' } = useParams();
  const navigate = useNavigate();
  const announce = useAnnounce();
  const formatDate = useFormatDate();
  const me = useMe();
  const preview = useInvitationPreview(token);
  const accept = useAcceptInvitation(token);
  const errors = useFormErrors();
  const back = `/inbjudan/${encodeURIComponent(token)}`;
  const title = preview.data
    ? t('members.landing.title', { name: preview.data.collaborationName })
    : t('members.landing.documentTitle');
  useDocumentTitle([title]);

  if (preview.isPending || me.isPending) return <Loading />;
  if (preview.isError) {
    if (isApiError(preview.error) && (preview.error.status === 404 || preview.error.status === 400))
      return <ClosedInvitation reason="notFound" />;
    return <LoadError error={preview.error} onRetry={() => void preview.refetch()} />;
  }
  const invitation = preview.data;
  if (invitation.status !== 'pending') return <ClosedInvitation reason={invitation.status} />;

  async function onAccept() {
    if (accept.isPending) return;
    errors.clear();
    try {
      const joined = await accept.mutateAsync();
      announce(t('members.landing.joined', { name: invitation.collaborationName }));
      navigate(`/samverkan/${joined.collaborationId}`);
    } catch (error) {
      const code = isApiError(error) ? error.code : '';
      const message =
        code === 'ALREADY_MEMBER'
          ? t('members.landing.alreadyMember')
          : code === 'INVITATION_EXPIRED'
            ? t('members.landing.closed.expired.text')
            : code === 'INVITATION_USED'
              ? t('members.landing.closed.used.text')
              : code === 'INVITATION_REVOKED'
                ? t('members.landing.closed.revoked.text')
                : isApiError(error, 'LIMIT_REACHED')
                  ? limitReachedMessage(t, error.details)
                  : isApiError(error, 'NETWORK_ERROR')
                    ? t('errors.network')
                    : t('members.landing.failed');
      errors.show([{ message }]);
    }
  }

  const user = me.data;
  const unconfirmed = Boolean(user?.emailVerificationRequired && !user.emailVerified);
  const otherEmail = user && user.email.toLowerCase() !== invitation.email.toLowerCase();
  return (
    <div className="container narrow">
      <PageHeading caption={t('members.landing.caption')}>{title}</PageHeading>
      <ErrorSummary errors={errors.errors} focusKey={errors.focusKey} />
      <p className="lead">
        {invitation.invitedByName
          ? t('members.landing.invitedBy', { name: invitation.invitedByName })
          : t('members.landing.invited')}
      </p>
      <dl className="summary-list">
        <div>
          <dt>{t('members.landing.collaboration')}</dt>
          <dd>{invitation.collaborationName}</dd>
        </div>
        <div>
          <dt>{t('members.role')}</dt>
          <dd>
            {t(`roles.${invitation.role}`)}
            <span className="summary-list__hint">{t(`members.roleHint.${invitation.role}`)}</span>
          </dd>
        </div>
        <div>
          <dt>{t('members.organisation')}</dt>
          <dd>{invitation.actorName ?? t('members.noOrganisation')}</dd>
        </div>
        <div>
          <dt>{t('members.landing.sentTo')}</dt>
          <dd>{invitation.email}</dd>
        </div>
        <div>
          <dt>{t('members.landing.validUntil')}</dt>
          <dd>{formatDate(invitation.expiresAt)}</dd>
        </div>
      </dl>
      {user ? (
        <>
          <p>{t('members.landing.signedInAs', { name: user.name, email: user.email })}</p>
          {otherEmail ? (
            <div className="notice">
              <p>
                <Icon name="warning" />{' '}
                {t('members.landing.otherEmail', { email: invitation.email })}
              </p>
            </div>
          ) : null}
          {unconfirmed ? (
            <ConfirmEmailFirst />
          ) : (
            <button
              type="button"
              className="button"
              disabled={accept.isPending}
              onClick={() => void onAccept()}
            >
              {t('members.landing.accept', { name: invitation.collaborationName })}
            </button>
          )}
        </>
      ) : (
        <>
          <h2>{t('members.landing.signInTitle')}</h2>
          <p>{t('members.landing.signInText')}</p>
          <div className="button-group">
            <Link
              className="button"
              to={`/skapa-konto?tillbaka=${encodeURIComponent(back)}&epost=${encodeURIComponent(invitation.email)}`}
            >
              {t('members.landing.createAccount')}
            </Link>
            <Link
              className="button button--secondary"
              to={`/logga-in?tillbaka=${encodeURIComponent(back)}`}
            >
              {t('members.landing.signIn')}
            </Link>
          </div>
        </>
      )}
    </div>
  );
}

export { InvitationPage as Component };

import '../../i18n/areas/regions';
import { Link, useParams } from 'react-router';
import { isApiError } from '../../api/client';
import { useAcceptRegionInvitation } from '../../api/regions';
import { ConfirmEmailFirst, useEmailUnconfirmed } from '../../components/email-verification';
import { PageHeading, useDocumentTitle } from '../../components/page-heading';
import { useTranslation } from '../../i18n';

/** /regioninbjudan/:token — becoming a regional coordinator (signed in, the invited address). */
export function RegionInvitationPage() {
  const { t } = useTranslation();
  const { token = '' } = useParams();
  const accept = useAcceptRegionInvitation(token);
  const { unconfirmed } = useEmailUnconfirmed();
  useDocumentTitle([t('regions.accept.title')]);
  const error = accept.error;
  const refusal = !error
    ? null
    : isApiError(error, 'INVITATION_USED')
      ? t('regions.accept.used')
      : isApiError(error, 'INVITATION_EXPIRED')
        ? t('regions.accept.expired')
        : isApiError(error, 'FORBIDDEN')
          ? t('regions.accept.wrongEmail')
          : isApiError(error, 'ALREADY_MEMBER')
            ? t('regions.accept.already')
            : isApiError(error, 'NOT_FOUND')
              ? t('regions.accept.notFound')
              : t('regions.failed');
  return (
    <div className="container">
      <PageHeading>{t('regions.accept.title')}</PageHeading>
      <p className="prose">{t('regions.accept.intro')}</p>
      <div role="status">
        {accept.data ? (
          <div className="notice">
            <p>{t('regions.accept.done', { name: accept.data.name })}</p>
            <p>
              <Link to={`/regioner/${accept.data.regionId}`}>{t('regions.accept.toRegion')}</Link>
            </p>
          </div>
        ) : null}
      </div>
      {refusal ? (
        <div className="notice notice--error" role="alert">
          <p>{refusal}</p>
        </div>
      ) : null}
      {accept.data ? null : unconfirmed ? (
        <ConfirmEmailFirst />
      ) : (
        <button
          type="button"
          className="button"
          onClick={() => accept.mutate()}
          aria-disabled={accept.isPending || undefined}
        >
          {t('regions.accept.submit')}
        </button>
      )}
    </div>
  );
}

export { RegionInvitationPage as Component };

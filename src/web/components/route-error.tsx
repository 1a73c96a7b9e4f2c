import { isRouteErrorResponse, Link, useRouteError } from 'react-router';
import { isApiError } from '../api/client';
import { NotFound } from '../features/errors/not-found';
import { useTranslation } from '../i18n';
import { PageHeading, useDocumentTitle } from './page-heading';

function SomethingWentWrong() {
  const { t } = useTranslation();
  useDocumentTitle([t('errorPage.title')]);
  return (
    <div className="container prose">
      <PageHeading>{t('errorPage.title')}</PageHeading>
      <p>{t('errorPage.text')}</p>
      <p>{t('errorPage.whatToDo')}</p>
      <p>
        <button type="button" className="button" onClick={() => window.location.reload()}>
          {t('errorPage.reload')}
        </button>
      </p>
      <p>
        <Link to="/">{t('notFound.home')}</Link>
      </p>
    </div>
  );
}

/** The error boundary of every page: a 404 reads as "not found", anything else as a calm apology. */
export function RouteError() {
  const error = useRouteError();
  const isNotFound =
    (isRouteErrorResponse(error) && error.status === 404) ||
    (isApiError(error) && error.status === 404);
  if (isNotFound) return <NotFound />;
  if (import.meta.env.DEV) console.error(error);
  return <SomethingWentWrong />;
}

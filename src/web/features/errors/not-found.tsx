import { Link } from 'react-router';
import { PageHeading, useDocumentTitle } from '../../components/page-heading';
import { useTranslation } from '../../i18n';

/** The 404 content: for unknown addresses and for things that do not exist or are not yours. */
export function NotFound() {
  const { t } = useTranslation();
  useDocumentTitle([t('notFound.title')]);
  return (
    <div className="container prose">
      <PageHeading>{t('notFound.title')}</PageHeading>
      <p>{t('notFound.text')}</p>
      <p>{t('notFound.whatToDo')}</p>
      <p>
        <Link to="/">{t('notFound.home')}</Link>
      </p>
    </div>
  );
}

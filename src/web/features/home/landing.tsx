import '../../i18n/areas/landing';
import '../../i18n/areas/regions';
import { Link } from 'react-router';
import { PageHeading, useDocumentTitle } from '../../components/page-heading';
import { useLanguage, useTranslation } from '../../i18n';

export function Landing() {
  const { t } = useTranslation();
  const lang = useLanguage();
  useDocumentTitle([t('landing.documentTitle')]);
  return (
    <div className="container">
      <div className="prose">
        <PageHeading>{t('landing.title')}</PageHeading>
        <p className="lead">{t('landing.lead')}</p>
        <p>{t('landing.how')}</p>
        <h2>{t('landing.canTitle')}</h2>
        <ul className="list-bullet">
          <li>{t('landing.can1')}</li>
          <li>{t('landing.can2')}</li>
          <li>{t('landing.can3')}</li>
        </ul>
        <div className="button-group">
          <Link to="/skapa-konto" className="button">
            {t('landing.createAccount')}
          </Link>
          <Link to="/logga-in" className="button button--secondary">
            {t('landing.signIn')}
          </Link>
        </div>
        <p>
          {/* Server-rendered (works without JavaScript): a full page load, in the reader's language. */}
          <Link
            to={lang === 'en' ? '/rutiner-i-landet?lang=en' : '/rutiner-i-landet'}
            reloadDocument
          >
            {t('regions.national.link')}
          </Link>
        </p>
        <div className="notice notice--info">
          <h2 className="notice__title">{t('landing.noCasesTitle')}</h2>
          <p>{t('landing.noCases')}</p>
        </div>
      </div>
    </div>
  );
}

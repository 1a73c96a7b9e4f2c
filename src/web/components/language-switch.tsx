import { useLanguage, useTranslation } from '../i18n';

/** Switches between Swedish and English; the choice is remembered (see i18n/index.ts). */
export function LanguageSwitch() {
  const { t, i18n } = useTranslation();
  const language = useLanguage();
  const other = language === 'sv' ? 'en' : 'sv';
  return (
    <button
      type="button"
      className="header-button"
      lang={other}
      onClick={() => void i18n.changeLanguage(other)}
    >
      {t('header.switchLanguage')}
    </button>
  );
}

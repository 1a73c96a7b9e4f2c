import '../../i18n/areas/publish';
import { useState } from 'react';
import { EXPORT_FILES, type ExportFile, exportUrl } from '../../api/publish';
import { Icon } from '../../components/icons';
import { type Language, useLanguage, useTranslation } from '../../i18n';

const LANGS: readonly Language[] = ['sv', 'en'];

/**
 * A download link (`download`: the server names the file) per format, each saying what it is
 * for, and the files' language. Plain links: they work with the keyboard, and a right click
 * can copy the address.
 */
export function Downloads({ rid }: { rid: string }) {
  const { t } = useTranslation();
  const uiLanguage = useLanguage();
  const [lang, setLang] = useState<Language>(uiLanguage);

  const text: Record<ExportFile, { label: string; hint: string }> = {
    pdf: { label: t('publish.downloads.pdf'), hint: t('publish.downloads.pdfHint') },
    docx: { label: t('publish.downloads.docx'), hint: t('publish.downloads.docxHint') },
    md: { label: t('publish.downloads.md'), hint: t('publish.downloads.mdHint') },
    json: { label: t('publish.downloads.json'), hint: t('publish.downloads.jsonHint') },
    card: { label: t('publish.downloads.card'), hint: t('publish.downloads.cardHint') },
    diagram: { label: t('publish.downloads.diagram'), hint: t('publish.downloads.diagramHint') },
  };
  // The card first: it is what most people will print.
  const order: readonly ExportFile[] = ['card', ...EXPORT_FILES.filter((file) => file !== 'card')];

  return (
    <>
      <fieldset className="choice-fieldset field">
        <legend className="field__label">{t('publish.downloads.languageLegend')}</legend>
        <div className="choices choices--inline">
          {LANGS.map((value) => (
            <div key={value} className="checkbox checkbox--radio">
              <input
                type="radio"
                id={`download-lang-${value}`}
                name="download-lang"
                className="checkbox__input"
                value={value}
                checked={lang === value}
                onChange={() => setLang(value)}
              />
              <label className="checkbox__label" htmlFor={`download-lang-${value}`}>
                {t(`publish.downloads.${value}`)}
              </label>
            </div>
          ))}
        </div>
      </fieldset>
      <ul className="download-list">
        {order.map((file) => (
          <li key={file} className="download-list__item">
            <a
              className="button button--secondary download-list__link"
              href={exportUrl(rid, file, lang)}
              download
              hrefLang={lang}
              aria-describedby={`download-${file}-hint`}
            >
              <Icon name="download" />
              {text[file].label}
            </a>
            <p className="download-list__hint" id={`download-${file}-hint`}>
              {text[file].hint}
            </p>
          </li>
        ))}
      </ul>
    </>
  );
}

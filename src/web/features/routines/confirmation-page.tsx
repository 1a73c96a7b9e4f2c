import { useTranslation } from 'react-i18next';
import { PageHeading, useDocumentTitle } from '../../components/page-heading';
import { useLocalized } from '../../i18n';
import { useWorkspace } from './workspace-context';

/** Bekräftelse: the template's confirmation page; the sign-offs come with frozen versions. */
export function ConfirmationPage() {
  const { t } = useTranslation();
  const pick = useLocalized();
  const { routine, template } = useWorkspace();
  const { confirmation } = template;
  const title = pick(confirmation.title) || t('workspace.confirmation');
  useDocumentTitle([title, routine.title]);
  return (
    <>
      <PageHeading>{title}</PageHeading>
      <div className="prose">
        <p className="lead">{pick(confirmation.intro)}</p>
      </div>
      {/* A labelled region, focusable so the keyboard can scroll it sideways on a narrow phone. */}
      {/* biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must be reachable (WCAG 2.1.1) */}
      <section className="table-wrap" aria-labelledby="confirmation-caption" tabIndex={0}>
        <table className="table">
          <caption className="table__caption" id="confirmation-caption">
            {t('confirmation.caption')}
          </caption>
          <thead>
            <tr>
              {confirmation.fields.map((field) => (
                <th key={field.key} scope="col">
                  {pick(field.label)}
                </th>
              ))}
            </tr>
          </thead>
        </table>
      </section>
      <div className="notice notice--info">
        <p>{t('confirmation.empty')}</p>
      </div>
    </>
  );
}

export { ConfirmationPage as Component };

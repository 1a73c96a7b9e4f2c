import { useTranslation } from 'react-i18next';
import { PageHeading, useDocumentTitle } from '../../components/page-heading';
import { useLocalized } from '../../i18n';
import { useWorkspace } from './workspace-context';

/** Tidslinje: the template's timeline text and its four phases (milestones come later). */
export function TimelinePage() {
  const { t } = useTranslation();
  const pick = useLocalized();
  const { routine, template } = useWorkspace();
  const title = pick(template.timeline.title) || t('workspace.timeline');
  useDocumentTitle([title, routine.title]);
  return (
    <>
      <PageHeading>{title}</PageHeading>
      <div className="prose">
        <p className="lead">{pick(template.timeline.text)}</p>
        <h2>{t('timeline.phasesTitle')}</h2>
        <ol className="phases">
          {template.timeline.phases.map((phase) => (
            <li key={phase.key} className="phases__item">
              <h3 className="phases__title">{pick(phase.title)}</h3>
            </li>
          ))}
        </ol>
        <div className="notice notice--info">
          <p>{t('timeline.milestonesLater')}</p>
        </div>
      </div>
    </>
  );
}

export { TimelinePage as Component };

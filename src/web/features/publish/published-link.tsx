import type { Routine } from '../../../contracts/routines';
import { publishedPath } from '../../api/publish';
import { useTranslation } from '../../i18n';

/** The workspace header's way to the published page, once a version is adopted. */
export function PublishedLink({ routine }: { routine: Routine }) {
  const { t } = useTranslation();
  if (!routine.adoptedVersion) return null;
  return (
    <p className="routine-header__published">
      <a href={publishedPath(routine.slug)}>{t('workspace.publishedLink')}</a>
    </p>
  );
}

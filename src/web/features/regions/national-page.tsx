import { useTranslation } from 'react-i18next';
import { useNationalRoutines } from '../../api/regions';
import { LoadError, Loading } from '../../components/loading';
import { PageHeading, useDocumentTitle } from '../../components/page-heading';

/** Rutiner i landet: the adopted public routines of collaborations that chose to be listed. */
export function NationalPage() {
  const { t } = useTranslation();
  const routines = useNationalRoutines();
  useDocumentTitle([t('regions.national.title')]);
  if (routines.isPending) return <Loading />;
  if (routines.isError) {
    return <LoadError error={routines.error} onRetry={() => void routines.refetch()} />;
  }
  return (
    <div className="container">
      <PageHeading>{t('regions.national.title')}</PageHeading>
      <p className="prose lead">{t('regions.national.intro')}</p>
      {routines.data.length === 0 ? (
        <p className="prose">{t('regions.national.empty')}</p>
      ) : (
        <ul className="card-list">
          {routines.data.map((r) => (
            <li key={r.url} className="card">
              <h2 className="card__title">
                <a href={r.url}>{r.title}</a>
              </h2>
              <p className="muted">
                {r.collaborationName} · {r.area ?? t('regions.national.noArea')}
              </p>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

export { NationalPage as Component };

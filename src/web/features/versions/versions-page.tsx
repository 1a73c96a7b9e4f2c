import '../../i18n/areas/versions';
import { Link } from 'react-router';
import { exportUrl, publishedPath } from '../../api/publish';
import { useVersions } from '../../api/versions';
import { LoadError, Loading } from '../../components/loading';
import { PageHeading, useDocumentTitle } from '../../components/page-heading';
import { useFormatDate } from '../../components/use-format';
import { routinePath, useWorkspace } from '../../components/workspace-context';
import { useLanguage, useTranslation } from '../../i18n';
import { FreezeForm } from './freeze-form';
import { SignOffState, shortHash } from './version-state';

/** A frozen version's files, each as it was frozen (the card first: it is what gets printed). */
const VERSION_FILES = ['card', 'pdf', 'docx', 'md'] as const;

export const comparePath = (rid: string, n: number, against?: number | null) =>
  routinePath(rid, `versioner/${n}/jamfor${against ? `?mot=${against}` : ''}`);

/** Versioner: freeze a version (coordinators) and every frozen version with its sign-offs. */
export function VersionsPage() {
  const { t } = useTranslation();
  const formatDate = useFormatDate();
  const lang = useLanguage();
  const { routine, collaboration } = useWorkspace();
  const versions = useVersions(routine.id);
  const isCoordinator = collaboration?.role === 'coordinator';
  useDocumentTitle([t('versions.title'), routine.title]);

  return (
    <>
      <PageHeading>{t('versions.title')}</PageHeading>
      <div className="prose">
        <p className="lead">{t('versions.intro')}</p>
      </div>

      <section className="panel freeze-panel" aria-labelledby="freeze-title">
        <h2 id="freeze-title">{t('versions.freeze.title')}</h2>
        <p>{t('versions.freeze.intro')}</p>
        {isCoordinator ? (
          <FreezeForm
            rid={routine.id}
            isFirst={(versions.data?.length ?? 0) === 0}
            versionCount={versions.data?.length}
          />
        ) : (
          <p className="muted">{t('versions.freeze.onlyCoordinators')}</p>
        )}
      </section>

      <section aria-labelledby="versions-list-title">
        <h2 id="versions-list-title">{t('versions.listTitle')}</h2>
        {versions.isPending ? (
          <Loading />
        ) : versions.isError ? (
          <LoadError error={versions.error} onRetry={() => void versions.refetch()} />
        ) : versions.data.length === 0 ? (
          <p>{t('versions.none')}</p>
        ) : (
          <ol className="card-list version-list" reversed>
            {versions.data.map((version, index) => {
              const isLatest = index === 0;
              return (
                <li key={version.number} className="card version-card">
                  <div className="version-card__head">
                    <h3 className="card__title">
                      {t('versions.versionN', { number: version.number })}
                      {isLatest ? (
                        <span className="version-card__latest"> – {t('versions.latest')}</span>
                      ) : null}
                    </h3>
                    <SignOffState version={version} isLatest={isLatest} />
                  </div>
                  <dl className="meta version-card__meta">
                    <div>
                      <dt>{t('versions.frozenOn')}</dt>
                      <dd>{formatDate(version.createdAt)}</dd>
                    </div>
                    <div>
                      <dt>
                        <abbr title={t('versions.hashTitle')}>{t('versions.hash')}</abbr>
                      </dt>
                      <dd>
                        <code className="hash">{shortHash(version.hash)}</code>
                      </dd>
                    </div>
                    <div>
                      <dt>{t('versions.signed')}</dt>
                      <dd>
                        {t('versions.signedCount', {
                          signed: version.signOffs.length,
                          count: version.requiredActors.length,
                        })}
                      </dd>
                    </div>
                  </dl>
                  <p className="version-card__summary">
                    {version.summary ? version.summary : <em>{t('versions.noSummary')}</em>}
                  </p>
                  <ul className="version-card__links">
                    {version.number > 1 ? (
                      <li>
                        <Link to={comparePath(routine.id, version.number, version.number - 1)}>
                          {t('versions.compareWith', {
                            number: version.number,
                            against: version.number - 1,
                          })}
                        </Link>
                      </li>
                    ) : null}
                    <li>
                      <a href={publishedPath(routine.slug, { version: version.number, lang })}>
                        {t('versions.showDocument', { number: version.number })}
                      </a>
                    </li>
                    {isLatest ? (
                      <li>
                        <Link to={routinePath(routine.id, 'bekraftelse')}>
                          {t('versions.toConfirmation')}
                        </Link>
                      </li>
                    ) : null}
                  </ul>
                  <p className="version-card__downloads">
                    <span id={`version-${version.number}-files`}>
                      {t('versions.filesOf', { number: version.number })}
                    </span>{' '}
                    {VERSION_FILES.map((file, i) => (
                      <span key={file}>
                        {i > 0 ? ' · ' : null}
                        <a
                          href={exportUrl(routine.id, file, lang, version.number)}
                          download
                          aria-describedby={`version-${version.number}-files`}
                        >
                          {t(`versions.file.${file}`)}
                        </a>
                      </span>
                    ))}
                  </p>
                </li>
              );
            })}
          </ol>
        )}
      </section>
    </>
  );
}

export { VersionsPage as Component };

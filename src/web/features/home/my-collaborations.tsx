import '../../i18n/areas/create-collaboration';
import '../../i18n/areas/home';
import '../../i18n/areas/regions';
import { Link } from 'react-router';
import { useCollaborations } from '../../api/queries';
import type { CollaborationWithRoutines } from '../../api/types';
import { LoadError, Loading } from '../../components/loading';
import { PageHeading, useDocumentTitle } from '../../components/page-heading';
import { RoutineStatusBadge } from '../../components/status-badge';
import { useLanguage, useTranslation } from '../../i18n';
import { CreateCollaborationForm } from '../collaborations/create-collaboration-form';

function CollaborationCard({ collaboration }: { collaboration: CollaborationWithRoutines }) {
  const { t } = useTranslation();
  const routines = collaboration.routines;
  return (
    <li className="card">
      <h2 className="card__title">
        <Link to={`/samverkan/${collaboration.id}`}>{collaboration.name}</Link>
      </h2>
      <dl className="meta">
        {collaboration.area ? (
          <div>
            <dt>{t('collaboration.area')}</dt>
            <dd>{collaboration.area}</dd>
          </div>
        ) : null}
        <div>
          <dt>{t('collaboration.yourRole')}</dt>
          <dd>{t(`roles.${collaboration.role}`)}</dd>
        </div>
      </dl>
      {routines === undefined ? null : routines.length === 0 ? (
        <p className="muted">{t('home.noRoutines')}</p>
      ) : (
        <>
          <h3 className="visually-hidden">{t('home.routinesOf', { name: collaboration.name })}</h3>
          <ul className="routine-list">
            {routines.map((routine) => (
              <li key={routine.id} className="routine-list__item">
                <Link to={`/rutiner/${routine.id}`}>{routine.title}</Link>
                <RoutineStatusBadge status={routine.status} />
              </li>
            ))}
          </ul>
        </>
      )}
    </li>
  );
}

/** "Mina samverkansgrupper": the collaborations the user belongs to, with their routines. */
export function MyCollaborations() {
  const { t } = useTranslation();
  const lang = useLanguage();
  const collaborations = useCollaborations();
  useDocumentTitle([t('home.title')]);
  if (collaborations.isPending) return <Loading />;
  if (collaborations.isError) {
    return <LoadError error={collaborations.error} onRetry={() => void collaborations.refetch()} />;
  }
  const list = collaborations.data;
  return (
    <div className="container">
      <PageHeading>{t('home.title')}</PageHeading>
      {list.length === 0 ? (
        <div className="prose">
          <p className="lead">{t('home.emptyLead')}</p>
          <p>{t('home.emptyText')}</p>
        </div>
      ) : (
        <ul className="card-list">
          {list.map((collaboration) => (
            <CollaborationCard key={collaboration.id} collaboration={collaboration} />
          ))}
        </ul>
      )}
      <section className="section" aria-labelledby="create-collaboration-title">
        <h2 id="create-collaboration-title">{t('createCollaboration.title')}</h2>
        <p className="prose">{t('createCollaboration.intro')}</p>
        <CreateCollaborationForm />
      </section>
      <section className="section" aria-labelledby="regions-link-title">
        <h2 id="regions-link-title">{t('regions.homeLink')}</h2>
        <p className="prose">{t('regions.homeIntro')}</p>
        <p>
          <Link to="/regioner">{t('regions.title')}</Link>
        </p>
        <p>
          {/* Server-rendered (works without JavaScript): a full page load, in the reader's language. */}
          <Link
            to={lang === 'en' ? '/rutiner-i-landet?lang=en' : '/rutiner-i-landet'}
            reloadDocument
          >
            {t('regions.national.link')}
          </Link>
        </p>
      </section>
    </div>
  );
}

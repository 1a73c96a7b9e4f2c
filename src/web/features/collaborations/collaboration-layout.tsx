import '../../i18n/areas/home';
import { Link, NavLink, Outlet, useOutletContext, useParams } from 'react-router';
import type { Collaboration } from '../../../contracts/collaborations';
import { isApiError } from '../../api/client';
import { useCollaboration } from '../../api/queries';
import { LoadError, Loading } from '../../components/loading';
import { PageHeading } from '../../components/page-heading';
import { useTranslation } from '../../i18n';
import { NotFound } from '../errors/not-found';

/**
 * The sections of a collaboration, in UX.md's order. Aktörer, Medlemmar, Kunskapsbank and
 * Händelselogg arrive in later issues: each is one line here plus its route in routes.tsx.
 */
const SECTIONS = [
  { to: '', labelKey: 'collaboration.nav.routines' },
  { to: 'aktorer', labelKey: 'collaboration.nav.actors' },
  { to: 'medlemmar', labelKey: 'collaboration.nav.members' },
  { to: 'kunskapsbank', labelKey: 'collaboration.nav.knowledge' },
  { to: 'handelselogg', labelKey: 'collaboration.nav.audit', coordinatorsOnly: true },
  { to: 'installningar', labelKey: 'collaboration.nav.settings' },
] as const;

export function useCollaborationContext(): Collaboration {
  return useOutletContext<Collaboration>();
}

export function CollaborationLayout() {
  const { t } = useTranslation();
  const { cid = '' } = useParams();
  const collaboration = useCollaboration(cid);
  if (collaboration.isPending) return <Loading />;
  if (collaboration.isError) {
    if (isApiError(collaboration.error) && collaboration.error.status === 404) return <NotFound />;
    return <LoadError error={collaboration.error} onRetry={() => void collaboration.refetch()} />;
  }
  const data = collaboration.data;
  return (
    <div className="container">
      <nav className="breadcrumbs" aria-label={t('layout.breadcrumbs')}>
        <ol>
          <li>
            <Link to="/">{t('home.title')}</Link>
          </li>
        </ol>
      </nav>
      <PageHeading caption={t('collaboration.caption')}>{data.name}</PageHeading>
      {data.area ? (
        <p className="muted">
          {t('collaboration.area')}: {data.area}
        </p>
      ) : null}
      <nav className="section-nav" aria-label={t('collaboration.sectionsNav')}>
        <ul>
          {SECTIONS.filter(
            (section) => !('coordinatorsOnly' in section) || data.role === 'coordinator',
          ).map((section) => (
            <li key={section.to}>
              <NavLink to={section.to} end>
                {t(section.labelKey)}
              </NavLink>
            </li>
          ))}
        </ul>
      </nav>
      <Outlet context={data} />
    </div>
  );
}

export { CollaborationLayout as Component };

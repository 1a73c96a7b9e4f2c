import '../../i18n/areas/publish';
import { Link } from 'react-router';
import type { VersionSummary } from '../../../contracts/versions';
import { useVersions } from '../../api/versions';
import { useFormatDay } from '../../components/dates';
import { Icon } from '../../components/icons';
import { LoadError, Loading } from '../../components/loading';
import { PageHeading, useDocumentTitle } from '../../components/page-heading';
import { routinePath, useWorkspace } from '../../components/workspace-context';
import { useTranslation } from '../../i18n';
import { Downloads } from './downloads';
import { OriginWarning, PublicAddress, QrCode } from './public-address';
import { SlugForm } from './slug-form';
import { VisibilityForm, VisibilityText } from './visibility-form';

interface PublishState {
  /** the version the published page shows */
  adopted: VersionSummary | undefined;
  /** the newest version, adopted or not */
  latest: VersionSummary | undefined;
}

function stateOf(versions: VersionSummary[], adoptedVersion: number | null): PublishState {
  const byNumber = [...versions].sort((a, b) => b.number - a.number);
  const adopted =
    adoptedVersion !== null
      ? byNumber.find((v) => v.number === adoptedVersion)
      : byNumber.find((v) => v.adoptedAt !== null);
  return { adopted, latest: byNumber[0] };
}

/** Läget: adopted since when, or what is still needed (with the way there). */
function StateInWords({ rid, state }: { rid: string; state: PublishState }) {
  const { t } = useTranslation();
  const formatDay = useFormatDay();
  const { adopted, latest } = state;
  if (adopted?.adoptedAt) {
    const pending = latest && latest.number > adopted.number ? latest : undefined;
    return (
      <div className="notice notice--success">
        <p className="notice__title">
          <Icon name="check" />{' '}
          {t('publish.state.adopted', {
            number: adopted.number,
            date: formatDay(adopted.adoptedAt),
          })}
        </p>
        {pending ? (
          <p>
            {t('publish.state.newerInReview', { number: pending.number })}{' '}
            <Link to={routinePath(rid, 'bekraftelse')}>{t('publish.state.toConfirmation')}</Link>
          </p>
        ) : null}
      </div>
    );
  }
  return (
    <div className="notice">
      <p className="notice__title">
        <Icon name="info" /> {t('publish.state.notAdopted')}
      </p>
      {latest ? (
        <p>
          {t('publish.state.signing', {
            number: latest.number,
            signed: latest.signOffs.length,
            count: latest.requiredActors.length,
          })}{' '}
          <Link to={routinePath(rid, 'bekraftelse')}>{t('publish.state.toConfirmation')}</Link>
        </p>
      ) : (
        <p>
          {t('publish.state.noVersion')}{' '}
          <Link to={routinePath(rid, 'versioner')}>{t('publish.state.toVersions')}</Link>
        </p>
      )}
    </div>
  );
}

/**
 * Publicera: the state in words, who may see the published page (coordinators choose), its
 * address with a copy button and QR code, and the routine as files.
 */
export function PublishPage() {
  const { t } = useTranslation();
  const { routine, collaboration } = useWorkspace();
  const versions = useVersions(routine.id);
  const isCoordinator = collaboration?.role === 'coordinator';
  useDocumentTitle([t('workspace.publish'), routine.title]);

  const state = versions.data ? stateOf(versions.data, routine.adoptedVersion) : undefined;
  const isAdopted = Boolean(routine.adoptedVersion ?? state?.adopted);

  return (
    <>
      <PageHeading>{t('workspace.publish')}</PageHeading>
      <div className="prose">
        <p className="lead">{t('publish.intro')}</p>
      </div>

      <section className="publish-section" aria-labelledby="publish-state-title">
        <h2 id="publish-state-title">{t('publish.state.title')}</h2>
        {versions.isPending ? (
          <Loading />
        ) : versions.isError ? (
          <LoadError error={versions.error} onRetry={() => void versions.refetch()} />
        ) : state ? (
          <StateInWords rid={routine.id} state={state} />
        ) : null}
      </section>

      <section className="publish-section" aria-labelledby="visibility-title">
        <h2 id="visibility-title">{t('publish.visibility.title')}</h2>
        {isCoordinator ? (
          <VisibilityForm routine={routine} />
        ) : (
          <VisibilityText routine={routine} />
        )}
      </section>

      <section className="publish-section" aria-labelledby="address-title">
        <h2 id="address-title">{t('publish.address.title')}</h2>
        {isCoordinator ? <OriginWarning /> : null}
        <PublicAddress routine={routine} isAdopted={isAdopted} />
        {isCoordinator ? <SlugForm routine={routine} /> : null}
        <h3>{t('publish.qr.title')}</h3>
        <QrCode routine={routine} />
      </section>

      <section className="publish-section" aria-labelledby="downloads-title">
        <h2 id="downloads-title">{t('publish.downloads.title')}</h2>
        <p>
          {t('publish.downloads.intro')}{' '}
          {state?.adopted
            ? t('publish.downloads.ofVersion', { number: state.adopted.number })
            : versions.data
              ? t('publish.state.draftFiles')
              : null}
        </p>
        <Downloads rid={routine.id} />
      </section>
    </>
  );
}

export { PublishPage as Component };

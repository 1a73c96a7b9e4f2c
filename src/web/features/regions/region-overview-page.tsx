import '../../i18n/areas/overview';
import '../../i18n/areas/regions';
import { useParams } from 'react-router';
import { isApiError } from '../../api/client';
import { regionFileUrl, useRegion, useRegionOverview } from '../../api/regions';
import { LoadError, Loading } from '../../components/loading';
import { PageHeading, useDocumentTitle } from '../../components/page-heading';
import { useLanguage, useTranslation } from '../../i18n';
import { NotFound } from '../errors/not-found';
import { CollaborationCards } from './collaboration-cards';
import { CoverageChart } from './coverage-chart';
import { RegionInviteForm } from './invite-form';
import { RegionCoordinators } from './region-coordinators';

/** Regional översikt: aggregates of the collaborations that opted in (regional coordinators). */
export function RegionOverviewPage() {
  const { t } = useTranslation();
  const lang = useLanguage();
  const { regionId = '' } = useParams();
  const overview = useRegionOverview(regionId);
  const region = useRegion(regionId);
  useDocumentTitle([overview.data?.region.name, t('regions.overview.caption')]);
  if (overview.isPending || region.isPending) return <Loading />;
  const error = overview.error ?? region.error;
  if (error) {
    if (isApiError(error) && error.status === 404) return <NotFound />;
    return <LoadError error={error} onRetry={() => void overview.refetch()} />;
  }
  if (!overview.data || !region.data) return <Loading />;
  const { totals } = overview.data;
  return (
    <div className="container">
      <PageHeading caption={t('regions.overview.caption')}>{overview.data.region.name}</PageHeading>
      <p className="prose lead">
        {t('regions.overview.summary', {
          count: totals.collaborations,
          adopted: totals.adopted,
          overdue: totals.overdue,
        })}
      </p>
      <ul className="region-downloads">
        <li>
          <a href={regionFileUrl(regionId, 'overview.csv', lang)} download>
            {t('regions.overview.downloadCsv')}
          </a>
        </li>
        <li>
          <a href={regionFileUrl(regionId, 'overview.pdf', lang)} download>
            {t('regions.overview.downloadPdf')}
          </a>
        </li>
        <li>
          <a href={regionFileUrl(regionId, 'coverage.svg', lang)} download>
            {t('regions.overview.downloadChart')}
          </a>
        </li>
      </ul>
      <CoverageChart overview={overview.data} />
      <CollaborationCards overview={overview.data} />
      <RegionCoordinators region={region.data} />
      <RegionInviteForm regionId={regionId} />
    </div>
  );
}

export { RegionOverviewPage as Component };
